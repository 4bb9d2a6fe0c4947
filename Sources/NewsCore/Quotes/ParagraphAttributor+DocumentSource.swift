/// `From the report: "…"`, `More from the statement: "…"`: a sentence that is only `from` and a
/// document or a body, then a colon, introduces the quotation as that source's words.
extension ParagraphAttributor {
    static let fromKey = WordKey("from")

    /// The source named between `from` and the colon at `colon`, when the sentence is that alone
    /// (at most two words, `More`, `And more`, before `from`).
    func documentBeforeColon(_ colon: Int, floor: Int) -> SpeakerPhrase? {
        guard colon - 2 >= floor else { return nil }
        guard let from = (floor..<colon).first(where: { tokens[$0].kind == .word && tokens[$0].key == Self.fromKey }), from - floor <= 2,
            tokens[floor..<from].allSatisfy({ $0.kind == .word }),
            let p = reader.phrase(startingAt: from + 1, ceiling: colon), p.tokens.lowerBound == from + 1, p.tokens.upperBound == colon,
            p.kind == .name || p.kind == .nominal
        else { return nil }
        return p
    }
}
