import Foundation
import GRDB

extension NewsIndex {
    /// Opens an index whose file or folder cannot be written, to answer from as it is.
    ///
    /// A copy on read-only media, or a cache another user made: refusing it (as Byline did:
    /// "the folder is not writable", even for `list`) left the user without an answer the file
    /// holds. Nothing is written: no lock file, no WAL mode switch, no migration; SQLite reads a
    /// WAL-mode file without its `-shm` file when the log is empty, as it is after a refresh.
    /// An index that would have to be rebuilt cannot be, and says so.
    static func openReadOnly(
        corpus folder: URL, location: IndexLocation, analysis: Analysis, versionKey: String, rebuild: Bool
    ) throws(IndexError) -> NewsIndex {
        let file = location.databaseURL
        let why = "its file or its folder cannot be written"
        if rebuild { throw .location(path: file.path, reason: "it cannot be rebuilt: \(why)") }
        switch IndexFileOwner.of(file) {
        case .byline: break
        case .other: throw foreign(file)
        case .nobody, .unknown, .notADatabase:
            throw .location(path: file.path, reason: "it is not a Byline index that can be read, and \(why)")
        }
        let pool: DatabasePool
        let verdict: Verdict
        do {
            (pool, verdict) = try readOnlyPool(file, versionKey: versionKey, corpus: folder.path)
        } catch {
            throw IndexError(error, path: file.path)
        }
        switch verdict {
        case .ready:
            return NewsIndex(corpus: folder, location: location, analysis: analysis, rebuilt: nil, pool: pool, versionKey: versionKey, isReadOnly: true)
        case .stale(let reason):
            try? pool.close()
            throw .location(path: file.path, reason: "\(reason.finding), so it would have to be rebuilt, and \(why)")
        case .empty, .foreign:
            try? pool.close()
            throw .location(path: file.path, reason: "it is not a Byline index that can be read, and \(why)")
        }
    }

    /// A read-only pool on `file` and what it holds. SQLite reads a WAL-mode file only with its
    /// `-shm` file, which it cannot create in a folder it may not write; then the file is opened
    /// as immutable (a URI parameter: nothing is locked or looked for beside it), which is
    /// right for the file as it is when its log is empty, as a finished refresh leaves it.
    private static func readOnlyPool(_ file: URL, versionKey: String, corpus: String) throws -> (DatabasePool, Verdict) {
        do {
            let pool = try makePool(at: file, readOnly: true)
            do {
                return (pool, try pool.read { db in try inspect(db, versionKey: versionKey, corpus: corpus) })
            } catch {
                try? pool.close()
                throw error
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            guard let uri = immutableURI(file.path) else { throw error }
            let pool = try makePool(at: file, uri: uri)
            return (pool, try pool.read { db in try inspect(db, versionKey: versionKey, corpus: corpus) })
        }
    }
}

/// The URI that opens the SQLite file at `path` as immutable: read without locks and without
/// its `-shm` file, which a reader cannot create in a folder it may not write. Right only for
/// a file whose write-ahead log is empty (nil otherwise), as a finished refresh and a closed
/// reading state leave theirs.
func immutableURI(_ path: String) -> String? {
    let wal = PathStatus.status(path + "-wal").map { Int($0.st_size) } ?? 0
    guard wal == 0, let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) else { return nil }
    return "file:\(escaped)?immutable=1"
}
