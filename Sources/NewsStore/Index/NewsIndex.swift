import Foundation
import GRDB
import NewsCore

/// The persistent, rebuildable index of one corpus folder.
///
/// Opening is instant on an existing index: no file is read until `refresh` runs, which can go
/// on in the background while the reader queries (SQLite WAL: readers see the last committed
/// batch, the one writer never blocks them). The index lives in one SQLite file (see
/// `IndexLocation`); when the file is damaged, or the parser or analysis changed since it was
/// built (`IndexVersion`), `open` starts a new one and says why in `rebuilt`. Damage that
/// only shows later, in a refresh or an answer, is `IndexOwner`'s to mend.
///
/// This file opens and closes the index; the rest of it is in extensions, one file each:
/// - `NewsIndex+Refresh`: `refresh` and `refreshEvents`, bringing the index up to date with
///   the folder, and `translate`, SQLite's errors as `IndexError`s.
/// - `NewsIndex+Articles`: the article list (`articles`, `articleCount`, filtered by reading
///   state), one article by id or path, and `open`, which reads an article's file again.
/// - `NewsIndex+Entities`: corpus entities (`entities`, `entityCount`, `entity(id:)`) and
///   looking one up by any of its names (`lookupEntity`).
/// - `NewsIndex+Mentions`: an entity's mentions across the corpus, newest first, and the
///   entities of one article.
/// - `NewsIndex+Quotes`: quotations by speaker (a page, and their count) and of one article.
/// - `NewsIndex+Search`: `search` and `count` in the query language, ranked, with snippets.
/// - `NewsIndex+Stats`: `stats`, what `byline index --stats` prints.
public final class NewsIndex: Sendable {
    /// The corpus folder, absolute and standardised.
    public let corpus: URL
    public let location: IndexLocation
    public let analysis: Analysis
    /// Why `open` replaced the index file with a new one; nil when it opened the existing one.
    public let rebuilt: RebuildReason?
    /// `rebuilt` as the sentence the user is shown.
    public var rebuildReason: String? { rebuilt?.description }
    /// The index file or its folder cannot be written (a read-only copy, another user's
    /// cache): it answers as it is, and `refresh` fails with `.readOnly`.
    public let isReadOnly: Bool
    let pool: DatabasePool
    let versionKey: String

    init(
        corpus: URL, location: IndexLocation, analysis: Analysis, rebuilt: RebuildReason?, pool: DatabasePool, versionKey: String,
        isReadOnly: Bool = false
    ) {
        self.corpus = corpus
        self.location = location
        self.analysis = analysis
        self.rebuilt = rebuilt
        self.pool = pool
        self.versionKey = versionKey
        self.isReadOnly = isReadOnly
    }

    /// Opens (or creates) the index of `corpus`.
    ///
    /// - Parameters:
    ///   - location: where the database lives; `IndexLocation.resolve(corpus:)` when nil.
    ///   - rebuild: start from an empty index even if a valid one exists (`byline index --rebuild`).
    public static func open(
        corpus: URL, location: IndexLocation? = nil, analysis: Analysis = .standard, rebuild: Bool = false
    ) throws(IndexError) -> NewsIndex {
        try open(corpus: corpus, location: location, analysis: analysis, replacingBecause: rebuild ? .requested : nil)
    }

