import Foundation
import GRDB
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// An SQLite file that cannot be read as a database: a damaged index, or another's.
    case unknown
    /// Something that is not an SQLite file at all: it has no SQLite header. SQLite itself
    /// would take a file of one byte for an empty database and write an index over it.
    case notADatabase

    /// "BYLN": the application id in bytes 68–71 of every index file's header.
    static let applicationID: Int32 = 0x4259_4C4E

    /// Whose file `file` is.
    static func of(_ file: URL) -> IndexFileOwner {
        guard let bytes = header(of: file), !bytes.isEmpty else { return .nobody }
        guard bytes.count == 100, bytes.starts(with: magic) else {
            // A header cut short (a full disk, an interrupted copy) is still SQLite's.
            return magic.starts(with: bytes.prefix(magic.count)) ? .unknown : .notADatabase
        }
        let id = bytes[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if id == UInt32(bitPattern: applicationID) { return .byline }
        if id != 0 { return .other }
        return unmarked(file)
    }

    /// The first bytes of every SQLite file.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// The first 100 bytes of `file` (fewer when it is shorter), or nil when it cannot be
    /// opened. Opened without blocking and read only if it is a regular file: a FIFO at the
    /// index path must not hang the opening.
    static func header(of file: URL) -> [UInt8]? {
        let fd = PathBytes.withFileSystemPath(file.path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        return Array(bytes.prefix(filled))
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
