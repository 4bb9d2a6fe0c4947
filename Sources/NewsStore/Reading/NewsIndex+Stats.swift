import Foundation
import GRDB

/// What `byline index --stats` prints: the size and state of an index.
public struct IndexStats: Sendable, Equatable {
    public var articles: Int
    /// Corpus entities (names merged across articles).
    public var entities: Int
    public var mentions: Int
    public var quotes: Int
    /// Files that are not articles, with the reason, by path.
    public var skipped: [String]
    /// Bytes of the database file and its WAL.
    public var indexBytes: Int
    /// Full-text rows of replaced articles awaiting compaction.
    public var deadRows: Int
    /// When the last refresh finished, or nil if none has.
    public var refreshed: Date?
    /// The version key (schema, analysis, canary) the index was built with.
    public var version: String
}

extension NewsIndex {
    /// Counts and sizes of the index.
    public func stats() throws(IndexError) -> IndexStats {
        let file = location.databaseURL.path
        let bytes = ["", "-wal"].reduce(0) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: file + suffix)[.size] as? Int) ?? 0)
        }
        return try reading { db in
            let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { row -> (String, String) in (row[0], row[1]) })
            return IndexStats(
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                entities: try Int.fetchOne(db, sql: "SELECT count(DISTINCT entity) FROM name WHERE articles > 0") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT SUM(mentions) FROM name") ?? 0,
                quotes: try Data.fetchAll(db, sql: "SELECT quotes FROM article WHERE quotes IS NOT NULL").reduce(0) { $0 + PackedQuotes.quotationCount([UInt8]($1)) },
                skipped: try Row.fetchAll(db, sql: "SELECT path, reason FROM skipped ORDER BY path").map { "\($0[0] as String): \($0[1] as String)" },
                indexBytes: bytes,
                deadRows: Int(meta["fts_dead"] ?? "0") ?? 0,
                refreshed: meta["refreshed"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) },
                version: meta["version"] ?? "")
        }
    }
}