    /// Opens the index of `corpus`, starting from an empty one when `replacingBecause` gives a
    /// reason to (which `rebuilt` then reports).
    static func open(
        corpus: URL, location: IndexLocation?, analysis: Analysis, replacingBecause cause: RebuildReason?
    ) throws(IndexError) -> NewsIndex {
        // (Before any connection opens, this function's own checks included.)
        SQLiteMemoryStatus.prepare()
        let rebuild = cause != nil
        let folder = try checkedFolder(corpus)
        let location = location ?? IndexLocation.resolve(corpus: folder)
        let file = location.databaseURL
        try IndexPlace.check(file, creatingFolder: location.createsFolder)
        let versionKey = IndexVersion.key(for: analysis)
        if !IndexPlace.isWritable(file) {
            // Without a file there is nothing to read; with one, it answers as it is.
            guard PathStatus.kind(file.path) == .regularFile else {
                throw .location(path: file.deletingLastPathComponent().path, reason: "the folder is not writable")
            }
            return try openReadOnly(corpus: folder, location: location, analysis: analysis, versionKey: versionKey, rebuild: rebuild)
        }
        // Two processes opening one new index at once (two readers started together) must not
        // see each other's half-made file: it looked like another program's database, or an
        // incomplete index to delete. Opening and creating take turns; refreshing does not
        // wait for this lock, nor this for a refresh.
        let opening = try RefreshLock(for: file, suffix: ".open.lock")
        defer { withExtendedLifetime(opening) {} }

        // Another program's database is refused before SQLite opens it for writing: a pool
        // would switch it to WAL mode on the way.
        let owner = IndexFileOwner.of(file)
        if owner == .other { throw foreign(file) }
        var reason = cause
        if owner == .notADatabase {
            // Not SQLite at all: refused unless it may be a damaged index of ours, before SQLite
            // opens it (a file of one byte it would take for an empty database, and write over).
            try refuseUnlessOurs(file, damage: "it is not an SQLite database")
            if !rebuild { reason = .damaged(detail: "not an SQLite database") }
            try removeDatabase(at: file)
        }
        // While a refresh runs elsewhere, a checkpoint may have written the header before the
        // file grew: the size says nothing then, and the file is in use.
        if !rebuild, let idle = RefreshLock(ifFree: file), let why = truncation(of: file) {
            try refuseUnlessOurs(file, damage: why.description)
            reason = why
            removeFiles(of: file)
            withExtendedLifetime(idle) {}
        }
        for attempt in 0..<2 {
            do {
                let pool = try makePool(at: file)
                let verdict = try pool.read { db in try inspect(db, versionKey: versionKey, corpus: folder.path) }
                switch verdict {
                case .ready where rebuild && attempt == 0:
                    // Asked to start afresh, and the file is an index of ours: replace it.
                    try pool.close()
                case .ready, .empty:
                    try IndexSchema.migrator.migrate(pool)
                    if verdict == .empty {
                        try pool.write { db in
                            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('version', ?), ('corpus', ?)",
                                           arguments: [versionKey, folder.path])
                        }
                    }
                    if verdict == .empty || owner != .byline {
                        // The mark that lets a later open tell this file from another program's.
                        try pool.writeWithoutTransaction { db in
                            try db.execute(sql: "PRAGMA application_id = \(IndexFileOwner.applicationID)")
                        }
                    }
                    return NewsIndex(corpus: folder, location: location, analysis: analysis, rebuilt: reason, pool: pool, versionKey: versionKey)
                case .foreign:
                    try pool.close()
                    throw foreign(file)
                case .stale(let why):
                    try pool.close()
                    if owner != .byline { try refuseUnlessOurs(file, damage: why.description) }
                    reason = why
                }
            } catch let error as IndexError {
                throw error
            } catch let error as DatabaseError where error.meansDamage {
                try refuseUnlessOurs(file, damage: error.damageDetail)
                reason = .damaged(detail: error.damageDetail)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
                || error.resultCode == .SQLITE_PERM || error.resultCode == .SQLITE_IOERR || error.resultCode == .SQLITE_FULL
            {
                // A full disk is not a damaged index: said in plain words, and the file left alone,
                // unless this open made it (a half-made index is of no use to anyone).
                if owner == .nobody { removeFiles(of: file) }
                if let problem = WriteFailure.problem(error, at: file.path) { throw .cannotWrite(path: file.path, problem: problem) }
                throw .location(path: file.path, reason: error.message ?? "cannot open")
            } catch {
                if attempt == 1 { throw .database("\(error)") }
                try refuseUnlessOurs(file, damage: "\(error)")
                reason = .unreadable(detail: "\(error)")
            }
            try removeDatabase(at: file)
        }
        throw .corrupt(path: file.path, detail: reason?.description ?? "cannot be recreated")
    }

    /// Closes the database; later calls on this index fail.
    public func close() throws(IndexError) {
        do { try pool.close() } catch { throw .database("\(error)") }
    }

    // MARK: - Opening helpers

    enum Verdict: Equatable {
        case ready
        case empty
        /// An SQLite database without Byline's tables: someone else's, never replaced.
        case foreign
        case stale(RebuildReason)
    }

    /// Refuses to delete a file that may not be an index of ours: one that SQLite cannot read
    /// is replaced only if it is empty or has the `.sqlite` name Byline gives its index files.
    /// `--index notes.txt`, a slip of the keyboard, must fail, not delete the notes.
    private static func refuseUnlessOurs(_ file: URL, damage: String) throws(IndexError) {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        guard size > 0, file.pathExtension != "sqlite" else { return }
        throw .location(path: file.path, reason: "it is not a Byline index (\(damage)); Byline will not overwrite it")
    }

