/// `"…," Harbour Radio This Morning co-host Tam Ilo said`: a capitalised function word between
/// two capitalised words is part of a name (a programme, a paper), not a clause opening.
extension ParagraphAttributor {
    /// Whether token `k` in `range` is a capitalised closed-class word inside a run of capitals.
    func functionWordInsideName(_ k: Int, in range: Range<Int>) -> Bool {
        guard k > range.lowerBound, k + 1 < range.upperBound else { return false }
        let t = tokens[k], before = tokens[k - 1], after = tokens[k + 1]
        return t.kind == .word && t.capitalised && !t.sentenceStart && before.kind == .word && before.capitalised
            && after.kind == .word && after.capitalised
    }
}
