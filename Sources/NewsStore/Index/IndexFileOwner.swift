import Foundation
import GRDB

/// Whose file sits at the index path, decided before SQLite opens it for writing.
///
/// Opening a database through a pool already changes it (WAL mode, `-wal` and `-shm` files),
/// and a stale or damaged index is deleted: both must only ever happen to Byline's own files.
/// `--index` pointed by mistake at a browser's history or another program's database must
/// leave it as it was. Byline marks its index files with an SQLite application id; files made
/// before the mark are recognised by their `meta` table's version key.
enum IndexFileOwner: Equatable {
    /// No file, or an empty one.
    case nobody
    /// An index of Byline's.
    case byline
    /// A database of another program.
    case other
    /// Not readable as a database: a damaged index, or something that was never one.
    case unknown

    /// "BYLN": the application id in bytes 68–71 of every index file's header.
    static let applicationID: Int32 = 0x4259_4C4E

    /// Whose file `file` is.
    static func of(_ file: URL) -> IndexFileOwner {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return .nobody }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), !header.isEmpty else { return .nobody }
        let bytes = [UInt8](header)
        guard bytes.count == 100, bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) else { return .unknown }
        let id = bytes[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if id == UInt32(bitPattern: applicationID) { return .byline }
        if id != 0 { return .other }
        return unmarked(file)
    }

    /// An SQLite file without an application id: Byline's if it has Byline's tables and its
    /// `meta` table holds one of Byline's version keys (or none yet), or if it holds nothing but
    /// GRDB's bookkeeping (an index whose creation was killed before its first migration
    /// committed). Read without writing.
    private static func unmarked(_ file: URL) -> IndexFileOwner {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: file.path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if Set(tables).isSubset(of: ["grdb_migrations", "sqlite_sequence"]) { return .byline }
                guard Set(["meta", "article", "skipped"]).isSubset(of: tables) else { return .other }
                // No version row: killed between the first migration and writing it.
                guard let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") else { return .byline }
                return version.hasPrefix("store-") ? .byline : .other
            }
        } catch {
            return .unknown
        }
    }
}
