import Foundation
import NewsCore
import Testing

/// Bytes that are not clean UTF-8 text.
@Suite struct ArticleParserBytesTests {
    func parse(_ bytes: [UInt8]) throws -> Article {
        try ArticleParser.parse(Data(bytes), path: "x.txt")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let article = try parse([0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.\n".utf8))
        #expect(article.title == "Title")
        #expect(article.warnings.isEmpty)
    }

    @Test(arguments: ["Title\r\n\r\nFirst line\r\nsecond line.\r\n", "Title\r\rFirst line\rsecond line.\r"])
    func crlfAndLoneCRBecomeLF(text: String) throws {
        let article = try parse(Array(text.utf8))
        #expect(article.text == "Title\n\nFirst line second line.")
    }

    @Test func invalidUTF8IsDecodedAsWindows1252WithAWarning() throws {
        // 0xA3 is £ in Latin-1, 0x93/0x94 are curly double quotes in Windows-1252.
        let article = try parse(Array("Title\n\nIt cost ".utf8) + [0xA3] + Array("15m, a \u{22}".utf8) + [0x93, 0x61, 0x94] + Array(".\n".utf8))
        #expect(article.text.contains("It cost £15m, a \"“a”."))
        #expect(article.warnings == ["not valid UTF-8; decoded as Windows-1252"])
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: ArticleParser.Failure.binary) {
            try parse(Array("Title\n\nBody".utf8) + [0, 1, 2])
        }
    }

    @Test(arguments: ["", "\n\n  \n", "\u{1B}[2J"])
    func emptyFilesAreRefused(text: String) {
        #expect(throws: ArticleParser.Failure.empty) {
            try parse(Array(text.utf8))
        }
    }

    @Test(arguments: [
        ("Title\n\nSafe \u{1B}[2Jtext.", "Safe text."),
        ("Title\n\nA \u{1B}]0;pwned\u{07}title.", "A title."),
        ("Title\n\nClip \u{1B}]52;c;ZXZpbA==\u{1B}\\board.", "Clip board."),
        ("Title\n\nBell\u{07} and C1\u{9B}31m csi.", "Bell and C1 csi."),
        ("Title\n\nDEL\u{7F} and NEL\u{85} gone.", "DEL and NEL gone."),
        ("Title\n\nBidi \u{202E}override\u{202C} and zero\u{200B}width.", "Bidi override and zerowidth."),
        ("Title\n\nMid\u{FEFF}file BOM.", "Midfile BOM."),
        ("Title\n\nTab\there.", "Tab here."),
    ])
    func controlCharactersAndEscapesAreRemoved(input: String, body: String) throws {
        let article = try parse(Array(input.utf8))
        #expect(article.text(of: article.blocks.last!) == body)
        #expect(!article.text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        if input.contains("\t") {
            #expect(article.warnings.isEmpty)
        } else {
            #expect(article.warnings.contains { $0.hasPrefix("removed ") })
        }
    }

    @Test func offsetsAreUnicodeScalarOffsets() throws {
        // é written as e + combining acute is two scalars but one Character.
        let article = try parse(Array("Caf\u{65}\u{301} 田中 👍🏽\n\nBody.\n".utf8))
        let headline = article.blocks[0]
        #expect(headline.range == 0..<11)
        #expect(article.slice(9..<11) == "👍🏽")
        #expect(article.blocks[1].range.lowerBound == 13)
    }

    @Test func sanitizerLeavesCleanTextAlone() {
        let text = "Zoë said “fine” — 田中美咲, €5 and ½.\nNext line."
        let result = TextSanitizer.clean(text)
        #expect(result.text == text)
        #expect(result.removedControls == 0)
    }

    @Test func terminalSafeNamesHaveNoControls() {
        #expect("bad\u{1B}[31mname\n.txt".terminalSafe == "badname .txt")
    }
}
