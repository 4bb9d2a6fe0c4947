/// How much of an article the entity tagger and the quote finder read.
///
/// Their cost grows faster than the text for some inputs: thousands of distinct names, or a
/// paragraph of thousands of quotations, each compared with all the others. A multi-megabyte
/// file of that kind would tie up the indexer for hours. Analysis therefore reads at most
/// `analysedScalarLimit` scalars of an article; the whole text is still indexed for search.
/// Nearly every news story is far shorter, and is analysed whole.
extension Article {
    /// The most text analysed for names and quotations: about 15,000 words, several times the
    /// longest news story.
    public static let analysedScalarLimit = 100_000

    /// Whether the article is longer than analysis reads.
    public var exceedsAnalysisLimit: Bool { isLonger(than: Self.analysedScalarLimit) }

    /// The warning an article longer than the analysis limit carries.
    public static let analysisLimitWarning =
        "longer than \(analysedScalarLimit / 1000),000 characters; names and quotations are looked for in the first \(analysedScalarLimit / 1000),000 only"

    /// The article's warnings, and the analysis limit's when it is longer than that: all the
    /// user is told about how it was read (`byline show`, in text and JSON, and the indexer).
    public var warningsWithLimits: [String] {
        warnings + (exceedsAnalysisLimit ? [Self.analysisLimitWarning] : [])
    }

    /// The article as analysis sees it: the first `analysedScalarLimit` scalars (see `prefix`).
    public func analysedPart() -> Article {
        prefix(scalars: Self.analysedScalarLimit)
    }

    /// Whether the text holds more than `limit` Unicode scalars.
    public func isLonger(than limit: Int) -> Bool {
        // A scalar is at least one UTF-8 byte, so a short byte count settles it without counting.
        text.utf8.count > limit && text.unicodeScalars.count > limit
    }

    /// The article cut after `limit` scalars: its text, and the blocks that start before the
    /// cut (the last one clipped to it). Offsets into the part are offsets into the whole
    /// article. An article within the limit is returned unchanged.
    public func prefix(scalars limit: Int) -> Article {
        guard isLonger(than: limit) else { return self }
        var part = self
        part.text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
        part.blocks = blocks.compactMap { block in
            guard block.range.lowerBound < limit else { return nil }
            return Block(kind: block.kind, range: block.range.lowerBound..<min(block.range.upperBound, limit))
        }
        return part
    }
}
