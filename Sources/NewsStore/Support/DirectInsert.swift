import Foundation
import GRDB
import GRDBSQLite

/// A prepared insert (or another statement that returns no rows) run with its values bound
/// straight through SQLite's C interface.
///
/// GRDB's `execute(arguments:)` boxes each value as an existential, turns it into a
/// `DatabaseValue` and binds that: for the small rows a first index writes by the million
/// (occurrences, quote speakers) this came to a third of SQLite's own work for the row (callgrind,
/// 1,000 BBC articles). Here integers, texts and blobs are bound as they are and the statement
/// stepped once. A text is bound as GRDB binds it (as a C string: up to a NUL, if it has one),
/// so that the stored bytes are the same whichever way a row was written. Only for statements that return no rows, run inside a transaction GRDB opened: GRDB's
/// transaction bookkeeping does not see these steps, and an INSERT inside an open transaction
/// needs none.
struct DirectInsert {
    /// GRDB's statement, held so that the SQLite one lives as long as this value even if GRDB's
    /// cache lets it go (a writer keeps its most used inserts for a whole refresh).
    private let owner: Statement
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?
    private let sql: String

    /// The statement for `sql`, from the connection's statement cache.
    init(_ db: Database, sql: String) throws {
        owner = try db.cachedStatement(sql: sql)
        statement = owner.sqliteStatement
        connection = db.sqliteConnection
        self.sql = sql
    }

    /// Binds the values in order (parameters 1, 2, …) and runs the statement.
    func run(_ values: Value...) throws {
        // The statement comes from GRDB's cache, which may have stepped it last and left it
        // done but not reset (it resets before, not after): binding then is a misuse.
        sqlite3_reset(statement)
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
        try stepOnce()
    }

    /// Binds the values of several rows one after another (parameters 1, 2, … running on from
    /// one row to the next) and runs the statement once: for an insert of as many rows.
    func run(rows: Range<Int>, _ values: (Int) -> [Value]) throws {
        sqlite3_reset(statement)
        var index: Int32 = 1
        for row in rows {
            for value in values(row) {
                try bind(value, at: index)
                index += 1
            }
        }
        try stepOnce()
    }

    private func bind(_ value: Value, at index: Int32) throws {
        let code: Int32
        switch value {
        case .integer(let v):
            code = sqlite3_bind_int64(statement, index, v)
        case .blob(let data) where data.isEmpty:
            // (A nil pointer would bind NULL, not an empty blob.)
            code = sqlite3_bind_zeroblob(statement, index, 0)
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        case .data(let data):
            // (Exactly GRDB's call, empty data included.)
            code = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        case .text(let text):
            code = text.withCString { sqlite3_bind_text(statement, index, $0, -1, Self.transient) }
        case .null:
            code = sqlite3_bind_null(statement, index)
        }
        guard code == SQLITE_OK else { throw failure(code) }
    }

    private func stepOnce() throws {
        let code = sqlite3_step(statement)
        // Read the message before the reset, which leaves the connection's error state alone
        // in current SQLite but is documented to return the same code again.
        let error = code == SQLITE_DONE ? nil : failure(code)
        sqlite3_reset(statement)
        if let error { throw error }
    }

    /// A value to bind.
    enum Value {
        case integer(Int64)
        case blob(Data)
        /// A blob bound as GRDB binds a `Data` argument, for rows that GRDB wrote before.
        case data(Data)
        case text(String)
        case null

        static func int(_ v: Int) -> Value { .integer(Int64(v)) }
        /// A Boolean as GRDB stores one: 1 or 0.
        static func bool(_ v: Bool) -> Value { .integer(v ? 1 : 0) }
        static func text(orNull v: String?) -> Value { v.map { .text($0) } ?? .null }
        static func data(orNull v: Data?) -> Value { v.map { .data($0) } ?? .null }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
