import Foundation
import GRDB
import Synchronization
import Testing
@testable import NewsStore

@Suite struct RefreshTests {
    @Test func firstRefreshAddsEveryArticle() throws {
        let corpus = try TempCorpus()
        try corpus.write("local/festival.txt", Fixtures.festival)
        try corpus.write("local/bakery.txt", Fixtures.bakery)
        try corpus.write(".hidden/secret.txt", Fixtures.harbour)
        try corpus.write("notes.pdf", "not an article")
        let index = try corpus.open()
        let summary = try index.refresh()
        #expect(summary.added == 2)
        #expect(summary.total == 2)
        #expect(summary.description == "2 new")
    }

    @Test func secondRefreshFindsNothingToDo() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        let summary = try index.refresh()
        #expect(!summary.changedAnything)
        #expect(summary.unchanged == 1)
        #expect(summary.description == "no changes")
    }

    @Test func addsChangesAndDeletes() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        try corpus.write("b.txt", Fixtures.bakery)
        let index = try corpus.indexed()
        #expect(try index.search("rye").hits.count == 1)

        try corpus.write("b.txt", Fixtures.bakery.replacingOccurrences(of: "rye bread", with: "sourdough loaves"))
        try corpus.remove("a.txt")
        try corpus.write("c.txt", Fixtures.harbour)
        let summary = try index.refresh()
        #expect(summary.added == 1)
        #expect(summary.changed == 1)
        #expect(summary.removed == 1)
        #expect(summary.total == 2)
        #expect(try index.search("rye").hits.isEmpty)
        #expect(try index.search("sourdough").hits.map(\.summary.path) == ["b.txt"])
        #expect(try index.search("fireworks").hits.isEmpty)
        #expect(try index.search("dockers").hits.map(\.summary.path) == ["c.txt"])
        // The replaced row is unreachable but counted for compaction.
        let dead = try index.pool.read { try Int.fetchOne($0, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_dead'") }
        #expect(dead == 2)
    }

    @Test func aTouchedFileIsNotReindexed() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        let before = try #require(try index.article(path: "a.txt"))
        try corpus.touch("a.txt")
        let summary = try index.refresh()
        #expect(summary.touched == 1)
        #expect(!summary.changedAnything)
        #expect(try index.article(path: "a.txt")?.id == before.id)
    }

    @Test func aMovedFileKeepsItsIdAndIsNotParsedAgain() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        let before = try #require(try index.article(path: "a.txt"))
        try corpus.move("a.txt", "archive/a.txt")
        let summary = try index.refresh()
        #expect(summary.moved == 1)
        #expect(summary.removed == 0 && summary.added == 0)
        #expect(try index.article(path: "archive/a.txt")?.id == before.id)
        #expect(try index.search("fireworks").hits.map(\.summary.path) == ["archive/a.txt"])
    }

    @Test func twoBuildsOfOneCorpusAreTheSameByteForByte() throws {
        let corpus = try TempCorpus()
        try corpus.writeSearchFixtures()
        var files: [[UInt8]] = []
        var metaPages: Set<Int> = []
        for n in 0..<2 {
            let url = corpus.root.appendingPathComponent("build-\(n).sqlite")
            let index = try NewsIndex.open(corpus: corpus.folder, location: IndexLocation(databaseURL: url))
            try index.refresh()
            metaPages.formUnion(try index.pool.read { db in try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'meta'") })
            try index.close()
            files.append([UInt8](try Data(contentsOf: url)))
        }
        // Only the meta table differs: it holds the time of the refresh.
        let pageSize = Int(files[0][16]) << 8 | Int(files[0][17])
        #expect(files[0].count == files[1].count)
        for page in 1...(files[0].count / pageSize) where !metaPages.contains(page) {
            let range = ((page - 1) * pageSize)..<(page * pageSize)
            #expect(files[0][range] == files[1][range], "page \(page) differs")
        }
    }

    @Test func aFileRenamedToAnotherFormatIsReadAgain() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Harbour notes\n\nThe **ferry** sails at noon.\n")
        let index = try corpus.indexed()
        let before = try #require(try index.article(path: "a.txt"))
        #expect(try index.search("title:harbour").hits.count == 1)
        // The same bytes as Markdown: the asterisks are markup now, not text.
        try corpus.move("a.txt", "a.md")
        let summary = try index.refresh()
        #expect(summary.moved == 0 && summary.added == 1 && summary.removed == 1)
        let after = try #require(try index.article(path: "a.md"))
        #expect(after.id != before.id)
        #expect(try index.search("ferry").hits.map(\.summary.path) == ["a.md"])
    }

    @Test func binaryAndEmptyFilesAreSkippedAndRemembered() throws {
        let corpus = try TempCorpus()
        try corpus.writeBytes("blob.txt", [0x00, 0x01, 0x02, 0x00])
        try corpus.write("empty.md", "   \n\n")
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.open()
        let first = try index.refresh()
        #expect(first.skipped.count == 2)
        #expect(first.total == 1)
        let second = try index.refresh()
        #expect(second.skipped.isEmpty)
        #expect(second.unchanged == 3)
    }

    @Test func progressIsReportedAndEndsFinished() throws {
        let corpus = try TempCorpus()
        for i in 0..<5 { try corpus.write("n\(i).txt", Fixtures.festival + "\n\nItem \(i).") }
        let index = try corpus.open()
        let log = ProgressLog()
        try index.refresh(progress: { log.add($0) })
        let phases = log.all.map(\.phase)
        #expect(phases.first == .scanning)
        #expect(phases.last == .finished)
        #expect(log.all.contains { $0.phase == .indexing && $0.done == 5 && $0.total == 5 })
    }

    @Test func theEventStreamEndsWithTheSummary() async throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.open()
        var last: RefreshEvent? = nil
        for await event in index.refreshEvents() { last = event }
        guard case .finished(let summary)? = last else {
            Issue.record("stream did not finish with a summary")
            return
        }
        #expect(summary.added == 1)
    }

    @Test func readersQueryWhileARefreshRuns() throws {
        let corpus = try TempCorpus()
        for i in 0..<40 { try corpus.write("n\(i).txt", Fixtures.bakery + "\n\nNote \(i).") }
        let index = try corpus.open()
        let seen = ProgressLog()
        let failures = Mutex<[String]>([])
        try index.refresh(progress: { progress in
            // Called between batches on the refreshing thread; a query here must not deadlock, nor fail.
            guard progress.phase == .indexing else { return }
            do {
                seen.add(RefreshProgress(phase: .indexing, done: try index.articleCount()))
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        })
        #expect(failures.withLock { $0 }.isEmpty)
        // Before the one batch, and after it: the query sees what the batch committed.
        #expect(seen.all.map(\.done) == [0, 40])
        #expect(try index.articleCount() == 40)
    }

    @Test func aRefreshStoppedMidwayLeavesAConsistentIndexThatTheNextRunCompletes() throws {
        let corpus = try TempCorpus()
        let count = NewsIndex.batchSize + 10
        for i in 0..<count { try corpus.write(String(format: "n%04d.txt", i), Fixtures.harbour + "\n\nNumber \(i).") }
        let index = try corpus.open()
        #expect(throws: IndexError.cancelled) { try index.refresh(shouldStop: { true }) }
        let partial = try index.articleCount()
        #expect(partial == NewsIndex.batchSize)
        // Every committed article has its mentions; counters agree with the rows.
        let (mentions, counted) = try index.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM occurrence") ?? 0,
             try Int.fetchOne(db, sql: "SELECT SUM(articles) FROM name") ?? 0)
        }
        #expect(mentions == counted)
        let summary = try index.refresh()
        #expect(summary.added == 10)
        #expect(try index.articleCount() == count)
    }
}

/// Collects progress reports from the refreshing thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [RefreshProgress] = []
    func add(_ p: RefreshProgress) { lock.withLock { items.append(p) } }
    var all: [RefreshProgress] { lock.withLock { items } }
}

@Suite struct StatsTests {
    @Test func statsCountWhatTheIndexHolds() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.harbour)
        try corpus.writeBytes("b.txt", [0, 1, 2])
        let index = try corpus.open()
        #expect(try index.stats().refreshed == nil)
        try index.refresh()
        let stats = try index.stats()
        #expect(stats.articles == 1)
        #expect(stats.entities > 0)
        #expect(stats.mentions >= stats.entities)
        #expect(stats.skipped.count == 1 && stats.skipped[0].hasPrefix("b.txt: "))
        #expect(stats.indexBytes > 0)
        #expect(stats.refreshed != nil)
        #expect(stats.version.hasPrefix("store-\(IndexVersion.storeSchema)/"))
    }
}
