import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// Feeds and JSON Lines in the index: one row an item, named `path#id`, and reading state that
/// follows an item when its file is updated.
@Suite struct FeedIndexTests {
    static func feed(_ items: [(guid: String?, title: String, text: String)]) -> String {
        let body = items.map { item in
            "<item><title>\(item.title)</title>" + (item.guid.map { "<guid>\($0)</guid>" } ?? "") + "<description>\(item.text)</description></item>"
        }.joined(separator: "\n")
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test Feed</title>\n\(body)\n</channel></rss>\n"
    }

    static let ferry = (guid: String?.some("ferry"), title: "Ferry back", text: "The ferry sailed again on Monday after repairs to its engine.")
    static let bridge = (guid: String?.none, title: "Bridge shut", text: "The bridge closed for painting and will reopen in a week.")
    static let market = (guid: String?.some("market"), title: "Market moves", text: "The Saturday market moves to the quay for the summer.")

    @Test func eachItemIsAnArticleNamedByItsId() throws {
        let corpus = try TempCorpus()
        try corpus.write("feeds/test.xml", Self.feed([Self.ferry, Self.bridge]))
        try corpus.write("lines.jsonl", "{\"id\": \"a1\", \"title\": \"Line one\", \"text\": \"Text of line one.\"}\n{\"title\": \"Line two\", \"text\": \"Text of line two.\"}\n")
        try corpus.write("story.txt", "A story\n\nIts text.")
        let index = try corpus.indexed()
        let paths = Set(try index.articles(limit: 100).map(\.path))
        #expect(paths == ["feeds/test.xml#ferry", "feeds/test.xml#2", "lines.jsonl#a1", "lines.jsonl#2", "story.txt"])
        let opened = try index.open(try #require(try index.article(path: "feeds/test.xml#ferry")))
        #expect(opened.article.title == "Ferry back")
        #expect(!opened.isStale)
        // A second refresh with nothing changed reads nothing.
        let again = try index.refresh()
        #expect(again.unchanged == 5 && again.added == 0 && again.changed == 0 && again.removed == 0)
    }

    @Test func readingStateFollowsItemsWhenTheFeedIsUpdated() throws {
        let corpus = try TempCorpus()
        try corpus.write("feed.xml", Self.feed([Self.ferry, Self.bridge]))
        let index = try corpus.indexed()
        let state = try corpus.state()
        let ferry = try #require(try index.article(path: "feed.xml#ferry"))
        let bridge = try #require(try index.article(path: "feed.xml#2"))
        #expect(ferry.hash != bridge.hash)
        try state.setRead(ferry.stateKey(in: index.corpus))
        try state.toggleStar(bridge.stateKey(in: index.corpus))

        // A new item on top moves the guid-less bridge item to position 3, and the ferry
        // item's text is corrected: the one follows by content, the other by its path.
        let corrected = (guid: Self.ferry.guid, title: Self.ferry.title, text: Self.ferry.text + " Correction: on Tuesday.")
        try corpus.write("feed.xml", Self.feed([Self.market, corrected, Self.bridge]))
        let summary = try index.refresh()
        // New: the market item, and the bridge item under its new position; changed: the ferry.
        #expect(summary.added == 2 && summary.changed == 1 && summary.removed == 1)
        let paths = Set(try index.articles(limit: 100).map(\.path))
        #expect(paths == ["feed.xml#market", "feed.xml#ferry", "feed.xml#3"])
        let ferryAfter = try #require(try index.article(path: "feed.xml#ferry"))
        let bridgeAfter = try #require(try index.article(path: "feed.xml#3"))
        #expect(ferryAfter.hash != ferry.hash)
        #expect(bridgeAfter.hash == bridge.hash)
        #expect(try state.isRead(ferryAfter.stateKey(in: index.corpus)))
        #expect(try state.isStarred(bridgeAfter.stateKey(in: index.corpus)))
        let market = try #require(try index.article(path: "feed.xml#market"))
        #expect(try !state.isRead(market.stateKey(in: index.corpus)))
        #expect(try !index.open(ferryAfter).isStale)
    }

    @Test func itemsGoneFromAFeedLeaveTheIndex() throws {
        let corpus = try TempCorpus()
        try corpus.write("feed.rss", Self.feed([Self.ferry, Self.market]))
        let index = try corpus.indexed()
        try corpus.write("feed.rss", Self.feed([Self.market]))
        let summary = try index.refresh()
        #expect(summary.removed == 1)
        #expect(try index.articles(limit: 100).map(\.path) == ["feed.rss#market"])
        try corpus.remove("feed.rss")
        try index.refresh()
        #expect(try index.articleCount() == 0)
    }

    @Test func aMovedFeedKeepsItsItemsRows() throws {
        let corpus = try TempCorpus()
        try corpus.write("feed.xml", Self.feed([Self.ferry, Self.market]))
        let index = try corpus.indexed()
        let before = try #require(try index.article(path: "feed.xml#ferry"))
        try corpus.move("feed.xml", "archive/feed.xml")
        let summary = try index.refresh()
        #expect(summary.moved == 2)
        let after = try #require(try index.article(path: "archive/feed.xml#ferry"))
        #expect(after.id == before.id)
        #expect(try index.article(path: "feed.xml#ferry") == nil)
    }

    @Test func aFeedWithNoReadableItemIsSkippedWithItsReason() throws {
        let corpus = try TempCorpus()
        try corpus.write("empty.jsonl", "[1]\n{\"title\": \"no text\"}\n")
        let index = try corpus.open()
        let summary = try index.refresh()
        #expect(summary.skipped.contains { $0.hasPrefix("empty.jsonl: ") })
        #expect(try index.articleCount() == 0)
    }

    @Test func theLoaderReadsAnItemByItsPath() throws {
        let corpus = try TempCorpus()
        try corpus.write("feed.xml", Self.feed([Self.ferry, Self.bridge]))
        let folder = try FolderCorpus(folder: corpus.folder)
        #expect(Set(folder.entries.map(\.path)) == ["feed.xml#ferry", "feed.xml#2"])
        #expect(try folder.article(at: "feed.xml#2").title == "Bridge shut")
        #expect(throws: ArticleLoader.Failure.self) { try folder.article(at: "feed.xml#nope") }
    }
}
