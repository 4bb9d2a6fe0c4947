import Testing
@testable import NewsCore

/// The repeated-name rule's shortcuts answer as the general code beside them, on plain ASCII
/// and on other text.
struct RepeatedNameShortcutTests {
    /// Team-written text with capitalised words at sentence starts, inside sentences, after
    /// quotes and in a title-case headline, in ASCII and not.
    static let texts = [
        """
        Harbour Trust Names New Chair

        Tamsin Rowe, who chairs the Merrow Harbour Trust, said on Monday that Rowe and \
        Ruiz-Whitcombe would meet the WHO and the U.N. in Gullhaven. "Ask Dele," she said.
        """,
        """
        Élodie Brekkeby Wins In Zürich

        Élodie Brekkeby beat Zoë Ærø 6-3 in Zürich; Brekkeby said Ærø played well, and \
        ÅSA and İstanbul fans cheered. ŒUVRE was the word on the Ωmega stand.
        """,
    ]

    @Test(arguments: texts)
    func capitalisedWordsAreTheCapitalisedTokens(text: String) throws {
        let t = ArticleTokens(article: try ArticleParser.parse(text: text, path: "test.txt"))
        let fast = TaggerEntityExtractor.pronounsAndCapitals(t).capitalised
        #expect(fast == (0..<t.count).filter { t.isCapitalised($0) })
        #expect(fast.count >= 10)
    }

    @Test(arguments: [
        "WHO", "U.N.", "Who", "W", "", "..", "NATO", "BBC1", "MoD", "A.B", "ÅSA", "ÅS", "Å", "ŒUVRE", "E\u{301}U", "ΩMEGA", "Ωmega", "UN\u{A0}",
        "A\r\nB", "ÉÉ", "U.n.",
    ])
    func acronymTextOnBytesMatchesTheScalars(text: String) {
        #expect(TaggerEntityExtractor.isAcronymText(text) == TaggerEntityExtractor.scalarIsAcronymText(text), "\(Array(text.unicodeScalars))")
    }
}
