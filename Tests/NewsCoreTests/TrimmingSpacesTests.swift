import Foundation
import Testing

@testable import NewsCore

/// `trimmingSpaces` settles lines with ASCII edges by byte; it must give what the scalar walk
/// by `isWhitespace` gives, on ASCII and non-ASCII lines alike.
@Suite struct TrimmingSpacesTests {
    static func reference(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(s[first...last])
    }

    static let lines = [
        "", " ", "\t \t", "\r\n", "x", "  Headline  ", "\tIndented line\t", "Body text.\r", "\u{0B}\u{0C}form feed\u{0C}",
        "\u{1C}file separator\u{1F}", " Caf\u{E9} ", "Caf\u{E9}", "\u{E9}t\u{E9}", "  \u{201C}Quoted\u{201D}  ", "\u{A0}no-break\u{A0}",
        " \u{A0} ", "\u{2003}em space ", " e\u{301} ", " a\u{301}", "\u{301}combining", " \u{1F600} ", "\u{85}next line\u{85}",
        "\u{3000}ideographic\u{3000}", "# Heading", "  - list item", "\u{6771}\u{4EAC}", " \r", "a \u{2028}",
    ]

    @Test(arguments: lines)
    func trimmingAnswersAsTheScalarWalk(line: String) {
        #expect(Array(line.trimmingSpaces().utf8) == Array(Self.reference(line[...]).utf8))
        let padded = "xy" + line + "z"
        let inner = padded.dropFirst(2).dropLast()
        #expect(Array(inner.trimmingSpaces().utf8) == Array(Self.reference(inner).utf8))
    }

    @Test func randomLinesOfAwkwardPieces() {
        let pieces = [" ", "\t", "\r", "\u{0C}", "a", "Word", ".", "\u{E9}", "\u{301}", "\u{A0}", "\u{2003}", "\u{201D}", "\u{1F600}", "\u{85}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Array(line.trimmingSpaces().utf8) == Array(Self.reference(line[...]).utf8), "\(Array(line.unicodeScalars))")
        }
    }
}
