import Testing

@testable import NewsCore

/// Whether a headline or subheading is in title case (`ArticleTokens.isTitleCase`), read from
/// the scalars of a plain-ASCII line, answered as `TaggerEntityExtractor.isTitleCase` answers
/// the line's `String`.
@Suite struct TitleCaseLineTests {
    static let lines = [
        "Port Strike Talks Collapse", "Port strike talks collapse", "PORT STRIKE TALKS COLLAPSE", "Port Strike talks",
        "Ferry Crews Vote To Strike At Merrowick", "Ferry crews vote to strike at Merrowick", "  Ferry  Crews   Vote  ",
        "Mayor Says No; Council Says Yes", "A1 Road Works Close Junction 4", "iPhone Sales Slow Down Again", "Who Won? Nobody Knows",
        "", " ", "Tiny", "One Two Three", "Four Five Six Seven", "Eight nine ten eleven", "1996 Budget Passes Easily",
        "Ferry Crews\r\nVote To Strike", "Ferry\rCrews Vote To Strike", "Ferry\tCrews Vote To Strike",
        "Café Owners Fear Strike", "Zoë Marsh Wins Again Today", "Ferry Crews Vote — Strike Looms", "Étienne Marsh Wins Seat",
        "ÉTÉ À PARIS: LA FIN", "Ferry “Crews” Vote To Strike", "Ferry Crews Vote To Strike\u{0301}",
    ]

    @Test(arguments: lines)
    func scalarsAnswerAsTheString(line: String) {
        // The line inside a longer text, as a block is.
        let text = "Before. " + line + "\nAfter."
        let scalars = Array(text.unicodeScalars)
        let start = "Before. ".unicodeScalars.count
        let range = start..<(start + line.unicodeScalars.count)
        #expect(ArticleTokens.isTitleCase(scalars, range) == TaggerEntityExtractor.isTitleCase(line), "\(line)")
    }

    @Test func rangesBeyondTheScalarsAreClamped() {
        let scalars = Array("Ferry Crews Vote To Strike".unicodeScalars)
        #expect(ArticleTokens.isTitleCase(scalars, 0..<100) == TaggerEntityExtractor.isTitleCase("Ferry Crews Vote To Strike"))
        #expect(ArticleTokens.isTitleCase(scalars, 40..<100) == false)
    }
}
