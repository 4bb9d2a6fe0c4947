import Foundation
import GRDB
import NewsCore
import Synchronization

/// How the reading state names an article: by content, with its absolute path as a fallback.
///
/// The content hash survives a move or rename; the path survives an edit. A mark is found by
/// either, so an article loses its flags only if it is both moved and edited at once.
public struct ArticleKey: Sendable, Hashable {
    public var hash: Int64
    /// The absolute path of the file.
    public var path: String

    public init(hash: Int64, path: String) {
        self.hash = hash
        self.path = path
    }
}

/// The read flag and star of one article.
public struct ArticleMarks: Sendable, Equatable {
    public var hash: Int64
    public var path: String
    public var isRead: Bool
    public var isStarred: Bool
}

/// Read flags, stars and tags, kept in their own SQLite file apart from the rebuildable index.
///
/// Durability: WAL with `synchronous = FULL` and one transaction per change. A change is on
/// disk (fsynced) before the call returns, so neither `kill -9` nor a power cut loses it;
/// WAL with NORMAL would already survive `kill -9` (the WAL is written before commit returns)
/// but could lose the last changes on power loss, and a toggle is rare enough that the extra
/// fsync costs nothing noticeable. Two readers on one folder share the file: WAL lets one
/// read while the other writes, and a busy timeout makes concurrent writers wait their turn.
///
/// When the file cannot be written (its disk is full, its folder read-only), reading goes on:
/// the marks move to memory, copied from the file as far as it can still be read, and are kept
/// until the reader quits; `notice` says so once.
public final class ReadingState: Sendable {
    public let location: StateLocation
    /// The database answering now: the file, or its copy in memory once the file failed.
    private let store: Mutex<(queue: DatabaseQueue, saved: Bool, notice: String?)>

    private init(location: StateLocation, queue: DatabaseQueue, saved: Bool = true, notice: String? = nil) {
        self.location = location
        store = Mutex((queue, saved, notice))
    }

    private var queue: DatabaseQueue { store.withLock { $0.queue } }

    /// Whether changes reach the file (false once they are kept in memory only).
    public var isSaved: Bool { store.withLock { $0.saved } }

    /// The sentence saying that marks are no longer saved, once, the first time it is asked
    /// for after that happened; nil otherwise.
    public func takeNotice() -> String? {
        store.withLock { state in
            defer { state.notice = nil }
            return state.notice
        }
    }

    /// A reading state in memory for this session, holding the marks of the file at `location`
    /// when it can still be read: for when the file cannot be opened for writing. `problem`
    /// says why, for `notice`.
    public static func unsaved(copying location: StateLocation, because problem: String) -> ReadingState {
        let memory = Self.memoryCopy(of: nil, location: location)
        return ReadingState(location: location, queue: memory, saved: false, notice: Self.unsavedNotice(problem))
    }

    /// The file opened read-only, or as immutable when SQLite cannot make its `-shm` file there.
    private static func readable(_ path: String, _ configuration: Configuration) -> DatabaseQueue? {
        if let queue = try? DatabaseQueue(path: path, configuration: configuration), (try? queue.read({ try $0.tableExists("mark") })) == true {
            return queue
        }
        return immutableURI(path).flatMap { try? DatabaseQueue(path: $0, configuration: configuration) }
    }

    static func unsavedNotice(_ problem: String) -> String {
        "Read marks and stars cannot be saved: \(problem). They are kept until you quit."
    }

    /// An in-memory database holding the marks: copied from `source` when given and readable,
    /// else from the file at `location` opened read-only, else none.
    private static func memoryCopy(of source: DatabaseQueue?, location: StateLocation) -> DatabaseQueue {
        SQLiteMemoryStatus.prepare()
        // (An in-memory queue cannot fail to open.)
        let memory = try! DatabaseQueue()
        var readOnly = Configuration()
        readOnly.readonly = true
        if (try? source?.backup(to: memory)) == nil, let file = readable(location.databaseURL.path, readOnly) {
            try? file.backup(to: memory)
            try? file.close()
        }
        // Whether copied or not: a copy of an older file lacks the newer tables (tags), and the
        // migrator adds only what is missing.
        try? migrator.migrate(memory)
        return memory
    }

