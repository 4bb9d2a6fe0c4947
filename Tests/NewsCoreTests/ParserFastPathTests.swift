import Testing

@testable import NewsCore

/// The parser's scalar and byte fast paths answer exactly as the `Character` code they stand in
/// for, on text where the two could part: curly quotes and accented letters (taken by the
/// scalar path), combining marks and carriage returns (left to the `Character` walk).
@Suite struct ParserFastPathTests {
    @Test(arguments: [
        "\u{201C}Yes.\u{201D} Then Mr. \u{C9}lan left.", "Caf\u{E9}s shut. Dr. Ode said so\u{2026} Fine.",
        "\u{C9}. Ode arrived. It rained.", "Prices rose 5\u{20AC}. Markets fell.", "It\u{2019}s done.\u{2019} Next one.",
        "Ends on a mark.\u{301} Then more.", "One line.\r\nTwo lines.", "\u{C9}mile went. \u{C9}lodie stayed.",
        "Approx. \u{A3}5. Then gone!", "No end here \u{2014} none",
    ])
    func scalarSentenceCountMatchesTheCharacterWalk(text: String) {
        guard let fast = ArticleParser.scalarSentenceCount(text) else {
            // Declined only for a scalar that grapheme breaking may join to a neighbour.
            #expect(text.unicodeScalars.contains { !ArticleParser.isOwnCharacter($0) })
            return
        }
        #expect(fast == ArticleParser.generalSentenceCount(text))
    }

    /// Random texts of the pieces where scalars and `Character`s could part: the scalar path
    /// answers as the `Character` walk, and decides most texts.
    @Test func randomTextsOfAwkwardPieces() {
        let pieces = [
            "a", "Ode", "Mr", "J", "Ltd", " ", ".", "!", "?", "\"", "'", ")", "\u{201D}", "\u{2019}", "\u{201C}", "\r\n", "\n",
            "\u{301}", "\u{E9}", "\u{C9}", "\u{2026}", "\u{A0}", "\u{1F600}", "B", "\u{2014}",
        ]
        var generator = SystemRandomNumberGenerator()
        var decided = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if let fast = ArticleParser.scalarSentenceCount(text) {
                decided += 1
                #expect(fast == ArticleParser.generalSentenceCount(text), "\(Array(text.unicodeScalars))")
            }
        }
        #expect(decided > 300)
    }

    @Test(arguments: [
        "/corpus/bbc/business/001.txt", "2026-03-14-port-strike.txt", "news/2026-03-14-strike.md", "news/2026-03-14/", "///",
        "", "a//2026-01-02", "/x/2026-02-30-late.txt", "dir/caf\u{E9}/2026-01-02.txt", "x/\u{301}2026-01-02.txt",
    ])
    func fileNameDateMatchesTheCharacterSplit(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        #expect(ArticleParser.fileNameDate(path) == ArticleParser.isoDay(name))
        if let fast = ArticleParser.asciiFileName(path) { #expect(fast == name) }
    }

    @Test(arguments: [
        "a.md", "A.MD", "page.HTML", "page.htm", "x.Xml", "wire.newsml", "s.nitf", "f.rss", "f.atom", "f.json", "f.JSONL",
        "f.ndjson", "notes.txt", "md", ".md", "dir.md/file", "", "caf\u{E9}.md", "x.m\u{301}d", "feed.xml#item-1",
    ])
    func formatByNameMatchesTheCharacterEndings(path: String) {
        let file = ArticlePath.file(of: path)
        if let fast = ArticleFormat.asciiFormat(ofFile: file) { #expect(fast == ArticleFormat.generalFormat(ofFile: file)) }
        #expect(ArticleFormat(path: path) == ArticleFormat.generalFormat(ofFile: file))
    }

    /// The sanitizer's word-at-a-time check finds a character to clean in any of a word's
    /// eight places, and passes line feeds, accents and plain text.
    @Test func cleanTextCheckFindsEveryPlace() {
        let plain = "The harbour reopened on Monday after talks."
        for bad in ["\t", "\u{7F}", "\u{1B}", "\r", "\u{0}", "\u{1F}", "\u{85}", "\u{200B}", "\u{FEFF}", "\u{2028}"] {
            for at in 0...20 {
                var text = plain
                text.insert(contentsOf: bad, at: text.index(text.startIndex, offsetBy: at))
                #expect(!TextSanitizer.isAlreadyClean(text), "\(Array(bad.unicodeScalars)) at \(at)")
                #expect(TextSanitizer.clean(text).text != text)
            }
        }
        for fine in ["\n", "\u{E9}", "\u{A3}", " ", "~", "\u{2019}"] {
            for at in 0...20 {
                var text = plain
                text.insert(contentsOf: fine, at: text.index(text.startIndex, offsetBy: at))
                #expect(TextSanitizer.isAlreadyClean(text), "\(Array(fine.unicodeScalars)) at \(at)")
            }
        }
    }

    @Test func itemPathsStillSplitAtTheirHash() {
        #expect(ArticlePath.split("feeds/wire.xml") == nil)
        #expect(ArticlePath.split("feeds/wire.xml#item-7")?.file == "feeds/wire.xml")
        #expect(ArticlePath.split("feeds/wire.xml#item-7")?.item == "item-7")
    }

    @Test func contiguousUTF8HandsOverTheBytes() {
        for text in ["", "Ode", "Caf\u{E9} owners", String(repeating: "long text ", count: 40)] {
            #expect(text.withContiguousUTF8 { Array($0) } == Array(text.utf8))
            let middle = text.dropFirst(1)
            #expect(middle.withContiguousUTF8 { Array($0) } == Array(middle.utf8))
        }
    }

    @Test func sportsTermsAreAskedStrongFirst() {
        let terms = SportsWords.scoredTerms
        #expect(terms.map(\.term) == SportsWords.strongTerms.words + SportsWords.terms.words)
        #expect(terms.allSatisfy { $0.count == (SportsWords.strongTerms.contains($0.term) ? 2 : 1) })
        // Two strong terms make a sports story; three ordinary ones do not.
        #expect(SportsWords.isSportsStory { $0 == "striker" || $0 == "wicket" })
        #expect(!SportsWords.isSportsStory { $0 == "match" || $0 == "season" || $0 == "club" })
        #expect(SportsWords.isSportsStory(term: { terms[$0].term == "rugby" || terms[$0].term == "match" || terms[$0].term == "club" }))
    }
}
