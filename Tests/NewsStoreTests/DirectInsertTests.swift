import Foundation
import GRDB
import Testing
@testable import NewsStore

/// The writer's direct inserts store what GRDB's would, and fail the way GRDB's do.
@Suite struct DirectInsertTests {
    private func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(a INTEGER PRIMARY KEY NOT NULL, b INTEGER NOT NULL, c BLOB NOT NULL)")
        }
        return queue
    }

    @Test func storesIntegersAndBlobsAsTheyAre() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?)")
            try insert.run(.integer(1), .int(-7), .blob(Data([0, 1, 255])))
            try insert.run(.integer(Int64.max), .int(0), .blob(Data([42])))
        }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT a, b, c, typeof(c) FROM t ORDER BY a") }
        #expect(rows.count == 2)
        #expect(rows[0][0] as Int64 == 1 && rows[0][1] as Int == -7 && rows[0][2] as Data == Data([0, 1, 255]))
        #expect(rows[1][0] as Int64 == Int64.max && rows[1][3] as String == "blob")
    }

    @Test func anEmptyBlobIsABlobNotNull() throws {
        let queue = try database()
        try queue.write { db in
            try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?)").run(.integer(1), .int(2), .blob(Data()))
        }
        let kind = try queue.read { db in try String.fetchOne(db, sql: "SELECT typeof(c) FROM t") }
        #expect(kind == "blob")
    }

    @Test func aViolatedConstraintThrowsAndTheStatementRunsAgain() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?)")
            try insert.run(.integer(1), .int(2), .blob(Data([1])))
            let error = #expect(throws: DatabaseError.self) {
                try insert.run(.integer(1), .int(3), .blob(Data([2])))
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.message?.contains("UNIQUE") == true)
            // The failed step is reset: the same statement goes on working.
            try insert.run(.integer(2), .int(4), .blob(Data([3])))
        }
        let count = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM t") }
        #expect(count == 2)
    }

    /// Rows bound one after another into one statement of several rows are stored as the same
    /// rows inserted one by one would be.
    @Test func severalRowsToAStatementStoreWhatOneByOneStores() throws {
        let rows: [[DirectInsert.Value]] = (0..<7).map { [.integer(Int64($0 * 3 + 1)), .int(-$0), .blob(Data(repeating: UInt8($0), count: $0))] }
        let many = try database(), single = try database()
        try many.write { db in
            let three = try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?), (?, ?, ?), (?, ?, ?)")
            try three.run(rows: 0..<3) { rows[$0] }
            try three.run(rows: 3..<6) { rows[$0] }
            try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?)").run(rows: 6..<7) { rows[$0] }
        }
        try single.write { db in
            let one = try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?)")
            for row in rows { try one.run(rows: 0..<1) { _ in row } }
        }
        let dump = "SELECT a, b, c, typeof(c) FROM t ORDER BY a"
        let a = try many.read { db in try Row.fetchAll(db, sql: dump) }
        let b = try single.read { db in try Row.fetchAll(db, sql: dump) }
        #expect(a.count == 7)
        #expect(a == b)
    }

    @Test func moreValuesThanParametersIsAnErrorNotACrash() throws {
        let queue = try database()
        try queue.write { db in
            let insert = try DirectInsert(db, sql: "INSERT INTO t(a, b, c) VALUES(?, ?, ?)")
            #expect(throws: DatabaseError.self) {
                try insert.run(.integer(1), .int(2), .blob(Data([1])), .integer(9))
            }
        }
    }
}
