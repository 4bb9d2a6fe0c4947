import Foundation
import GRDB
import Testing
@testable import NewsStore

/// The sort indexes: each list order read from its own index, and articles of the same day and
/// file time kept in the order they were first indexed.
@Suite struct SortIndexTests {
    /// Undated articles, all with one modification time: only the last key tells them apart.
    private func sameTimeCorpus(_ paths: [String]) throws -> TempCorpus {
        let corpus = try TempCorpus()
        for path in paths { try corpus.write(path, "Ferry news\n\nThe ferry sailed from \(path) on time.\n") }
        try setSameTime(corpus, paths)
        return corpus
    }

    private func setSameTime(_ corpus: TempCorpus, _ paths: [String]) throws {
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        for path in paths {
            try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: corpus.folder.appendingPathComponent(path).path)
        }
    }

    @Test func everyOrderIsAnIndexScanAndNoIndexHoldsThePath() throws {
        let corpus = try sameTimeCorpus(["b.txt", "a.txt"])
        let index = try corpus.indexed()
        for (order, name) in [(ArticleOrder.date, "article_newest"), (.title, "article_by_title"), (.source, "article_by_source"), (.section, "article_by_section")] {
            let plan = try index.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT a.id FROM article a ORDER BY \(order.keys(qualified: true)) LIMIT 50").map { $0["detail"] as String }
            }.joined(separator: "; ")
            #expect(plan.contains(name), "\(order): \(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(order): \(plan)")
            let columns = try index.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA index_info(\(name))").map { $0["name"] as String? } }
            #expect(!columns.contains("path"), "\(name): \(columns)")
        }
    }

    @Test func sameDayAndTimeGoInTheOrderFirstIndexed() throws {
        let corpus = try sameTimeCorpus(["c.txt", "b.txt", "d.txt"])
        let index = try corpus.indexed()
        // A first build indexes in path order.
        #expect(try index.articles(order: .date).map(\.path) == ["b.txt", "c.txt", "d.txt"])
        // A file added later with the same time comes after them, though its path sorts first.
        try corpus.write("a.txt", "Ferry news\n\nThe ferry sailed from a.txt on time.\n")
        try setSameTime(corpus, ["a.txt"])
        try index.refresh()
        for order in [ArticleOrder.date, .title, .source, .section] {
            let listed = try index.articles(order: order)
            #expect(listed.map(\.path) == ["b.txt", "c.txt", "d.txt", "a.txt"], "\(order)")
            for (row, article) in listed.enumerated() {
                #expect(try index.position(ofArticle: article.id, order: order) == row, "\(order) \(article.path)")
            }
        }
        #expect(try index.articles().map(\.path) == ["b.txt", "c.txt", "d.txt", "a.txt"])
        for (row, article) in try index.articles().enumerated() {
            #expect(try index.position(ofArticle: article.id) == row)
        }
        #expect(try index.search("ferry", limit: 10, snippets: false, order: .date).hits.map(\.summary.path) == ["b.txt", "c.txt", "d.txt", "a.txt"])
    }

    @Test func anIndexWhoseSortIndexesEndOnThePathGetsTheNewOnesInPlace() throws {
        let corpus = try sameTimeCorpus(["b.txt", "a.txt", "c.txt"])
        let built = try corpus.indexed()
        let listed = try built.articles(order: .title).map(\.path)
        // As v9 left the sort indexes, and no v11 in the migrations done.
        try built.pool.write { db in
            try db.execute(sql: """
                DROP INDEX article_by_title;
                CREATE INDEX article_by_title ON article(title COLLATE NOCASE, day DESC, mtime DESC, path);
                DELETE FROM grdb_migrations WHERE identifier = 'v11: sort indexes end on the article id';
                """)
        }
        try built.close()
        let index = try corpus.open()
        #expect(index.rebuildReason == nil)
        let columns = try index.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA index_info(article_by_title)").map { $0["name"] as String? } }
        #expect(columns == ["title", "day", "mtime"])
        #expect(try index.articles(order: .title).map(\.path) == listed)
    }
}
