/// `Ode was asked, "…?" She answered, "…"`: after quoted words that end in a question mark, a
/// capitalised pronoun or a name opens a new sentence, and its cue followed by a comma or colon and another
/// quotation introduces that quotation (the answer), not the question before it.
extension ParagraphAttributor {
    /// Whether `following`, the attribution `after(_:)` found for quotation `q`, is the cue that
    /// opens the next quotation rather than one that closes `q`.
    func opensNextQuotation(_ following: Attribution, after q: Int) -> Bool {
        guard following.source == .cueAfter, let cue = following.cue, let v = tokenIndex(startingAt: cue.lowerBound) else { return false }
        // The question's own last character (`"…?"`, not `"…?" he asked`, which goes on the sentence).
        var j = tokens[q].end - 1
        while j > tokens[q].start, QuoteMarks.isAnyMark(scalars[j]) || QuoteMarks.isSpace(scalars[j]) { j -= 1 }
        guard scalars[j] == "?" else { return false }
        // A capitalised pronoun or a name right after the quotation is its speaker: a new sentence
        // (`"…?" He answered, "…"`, `"…?" Ode then wrote back, "…"`).
        let i = q + 1
        guard i < v, tokens[i].kind == .word, tokens[i].capitalised, reader.isPronoun(i) || following.kind == .name,
            following.speaker.lowerBound == tokens[i].start
        else { return false }
        // The cue (with a particle: `wrote back`) introduces quoted words of its own: `She answered,
        // "…"`, `He replied: "…"`.
        var c = v + 1
        if c < tokens.count, tokens[c].kind == .word, SpeechVerbs.particles.contains(tokens[c].key) { c += 1 }
        return c + 1 < tokens.count && (tokens[c].isPunct(",") || tokens[c].isPunct(":")) && tokens[c + 1].kind == .quote
    }
}
