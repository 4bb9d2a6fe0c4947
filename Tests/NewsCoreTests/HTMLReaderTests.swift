import Foundation
import NewsCore
import Testing

/// Saved web pages read into articles: what is kept, what is dropped, where the fields come from.
/// Every page here is written for the test; none comes from a real site.
@Suite struct HTMLReaderTests {
    func read(_ html: String, path: String = "page.html") throws -> Article {
        try ArticleParser.parse(Data(html.utf8), path: path)
    }

    func read(bytes: [UInt8], path: String = "page.html") throws -> Article {
        try ArticleParser.parse(Data(bytes), path: path)
    }

    /// The text of the blocks of one kind, in order.
    func texts(_ article: Article, _ kind: BlockKind) -> [String] {
        article.blocks.filter { $0.kind == kind }.map { article.text(of: $0) }
    }

    /// Two paragraphs long enough to read as the story.
    static let story = """
        <p>Dockers at the Port of Merrowick voted on Monday to end their strike, after six weeks in which the cranes stood idle, the ships waited in the bay and the city counted the cost.</p>
        <p>Ana Ribeiro, who leads the dockers' union, said the new contract kept every job on the north quay, and that the members had voted for it by a wide margin, with few against.</p>
        """

    // MARK: - Keeping the article, dropping the page

    @Test func pageFurnitureIsDropped() throws {
        let html = """
            <!doctype html>
            <html><head><title>Dockers end strike | Merrowick Courier</title>
            <style>p { color: red } .story-marker-style { }</style>
            <script>var storyMarkerScript = "inside a script";</script>
            </head><body>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
            <header><a href="/">Merrowick Courier</a><p>The city's paper since 1881, read in every house along the harbour.</p></header>
            <nav><ul><li><a href="/city">City</a></li><li><a href="/port">Port</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <main><article>
            <h1>Dockers end strike</h1>
            \(Self.story)
            <div class="share-bar"><a href="https://example.org/share?u=1">Share on Facebook</a> <a href="https://example.org/tw?u=1">Share on Twitter</a> <span>Send this story to a friend who cares about the port</span></div>
            <p>The first ship to be unloaded, a container vessel from Rotterdam, was due at the quay on Tuesday morning, the harbour master said.</p>
            </article>
            <section class="related-stories"><h2>Related</h2><p>Greyfinch orders new cranes for the Port of Merrowick after a long and bitter dispute with the union.</p></section>
            <div id="comments"><p>Reader comment: about time too, this strike has cost the city far more than anybody will admit, in my opinion.</p></div>
            </main>
            <aside><h3>Most read</h3><ol><li><a href="/a">Mayor Okafor hands out awards</a></li><li><a href="/b">Athletic promoted</a></li></ol></aside>
            <footer><p>© Merrowick Courier. All rights reserved. Registered in the city of Merrowick with the harbour authority.</p></footer>
            </body></html>
            """
        let article = try read(html)
        let body = texts(article, .paragraph)
        #expect(body.count == 3)
        #expect(body.first?.hasPrefix("Dockers at the Port of Merrowick") == true)
        #expect(body.last?.hasPrefix("The first ship") == true)
        for furniture in ["cookies", "since 1881", "City", "Share on", "friend who cares", "Greyfinch", "Reader comment",
                          "Most read", "Okafor", "All rights reserved", "color: red", "storyMarkerScript", "inside a script"] {
            #expect(!article.text.contains(furniture), "kept \(furniture)")
        }
        #expect(article.title == "Dockers end strike")
        #expect(article.blocks.first?.kind == .headline)
        #expect(article.format == .html)
    }

    @Test func headingsQuotesListsAndCaptionsKeepTheirKinds() throws {
        let html = """
            <html><body><article><h1>Sea wall survey</h1>
            \(Self.story)
            <figure><img src="wall.jpg" alt=""><figcaption>The sea wall at the Saltings, seen from the north.</figcaption></figure>
            <h2>What the survey found</h2>
            <p>The engineers found three places where the wall had moved since the winter storms, and one where the stones had gone altogether, leaving the bank open to the sea.</p>
            <blockquote><p>We were lucky the spring tides were gentle this year.</p></blockquote>
            <ul><li>Repair the north section first.</li><li>Close the footpath until June.</li></ul>
            </article></body></html>
            """
        let article = try read(html)
        #expect(texts(article, .caption) == ["The sea wall at the Saltings, seen from the north."])
        #expect(article.caption == "The sea wall at the Saltings, seen from the north.")
        #expect(texts(article, .subheading) == ["What the survey found"])
        #expect(texts(article, .blockquote) == ["We were lucky the spring tides were gentle this year."])
        #expect(texts(article, .listItem) == ["Repair the north section first.", "Close the footpath until June."])
        // The h1 is the headline, once.
        #expect(texts(article, .headline) == ["Sea wall survey"])
    }

