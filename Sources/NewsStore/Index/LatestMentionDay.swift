import GRDB

/// The newest day each name is mentioned on, stored in `name.latest` (migration v8).
///
/// The people view sorts every entity by it, so it is read for all 19,000 names of a
/// 100,000-article corpus at once; the occurrence rows it comes from are written and deleted
/// by `IndexWriter`, which keeps the column right (`recompute`).
enum LatestMentionDay {
    static let migration = "v8: latest mention day"

    /// The newest day of name `?`'s occurrence rows, 0 when it has none (or only undated ones):
    /// the first row of its range in the occurrence key (name, day DESC, article).
    static let newestDaySQL = "coalesce((SELECT o.day FROM occurrence o WHERE o.name = name.id ORDER BY o.day DESC LIMIT 1), 0)"

    /// Fills the column of every name from its occurrence rows.
    static let fillSQL = "UPDATE name SET latest = \(newestDaySQL)"

    /// Sets the column of name `id` again from its occurrence rows.
    static func recompute(_ id: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE name SET latest = \(newestDaySQL) WHERE id = ?").execute(arguments: [id])
    }

    /// Whether the index holds the column. An index opened read-only is not migrated (nothing
    /// may be written), so one built before v8 answers by looking each name's day up instead.
    static func isStored(_ db: Database) throws -> Bool {
        try db.columns(in: "name").contains { $0.name == "latest" }
    }
}
