/// One stretch of text between an opening and a closing quotation mark, before attribution.
///
/// Offsets are Unicode scalar offsets into the text the segmenter was given. The content range
/// excludes the marks and the whitespace just inside them.
struct QuoteSegment: Sendable, Equatable {
    /// Which family of marks enclosed the segment.
    enum Mark: Sendable, Equatable {
        case double
        case single
    }

    var start: Int
    var end: Int
    var mark: Mark
    /// The paragraph ended before a closing mark (a quotation that runs on into the next paragraph).
    var openEnd: Bool
    /// Segments of one quotation spread over several paragraphs share a group.
    var group: Int
    /// Offset of the opening mark, or nil when there is none.
    var openMark: Int?
    /// Offset of the closing mark, or nil when the paragraph ended first.
    var closeMark: Int?
    /// Index of the paragraph the segment lies in.
    var paragraph: Int
}