    @Test func blockOffsetsAreUnicodeScalarOffsets() throws {
        let html = """
            <html><body><article><h1>Søndergaard’s ward 🏥 opens</h1>
            <p>Dr Helle Søndergaard — the hospital’s medical director — said the ward “served its time”, and the new one would open in the spring of next year, with 🏥 signs.</p>
            <p>Über 20 cots will stand in the neonatal unit, which the Harland Health Board approved on Thursday after a long wait for the money to arrive.</p>
            </article></body></html>
            """
        let article = try read(html)
        let scalars = Array(article.text.unicodeScalars)
        for block in article.blocks {
            let slice = String(String.UnicodeScalarView(scalars[block.range]))
            #expect(slice == article.text(of: block))
            #expect(!slice.isEmpty && slice.first != " " && slice.last != " ")
        }
        #expect(article.blocks.count == 3)
        #expect(texts(article, .paragraph)[1].hasPrefix("Über 20 cots"))
    }

    // MARK: - Metadata

    @Test func metadataComesFromJSONLD() throws {
        let html = """
            <html><head>
            <title>Okafor elected mayor - Merrowick Courier - news from the harbour city</title>
            <meta property="og:title" content="Okafor wins">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Merrowick Courier"},
              {"@type": "NewsArticle", "headline": "Okafor elected mayor of Merrowick",
               "description": "The former harbour commissioner won by 4,000 votes.",
               "datePublished": "2026-05-08T06:30:00+01:00",
               "author": [{"@type": "Person", "name": "Priti Naidoo"}, {"@type": "Person", "name": "Tom Reyes"}],
               "publisher": {"@type": "Organization", "name": "Merrowick Courier"},
               "url": "https://courier.example/politics/okafor-elected"}
            ]}
            </script>
            <link rel="canonical" href="https://courier.example/politics/okafor-elected-mayor">
            </head><body><article><h1>Okafor elected mayor of Merrowick</h1>\(Self.story)</article></body></html>
            """
        let article = try read(html)
        #expect(article.title == "Okafor elected mayor of Merrowick")
        #expect(article.date == "2026-05-08")
        #expect(article.author == "Priti Naidoo and Tom Reyes")
        #expect(article.source == "Merrowick Courier")
        // The canonical link is the page's own word on its address.
        #expect(article.url == "https://courier.example/politics/okafor-elected-mayor")
        #expect(article.standfirst == "The former harbour commissioner won by 4,000 votes.")
    }

    @Test func metadataComesFromOpenGraphAndMetaTags() throws {
        let html = """
            <html><head>
            <meta property="og:title" content="Athletic promoted as champions">
            <meta property="og:site_name" content="Harbour Sport">
            <meta property="og:url" content="https://sport.example/athletic-promoted">
            <meta property="article:published_time" content="2026-05-03T17:45:00Z">
            <meta name="author" content="Jonas Whitlock">
            <meta name="description" content="A late goal settled it.">
            </head><body><div class="content">\(Self.story)</div></body></html>
            """
        let article = try read(html)
        #expect(article.title == "Athletic promoted as champions")
        #expect(article.date == "2026-05-03")
        #expect(article.author == "Jonas Whitlock")
        #expect(article.source == "Harbour Sport")
        #expect(article.url == "https://sport.example/athletic-promoted")
        let json = article.json.serialized(pretty: false)
        #expect(json.contains("\"author\":\"Jonas Whitlock\""))
        #expect(json.contains("\"source\":\"Harbour Sport\""))
        #expect(json.contains("\"url\":\"https://sport.example/athletic-promoted\""))
    }

    @Test func aStandfirstThePageShowsIsABlockOneOnlyInMetadataIsNot() throws {
        let description = "The former harbour commissioner won by 4,000 votes after a night of recounts."
        let shown = """
            <html><head><meta name="description" content="\(description)"></head><body><article>
            <header><h1>Okafor elected mayor</h1><p class="article-dek">\(description)</p></header>
            \(Self.story)</article></body></html>
            """
        let article = try read(shown)
        #expect(texts(article, .standfirst) == [description])
        #expect(article.blocks.map(\.kind).prefix(2) == [.headline, .standfirst])
        #expect(article.standfirst == description)

        let hidden = shown.replacingOccurrences(of: "<p class=\"article-dek\">\(description)</p>", with: "")
        let metadataOnly = try read(hidden)
        #expect(texts(metadataOnly, .standfirst).isEmpty)
        #expect(metadataOnly.standfirst == description)
    }

