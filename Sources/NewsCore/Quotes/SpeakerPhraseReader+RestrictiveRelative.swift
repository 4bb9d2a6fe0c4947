/// `An official who asked not to be named said`, `a council officer who spoke on condition of
/// anonymity said`: a relative clause with no commas between a noun and its cue. The clause has
/// a verb of its own, so the cue after it is the noun's, and the noun is the subject; `who` is
/// the subject only of the clause's own verb.
extension SpeakerPhraseReader {
    /// The noun phrase before a `who` clause that runs, without punctuation, up to token `e`
    /// (the last word before the cue and any time phrase); nil when those words are no such clause.
    func subjectBeforeRestrictiveRelative(endingAt e: Int, floor: Int) -> SpeakerPhrase? {
        var w = e
        var verb = false
        while w > floor, e - w < 12 {
            let t = tokens[w]
            guard t.kind == .word || t.kind == .number else { return nil }
            if t.key == QuoteWords.whoKey, !t.capitalised { break }
            // (A name or a pronoun inside the clause is another subject: `who Ode said …`.)
            if t.capitalised || isPronoun(w) { return nil }
            if looksLikeVerb(w) || isVerbForm(w) || ClauseWords.beForms.contains(t.key) || ClauseWords.haveForms.contains(t.key) { verb = true }
            w -= 1
        }
        guard w > floor, verb, tokens[w].kind == .word, tokens[w].key == QuoteWords.whoKey, !tokens[w].capitalised,
            // The clause's own verb comes right after `who`: `who asked`, `who was not`, `who has`.
            looksLikeVerb(w + 1) || isVerbForm(w + 1) || ClauseWords.beForms.contains(tokens[w + 1].key)
                || ClauseWords.haveForms.contains(tokens[w + 1].key) || isIntervener(w + 1),
            let p = phrase(endingAt: w - 1, floor: floor), p.kind == .name || p.kind == .nominal, p.tokens.upperBound == w,
            // The noun stands where a subject does (`it is the party who …` is a cleft, not a subject).
            p.tokens.lowerBound == floor || precedesSubject(p.tokens.lowerBound - 1)
        else { return nil }
        // `Ada Ode, the pollster who founded the site tweeted`: a description in apposition to a
        // name is that person, named.
        if p.kind == .nominal, p.tokens.lowerBound - 2 >= floor, tokens[p.tokens.lowerBound - 1].isPunct(","),
            let name = phrase(endingAt: p.tokens.lowerBound - 2, floor: floor), name.kind == .name
        {
            return name
        }
        return p
    }
}