    /// Why the reading state could not be opened or written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Opens (or creates) the reading state at `location`.
    public static func open(location: StateLocation = .resolve()) throws(Failure) -> ReadingState {
        // (Whichever of this and the index a command opens first: SQLite takes the setting
        // only before its first connection.)
        SQLiteMemoryStatus.prepare()
        let file = location.databaseURL
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "the folder \(file.deletingLastPathComponent().path.terminalSafeName) cannot be created")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            // Two readers started together both create the file: setting WAL mode and migrating
            // in turn keeps the second from failing ("database is locked", or "table mark
            // already exists" from running the first's CREATE TABLE again).
            let lock = try RefreshLock(for: file, suffix: ".lock")
            let queue = try DatabaseQueue(path: file.path, configuration: config)
            try migrator.migrate(queue)
            withExtendedLifetime(lock) {}
            return ReadingState(location: location, queue: queue)
        } catch {
            throw Failure(description: Self.describe(error, at: file))
        }
    }

    /// The tables of the reading state.
    private static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: marks") { db in
            try db.execute(sql: """
                CREATE TABLE mark(
                    hash INTEGER PRIMARY KEY NOT NULL,
                    path TEXT NOT NULL,
                    read INTEGER NOT NULL DEFAULT 0,
                    starred INTEGER NOT NULL DEFAULT 0,
                    changed REAL NOT NULL
                );
                CREATE INDEX mark_path ON mark(path);
                """)
        }
        migrator.registerMigration("v2: tags") { db in
            // One row per tag of an article, keyed like the marks: by content hash, with the
            // absolute path for finding it again after an edit.
            try db.execute(sql: """
                CREATE TABLE tag(
                    hash INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    name TEXT NOT NULL,
                    changed REAL NOT NULL,
                    PRIMARY KEY(hash, name)
                );
                CREATE INDEX tag_path ON tag(path);
                CREATE INDEX tag_name ON tag(name);
                """)
        }
        return migrator
    }()

    /// What went wrong with the file at `file`, in plain words: a full disk or the size limit
    /// (`WriteFailure`), a folder that cannot be written, or SQLite's own message.
    static func describe(_ error: any Error, at file: URL) -> String {
        let place = file.path.terminalSafeName
        switch error {
        case let error as IndexError:
            return error.description
        case let error as DatabaseError:
            if let problem = WriteFailure.problem(error, at: file.path) { return "\(problem) (the reading state is at \(place))" }
            if error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_PERM {
                return "the reading state at \(place) cannot be written"
            }
            return "the reading state at \(place): \(error.message ?? "\(error.resultCode)")"
        default:
            return "the reading state at \(place): \(error)"
        }
    }

    /// The marks of one article (unread and unstarred when it has none).
    public func marks(of key: ArticleKey) throws(Failure) -> ArticleMarks {
        try run { db in try Self.find(key, db) } ?? ArticleMarks(hash: key.hash, path: key.path, isRead: false, isStarred: false)
    }

    public func isRead(_ key: ArticleKey) throws(Failure) -> Bool { try marks(of: key).isRead }

    public func isStarred(_ key: ArticleKey) throws(Failure) -> Bool { try marks(of: key).isStarred }

    /// Marks an article read (or unread). One transaction, on disk when this returns.
    public func setRead(_ key: ArticleKey, _ read: Bool = true) throws(Failure) {
        try update(key) { $0.isRead = read }
    }

    /// Stars or unstars an article and returns whether it is starred now.
    @discardableResult
    public func toggleStar(_ key: ArticleKey) throws(Failure) -> Bool {
        var now = false
        try update(key) {
            $0.isStarred.toggle()
            now = $0.isStarred
        }
        return now
    }

    /// Every article with a mark, for filters ("unread only") and the starred list.
    public func marks() throws(Failure) -> [ArticleMarks] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT hash, path, read, starred FROM mark WHERE read OR starred").map {
                ArticleMarks(hash: $0[0], path: $0[1], isRead: $0[2], isStarred: $0[3])
            }
        }
    }

    /// The starred articles, most recently starred first.
    public func starred() throws(Failure) -> [ArticleMarks] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT hash, path, read, starred FROM mark WHERE starred ORDER BY changed DESC").map {
                ArticleMarks(hash: $0[0], path: $0[1], isRead: $0[2], isStarred: $0[3])
            }
        }
    }

    /// Marks every article of `keys` read, in one transaction: on disk when this returns, or
    /// not at all. Each is found and re-keyed as `setRead` does, so an edited or moved file
    /// keeps its star.
    public func setRead(_ keys: [ArticleKey]) throws(Failure) {
        guard !keys.isEmpty else { return }
        try run { db in
            try db.inTransaction(.immediate) {
                let now = Date().timeIntervalSince1970
                for key in keys {
                    try Self.upsert(key, db, now: now) { $0.isRead = true }
                }
                return .commit
            }
        }
    }

    // MARK: - Storage

    private static func find(_ key: ArticleKey, _ db: Database) throws -> ArticleMarks? {
        let row = try Row.fetchOne(db, sql: "SELECT hash, path, read, starred FROM mark WHERE hash = ?", arguments: [key.hash])
            ?? Row.fetchOne(db, sql: "SELECT hash, path, read, starred FROM mark WHERE path = ? ORDER BY changed DESC LIMIT 1", arguments: [key.path])
        return row.map { ArticleMarks(hash: $0[0], path: $0[1], isRead: $0[2], isStarred: $0[3]) }
    }

    private func update(_ key: ArticleKey, _ change: (inout ArticleMarks) -> Void) throws(Failure) {
        do {
            try write(key, change, queue)
        } catch let error as DatabaseError where isSaved && Self.meansUnwritable(error) {
            // The file cannot take the change: the marks go on in memory, and the user is told once.
            let memory = Self.memoryCopy(of: queue, location: location)
            store.withLock { $0 = (memory, false, Self.unsavedNotice(Self.describe(error, at: location.databaseURL))) }
            do {
                try write(key, change, memory)
            } catch {
                throw Failure(description: Self.describe(error, at: location.databaseURL))
            }
        } catch {
            throw Failure(description: Self.describe(error, at: location.databaseURL))
        }
    }

    /// Whether a write failed because the file cannot be written at all (full, read-only),
    /// rather than for something a retry would mend.
    private static func meansUnwritable(_ error: DatabaseError) -> Bool {
        [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
    }

    private func write(_ key: ArticleKey, _ change: (inout ArticleMarks) -> Void, _ queue: DatabaseQueue) throws {
        try queue.inDatabase { db in
            try db.inTransaction(.immediate) {
                try Self.upsert(key, db, now: Date().timeIntervalSince1970, change)
                return .commit
            }
        }
    }

    /// Changes one article's marks inside the caller's transaction.
    private static func upsert(_ key: ArticleKey, _ db: Database, now: Double, _ change: (inout ArticleMarks) -> Void) throws {
        var marks = try find(key, db) ?? ArticleMarks(hash: key.hash, path: key.path, isRead: false, isStarred: false)
        let oldHash = marks.hash
        change(&marks)
        // Re-key to the article as it is now: found by path after an edit, or by hash after a move.
        if oldHash != key.hash {
            try db.execute(sql: "DELETE FROM mark WHERE hash = ?", arguments: [oldHash])
        }
        try db.execute(sql: """
            INSERT INTO mark(hash, path, read, starred, changed) VALUES(?, ?, ?, ?, ?)
            ON CONFLICT(hash) DO UPDATE SET path = excluded.path, read = excluded.read,
                starred = excluded.starred, changed = excluded.changed
            """, arguments: [key.hash, key.path, marks.isRead, marks.isStarred, now])
    }

    func run<T>(_ body: (Database) throws -> T) throws(Failure) -> T {
        do {
            return try queue.inDatabase(body)
        } catch {
            throw Failure(description: Self.describe(error, at: location.databaseURL))
        }
    }
}