    static func foreign(_ file: URL) -> IndexError {
        .location(path: file.path, reason: "it is an SQLite database of another program, not a Byline index; Byline will not replace it")
    }

    /// What the file holds: nothing yet, an index this code can use, or one to replace.
    static func inspect(_ db: Database, versionKey: String, corpus: String) throws -> Verdict {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if tables.isEmpty { return .empty }
        guard tables.contains("meta") else {
            // Only GRDB's bookkeeping: an index whose creation was cut short (killed before its
            // first migration committed). Anything else belongs to another program.
            if Set(tables).isSubset(of: ["grdb_migrations", "sqlite_sequence"]) { return .stale(.incomplete) }
            return .foreign
        }
        let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { row -> (String, String) in (row[0], row[1]) })
        guard let version = meta["version"] else { return .stale(.incomplete) }
        if version != versionKey { return .stale(.versionChanged(from: version)) }
        if let owner = meta["corpus"], owner != corpus { return .stale(.otherCorpus(was: owner, now: corpus)) }
        return .ready
    }

    /// Why the file is shorter than its own header says, if it is: cut off by a full disk or an
    /// interrupted copy. SQLite would only notice on reading a missing page, perhaps in the
    /// middle of an answer; the header check costs one 100-byte read.
    ///
    /// The header's page count is trusted only when its "version valid for" field matches the
    /// change counter, as SQLite itself does, and only while the write-ahead log is empty: a
    /// refresh ends with a truncating checkpoint, so the main file then holds every page, but
    /// while another process checkpoints, page 1 may be written before the file grows.
    static func truncation(of file: URL) -> RebuildReason? {
        let wal = (try? FileManager.default.attributesOfItem(atPath: file.path + "-wal")[.size] as? Int) ?? 0
        guard wal == 0, let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100,
            let size = try? handle.seekToEnd()
        else { return nil }
        let bytes = [UInt8](header)
        guard bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) else { return nil }
        func u32(_ at: Int) -> UInt64 { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | UInt64($1) } }
        let rawPageSize = UInt64(bytes[16]) << 8 | UInt64(bytes[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pages = u32(28)
        guard pages > 0, u32(24) == u32(92), size < pages * pageSize else { return nil }
        return .truncated(detail: "\(size) of \(pages * pageSize) bytes")
    }

    /// A pool on `file`; read-only when `readOnly`, or when opened through a `uri` (which
    /// carries its own parameters).
    static func makePool(at file: URL, readOnly: Bool = false, uri: String? = nil) throws -> DatabasePool {
        SQLiteMemoryStatus.prepare()
        var config = Configuration()
        config.readonly = readOnly || uri != nil
        // Two readers on one folder (two terminals) share the file: wait for a lock, never fail.
        config.busyMode = .timeout(10)
        config.maximumReaderCount = 4
        config.prepareDatabase { db in
            // Debian builds SQLite with SECURE_DELETE on; the index holds nothing secret and
            // zeroing freed pages slows every refresh down.
            try db.execute(sql: "PRAGMA secure_delete = OFF")
            // Pages freed by FTS segment merges go back to the file system at the end of a
            // refresh (`incremental_vacuum`); only takes effect on a new, empty file.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL") }
            // WAL + NORMAL: a killed process loses nothing committed; only a power cut can drop
            // the last transactions, and the index is rebuildable.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(NewsIndex.usualCacheKiB)")
            try FastRank.register(db)
        }
        return try DatabasePool(path: uri ?? file.path, configuration: config)
    }

    private static func checkedFolder(_ corpus: URL) throws(IndexError) -> URL {
        let path = corpus.path
        switch PathStatus.kind(path) {
        case .missing: throw .corpus(.missing(path))
        case .folder: break
        default: throw .corpus(.notAFolder(path))
        }
        guard PathStatus.isAccessible(path, R_OK) else { throw .corpus(.unreadable(path)) }
        return URL(fileURLWithPath: PathStatus.resolved(corpus), isDirectory: true)
    }

    /// Deletes the index file once no refresh, in any process, is writing to it.
    static func removeDatabase(at file: URL) throws(IndexError) {
        let refreshing = try RefreshLock(for: file)
        removeFiles(of: file)
        withExtendedLifetime(refreshing) {}
    }

    private static func removeFiles(of file: URL) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
    }
}
