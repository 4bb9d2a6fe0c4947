import Foundation
import GRDB
import GRDBSQLite
import NewsCore

/// What the reader's page for one entity shows beyond its summary: when it was mentioned, and
/// who appears beside it.
public struct EntityProfile: Sendable, Equatable {
    public var entity: EntitySummary
    /// Quotations attributed to it.
    public var quotations: Int
    /// Mentions per day (`yyyymmdd`), oldest first. An undated article counts on its file's
    /// modification day, as the article list shows it.
    public var days: [DayCount]
    /// Whether some of `days` come from files' modification days (articles with no date).
    public var usesFileDays: Bool
    /// The entities sharing most articles with it, most shared first.
    public var companions: [Companion]
    /// The articles that name it.
    public var articles: Int
    /// Of those, the newest ones whose names the companions were counted in: all of them
    /// unless there are more than `NewsIndex.companionArticleLimit`.
    public var companionArticles: Int

    /// Mentions on one day.
    public struct DayCount: Sendable, Equatable {
        /// `yyyymmdd`.
        public var day: Int
        public var mentions: Int
    }

    /// An entity named in the same articles, and in how many.
    public struct Companion: Sendable, Equatable {
        public var entity: EntitySummary
        public var sharedArticles: Int
    }
}

extension NewsIndex {
    /// The most articles whose names are counted for an entity's companions: the newest ones.
    /// A country in a 100,000-article archive is named in 30,000; reading every one's names
    /// kept its page waiting half a second, and 4,000 still took 54 ms, over the 50 ms a key
    /// may take (the page says how many articles were counted).
    public static let companionArticleLimit = 2_000

