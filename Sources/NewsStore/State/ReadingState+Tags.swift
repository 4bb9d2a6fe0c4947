import Foundation
import GRDB

/// A tag and how many articles carry it.
public struct TagCount: Sendable, Equatable {
    public var name: String
    public var articles: Int

    public init(name: String, articles: Int) {
        self.name = name
        self.articles = articles
    }
}

extension ReadingState {
    /// Tags as the reading state keeps them (`TagNames.normalized`).
    public static func normalizedTags<S: Sequence<String>>(_ names: S) -> [String] {
        TagNames.normalized(names)
    }

    /// Tags typed as text: comma- or space-separated.
    public static func tags(fromText text: String) -> [String] {
        normalizedTags(text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init))
    }

    /// One article's tags, by name: found by content hash, else (the file was edited since it
    /// was tagged) by its path, as the marks are.
    public func tags(of key: ArticleKey) throws(Failure) -> [String] {
        try run { db in try Self.tagRows(of: key, db).names }
    }

    /// Replaces an article's tags (none removes them all). One transaction, on disk when this
    /// returns; the tags move to the article's current hash and path.
    public func setTags(_ key: ArticleKey, _ names: [String]) throws(Failure) {
        let tags = Self.normalizedTags(names)
        try run { db in
            try db.inTransaction(.immediate) {
                let old = try Self.tagRows(of: key, db).hash
                try db.execute(sql: "DELETE FROM tag WHERE hash IN (?, ?)", arguments: [key.hash, old ?? key.hash])
                let now = Date().timeIntervalSince1970
                for tag in tags {
                    try db.execute(
                        sql: "INSERT INTO tag(hash, path, name, changed) VALUES(?, ?, ?, ?)",
                        arguments: [key.hash, key.path, tag, now])
                }
                return .commit
            }
        }
    }

    /// Every tag in use, by name, with the number of articles carrying it.
    public func tagCounts() throws(Failure) -> [TagCount] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT name, count(*) FROM tag GROUP BY name ORDER BY name").map {
                TagCount(name: $0[0], articles: $0[1])
            }
        }
    }

    /// The articles carrying `name`, as hashes and absolute paths: an article is tagged when
    /// either names it (its hash, or its path after an edit).
    public func tagged(_ name: String) throws(Failure) -> (hashes: [Int64], paths: [String]) {
        let tag = Self.normalizedTags([name]).first ?? ""
        return try run { db in
            let rows = try Row.fetchAll(db, sql: "SELECT hash, path FROM tag WHERE name = ?", arguments: [tag])
            return (rows.map { $0[0] }, rows.map { $0[1] })
        }
    }

    /// The tag rows of an article: by hash, else the latest tagged version at its path.
    private static func tagRows(of key: ArticleKey, _ db: Database) throws -> (hash: Int64?, names: [String]) {
        let byHash = try String.fetchAll(db, sql: "SELECT name FROM tag WHERE hash = ? ORDER BY name", arguments: [key.hash])
        if !byHash.isEmpty { return (key.hash, byHash) }
        guard let hash = try Int64.fetchOne(db, sql: "SELECT hash FROM tag WHERE path = ? ORDER BY changed DESC LIMIT 1", arguments: [key.path])
        else { return (nil, []) }
        return (hash, try String.fetchAll(db, sql: "SELECT name FROM tag WHERE hash = ? ORDER BY name", arguments: [hash]))
    }
}
