import Testing

@testable import NewsCore

/// An article's spellings made into `String`s only when read (`SpellingStrings`), and the one
/// id table its texts and lower-case forms share (`ArticleTokens`).
@Suite struct SpellingStringsTests {
    @Test func spellingsReadAsTheirScalarsAndLowerCase() {
        let scalars = Array("Port of Merrowick reopens; PORT fees rise".unicodeScalars)
        let ranges = [0..<4, 5..<7, 8..<17, 27..<31]
        let strings = SpellingStrings(scalars: scalars, ranges: ranges, made: [])
        #expect(strings.count == 4)
        #expect(strings.text(0) == "Port")
        #expect(strings.lower(0) == "port")
        #expect(strings.lower(1) == "of")
        #expect(strings.text(1) == "of")
        #expect(strings.lower(2) == "merrowick")
        #expect(strings.lower(3) == "port")
        // Read again, the same strings.
        #expect(strings.text(2) == "Merrowick")
        #expect(strings.text(3) == "PORT")
    }

    @Test func spellingsMadeAtOnceAreKeptAsGiven() {
        let scalars = Array("Caf\u{E9} \u{212A}elvin".unicodeScalars)
        let made = [
            SpellingStrings.Made(spelling: 0, text: "Caf\u{E9}", lower: "caf\u{E9}"),
            SpellingStrings.Made(spelling: 1, text: "\u{212A}elvin", lower: "kelvin"),
        ]
        let strings = SpellingStrings(scalars: scalars, ranges: [0..<4, 5..<11], made: made)
        #expect(strings.text(0).unicodeScalars.elementsEqual("Caf\u{E9}".unicodeScalars))
        #expect(strings.lower(1).utf8.elementsEqual("kelvin".utf8))
    }

    @Test func asciiLowerCaseIsLowercased() {
        for text in ["", "harbour", "Harbour", "HARBOUR-SIDE", "O'Neill", "U.S.", "A1 road", "@[`{"] {
            #expect(SpellingStrings.asciiLowercased(text) == text.lowercased())
        }
    }

    @Test func asciiLowerCaseOfScalarsIsLowercased() {
        let text = "Harbour harbour HARBOUR-SIDE O'Neill U.S. A1 @[`{ x"
        let scalars = Array(text.unicodeScalars)
        var start = 0
        for end in 0...scalars.count where end == scalars.count || scalars[end] == " " {
            let word = String(String.UnicodeScalarView(scalars[start..<end]))
            let (lower, hadCapital) = SpellingStrings.asciiLowercased(scalars, start..<end)
            #expect(lower == word.lowercased())
            #expect(hadCapital == (word != word.lowercased()))
            start = end + 1
        }
        #expect(SpellingStrings.asciiLowercased(scalars, 3..<3).lower == "")
    }

    /// An article written for this test: words in several cases, one only in capitals, one with
    /// its lower case never written, and spellings beyond ASCII.
    @Test func textsAndLowerFormsShareOneIdEach() throws {
        let article = try ArticleParser.parse(
            text: """
                Ferry Crews Vote To Strike

                The ferry crews at Merrowick voted on Tuesday. THE vote was close, the union said, and \
                Caf\u{E9} owners near the quay feared a long strike at the caf\u{E9}s; \u{212A}elvin Marsh said so. \
                Sellers on eBay and ebay.com, and McAdam's crew, said strike, Strike, STRIKE.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        var distinct = Set<String>()
        for i in 0..<t.count {
            distinct.insert(t.word(i))
            distinct.insert(t.lower(i))
        }
        // One id a distinct text or lower-case form: "the" is entered once for "The", "THE" and
        // "the", and a word without a capital once for its text and its lower case.
        #expect(t.wordIdCount == distinct.count)
        // The key kept for a token's lower case (found with its id; taken from the text's own
        // hash when it has no capital) is the one its `String` gives.
        for i in 0..<t.count {
            if let key = t.lowerKey(i) { #expect(key == WordKey(ascii: t.lower(i)), "\(t.word(i))") }
        }
        #expect((0..<t.count).contains { t.word($0) == "eBay" })
        for i in 0..<t.count {
            #expect(t.lowerId(i) < t.wordIdCount)
            for j in 0..<t.count {
                #expect((t.lowerId(i) == t.lowerId(j)) == (t.lower(i) == t.lower(j)))
            }
        }
    }
}
