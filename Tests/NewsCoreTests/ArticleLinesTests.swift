import Testing
@testable import NewsCore

/// `ArticleParser.lines` cuts a text at its line feeds as the split over its UTF-8 bytes does.
struct ArticleLinesTests {
    func split(_ text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    @Test func linesAreTheBytewiseSplit() {
        let texts = [
            "",
            "\n",
            "Ferry fares rise",
            "Ferry fares rise\n\nThe island’s ferry will cost more from May.\n",
            "Café owners in Ålesund say the rise is fair \u{1F6A2}\n\n\nThey met the council.",
            "\n\nTwo blank lines first",
        ]
        for text in texts {
            let lines = ArticleParser.lines(text)
            #expect(lines == split(text))
            #expect(lines.map { $0.startIndex } == split(text).map { $0.startIndex })
        }
    }
}