    @Test func aDescriptionThatIsTheFirstParagraphIsNoStandfirst() throws {
        let html = """
            <html><head><meta name="description" content="Dockers at the Port of Merrowick voted on Monday to end their strike, after six weeks"></head>
            <body><article><p class="summary">Dockers at the Port of Merrowick voted on Monday to end their strike, after six weeks</p>\(Self.story)</article></body></html>
            """
        let article = try read(html)
        #expect(texts(article, .standfirst).isEmpty)
        #expect(article.standfirst == nil)
    }

    @Test func anAuthorGivenAsAnAddressIsNotAName() throws {
        let html = """
            <html><head><meta property="article:author" content="https://courier.example/staff/naidoo">
            <meta name="author" content="Priti Naidoo"><title>Budget approved</title></head>
            <body><article>\(Self.story)</article></body></html>
            """
        #expect(try read(html).author == "Priti Naidoo")
    }

    @Test func theTitleTagIsTheLastResortForAHeadline() throws {
        let html = "<html><head><title>Council approves the budget | Merrowick Courier</title></head><body><div>\(Self.story)</div></body></html>"
        #expect(try read(html).title == "Council approves the budget")
    }

    @Test func aLogoInAnH1IsNotTheHeadline() throws {
        let html = """
            <html><head><title>Council approves the budget | Merrowick Courier</title></head><body>
            <div class="masthead-logo"><h1>Merrowick Courier</h1></div>
            <div class="story"><h1>Council approves the budget</h1>\(Self.story)</div></body></html>
            """
        #expect(try read(html).title == "Council approves the budget")
    }

