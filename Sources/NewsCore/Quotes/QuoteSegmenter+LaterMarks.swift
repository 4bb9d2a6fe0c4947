extension QuoteSegmenter {
    /// A straight mark after a space or a bracket and before a word that is no elision opens a
    /// quotation of its own (`'Angels' is the best … 'best'`): single quotations do not nest, so
    /// an `s'` before it closed the one that was open, and was no possessive.
    static func opensLaterQuotation(_ s: [Unicode.Scalar], at j: Int, end: Int) -> Bool {
        guard s[j] == QuoteMarks.straightSingle, j > 0, j + 1 < end, QuoteMarks.isOpenContext(s[j - 1]), QuoteMarks.isWordScalar(s[j + 1])
        else { return false }
        return !isElision(s, at: j, end: end)
    }

    /// An `s'` with a space and a lower-case word or a number after it (`the All Blacks' 2-3-2
    /// scrum`): the shape of a plural possessive, which closes nothing when it comes after
    /// another one.
    static func isPossessiveShape(_ s: [Unicode.Scalar], at j: Int, end: Int) -> Bool {
        guard j > 0, s[j - 1] == "s", j + 2 < end, s[j + 1] == " " else { return false }
        return ScalarClass.isLower(s[j + 2]) || ScalarClass.isNumeric(s[j + 2])
    }
}
