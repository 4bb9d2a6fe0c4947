import Foundation
import GRDB
import GRDBSQLite

/// A prepared insert run with its values bound straight through SQLite's C interface.
///
/// GRDB's `execute(arguments:)` boxes each value as an existential, turns it into a
/// `DatabaseValue` and binds that: for the small rows a first index writes by the million
/// (occurrences, quote speakers) this came to a third of SQLite's own work for the row (callgrind,
/// 1,000 BBC articles). Here integers and blobs are bound as they are and the statement stepped
/// once. Only for statements that return no rows, run inside a transaction GRDB opened: GRDB's
/// transaction bookkeeping does not see these steps, and an INSERT inside an open transaction
/// needs none.
struct DirectInsert {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?
    private let sql: String

    /// The statement for `sql`, from the connection's statement cache.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
        connection = db.sqliteConnection
        self.sql = sql
    }

    /// Binds the values in order (parameters 1, 2, …) and runs the statement.
    func run(_ values: Value...) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
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
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
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

        static func int(_ v: Int) -> Value { .integer(Int64(v)) }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
