import Foundation
import GRDB
import Testing
@testable import NewsStore

/// The full-text table merges only when the refresh says so: a step after small refreshes,
/// everything after a bulk load.
@Suite struct FTSMergingTests {
    private static func segments(_ index: NewsIndex) throws -> Int {
        try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM fts_idx") ?? 0 }
    }

    @Test func aNewIndexLeavesMergingToTheRefresh() throws {
        let corpus = try TempCorpus()
        let index = try corpus.open()
        let settings = try index.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT k, CAST(v AS TEXT) FROM fts_config").map { row -> (String, String) in (row[0], row[1]) })
        }
        #expect(settings["automerge"] == "0")
        #expect(settings["crisismerge"] == "64")
        #expect(settings["hashsize"] == "16777216")
    }

    @Test func smallRefreshesMergeAStepAndABulkLoadMergesAll() throws {
        let corpus = try TempCorpus()
        let index = try corpus.open()
        // One article per refresh, one segment each: without the refresh's merge step they
        // would pile up to 64 before FTS5 merged any.
        for n in 0..<9 {
            try corpus.write("story-\(n).txt", "Ferry timetable \(n)\n\nThe ferry number marker\(n)x sails at noon from the north quay.\n")
            try index.refresh()
        }
        let afterSmall = try Self.segments(index)
        #expect(afterSmall >= 1 && afterSmall <= 4, "\(afterSmall) segments after nine small refreshes")
        try index.pool.write { db in try FTSMerging.merge(written: 5000, live: 5000, db) }
        #expect(try Self.segments(index) == 1)
        for n in 0..<9 {
            #expect(try index.search("marker\(n)x").hits.count == 1)
        }
    }

    @Test func aBulkLoadIsATenthOfTheCorpusAndOverAThousandFiles() {
        #expect(!FTSMerging.isBulk(changed: 1000, live: 0))
        #expect(FTSMerging.isBulk(changed: 1001, live: 0))
        #expect(!FTSMerging.isBulk(changed: 10_000, live: 100_000))
        #expect(FTSMerging.isBulk(changed: 10_001, live: 100_000))
    }
}
