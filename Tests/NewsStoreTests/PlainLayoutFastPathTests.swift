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

    /// Team-written files for the byte comparison: headings, CRLF, runs of blank lines.
    static let files = samples + [
        "# A heading\n\n## Second heading\n\nBody text, one line\nand another.\n\n\n\n\nAfter a run of blank lines.\n",
        "Heading\r\n\r\nParagraph one\r\ncontinues\r\n\r\n\r\nParagraph two\r\n",
        "\n\n\n  Headline after blank lines\n\n\tIndented paragraph\n \n\t\nLast\n",
        "Z\u{FC}rich \u{2013} F\u{E9}d\u{E9}ration\n\n\u{201C}Tr\u{E8}s bien,\u{201D} said Zo\u{EB}.\n\n\u{6771}\u{4EAC} \u{1F389}\n",
        "Cafe\u{301}\n\nna\u{EF}ve\n",
    ]

    /// `sameBytes` answers true exactly where `text`'s bytes are the candidate's, wherever it
    /// decides, and the refresh's plain check answers as comparing `text` with `==` did.
    func checkSameBytes(_ file: String) {
        let data = Data(file.utf8)
        let layout = PlainLayout.text(data)
        var candidates = [String]()
        if let layout {
            candidates += [layout, layout + " ", layout + "\n", String(layout.dropLast()), "x" + layout]
            candidates.append(layout.replacingOccurrences(of: "\n\n", with: "\n"))
            candidates.append(layout.replacingOccurrences(of: " ", with: "  "))
            candidates.append(layout.replacingOccurrences(of: "\u{E9}", with: "e\u{301}"))
        }
        candidates += ["", "Headline", file]
        for candidate in candidates {
            let bytesEqual = layout.map { Array($0.utf8) == Array(candidate.utf8) } ?? false
            let fast = PlainLayout.sameBytes(data, as: candidate)
            if fast { #expect(bytesEqual, "\(Array(file.unicodeScalars)) / \(Array(candidate.unicodeScalars))") }
            if bytesEqual, case .text = PlainLayout.byteText(file) {
                #expect(fast, "\(Array(file.unicodeScalars))")
            }
            let general = layout.map { FileAnalysis.sameText($0, candidate) } == true
            #expect(FileAnalysis.isPlain(data, text: candidate) == general)
        }
    }

    @Test(arguments: files)
    func sameBytesAgreesWithTheLayoutsText(file: String) {
        checkSameBytes(file)
    }

    @Test func sameBytesOnRandomTextsOfAwkwardPieces() {
        let pieces = [
            "a", "Word", "# Head", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{301}", "\u{E9}", "\u{201C}", "\u{2019}",
            "\u{200D}", "\u{0600}", "\u{1F600}", "\u{A0}", ".",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            checkSameBytes((0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    @Test func invalidUTF8IsNeverTheSameBytes() {
        #expect(!PlainLayout.sameBytes(Data([0x48, 0x65, 0xFF, 0x0A]), as: "He\u{FFFD}"))
        #expect(!FileAnalysis.isPlain(Data([0x48, 0x65, 0xFF, 0x0A]), text: "He\u{FFFD}"))
    }

    @Test func invalidUTF8HasNoPlainText() {
        #expect(PlainLayout.text(Data([0x48, 0x65, 0xFF, 0x0A])) == nil)
    }
}
