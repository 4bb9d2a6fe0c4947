@testable import NewsCore
import Testing

/// The quote finder's fast scalar tests and text building must answer exactly as the Unicode
/// tables and `String.UnicodeScalarView` do: the speed-ups may not change a single quotation.
@Suite struct ScalarClassTests {
    /// Letters, digits, marks and symbols of several scripts, ASCII and not.
    static let sample: [Unicode.Scalar] = Array("Zoë Ødegaard-Nuñez, 1999 ’s «Ça» — ΣΩ straße ﬁ ١٢ 𝐀 Ⅻ ǅ a\u{301}\t\n!".unicodeScalars)

    @Test func caseAndDigitTestsAgreeWithTheUnicodeTables() {
        for c in Self.sample + (0..<128).compactMap(Unicode.Scalar.init) {
            #expect(ScalarClass.isUpper(c) == c.properties.isUppercase, "\(c)")
            #expect(ScalarClass.isLower(c) == c.properties.isLowercase, "\(c)")
            #expect(ScalarClass.isNumeric(c) == (c.properties.numericType != nil), "\(c)")
        }
    }

    @Test func textIsTheStringOfTheScalars() {
        let s = Self.sample
        for start in stride(from: 0, to: s.count, by: 3) {
            for end in stride(from: start, through: s.count, by: 4) {
                #expect(ScalarClass.text(s, start..<end) == String(String.UnicodeScalarView(s[start..<end])))
            }
        }
    }

    /// Equal keys hash alike and a set finds each of many words, with any seed the table uses.
    @Test func wordKeysHashForSetsAndDictionaries() {
        let words = (0..<2000).map { "w\($0)" } + ["the", "The", "THE", "it’s", "it's"]
        let set = Set(words.map { WordKey($0) })
        for w in words { #expect(set.contains(WordKey(w))) }
        #expect(WordKey("The") == WordKey("the") && WordKey("it’s") == WordKey("it's"))
        #expect(WordKey("The")._rawHashValue(seed: 7) == WordKey("the")._rawHashValue(seed: 7))
        #expect(!set.contains(WordKey("w2000")))
    }

    /// The word and space tests, whose table look-ups are kept out of line, answer as the tables
    /// do for every scalar of the sample, ASCII or not.
    @Test func wordAndSpaceTestsAgreeWithTheUnicodeTables() {
        for c in Self.sample + (0..<128).compactMap(Unicode.Scalar.init) + ["\u{A0}", "\u{2003}", "\u{3000}", "\u{85}"] {
            #expect(QuoteMarks.isWordScalar(c) == (c.properties.isAlphabetic || c.properties.numericType != nil), "\(c)")
            #expect(QuoteMarks.isSpace(c) == c.properties.isWhitespace, "\(c)")
        }
    }

    /// The inline word key is `WordKey`'s for every stretch of the sample and of a line the team
    /// wrote, ASCII or not (curly apostrophes and capitals beyond ASCII folded the same way).
    @Test func inlineWordKeyIsTheWordKey() {
        for s in [Self.sample, Array("Ms O’Dea told ÉLAN’S Board: the Harbour Trust's CEO, 42, agreed.".unicodeScalars)] {
            for start in 0..<s.count {
                for end in start..<min(s.count, start + 12) {
                    #expect(ScalarClass.wordKey(s, start..<end) == WordKey(s, start..<end), "\(start)..<\(end)")
                    #expect(ScalarClass.foldedWordKey(s, start..<end) == WordKey(s, start..<end))
                }
            }
        }
    }

    /// The word test skips the tables for General Punctuation, which holds no letter or digit.
    @Test func generalPunctuationHoldsNoWordScalar() {
        for v in UInt32(0x1FF0)...UInt32(0x2080) {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(QuoteMarks.isWordScalar(c) == (c.properties.isAlphabetic || c.properties.numericType != nil), "\(v)")
        }
    }

    /// The flat table of a word list answers as the set of its keys does, for a zero key too.
    @Test func wordKeyTableAnswersAsItsSet() {
        let keys = Set((0..<700).map { WordKey(value: UInt64($0) &* 0x9E37_79B9_7F4A_7C15) } + [WordKey(value: 0)])
        let table = WordKeyTable(Array(keys))
        // (A key given twice is entered once.)
        let twice = WordKeyTable(Array(keys) + Array(keys))
        for k in 0..<1400 {
            let key = WordKey(value: UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
            #expect(table.contains(key) == keys.contains(key))
            #expect(twice.contains(key) == keys.contains(key))
        }
        #expect(!WordKeyTable([WordKey("the")]).contains(WordKey(value: 0)))
        let list: WordList = ["said", "told", "added"]
        #expect(list.contains(WordKey("Said")) && !list.contains(WordKey("sad")))
    }
}
