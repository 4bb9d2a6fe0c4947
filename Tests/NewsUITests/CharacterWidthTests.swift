import CNcurses
import Foundation
import NewsUI
import Testing

/// The one width function agrees with the C library on the characters the fixtures use.
@Suite struct CharacterWidthTests {
    static let samples: [Character] = [
        "a", "Z", " ", "“", "”", "‘", "’", "—", "–", "…", "€", "£", "é", "ø", "Å", "Ó", "ü",
        "田", "中", "美", "咲", "王", "伟", "。", "，", "ア", "한", "Ａ", "▎", "│", "─", "┌", "•",
    ]

    @Test func matchesWcwidthInAUTF8Locale() throws {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { _ = previous.map { setlocale(LC_CTYPE, $0) } }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        for character in Self.samples {
            let scalar = character.unicodeScalars.first!
            let expected = Int(byline_wcwidth(wchar_t(bitPattern: scalar.value)))
            #expect(CharacterWidth.of(character) == expected, "\(character) U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func clustersTakeTheirBaseWidth() {
        #expect(CharacterWidth.of("e\u{301}" as Character) == 1)
        #expect(CharacterWidth.of("👍🏽" as Character) == 2)
        #expect(CharacterWidth.of("\u{200D}" as Character) == 0)
        #expect(CharacterWidth.of("Zoë 田中") == 8)
    }
}
