import Foundation
import GRDB

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
public final class ReadingState: Sendable {
    public let location: StateLocation
    private let queue: DatabaseQueue

    private init(location: StateLocation, queue: DatabaseQueue) {
        self.location = location
        self.queue = queue
    }

    /// Why the reading state could not be opened or written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Opens (or creates) the reading state at `location`.
    public static func open(location: StateLocation = .resolve()) throws(Failure) -> ReadingState {
        let file = location.databaseURL
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(file.deletingLastPathComponent().path) for the reading state")
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
            try migrator.migrate(queue)
            withExtendedLifetime(lock) {}
            return ReadingState(location: location, queue: queue)
        } catch {
            throw Failure(description: "cannot open the reading state at \(file.path): \(error)")
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
        try run { db in
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
            throw Failure(description: "reading state at \(location.databaseURL.path): \(error)")
        }
    }
}
