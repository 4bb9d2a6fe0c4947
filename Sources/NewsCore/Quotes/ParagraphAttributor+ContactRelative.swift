/// `Ode has called for the files to be released, even the ones the agency now says are "…"`:
/// a cue in a relative clause without a relative pronoun (a contact clause after `the ones`,
/// `those files`) reports the quoted words itself; a cue earlier in the sentence reports only
/// the noun phrase the clause describes, not what the clause says.
extension ParagraphAttributor {
    /// Whether a contact relative clause keeps the cue nearer the quotation over an outer cue.
    static let contactRelativeKeepsItsCue = true

    /// Whether the speaker of `inner` opens a contact relative clause: right after a determiner
    /// and a lower-case noun (`the ones`, `those files`) that are not the object of the outer cue
    /// at `outer` (`told the paper Ilo called it "…"` reports Ilo's words as the outer speaker's).
    func opensContactRelative(_ inner: Attribution, outer: Int) -> Bool {
        guard inner.kind == .name || inner.kind == .pronoun || inner.kind == .nominal, let s = tokenIndex(startingAt: inner.speaker.lowerBound), s - 2 > outer + 1
        else { return false }
        let noun = tokens[s - 1]
        let det = tokens[s - 2]
        guard noun.kind == .word, !noun.capitalised, !reader.isCue(s - 1), !FunctionWords.determiners.contains(noun.key),
            det.kind == .word, !det.capitalised, det.key == QuoteWords.theKey || Self.pluralDemonstratives.contains(det.key)
        else { return false }
        // A time phrase (`said the next day Ilo called it`) is no noun a clause describes.
        return !CalendarWords.weekdays.contains(noun.key) && !Self.timeNouns.contains(noun.key)
    }

    static let pluralDemonstratives: WordList = ["these", "those"]
    static let timeNouns: WordList = ["day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time", "moment"]
}
