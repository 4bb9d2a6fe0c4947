import BylineTestSupport
import Foundation
import GRDB
import Synchronization
import Testing
@testable import NewsStore

/// The one owner of "the index is damaged: rebuild it and say why", for each reason an index
/// is started afresh.
@Suite struct IndexOwnerTests {
    /// The fixture folder with a whole index of it, closed.
    static func indexedCorpus() throws -> (corpus: URL, location: IndexLocation) {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let location = IndexLocation(databaseURL: corpus.appendingPathComponent(".index/news.sqlite"))
        let index = try NewsIndex.open(corpus: corpus, location: location)
        try index.refresh()
        try index.close()
        return (corpus, location)
    }

    /// A refresh, then the number of articles: what the command line asks of an owner.
    static func refreshAndCount(_ index: NewsIndex) throws -> Int {
        try index.refresh()
        return try index.articleCount()
    }

    @Test func aRequestedRebuildIsTheOwnersOneRebuild() throws {
        let (corpus, location) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let owner = try IndexOwner(corpus: corpus, location: location, rebuild: true)
        #expect(owner.index.rebuilt == .requested)
        #expect(try owner.index.articleCount() == 0)
        var told: [RebuildReason] = []
        #expect(try owner.recovering(Self.refreshAndCount, rebuilding: { told.append($0) }) == 2)
        // Damage in the index it has just started is not the old file's: reported, not rebuilt.
        let damage = IndexError.corrupt(path: location.databaseURL.path, detail: "a malformed page")
        #expect(throws: damage) {
            try owner.recovering({ _ -> Int in throw damage }, rebuilding: { told.append($0) })
        }
        #expect(told.isEmpty)
        #expect(owner.rebuiltAfterOpening == nil)
    }

    @Test func aFileCutShortIsReplacedAtOpeningWithItsSizes() throws {
        let (corpus, location) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: location.databaseURL.path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: location.databaseURL)
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let owner = try IndexOwner(corpus: corpus, location: location)
        #expect(owner.index.rebuilt == .truncated(detail: "\(size / 2) of \(size) bytes"))
        #expect(owner.index.rebuildReason == "the index file was cut short (\(size / 2) of \(size) bytes) and has been rebuilt")
        var told: [RebuildReason] = []
        #expect(try owner.recovering(Self.refreshAndCount, rebuilding: { told.append($0) }) == 2)
        #expect(told.isEmpty)
    }

    @Test func damageMetInARefreshIsRebuiltOnceWithSQLitesWords() throws {
        let (corpus, location) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try IndexFileDamage.tables.apply(to: location.databaseURL)
        let owner = try IndexOwner(corpus: corpus, location: location)
        // The damage is past what opening reads.
        #expect(owner.index.rebuilt == nil)
        let damaged = owner.index
        var told: [RebuildReason] = []
        #expect(try owner.recovering(Self.refreshAndCount, rebuilding: { told.append($0) }) == 2)
        let reason = RebuildReason.damaged(detail: "database disk image is malformed")
        #expect(told == [reason])
        #expect(owner.index !== damaged)
        #expect(owner.index.rebuilt == reason && owner.rebuiltAfterOpening == reason)
        #expect(reason.underway == "the index file was damaged (database disk image is malformed); it is rebuilt from the folder")
        // One rebuild is all an owner makes.
        let again = IndexError.corrupt(path: location.databaseURL.path, detail: "still malformed")
        #expect(throws: again) {
            try owner.recovering({ _ -> Int in throw again }, rebuilding: { told.append($0) })
        }
        #expect(told == [reason])
    }

    @Test func anIndexOfAnotherVersionIsReplacedAtOpening() throws {
        let (corpus, location) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let old = "store-1/an-older-analysis/canary-0"
        let queue = try DatabaseQueue(path: location.databaseURL.path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'version'", arguments: [old]) }
        try queue.close()
        let owner = try IndexOwner(corpus: corpus, location: location)
        #expect(owner.index.rebuilt == .versionChanged(from: old))
        #expect(owner.index.rebuildReason == "the article parser, entity model or index format changed since the index was built; it has been rebuilt")
        #expect(try owner.recovering(Self.refreshAndCount) == 2)
    }

    @Test func manyThreadsMeetingDamageAtOnceStartOneRebuild() throws {
        let (corpus, location) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let owner = try IndexOwner(corpus: corpus, location: location)
        let first = owner.index
        let reason = RebuildReason.damaged(detail: "seen by every thread")
        let outcomes = Mutex<[String]>([])
        let group = DispatchGroup()
        for _ in 0..<6 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let filled = try owner.rebuild(because: reason) { fresh in try fresh.refresh().total }
                    outcomes.withLock { $0.append(filled.map { "rebuilt \($0)" } ?? "already") }
                } catch {
                    outcomes.withLock { $0.append("failed: \(error)") }
                }
            }.start()
        }
        #expect(group.wait(timeout: .now() + 120) == .success)
        #expect(outcomes.withLock { $0 }.sorted() == ["already", "already", "already", "already", "already", "rebuilt 2"])
        #expect(owner.index !== first && owner.index.rebuilt == reason)
        #expect(try owner.index.articleCount() == 2)
    }

    @Test func aRebuildThatFailsLeavesTheOldIndexAnswering() throws {
        let (corpus, location) = try Self.indexedCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let owner = try IndexOwner(corpus: corpus, location: location)
        let first = owner.index
        struct FillFailed: Error, Equatable {}
        #expect(throws: FillFailed()) {
            _ = try owner.rebuild(because: .damaged(detail: "x")) { _ -> Int in throw FillFailed() }
        }
        #expect(owner.index === first && owner.rebuiltAfterOpening == nil)
        // The claim is spent: a second rebuild neither announces nor fills.
        var called = false
        let second = try owner.rebuild(because: .damaged(detail: "y"), announce: { _ in called = true }) { fresh in
            called = true
            return try fresh.articleCount()
        }
        #expect(second == nil && !called)
    }

    @Test func damageIsReadInsideEveryWrapperAndNothingElseCounts() {
        let corrupt = IndexError.corrupt(path: "/tmp/x.sqlite", detail: "malformed")
        #expect(IndexOwner.damage(in: corrupt) == .damaged(detail: "malformed"))
        #expect(IndexOwner.damage(in: SearchError.index(corrupt)) == .damaged(detail: "malformed"))
        #expect(IndexOwner.damage(in: DatabaseError(resultCode: .SQLITE_CORRUPT, message: "page 7")) == .damaged(detail: "page 7"))
        #expect(IndexOwner.damage(in: DatabaseError(resultCode: .SQLITE_NOTADB, message: "not a database")) == .damaged(detail: "not a database"))
        #expect(IndexOwner.damage(in: DatabaseError(resultCode: .SQLITE_CORRUPT_VTAB, message: "fts")) == .damaged(detail: "fts"))
        #expect(IndexOwner.damage(in: IndexError.database("disk I/O error")) == nil)
        #expect(IndexOwner.damage(in: IndexError.cancelled) == nil)
        #expect(IndexOwner.damage(in: SearchError.index(.database("busy"))) == nil)
        #expect(IndexOwner.damage(in: DatabaseError(resultCode: .SQLITE_BUSY, message: "locked")) == nil)
        #expect(IndexOwner.damage(in: CocoaError(.fileNoSuchFile)) == nil)
        // The translation a refresh or a read goes through reaches the same verdict.
        #expect(IndexError(DatabaseError(resultCode: .SQLITE_CORRUPT, message: "page 7"), path: "/i") == .corrupt(path: "/i", detail: "page 7"))
        // A full disk is no damage: it is said in its own words, and nothing is rebuilt.
        #expect(IndexOwner.damage(in: DatabaseError(resultCode: .SQLITE_FULL, message: "full")) == nil)
        #expect(IndexError(DatabaseError(resultCode: .SQLITE_FULL, message: "full"), path: "/x/i")
            == .cannotWrite(path: "/x/i", problem: "the disk holding /x is full; free some space there"))
    }

    @Test func theStoresSentencesNameNoCommand() {
        let reasons: [RebuildReason] = [
            .requested, .truncated(detail: "1 of 2 bytes"), .damaged(detail: "d"), .unreadable(detail: "u"), .incomplete,
            .versionChanged(from: "store-1"), .otherCorpus(was: "/a", now: "/b"),
        ]
        for sentence in reasons.flatMap({ [$0.description, $0.underway] }) + [IndexError.corrupt(path: "/i", detail: "d").description] {
            #expect(!sentence.contains("byline") && !sentence.contains("--rebuild"), "\(sentence)")
        }
        #expect(IndexError.corrupt(path: "/i", detail: "d").description == "the index at /i is damaged (d)")
    }
}
