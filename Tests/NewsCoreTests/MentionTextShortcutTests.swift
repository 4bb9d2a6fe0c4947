import Testing
@testable import NewsCore

/// A mention's text read from its one word's `String` is the text of its scalars, byte for byte.
struct MentionTextShortcutTests {
    @Test(arguments: ClosedListShortcutTests.texts + ["Zo\u{eb} met Jose\u{301} and \u{212A}ing in Saint-Lo\u{fb}p.\r\nAna's caf\u{e9}."])
    func oneWordsTextIsItsScalars(text: String) throws {
        let t = ArticleTokens(article: try ArticleParser.parse(text: text, path: "test.txt"))
        for i in 0..<t.count {
            for end in [nil, t.tokens[i].range.upperBound] as [Int?] {
                let d = DraftMention(a: i, b: i + 1, type: .person, end: end)
                let range = TaggerEntityExtractor.range(d, t)
                #expect(TaggerEntityExtractor.text(d, range, t).utf8.elementsEqual(t.text(range).utf8), "\(t.word(i))")
            }
        }
    }
}
