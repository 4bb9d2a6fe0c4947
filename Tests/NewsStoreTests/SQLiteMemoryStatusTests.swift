import CSQLiteConfig
import Foundation
import GRDB
import GRDBSQLite
import Testing
@testable import NewsStore

/// SQLite's memory statistics, which `NewsIndex` turns off before its first connection.
@Suite struct SQLiteMemoryStatusTests {
    @Test func theSettingIsRefusedOnceSQLiteHasStarted() throws {
        // Any connection initialises SQLite; after that the process-wide setting is fixed,
        // which is why `NewsIndex` makes the call before it opens anything.
        let queue = try DatabaseQueue()
        try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT 1") }
        #expect(byline_sqlite_config_memstatus(0) == SQLITE_MISUSE)
        #expect(byline_sqlite_config_memstatus(1) == SQLITE_MISUSE)
    }

    @Test func theOutcomeSaysWhetherSQLiteCountsItsMemory() throws {
        let corpus = try TempCorpus()
        try corpus.write("2026-05-01-ferry.txt", "Ferry returns\n\nThe ferry sailed from the north quay on Thursday, the harbour master said.\n")
        let index = try corpus.open()
        try index.refresh()
        #expect(try index.search("ferry").hits.count == 1)
        // With statistics off SQLite counts nothing, though it holds memory for the open index.
        // (Which way it went depends on whether another test's connection opened first: in the
        // byline process, the index's are the first.)
        #expect((sqlite3_memory_used() == 0) == (SQLiteMemoryStatus.outcome == .off))
    }
}
