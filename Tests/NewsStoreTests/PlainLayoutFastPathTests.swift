import Foundation
import Testing

@testable import NewsStore

/// `PlainLayout`'s byte-level fast path answers as its `Character` walk does, on the texts where
/// the two could part: carriage returns, spaces beside combining marks or other non-ASCII
/// scalars, curly quotes, blank lines of spaces and tabs, and texts without a final line break.
@Suite struct PlainLayoutFastPathTests {
    static let samples = [
        "", "\n", " \n\t\n", "Headline", "Headline\n", "Headline\nBody line", "Headline\n\nFirst\nsecond\n\n\nThird\n",
        "  Headline  \n\n  indented\tline\t \n", "Head\r\nBody\r\n\r\nMore\r\n", "Head\rBody\n\nMore\r", "\r\n\r\n",
        "Head\n\n\u{201C}Quoted,\u{201D} she said.\n", "Head\n\n \u{301}combining after a space\n",
        "Head\n\nends with a space and a mark \u{301}\n", "Head\n\nnon-ASCII then a space \u{E9} \n",
        "Head\n\n\t\u{E9}t\u{E9}\n", "Caf\u{E9}\n\nna\u{EF}ve r\u{E9}sum\u{E9} \u{2014} \u{A3}31m\n", "x\u{200D} \n\ny",
        "\u{FEFF}Headline with a BOM\n\nBody", "Head\n \n\t \nBody \u{2019}s\n", "\u{0600} Prepend then a space\n\nBody",
        "Head\n\nline \u{0600}\n", "Head\n\u{85}next line\n\u{2028}separator\n",
    ]

    @Test(arguments: samples)
    func byteTextMatchesTheCharacterWalk(text: String) {
        let general = PlainLayout.characterText(text)
        switch PlainLayout.byteText(text) {
        case .text(let fast):
            #expect(general.map { Array($0.utf8) } == Array(fast.utf8))
        case .empty:
            #expect(general == nil)
        case .undecided:
            break
        }
        #expect(PlainLayout.text(Data(text.utf8)).map { Array($0.utf8) } == general.map { Array($0.utf8) })
    }

    @Test func randomTextsOfAwkwardPieces() {
        let pieces = [
            "a", "Word", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{301}", "\u{E9}", "\u{201C}", "\u{201D}", "\u{2019}",
            "\u{200D}", "\u{0600}", "\u{1F600}", "\u{A0}", ".",
        ]
        var generator = SystemRandomNumberGenerator()
        var decided = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let general = PlainLayout.characterText(text)
            switch PlainLayout.byteText(text) {
            case .text(let fast):
                decided += 1
                #expect(general.map { Array($0.utf8) } == Array(fast.utf8), "\(Array(text.unicodeScalars))")
            case .empty:
                decided += 1
                #expect(general == nil, "\(Array(text.unicodeScalars))")
            case .undecided:
                break
            }
        }
        // The fast path must decide most texts, or it is no fast path.
        #expect(decided > 1500)
    }

    @Test func invalidUTF8HasNoPlainText() {
        #expect(PlainLayout.text(Data([0x48, 0x65, 0xFF, 0x0A])) == nil)
    }
}
