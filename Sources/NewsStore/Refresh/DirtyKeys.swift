import GRDB

/// The name keys a refresh marks for `EntityResolver` to decide again, or none at all while
/// the resolver is to decide every name anyway.
///
/// A refresh that starts with no names (a first build) marks every key it makes: the resolver
/// at its end decides every name. Marking them cost the writer a row in `dirty_key` for each
/// key and alias and the hashing of every key into a set, 6% of its work, for a list that
/// names every name. Instead such a refresh files `resolve_all` in `meta` before it writes a
/// name, and the resolver decides every name while the flag is there; it clears the flag with
/// the dirty keys, in the transaction that writes the links. A build killed before then leaves
/// the flag behind, and the next refresh, which marks nothing either, decides every name: the
/// names an unfinished first build made are all undecided.
struct DirtyKeys {
    /// The flag's key in `meta`.
    static let resolveAllKey = "resolve_all"

    /// Whether the resolver decides every name: nothing need be marked.
    let all: Bool
    /// The keys marked since they were last written (empty while `all`).
    private(set) var keys: Set<String> = []

    /// The marking for a writer on `db`: filing the flag when the index has no names yet.
    init(_ db: Database, noNames: Bool) throws {
        if noNames {
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES(?, '1')", arguments: [Self.resolveAllKey])
        }
        all = try Self.resolvesAll(db)
    }

    /// Whether the flag is filed in `db`.
    static func resolvesAll(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM meta WHERE key = ?"), arguments: [resolveAllKey]) ?? false
    }

    /// Takes the flag away (with the dirty keys, once the names are decided).
    static func clearFlag(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [resolveAllKey])
    }

    mutating func insert(_ key: String) {
        if !all { keys.insert(key) }
    }

    /// Marks the keys `more` gives; it is not asked for them while `all`.
    mutating func formUnion<S: Sequence>(_ more: @autoclosure () -> S) where S.Element == String {
        if !all { keys.formUnion(more()) }
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
    }
}
