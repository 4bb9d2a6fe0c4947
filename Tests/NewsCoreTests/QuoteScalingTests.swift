@testable import NewsCore
import Testing

/// Regression tests for work in the quote finder that grew with the square of the text.
@Suite struct QuoteScalingTests {
    /// A paragraph with cues before and after its quotations, so every lookup has something to find.
    static let paragraph = """
        What Ada Ode called "a disgrace" was, Mr Ilo said, "overdue". The board, which friends described as "tired", \
        said "no". Ms Ode told reporters: "We will appeal," and the council's leader, Ben Ilo, added "never".
        """

    /// `tokenIndex(startingAt:)`, the binary search that replaced a scan from the paragraph's
    /// start for every quotation, finds exactly what the scan found, for every offset.
    @Test func tokenIndexAgreesWithALinearScan() {
        let scalars = Array(Self.paragraph.unicodeScalars)
        let segments = QuoteSegmenter.segments(scalars, paragraphs: [0..<scalars.count])
        let tokens = ParagraphTokenizer.tokens(
            scalars, range: 0..<scalars.count, segments: segments[...])
        #expect(tokens.count > 40)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.start < $1.start }, "tokens must be in text order")
        let attributor = ParagraphAttributor(tokens: tokens, scalars: scalars)
        for offset in -1...(scalars.count + 1) {
            #expect(attributor.tokenIndex(startingAt: offset) == tokens.firstIndex { $0.start == offset }, "offset \(offset)")
        }
    }

    /// The same attributions as before the change, on sentences that take the paths it touched.
    @Test func attributionsUnchanged() {
        let found = QuoteFinder.quotes(in: Self.paragraph).map { quote in
            (Self.paragraph.scalarSlice(quote.range), quote.speaker.map { Self.paragraph.scalarSlice($0) })
        }
        #expect(found.contains { $0.0 == "We will appeal," && $0.1 == "Ms Ode" })
        #expect(found.contains { $0.0 == "a disgrace" })
    }
}
