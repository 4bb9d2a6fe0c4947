@testable import NewsStore
import Testing

/// Regression tests for snippet building, which filtered every match for every match.
@Suite struct SnippetScalingTests {
    /// `within` (a binary search over matches in text order) picks exactly the matches a full
    /// filter picks, for every window over a run of matches with gaps, adjacency and phrases.
    @Test func withinAgreesWithAFilter() {
        var matches: [MatchHighlighter.Match] = []
        var token = 0
        var generator = SystemRandomNumberGenerator()
        for n in 0..<300 {
            token += Int.random(in: 0...3, using: &generator)
            let length = n % 7 == 0 ? 3 : 1
            matches.append(MatchHighlighter.Match(tokens: token..<(token + length), pattern: n % 3))
            token += length
        }
        for start in 0..<(token + 2) {
            for width in [1, 5, SnippetBuilder.window] {
                let window = start..<(start + width)
                let expected = matches.filter { $0.tokens.lowerBound >= window.lowerBound && $0.tokens.upperBound <= window.upperBound }
                let got = SnippetBuilder.within(matches, window)
                #expect(got.map(\.tokens) == expected.map(\.tokens), "window \(window)")
            }
        }
    }
}
