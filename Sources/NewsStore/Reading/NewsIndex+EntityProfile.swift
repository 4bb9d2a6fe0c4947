import Foundation
import GRDB
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
            guard let entity = try Self.entitySummaries([id], db).first else { return nil }
            let names = try Self.nameIDs(ofEntity: id, db)
            let list = names.map(String.init).joined(separator: ",")
            var byDay: [Int: Int] = [:]
            // (day, article) of each occurrence row: an article under two of its names comes twice.
            var articleDays: [(day: Int, article: Int64)] = []
            var usesFileDays = false
            var fileDays = FileDays()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.day, o.article, o.spans, a.mtime FROM occurrence o JOIN article a ON a.id = o.article
                WHERE o.name IN (\(list))
                """)
            while let row = try rows.next() {
                var day: Int = row[0]
                if day == 0 {
                    // An undated article counts on its file's modification day, as the list shows it.
                    usesFileDays = true
                    day = fileDays.day(ofNanoseconds: row[3])
                }
                let spans: Data = row[2]
                byDay[day, default: 0] += Self.spanCount(spans)
                articleDays.append((day, row[1]))
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
    static func spanCount(_ packed: Data) -> Int {
        packed.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) } } / 2
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
    private static func companions(of id: Int64, articles: [Int64], limit: Int, _ db: Database) throws -> [EntityProfile.Companion] {
        var articleNames: [[Int]] = []
        for start in stride(from: 0, to: articles.count, by: 5_000) {
            let slice = articles[start..<min(articles.count, start + 5_000)].map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT names FROM article WHERE id IN (\(slice))") {
                articleNames.append(Varint.decode([UInt8](row[0] as Data)))
            }
        }
        var allNames = Set<Int>()
        for names in articleNames { allNames.formUnion(names) }
        var entityOf: [Int: Int64] = [:]
        if allNames.count > 2_000 {
            // Most of the corpus's names: one pass over them beats looking each one up.
            for row in try Row.fetchAll(db, sql: "SELECT id, entity FROM name WHERE articles > 0") {
                entityOf[row[0]] = row[1]
            }
        } else if !allNames.isEmpty {
            let list = allNames.map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT id, entity FROM name WHERE id IN (\(list)) AND articles > 0") {
                entityOf[row[0]] = row[1]
            }
        }
        var shared: [Int64: Int] = [:]
        for names in articleNames {
            var seen = Set<Int64>()
            for name in names {
                guard let entity = entityOf[name], entity != id, seen.insert(entity).inserted else { continue }
                shared[entity, default: 0] += 1
            }
        }
        let top = shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit)
        let summaries = try entitySummaries(top.map(\.key), db)
        let counts = Dictionary(uniqueKeysWithValues: top.map { ($0.key, $0.value) })
        return summaries.map { EntityProfile.Companion(entity: $0, sharedArticles: counts[$0.id] ?? 0) }
            .sorted { ($0.sharedArticles, $0.entity.mentions, $1.entity.name) > ($1.sharedArticles, $1.entity.mentions, $0.entity.name) }
    }
}
