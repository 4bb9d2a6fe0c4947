@testable import NewsCore
import Testing

/// The tagger's scalar tests and the word key keep their Unicode-table look-ups out of line (so
/// that the hot functions inlining them set up no room for the tables' resilient types): they
/// must still answer exactly as the tables do, ASCII or not.
@Suite struct UnicodeTableBranchTests {
    /// Letters, digits, marks, symbols and spaces of several scripts, and all of ASCII.
    static let sample: [Unicode.Scalar] =
        Array("Zoë Ødegaard-Nuñez, 1999 ’s «Ça» — ΣΩσς straße ẞ İı ﬁ ١٢ 𝐀 Ⅻ ǅ Ǆ a\u{301}\u{A0}\u{3000}".unicodeScalars)
        + (0..<128).compactMap(Unicode.Scalar.init)

    @Test func tokenHashingCaseTestsAgreeWithTheUnicodeTables() {
        for c in Self.sample {
            let v = c.value
            #expect(TokenHashing.isUpper(v) == c.properties.isUppercase, "\(c)")
            #expect(TokenHashing.isLower(v) == c.properties.isLowercase, "\(c)")
            let mapped = c.properties.isUppercase ? c.properties.lowercaseMapping.unicodeScalars.first?.value ?? v : v
            #expect(TokenHashing.lower(v) == mapped, "\(c)")
        }
        // A value that is no scalar (a lone surrogate) is neither case and lowers to itself.
        #expect(!TokenHashing.isUpper(0xD800) && !TokenHashing.isLower(0xD800) && TokenHashing.lower(0xD800) == 0xD800)
    }

    /// The word key folds each scalar to the first scalar of its lower-case mapping, the
    /// typographic apostrophe to the straight one.
    @Test func wordKeyFoldsAsTheUnicodeTables() {
        let s = Self.sample
        for start in stride(from: 0, to: s.count, by: 3) {
            for end in stride(from: start, through: min(s.count, start + 9), by: 2) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for c in s[start..<end] {
                    let v = c.value == 0x2019 ? 0x27 : c.properties.lowercaseMapping.unicodeScalars.first?.value ?? c.value
                    h = (h ^ UInt64(v)) &* 0x100_0000_01b3
                }
                #expect(WordKey(s, start..<end).value == h, "\(String(String.UnicodeScalarView(s[start..<end])))")
            }
        }
    }
}
