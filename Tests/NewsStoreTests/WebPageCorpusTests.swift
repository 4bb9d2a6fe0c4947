import Foundation
import Testing
@testable import NewsStore

/// Saved web pages in a corpus folder: scanned, indexed by their article, searchable, opened.
@Suite struct WebPageCorpusTests {
    static let page = """
        <!doctype html><html><head><title>Ferry returns to Gullhaven | Harbour Times</title>
        <meta property="article:published_time" content="2026-04-02T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/timetables">Timetables and lighthouse tours</a></nav>
        <article><h1>Ferry returns to Gullhaven</h1>
        <p>The estuary ferry sailed to Gullhaven again on Thursday morning, three weeks after the storm that damaged its landing stage.</p>
        <p>Passengers queued along the slipway before dawn, and the first crossing left on time, with every seat taken and bicycles stacked on deck.</p>
        </article><footer>Harbour Times, printed by the quayside</footer></body></html>
        """

    @Test func webPagesAreArticlesOfTheCorpus() throws {
        let corpus = try TempCorpus()
        try corpus.write("port/ferry.html", Self.page)
        try corpus.write("port/ferry-copy.HTM", Self.page.replacingOccurrences(of: "Thursday", with: "Friday"))
        try corpus.write("port/saved-as-text.txt", Self.page.replacingOccurrences(of: "Thursday", with: "Saturday"))
        try corpus.write("port/README.html", Self.page)
        try corpus.write("port/style.css", "p { color: red }")
        let index = try corpus.indexed()
        let articles = try index.articles(limit: 10)
        #expect(articles.map(\.path).sorted() == ["port/ferry-copy.HTM", "port/ferry.html", "port/saved-as-text.txt"])
        #expect(articles.allSatisfy { $0.title == "Ferry returns to Gullhaven" && $0.date == "2026-04-02" })

        // The article's words are indexed; the page's navigation and footer are not.
        // (The three are versions of one page: one story, three files.)
        #expect(try index.search("slipway", storiesOnce: false).hits.count == 3)
        #expect(try index.search("slipway").hits.map(\.summary.versions) == [3])
        #expect(try index.search("lighthouse").hits.isEmpty)
        #expect(try index.search("quayside").hits.isEmpty)

        let opened = try index.open(try #require(articles.first { $0.path == "port/ferry.html" }))
        #expect(opened.article.format == .html)
        #expect(!opened.article.text.contains("<"))
        #expect(opened.article.blocks.map(\.kind) == [.headline, .paragraph, .paragraph])
    }
}
