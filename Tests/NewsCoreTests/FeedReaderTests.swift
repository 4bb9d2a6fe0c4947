import Foundation
import NewsCore
import Testing

/// Files of several articles: RSS, Atom, JSON Feed and JSON Lines, each item an article named
/// `path#id`. Every feed here is written for the test.
@Suite struct FeedReaderTests {
    func items(_ text: String, path: String) throws -> [ArticleItem] {
        let data = Data(text.utf8)
        return try ArticleItems.read(data, path: path, format: ArticleFormat(path: path, data: data))
    }

    func paragraphs(_ article: Article) -> [String] {
        article.blocks.filter { $0.kind == .paragraph }.map { article.text(of: $0) }
    }

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Ellis Valley Post</title>
            <item>
              <title>Weir repairs finished early</title>
              <link>https://post.example/news/weir-repairs.html</link>
              <guid isPermaLink="false">post-0001</guid>
              <dc:creator>Odile Fairweather</dc:creator>
              <pubDate>Wed, 03 Jun 2026 07:30:00 +0100</pubDate>
              <description>Work on the weir ended a fortnight ahead of plan.</description>
              <content:encoded><![CDATA[<p>Repairs to the Ellis weir finished on Tuesday, two weeks early.</p><h3>Fish pass</h3><p>A new fish pass lets salmon climb past it.</p>]]></content:encoded>
            </item>
            <item>
              <title>Ferry timetable changes</title>
              <link>https://post.example/news/ferry-timetable</link>
              <description>&lt;p&gt;The last ferry will leave at 22:10 &amp;amp; not 21:40.&lt;/p&gt;&lt;p&gt;Fares stay the same.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Only a title here</title>
            </item>
            <item>
              <description>A plain description with no markup, which is the whole story.</description>
            </item>
          </channel>
        </rss>
        """

    // MARK: - RSS

    @Test func rssItemsAreArticles() throws {
        let found = try items(Self.rss, path: "feeds/post.xml")
        #expect(found.map(\.id) == ["post-0001", "ferry-timetable", "4"])
        let first = found[0].article
        #expect(first.path == "feeds/post.xml#post-0001")
        #expect(first.format == .rss)
        #expect(first.title == "Weir repairs finished early")
        #expect(first.author == "Odile Fairweather")
        #expect(first.date == "2026-06-03T07:30:00+01:00")
        #expect(first.source == "Ellis Valley Post")
        #expect(first.url == "https://post.example/news/weir-repairs.html")
        #expect(first.standfirst == "Work on the weir ended a fortnight ahead of plan.")
        #expect(paragraphs(first) == ["Repairs to the Ellis weir finished on Tuesday, two weeks early.", "A new fish pass lets salmon climb past it."])
        #expect(first.blocks.contains { $0.kind == .subheading })
        // Escaped HTML in a description is markup, read as such.
        #expect(paragraphs(found[1].article) == ["The last ferry will leave at 22:10 & not 21:40.", "Fares stay the same."])
        // An item with no text is named in one warning and skipped; the file's warnings go with its first item.
        #expect(first.warnings == ["item 3 has no text; skipped"])
        // No title: the first line of the text is the headline.
        #expect(found[2].article.title == "A plain description with no markup, which is the whole story.")
    }

    @Test func aFeedIsNamedByItsItems() throws {
        let data = Data(Self.rss.utf8)
        #expect(throws: ArticleParser.Failure.several(ids: ["post-0001", "ferry-timetable", "4"])) {
            try ArticleParser.parse(data, path: "post.xml")
        }
        #expect(try ArticleParser.parse(data, path: "post.xml#ferry-timetable").title == "Ferry timetable changes")
        #expect(throws: ArticleParser.Failure.noSuchItem("gone")) { try ArticleParser.parse(data, path: "post.xml#gone") }
    }

    @Test func aBrokenFeedKeepsItsReadableItems() throws {
        let cut = String(Self.rss.prefix(upTo: Self.rss.range(of: "<title>Only a title")!.lowerBound)) + "<title>Cut off"
        let found = try items(cut, path: "post.rss")
        #expect(found.map(\.id) == ["post-0001", "ferry-timetable"])
        #expect(found[0].article.warnings.contains { $0.contains("not well-formed") })
    }

    @Test func hostileFeedEntitiesAreNotExpanded() throws {
        var subset = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            subset += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [\(subset) <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>T &lol9;</title><description>Body &xxe; and &lol9; end.</description></item></channel></rss>
            """
        let found = try items(feed, path: "x.rss")
        #expect(!found[0].article.text.contains("lol"))
        #expect(!found[0].article.text.contains("root:"))
        #expect(found[0].article.text.utf8.count < 100)
    }

    // MARK: - Atom

    @Test func atomEntriesInEachContentType() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Quayside Notes</title>
              <author><name>Feed Author</name></author>
              <entry><title type="html">Tolls &lt;em&gt;cut&lt;/em&gt;</title><id>tag:quayside.example,2026:entry-7</id>
                <link rel="alternate" href="https://quayside.example/tolls"/>
                <published>2026-05-30T08:00:00Z</published><updated>2026-05-31T09:00:00Z</updated>
                <author><name>Ben Aldous</name></author><author><name>Cara Mwangi</name></author>
                <summary>Bridge tolls fall next month.</summary>
                <content type="html">&lt;p&gt;Tolls on the Ellis bridge will fall to 50p.&lt;/p&gt;</content></entry>
              <entry><title>Xhtml entry</title><id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id><updated>2026-05-29T08:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <b>bold</b> paragraph.</p><p>Second paragraph.</p></div></content></entry>
              <entry><title>Text entry</title><link href="https://quayside.example/text-entry"/>
                <content type="text">Line one of the text.

            Line two, after a blank line.</content></entry>
            </feed>
            """
        let found = try items(atom, path: "notes.atom")
        #expect(found.map(\.id) == ["entry-7", "60a76c80-d399-11d9-b93c-0003939e0af6", "text-entry"])
        let first = found[0].article
        #expect(first.format == .atom)
        #expect(first.title == "Tolls cut")
        #expect(first.author == "Ben Aldous and Cara Mwangi")
        #expect(first.date == "2026-05-30T08:00:00Z")
        #expect(first.standfirst == "Bridge tolls fall next month.")
        #expect(first.url == "https://quayside.example/tolls")
        #expect(first.source == "Quayside Notes")
        #expect(paragraphs(found[1].article) == ["First bold paragraph.", "Second paragraph."])
        #expect(found[1].article.author == "Feed Author")
        #expect(found[1].article.date == "2026-05-29T08:00:00Z")
        #expect(paragraphs(found[2].article) == ["Line one of the text.", "Line two, after a blank line."])
    }

    // MARK: - JSON Feed

    @Test func jsonFeedItems() throws {
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Harland Daily",
             "items": [
               {"id": "42", "url": "https://daily.example/42", "title": "Pier reopens", "content_html": "<p>The pier reopened.</p><p>Crowds came.</p>",
                "summary": "After two years.", "date_published": "2026-06-01T10:00:00+01:00", "authors": [{"name": "Ida Krol"}]},
               {"id": "43", "content_text": "Short notice with no title.\\n\\nSecond paragraph."},
               "not an item"
             ]}
            """
        let found = try items(feed, path: "daily.json")
        #expect(found.map(\.id) == ["42", "43"])
        let first = found[0].article
        #expect(first.format == .jsonFeed)
        #expect(first.title == "Pier reopens")
        #expect(first.author == "Ida Krol")
        #expect(first.source == "Harland Daily")
        #expect(first.standfirst == "After two years.")
        #expect(paragraphs(first) == ["The pier reopened.", "Crowds came."])
        #expect(first.warnings == ["item 3 is not a JSON object; skipped"])
        #expect(found[1].article.title == "Short notice with no title.")
    }

    // MARK: - JSON Lines

    @Test func jsonLinesWithTheCommonFieldNames() throws {
        let lines = """
            {"headline": "Dredger arrives", "body": "The dredger arrived.\\n\\nIt will work for a month.", "pubDate": "Mon, 01 Jun 2026 06:00:00 GMT", "link": "https://x.example/a/dredger", "byline": "Ola Berg", "publisher": "Wire One"}
            {"title": "Market day", "content_html": "<p>Stalls <b>opened</b> early.</p>", "id": 7}

            [1, 2, 3]
            {"title": "No text at all"}
            not json
            {"text": "Line only, with no title, one paragraph long.", "date": "2026-06-02"}
            """
        let found = try items(lines, path: "dump.jsonl")
        // Line 7 has no id: its position, 7, is taken by line 2's id, so it is told apart.
        #expect(found.map(\.id) == ["dredger", "7", "7-2"])
        let first = found[0].article
        #expect(first.format == .jsonLines)
        #expect(first.title == "Dredger arrives")
        #expect(first.date == "2026-06-01T06:00:00+00:00")
        #expect(first.author == "Ola Berg")
        #expect(first.source == "Wire One")
        #expect(first.url == "https://x.example/a/dredger")
        #expect(paragraphs(first) == ["The dredger arrived.", "It will work for a month."])
        #expect(first.warnings == ["line 4 is not a JSON object; skipped", "line 5 has no text; skipped", "line 6 is not JSON; skipped"])
        #expect(paragraphs(found[1].article) == ["Stalls opened early."])
        #expect(found[2].article.title == "Line only, with no title, one paragraph long.")
        #expect(found[2].article.date == "2026-06-02")
    }

    @Test func windowsLineEndsSeparateLinesAndParagraphs() throws {
        // CRLF ends every line; inside the text, CRLF and a lone CR break lines too.
        let lines = "{\"id\": \"a\", \"title\": \"Quay\", \"body\": \"One line.\\r\\nNext line.\\r\\n\\r\\nA new paragraph.\"}\r\n"
            + "{\"id\": \"b\", \"title\": \"Tide\", \"body\": \"First\\rSecond\\r\\rThird\"}\r\n\r\n"
            + "\u{FEFF}{\"id\": \"c\", \"title\": \"Gulls\", \"body\": \"a\\n\\n\\nb\\n\\n\\n\\nc\"}\u{00A0}\r\n"
            + "{\"id\": \"d\", \"title\": \"Nets\", \"body\": \"no blank\\nlines at\\nall\"}"
        let found = try items(lines, path: "crlf.jsonl")
        #expect(found.map(\.id) == ["a", "b", "c", "d"])
        #expect(found[0].article.warnings.isEmpty)
        #expect(paragraphs(found[0].article) == ["One line. Next line.", "A new paragraph."])
        #expect(paragraphs(found[1].article) == ["First Second", "Third"])
        #expect(paragraphs(found[2].article) == ["a", "b", "c"])
        #expect(paragraphs(found[3].article) == ["no blank", "lines at", "all"])
    }

    @Test func oneItemReadAloneIsTheItemReadWithTheRest() throws {
        // The first readable item carries the file's warnings; the others do not.
        let lines = """
            not json
            {"id": "empty", "title": "Nothing"}
            {"id": "one", "title": "Pier", "body": "The pier reopened."}
            {"id": "two", "title": "Crane", "body": "<p>A crane fell.</p><p>No one was hurt.</p>"}
            [1]
            {"id": "three", "title": "Lock", "body": "The lock gates were mended.\\n\\nBoats pass again."}
            """
        let data = Data(lines.utf8)
        let all = try items(lines, path: "news/dump.jsonl")
        #expect(all.map(\.id) == ["one", "two", "three"])
        #expect(all[0].article.warnings.count == 3)
        for item in all {
            #expect(try ArticleItems.article(data, path: "news/dump.jsonl#\(item.id)") == item.article)
        }
        #expect(throws: ArticleParser.Failure.noSuchItem("empty")) { try ArticleItems.article(data, path: "news/dump.jsonl#empty") }
        #expect(throws: ArticleParser.Failure.noSuchItem("four")) { try ArticleItems.article(data, path: "news/dump.jsonl#four") }
    }

    @Test func aFileOfNothingReadableIsEmpty() {
        #expect(throws: ArticleParser.Failure.empty) { try items("[1]\n\"x\"\n", path: "bad.ndjson") }
        #expect(throws: ArticleParser.Failure.empty) { try items("<rss><channel></channel></rss>", path: "empty.rss") }
    }

    // MARK: - Ids and paths

    @Test func itemIdsAreShortStableAndUnique() throws {
        let lines = """
            {"title": "A", "text": "One.", "url": "https://x.example/news/2026/06/same-story/"}
            {"title": "B", "text": "Two.", "url": "https://y.example/other/same-story.html"}
            {"title": "C", "text": "Three.", "guid": "weird id / with # signs"}
            {"title": "D", "text": "Four.", "link": "https://blog.example/?p=123"}
            {"title": "E", "text": "Five."}
            """
        let found = try items(lines, path: "ids.jsonl")
        #expect(found.map(\.id) == ["same-story", "same-story-2", "weird-id-with-signs", "p-123", "5"])
        #expect(ArticlePath.split("a/b.xml#same-story-2")! == ("a/b.xml", "same-story-2"))
        #expect(ArticlePath.split("notes#draft.txt") == nil)
        #expect(ArticlePath.split("plain.txt") == nil)
    }

    @Test func anItemsIdentityIgnoresItsPositionAndPath() throws {
        let one = try items("{\"title\": \"A\", \"text\": \"Same text.\"}", path: "x.jsonl")
        let two = try items("{\"title\": \"Z\", \"text\": \"Other.\"}\n{\"title\": \"A\", \"text\": \"Same text.\"}", path: "y.jsonl")
        #expect(one[0].id == "1" && two[1].id == "2")
        #expect(one[0].identity == two[1].identity)
        #expect(one[0].identity != two[0].identity)
    }

    @Test func datesBecomeISO() {
        #expect(ArticleFormat(path: "x.jsonl") == .jsonLines)
        let found = try? items("{\"title\": \"A\", \"text\": \"B.\", \"date\": \"Tue, 5 May 26 09:30 EST\"}", path: "d.jsonl")
        #expect(found?.first?.article.date == "2026-05-05T09:30:00-05:00")
        let unknown = try? items("{\"title\": \"A\", \"text\": \"B.\", \"date\": \"last Tuesday\"}", path: "d.jsonl")
        #expect(unknown?.first?.article.date == "last Tuesday")
    }
}
