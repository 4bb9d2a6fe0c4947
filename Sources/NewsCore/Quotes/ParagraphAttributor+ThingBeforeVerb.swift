/// After a quotation, a verb that is no verb of saying speaks only through someone. In
/// `"…," revamped his plans` the phrase after the verb is its object, and in `"…" — the lights
/// dimmed` the phrase before it is a thing that did something: neither said the quoted words.
/// A name, a pronoun, or a noun for a person, a group or an organisation (`"…," the crowd
/// roared`, `"…," fumed the club`) still speaks whatever the verb.
extension ParagraphAttributor {
    /// Whether a description ends in a lower-case noun that names no person, group,
    /// organisation or thing that speaks (`his plans`, `the balloons`, but not `the council`).
    func namesAThing(_ p: SpeakerPhrase) -> Bool {
        guard p.kind == .nominal, !p.head.isEmpty else { return false }
        let head = tokens[p.head.upperBound - 1]
        guard head.kind == .word, !head.capitalised else { return false }
        return !QuoteAttributor.namesPeople(scalars, head.start..<head.end)
    }

    /// Whether the verb at `v` is no cue and the phrase it goes with names a thing, so the pair
    /// attributes nothing.
    func thingWithPlainVerb(_ p: SpeakerPhrase, verb v: Int) -> Bool {
        !reader.isCue(v) && namesAThing(p)
    }
}