    /// The profile of entity `id`: its mentions by day and its `companionLimit` most frequent
    /// companions by shared articles (among its newest `articleLimit` articles); nil
    /// when the index no longer holds it.
    ///
    /// Reads the index only: the occurrence rows of its names (for the days) and the packed
    /// name ids of its articles (for the companions), never the files.
    public func entityProfile(
        id: Int64, companionLimit: Int = 50, articleLimit: Int = companionArticleLimit
    ) throws(IndexError) -> EntityProfile? {
        try reading { db -> EntityProfile? in
            guard let entity = try Self.entitySummaries([try Self.currentEntity(id, db)], db).first else { return nil }
            let names = try Self.nameIDs(ofEntity: id, db)
            let list = names.map(String.init).joined(separator: ",")
            var byDay: [Int: Int] = [:]
            // (day, article) of each occurrence row: an article under two of its names comes twice.
            var articleDays: [(day: Int, article: Int64)] = []
            var usesFileDays = false
            var fileDays = FileDays()
            // A country's page reads 34,000 of these rows: their columns are read straight from
            // SQLite's row (GRDB's `Row` values and a `Data` per row cost a third of the page),
            // and only an undated article's row is looked up, for its file's time. (A join: a
            // subquery for the time took half as long again.)
            let statement = try db.makeStatement(sql: """
                SELECT o.day, o.article, o.spans, a.mtime FROM occurrence o LEFT JOIN article a ON o.day = 0 AND a.id = o.article
                WHERE o.name IN (\(list))
                """)
            let raw = statement.sqliteStatement
            let rows = try Row.fetchCursor(statement)
            while try rows.next() != nil {
                var day = Int(sqlite3_column_int64(raw, 0))
                if day == 0 {
                    // An undated article counts on its file's modification day, as the list shows it.
                    usesFileDays = true
                    day = fileDays.day(ofNanoseconds: sqlite3_column_int64(raw, 3))
                }
                byDay[day, default: 0] += Self.spanCount(sqlite3_column_blob(raw, 2), Int(sqlite3_column_bytes(raw, 2)))
                articleDays.append((day, sqlite3_column_int64(raw, 1)))
            }
            articleDays.sort { ($0.day, $0.article) > ($1.day, $1.article) }
            var articles: [Int64] = []
            articles.reserveCapacity(articleDays.count)
            for entry in articleDays where entry.article != articles.last { articles.append(entry.article) }
            let newest = Array(articles.prefix(articleLimit))
            let companions = try Self.companions(of: id, articles: newest, limit: companionLimit, db)
            let quotations = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(quotes), 0) FROM quote_speaker WHERE speaker IN (\(list))
                """) ?? 0
            return EntityProfile(
                entity: entity, quotations: quotations,
                days: byDay.keys.sorted().map { EntityProfile.DayCount(day: $0, mentions: byDay[$0]!) },
                usesFileDays: usesFileDays, companions: companions,
                articles: articles.count, companionArticles: newest.count)
        }
    }

    /// How many spans a packed occurrence holds: they are (gap, length) pairs of varints, and
    /// a varint ends at each byte below 0x80. (Counted in place: 70,000 mentions of a country
    /// decoded into arrays kept its page waiting.)
    static func spanCount(_ packed: UnsafeRawPointer?, _ count: Int) -> Int {
        guard let packed, count > 0 else { return 0 }
        return UnsafeRawBufferPointer(start: packed, count: count).reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) } / 2
    }

    /// Files' modification days, `yyyymmdd` in local time, remembered by quarter hour: every
    /// time zone's midnight falls on one, and 30,000 undated articles formatted a day each.
    struct FileDays {
        private var known: [Int64: Int] = [:]

        mutating func day(ofNanoseconds nanoseconds: Int64) -> Int {
            let quarter = nanoseconds / 1_000_000_000 / 900
            if let day = known[quarter] { return day }
            let day = Int(FileDay.text(ofNanoseconds: quarter * 900 * 1_000_000_000).replacingOccurrences(of: "-", with: "")) ?? 0
            known[quarter] = day
            return day
        }
    }

    /// The entities named in `articles` other than `id`, by how many of them they share.
    ///
    /// Name and entity ids are the small, dense ids of the name table, so the counts live in
    /// arrays indexed by them: for a country's 2,000 articles, dictionaries and a set per
    /// article took as long as reading the rows.
    private static func companions(of id: Int64, articles: [Int64], limit: Int, _ db: Database) throws -> [EntityProfile.Companion] {
        guard !articles.isEmpty, let top = try Int.fetchOne(db, sql: "SELECT max(id) FROM name"), top > 0 else { return [] }
        // Every article's names, one after another; `ends[k]` is where article k's stop.
        var names: [Int32] = []
        var ends: [Int] = []
        ends.reserveCapacity(articles.count)
        var known = [Bool](repeating: false, count: top + 1)
        var distinct = 0
        for start in stride(from: 0, to: articles.count, by: 5_000) {
            let slice = articles[start..<min(articles.count, start + 5_000)].map(String.init).joined(separator: ",")
            let statement = try db.makeStatement(sql: "SELECT names FROM article WHERE id IN (\(slice))")
            let raw = statement.sqliteStatement
            let rows = try Row.fetchCursor(statement)
            while try rows.next() != nil {
                Varint.forEach(sqlite3_column_blob(raw, 0), Int(sqlite3_column_bytes(raw, 0))) { name in
                    // A name beyond the table can only come from a damaged blob.
                    guard name <= top else { return }
                    names.append(Int32(name))
                    if !known[name] {
                        known[name] = true
                        distinct += 1
                    }
                }
                ends.append(names.count)
            }
        }
        var entityOf = [Int32](repeating: 0, count: top + 1)
        // Most of the corpus's names: one pass over them beats looking each one up.
        let sql = distinct > 2_000 ? "SELECT id, entity FROM name WHERE articles > 0"
            : "SELECT id, entity FROM name WHERE id IN (\((0...top).filter { known[$0] }.map(String.init).joined(separator: ","))) AND articles > 0"
        if distinct > 0 {
            let statement = try db.makeStatement(sql: sql)
            let raw = statement.sqliteStatement
            let rows = try Row.fetchCursor(statement)
            while try rows.next() != nil {
                let name = Int(sqlite3_column_int64(raw, 0)), entity = sqlite3_column_int64(raw, 1)
                if name <= top, entity > 0, entity <= top { entityOf[name] = Int32(entity) }
            }
        }
        // `seenIn[e]` is the last article that counted entity e, so that an article naming it
        // twice (under two of its names) counts once.
        var shared = [Int32](repeating: 0, count: top + 1)
        var seenIn = [Int32](repeating: -1, count: top + 1)
        var start = 0
        for (k, end) in ends.enumerated() {
            for name in names[start..<end] {
                let entity = Int(entityOf[Int(name)])
                guard entity > 0, entity != id, seenIn[entity] != Int32(k) else { continue }
                seenIn[entity] = Int32(k)
                shared[entity] += 1
            }
            start = end
        }
        let counted = shared.indices.filter { shared[$0] > 0 }.map { (entity: Int64($0), count: Int(shared[$0])) }
        let best = counted.sorted { ($0.count, $1.entity) > ($1.count, $0.entity) }.prefix(limit)
        let summaries = try entitySummaries(best.map(\.entity), db)
        let counts = Dictionary(uniqueKeysWithValues: best.map { ($0.entity, $0.count) })
        return summaries.map { EntityProfile.Companion(entity: $0, sharedArticles: counts[$0.id] ?? 0) }
            .sorted { ($0.sharedArticles, $0.entity.mentions, $1.entity.name) > ($1.sharedArticles, $1.entity.mentions, $0.entity.name) }
    }
}
