import GRDB
import NewsCore

/// How the corpus's entities are ordered in the reader's people view.
public enum EntityOrder: String, Sendable, Equatable, CaseIterable {
    /// Most mentions first.
    case mentions
    /// Most articles first.
    case articles
    /// The most recently mentioned first (by the article's date; undated articles count as oldest).
    case latest
}

/// One corpus entity as the people view lists it: its counts and the day it was last mentioned.
public struct EntityListing: Sendable, Equatable, Hashable {
    public var id: Int64
    public var name: String
    public var type: EntityType
    public var mentions: Int
    public var articles: Int
    /// `YYYY-MM-DD` of the newest dated article that mentions it; nil when none has a date.
    public var latest: String?
}

extension NewsIndex {
    /// One page of the corpus's entities, of one type or all, whose name or any form the text
    /// used holds `filter` (case and diacritics folded, as `EntityKey` folds them), in `order`.
    ///
    /// Only the page's rows come back: a 100,000-article corpus holds about 17,000 entities,
    /// and the reader asks for the hundred it shows. Ties fall back to mentions, then the name,
    /// so every order is total and pages never overlap.
    public func entityDirectory(
        type: EntityType? = nil, filter: String = "", order: EntityOrder = .mentions, offset: Int = 0, limit: Int = 100
    ) throws(IndexError) -> [EntityListing] {
        let (conditions, arguments) = Self.directoryConditions(type: type, filter: filter)
        let orderBy: String
        switch order {
        case .mentions: orderBy = "m DESC, a DESC, e.display, n.entity"
        case .articles: orderBy = "a DESC, m DESC, e.display, n.entity"
        case .latest: orderBy = "latest DESC, m DESC, e.display, n.entity"
        }
        return try reading { db in
            // Each name's newest day is stored (`LatestMentionDay`); an index opened read-only
            // from before that looks it up, the first row of the name's occurrence key. Only
            // the latest order reads it for every name; the others, for the page's names.
            let latestColumn = try LatestMentionDay.isStored(db) ? "MAX(n.latest)"
                : "MAX((SELECT o.day FROM occurrence o WHERE o.name = n.id ORDER BY o.day DESC LIMIT 1))"
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.entity, e.display, e.type, SUM(n.mentions) AS m, SUM(n.articles) AS a,
                    \(order == .latest ? latestColumn : "0") AS latest
                FROM name n JOIN name e ON e.id = n.entity
                WHERE \(conditions)
                GROUP BY n.entity ORDER BY \(orderBy) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments + [limit, offset]))
            var listings = rows.map { row in
                EntityListing(
                    id: row[0], name: row[1], type: EntityTypeCode.type(row[2]), mentions: row[3], articles: row[4],
                    latest: SortDay.text(row[5]))
            }
            if order != .latest && !listings.isEmpty {
                let ids = listings.map { String($0.id) }.joined(separator: ",")
                var latest: [Int64: Int] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT n.entity, \(latestColumn) FROM name n WHERE n.entity IN (\(ids)) AND n.articles > 0 GROUP BY n.entity
                    """)
                {
                    latest[row[0]] = row[1]
                }
                for k in listings.indices { listings[k].latest = SortDay.text(latest[listings[k].id] ?? 0) }
            }
            return listings
        }
    }

    /// How many entities `entityDirectory` lists for a type and filter.
    public func entityDirectoryCount(type: EntityType? = nil, filter: String = "") throws(IndexError) -> Int {
        let (conditions, arguments) = Self.directoryConditions(type: type, filter: filter)
        return try reading { db in
            try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT n.entity) FROM name n JOIN name e ON e.id = n.entity WHERE \(conditions)
                """, arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// The WHERE clause (on `name n` joined to its entity's name `e`) for a type and a filter.
    static func directoryConditions(type: EntityType?, filter: String) -> (String, [(any DatabaseValueConvertible)?]) {
        var conditions = ["n.articles > 0"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let type {
            conditions.append("e.type = \(EntityTypeCode.code(type))")
        }
        // Every word must be in one of the entity's forms (its name or an alias), as keys.
        for word in EntityKey.of(filter).split(separator: " ") {
            conditions.append("""
                n.entity IN (SELECT f.entity FROM alias x JOIN name f ON f.id = x.name
                    WHERE x.surname = 0 AND f.articles > 0 AND instr(x.key, ?) > 0)
                """)
            arguments.append(String(word))
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}