    @Test(arguments: [
        ("<meta name=\"pubdate\" content=\"Fri 6:45 PM, Feb 16, 2026\">", "2026-02-16"),
        ("<meta name=\"date\" content=\"19 November 2026 07:09 GMT\">", "2026-11-19"),
        ("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"><meta name=\"date\" content=\"2026-05-03\">", "2026-05-03"),
        ("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">", nil),
        ("<meta name=\"date\" content=\"the day after the match\">", "the day after the match"),
    ])
    func datesAreReadAsDays(tags: String, day: String?) throws {
        let html = "<html><head><title>Athletic promoted</title>\(tags)</head><body><article>\(Self.story)</article></body></html>"
        #expect(try read(html).date == day)
    }

    @Test func aBylinesByIsNotPartOfTheName() throws {
        let html = "<html><head><meta name=\"author\" content=\"By Priti Naidoo | 12 January\"></head><body><article>\(Self.story)</article></body></html>"
        #expect(try read(html).author == "Priti Naidoo")
    }

    // MARK: - Character sets and entities

    @Test func windows1252PageNamedByItsMetaTag() throws {
        // 0xE9 é, 0x93/0x94 curly double quotes, 0x80 euro sign, 0x96 en dash: Windows-1252.
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf".utf8)
        bytes += [0xE9] + Array(" reopens</title></head><body><article><p>The caf".utf8) + [0xE9]
        bytes += Array(" on the quay reopened on Friday, and the owner said: ".utf8) + [0x93]
        bytes += Array("Coffee is ".utf8) + [0x80] + Array("2 ".utf8) + [0x96] + Array(" the same as before the strike.".utf8) + [0x94]
        bytes += Array(" She had kept the staff on through the six weeks of the dispute.</p></article></body></html>".utf8)
        let article = try read(bytes: bytes)
        #expect(article.title == "Café reopens")
        #expect(texts(article, .paragraph).first?.contains("The café on the quay") == true)
        #expect(article.text.contains("“Coffee is €2 – the same as before the strike.”"))
        #expect(article.warnings.isEmpty)
    }

    @Test func isoLatin2PageIsConvertedByItsMetaCharset() throws {
        // ISO-8859-2: 0xA3 Ł, 0xF3 ó, 0xBC ź.
        var bytes = Array("<html><head><meta charset=\"iso-8859-2\"></head><body><article><h1>".utf8)
        bytes += [0xA3, 0xF3, 0x64, 0xBC] + Array(" twinned with Merrowick</h1><p>The city of ".utf8) + [0xA3, 0xF3, 0x64, 0xBC]
        bytes += Array(" and the city of Merrowick signed their twinning charter on Saturday, in the old town hall by the river.</p></article></body></html>".utf8)
        let article = try read(bytes: bytes)
        #expect(article.title == "Łódź twinned with Merrowick")
        #expect(article.text.contains("The city of Łódź and the city of Merrowick"))
    }

    @Test func aByteOrderMarkOutranksTheMetaTag() throws {
        // The meta tag claims Latin-1, but the BOM says UTF-8, and the bytes are UTF-8.
        let html = "<html><head><meta charset=\"iso-8859-1\"><title>Søndergaard’s ward</title></head><body><article>\(Self.story)</article></body></html>"
        let article = try read(bytes: [0xEF, 0xBB, 0xBF] + Array(html.utf8))
        #expect(article.title == "Søndergaard’s ward")
        #expect(!article.text.contains("\u{FEFF}"))
    }

    @Test func utf16PageWithAByteOrderMark() throws {
        let html = "<html><head><title>Ferry returns – at last</title></head><body><article>\(Self.story)</article></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try read(bytes: bytes)
        #expect(article.title == "Ferry returns – at last")
        #expect(texts(article, .paragraph).count == 2)
    }

    @Test func entitiesAreDecoded() throws {
        let html = """
            <html><head><title>Carrow &amp; Okafor debate</title></head><body><article>
            <h1>Carrow &amp; Okafor debate</h1>
            <p>Helen Carrow said the caf&eacute; owners&#8217; fund was &#x201C;not enough&#x201D;&nbsp;&mdash; and Daniel Okafor agreed, for once &#150; at the hustings in the Corn Exchange on Tuesday night.</p>
            <p>The two candidates &lt;both&gt; promised to keep the ferry running through the winter, whatever the cost to the city&#39;s budget.</p>
            </article></body></html>
            """
        let article = try read(html)
        #expect(article.title == "Carrow & Okafor debate")
        let body = texts(article, .paragraph)
        #expect(body.first == "Helen Carrow said the café owners’ fund was “not enough” — and Daniel Okafor agreed, for once – at the hustings in the Corn Exchange on Tuesday night.")
        #expect(body.last?.contains("<both>") == true)
        #expect(body.last?.contains("city's budget") == true)
    }

    // MARK: - Bad input

    @Test func malformedMarkupIsReadAsFarAsItRecovers() throws {
        let html = """
            <HTML><BODY><DIV CLASS=story><H1>Strike talks collapse</h1>
            <P>Talks between the dockers and the port company collapsed on Friday <b>after <i>nine</b> hours</i>, the union said, and no date was set for them to resume.
            <p>The conciliation service said it would try again next week, once both sides had had time to consider the offer on the table.</span></div></div>
            <p>Ana Ribeiro said the offer was worse than the one the members had already turned down &amp; so would not be put to a vote
            """
        let article = try read(html)
        let body = texts(article, .paragraph)
        #expect(article.title == "Strike talks collapse")
        #expect(body.count == 3)
        #expect(body.first?.contains("after nine hours, the union said") == true)
        #expect(body.last?.hasPrefix("Ana Ribeiro said the offer") == true)
        #expect(body.last?.contains("& so would not") == true)
    }

    @Test func anExternalEntityIsNeverLoaded() throws {
        // A file the page names as an external entity and as its DTD: its text must never show.
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("byline-entity-\(UUID().uuidString).txt")
        try Data("SECRET-ENTITY-CONTENT".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let html = """
            <!DOCTYPE html SYSTEM "\(secret.absoluteString)" [
              <!ENTITY xxe SYSTEM "\(secret.absoluteString)">
              <!ENTITY boom "&xxe;&xxe;&xxe;&xxe;&xxe;&xxe;&xxe;&xxe;">
            ]>
            <html><head><title>Entity &xxe; test</title></head><body><article>
            <p>The harbour board met on Monday, and the minutes say &xxe; and &boom; but nothing more than that about the new cranes.</p>
            <p>The meeting ended at nine, after the members had agreed to meet again on the first Monday of next month to settle the budget.</p>
            </article></body></html>
            """
        let article = try read(html)
        #expect(!article.text.contains("SECRET"))
        #expect(!article.title.contains("SECRET"))
        #expect(article.text.contains("The harbour board met on Monday"))
        // The declarations are not text of the page either.
        #expect(!article.text.contains("ENTITY"))
    }

    @Test func aBillionLaughsIsNeverExpanded() throws {
        var subset = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            subset += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        let html = "<!DOCTYPE html [\(subset)]><html><head><title>Laughs</title></head><body><article><p>The page declares a billion laughs, &lol9; and uses them, and the reader never expands them at all.</p></article></body></html>"
        let article = try read(html)
        #expect(article.text.utf8.count < 1000)
        #expect(!article.text.contains("lollol"))
        #expect(!article.text.contains("ENTITY"))
    }

    @Test func escapeSequencesInAPageNeverReachTheText() throws {
        let html = "<html><body><article><h1>Safe \u{1B}[2Jheadline</h1><p>A paragraph with a bell\u{07} and \u{1B}]0;a title\u{07} in it, and a bidi \u{202E}override\u{202C}, long enough to be the story of the page.</p></article></body></html>"
        let article = try read(html)
        #expect(!article.text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        #expect(!article.title.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        // Sequences go whole, parameters and payload included, as from a text file.
        #expect(article.title == "Safe headline")
        #expect(!article.text.contains("[2J") && !article.text.contains("a title"))
        #expect(article.warnings.contains { $0.hasPrefix("removed ") })
    }

    @Test func escapeSequencesSpelledInJSONLDGoWhole() throws {
        let html = #"""
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Safe\u001b[2J headline",
            "author": {"name": "Mallory\u001b]0;PWNED\u0007"}, "publisher": {"name": "Harbour\u009b31m Times"}}</script></head>
            <body><article><p>A paragraph long enough to be the article, with commas, and a full stop at the end.</p></article></body></html>
            """#
        let article = try read(html)
        #expect(article.title == "Safe headline")
        #expect(article.author == "Mallory")
        #expect(article.source == "Harbour Times")
    }

    @Test func deeplyNestedMarkupDoesNotCrash() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>Deep inside the page, a paragraph that is long enough to be an article all on its own, with commas, and more.</p>" + String(repeating: "</div>", count: 20_000) + "</body></html>"
        _ = try? read(html)
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: ArticleParser.Failure.binary) {
            try read(bytes: Array("<html><body><p>Text".utf8) + [0, 1, 2])
        }
    }

    @Test(arguments: ["", "<html></html>", "<html><head><script>var a = 1;</script></head><body>   </body></html>"])
    func aPageWithoutTextIsRefused(html: String) {
        #expect(throws: ArticleParser.Failure.empty) {
            try read(html)
        }
    }

    // MARK: - Choosing the reader

    @Test(arguments: [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", true),
        ("\u{FEFF}  \n<!doctype HTML>\n<html>", true),
        ("\n\n<html lang=\"en\"><body>", true),
        ("<html>", true),
        ("<htmlx>", false),
        ("Port strike ends\n\n<html> is how a page begins.", false),
        ("Title\n\nBody.", false),
    ])
    func aTextFileThatIsPlainlyAPageIsReadAsOne(text: String, isPage: Bool) {
        #expect(ArticleFormat.looksLikeHTML(Data(text.utf8)) == isPage)
        #expect(ArticleFormat(path: "story.txt", data: Data(text.utf8)) == (isPage ? .html : .plainText))
    }

    @Test func aTxtFileHoldingAPageIsReadByTheHTMLReader() throws {
        let html = "<!doctype html><html><head><title>Ferry returns</title></head><body><article>\(Self.story)</article></body></html>"
        let article = try read(html, path: "port/2026-04-02-ferry.txt")
        #expect(article.format == .html)
        #expect(article.title == "Ferry returns")
        #expect(!article.text.contains("<p>"))
    }

    @Test(arguments: ["page.html", "PAGE.HTM", "a/b/c.htm"])
    func webPageExtensions(path: String) {
        #expect(ArticleFormat(path: path) == .html)
    }

    // MARK: - Fragments

    @Test func aFeedItemsBodyIsReadAsBlocks() {
        let blocks = HTMLReader.blocks(ofFragment: "<p>First &amp; foremost.</p><h3>Later</h3><ul><li>One</li><li>Two</li></ul><script>x()</script><p>Last<br><br>line.</p>")
        #expect(blocks.map(\.kind) == [.paragraph, .subheading, .listItem, .listItem, .paragraph, .paragraph])
        #expect(blocks.map(\.text) == ["First & foremost.", "Later", "One", "Two", "Last", "line."])
    }
}
