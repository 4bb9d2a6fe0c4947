/// `Ode was asked, "…?"`, `Ode was asked by the host, Ada Ilo, "…"`: a question put to someone in
/// the passive of `ask` is not the words of the one asked. Its speaker is the agent after `by`;
/// with none, the sentence names no one who said it.
extension ParagraphAttributor {
    static let askedKey = WordKey("asked")
    static let aboutKey = WordKey("about")

    /// The attribution the passive `asked` at `v` gives quotation `q`, if `v` is one.
    func passiveAsk(_ v: Int, quote q: Int, floor: Int) -> Attribution? {
        guard v - 1 >= floor, v + 1 <= q, tokens[v].kind == .word, tokens[v].key == Self.askedKey, !tokens[v].capitalised,
            tokens[v - 1].kind == .word, ClauseWords.beForms.contains(tokens[v - 1].key)
        else { return nil }
        // Nothing between the verb and the quoted words ends the clause or quotes anything else.
        guard !tokens[(v + 1)..<q].contains(where: { $0.kind == .quote || $0.isClauseBreak && !$0.isPunct(",") && !$0.isPunct(":") })
        else { return nil }
        let next = v + 1
        if next < q, tokens[next].kind == .word, tokens[next].key == QuoteWords.byKey,
            let agent = reader.phrase(startingAt: next + 1, ceiling: q), agent.tokens.lowerBound == next + 1,
            agent.kind == .name || agent.kind == .nominal
        {
            return attribution(agent, cue: v, source: .cueBefore)
        }
        // `was asked, "…"`, `was asked about the "…"`: the question or the words are no one's here.
        guard next == q || tokens[next].isPunct(",") || tokens[next].isPunct(":") || tokens[next].kind == .word && tokens[next].key == Self.aboutKey,
            let subject = reader.subject(ofCue: v - 1, floor: floor) ?? sentenceSubject(floor: floor, before: v - 1)
        else { return nil }
        guard next == q || !((next + 1)..<q).contains(where: { reader.isCue($0) }) else { return nil }
        var a = attribution(subject, cue: v, source: .cueBefore)
        a.unspoken = true
        return a
    }
}
