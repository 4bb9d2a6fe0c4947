extension QuoteClassifier {
    /// Whether quoted words that no cue and no speaker claim are a quotation all the same: a
    /// phrase of five words or more that opens in lower case (`Ending "welfare as we know it."`).
    ///
    /// A term, a scare quote or a coinage runs to a word or three (`a high "churn rate"`); a
    /// longer phrase in lower case is lifted from what someone said or wrote, even when the
    /// sentence does not say who. It stays a quotation, with no speaker. Titles and slogans in
    /// title case are left to the rules for those.
    static func isUnclaimedPhrase(_ segment: QuoteSegment, wordCount: Int, _ s: [Unicode.Scalar]) -> Bool {
        wordCount >= 5 && ScalarClass.isLower(s[segment.start])
    }
}
