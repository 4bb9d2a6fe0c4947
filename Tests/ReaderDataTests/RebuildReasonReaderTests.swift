import BylineTestSupport
import Foundation
import GRDB
import NewsStore
import NewsUI
import ReaderData
import Testing

/// What the reader's status line says for each reason the index owner started a new index:
/// the adapter reads the reason from the owner, and words it for the status line.
@Suite struct RebuildReasonReaderTests {
    /// The fixture folder with a whole index of it, closed, and a private reading state.
    static func indexedCorpus() throws -> (corpus: URL, location: IndexLocation, state: ReadingState) {
        let corpus = try Fixtures.makeCorpus()
        let location = IndexLocation(databaseURL: corpus.appendingPathComponent(".index/news.sqlite"))
        let index = try NewsIndex.open(corpus: corpus, location: location)
        try index.refresh()
        try index.close()
        let state = try ReadingState.open(location: StateLocation(databaseURL: corpus.appendingPathComponent(".state.sqlite")))
        return (corpus, location, state)
    }

    /// The backend's refresh events up to its summary (`.finished`), or a minute's worth.
    static func eventsUntilFinished(_ backend: IndexReaderBackend) -> [ReaderRefreshEvent] {
        var events: [ReaderRefreshEvent] = []
        let deadline = Date().addingTimeInterval(60)
        while !events.contains(where: { if case .finished = $0 { true } else { false } }), Date() < deadline {
            events += backend.refreshEvents()
            usleep(20_000)
        }
        return events
    }

    /// The summary the status line shows at the end of the refresh.
    static func finished(_ events: [ReaderRefreshEvent]) -> String? {
        for case .finished(let text) in events { return text }
        return nil
    }

    @Test func aRequestedRebuildIsNotNews() throws {
        let (corpus, location, state) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let owner = try IndexOwner(corpus: corpus, location: location, rebuild: true)
        let backend = IndexReaderBackend(owner: owner, state: state, extractor: owner.index.analysis.extractor)
        #expect(backend.rebuildNote == nil)
        backend.startRefresh()
        let summary = Self.finished(Self.eventsUntilFinished(backend))
        #expect(summary?.hasPrefix("Index refreshed: 2 new") == true, "\(summary ?? "no summary")")
    }

    @Test func aFileCutShortIsNamedWithItsSizes() throws {
        let (corpus, location, state) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: location.databaseURL.path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: location.databaseURL)
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let owner = try IndexOwner(corpus: corpus, location: location)
        let backend = IndexReaderBackend(owner: owner, state: state, extractor: owner.index.analysis.extractor)
        let note = "the index file was cut short (\(size / 2) of \(size) bytes) and has been rebuilt"
        #expect(backend.rebuildNote == note)
        backend.startRefresh()
        let summary = Self.finished(Self.eventsUntilFinished(backend))
        #expect(summary?.hasPrefix("Index: \(note) — 2 new") == true, "\(summary ?? "no summary")")
    }

    @Test func anIndexOfAnotherVersionIsNamed() throws {
        let (corpus, location, state) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let queue = try DatabaseQueue(path: location.databaseURL.path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = 'store-1/older' WHERE key = 'version'") }
        try queue.close()
        let owner = try IndexOwner(corpus: corpus, location: location)
        let backend = IndexReaderBackend(owner: owner, state: state, extractor: owner.index.analysis.extractor)
        let note = "the article parser, entity model or index format changed since the index was built; it has been rebuilt"
        #expect(backend.rebuildNote == note)
        backend.startRefresh()
        let summary = Self.finished(Self.eventsUntilFinished(backend))
        #expect(summary?.hasPrefix("Index: \(note) — 2 new") == true, "\(summary ?? "no summary")")
    }

    @Test func damageMetByTheRefreshIsRebuiltInTheBackground() throws {
        let (corpus, location, state) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try IndexFileDamage.tables.apply(to: location.databaseURL)
        let owner = try IndexOwner(corpus: corpus, location: location)
        let backend = IndexReaderBackend(owner: owner, state: state, extractor: owner.index.analysis.extractor)
        #expect(backend.rebuildNote == nil)
        backend.startRefresh()
        let events = Self.eventsUntilFinished(backend)
        let underway = "the index file was damaged (database disk image is malformed); it is rebuilt from the folder"
        // Of a run of progress reports only the latest is kept, so the sentence naming the
        // damage may have given way to the rebuild's own progress by the time it is collected;
        // on a busy machine the refresh's first "scanning…", before it met the damage, is seen too.
        let progress = events.compactMap { if case .progress(let text) = $0 { text } else { nil } }
        let rebuilding = progress.drop { $0 == "scanning…" }
        #expect(!rebuilding.isEmpty && rebuilding.allSatisfy { $0 == underway || $0.hasPrefix("rebuilding the damaged index: ") }, "\(events)")
        #expect(Self.finished(events) == "The index was damaged and has been rebuilt: 2 articles", "\(events)")
        #expect(owner.rebuiltAfterOpening == .damaged(detail: "database disk image is malformed"))
        #expect(try backend.listPage(.articles(.all), page: 0, pageSize: 10).count == 2)
    }

    @Test func damageMetBeforeTheReaderOpensIsNamedWhileTheRefreshFillsTheNewIndex() throws {
        let (corpus, location, state) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try IndexFileDamage.tables.apply(to: location.databaseURL)
        let owner = try IndexOwner(corpus: corpus, location: location)
        // What `byline read` asks before it draws: the count meets the damage, the owner
        // starts a new index, and the count is that of the empty new one.
        #expect(try owner.recovering { index in try index.articleCount() } == 0)
        let backend = IndexReaderBackend(owner: owner, state: state, extractor: owner.index.analysis.extractor)
        let note = "the index file was damaged (database disk image is malformed); it is rebuilt from the folder"
        #expect(backend.rebuildNote == note)
        backend.startRefresh()
        let summary = Self.finished(Self.eventsUntilFinished(backend))
        #expect(summary?.hasPrefix("Index: \(note) — 2 new") == true, "\(summary ?? "no summary")")
    }
}
