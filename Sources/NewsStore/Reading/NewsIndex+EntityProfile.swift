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
    /// kept its page waiting half a second.
    public static let companionArticleLimit = 4_000

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
            var undated: [Int64: Int] = [:]
            var articleDay: [Int64: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT day, article, spans FROM occurrence WHERE name IN (\(list))")
            while let row = try rows.next() {
                let day: Int = row[0]
                let article: Int64 = row[1]
                // Spans are (gap, length) pairs: a mention each.
                let mentions = Varint.decode([UInt8](row[2] as Data)).count / 2
                if day == 0 {
                    undated[article, default: 0] += mentions
                } else {
                    byDay[day, default: 0] += mentions
                }
                articleDay[article] = day
            }
            // An undated article counts on its file's modification day, as the list shows it.
            let undatedIDs = undated.keys.sorted()
            for start in stride(from: 0, to: undatedIDs.count, by: 5_000) {
                let slice = undatedIDs[start..<min(undatedIDs.count, start + 5_000)].map(String.init).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT id, mtime FROM article WHERE id IN (\(slice))") {
                    let article: Int64 = row[0]
                    let day = Self.dayNumber(FileDay.text(ofNanoseconds: row[1]))
                    byDay[day, default: 0] += undated[article] ?? 0
                    articleDay[article] = day
                }
            }
            let newest = articleDay.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(articleLimit).map(\.key)
            let companions = try Self.companions(of: id, articles: newest, limit: companionLimit, db)
            let quotations = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(quotes), 0) FROM quote_speaker WHERE speaker IN (\(list))
                """) ?? 0
            return EntityProfile(
                entity: entity, quotations: quotations,
                days: byDay.keys.sorted().map { EntityProfile.DayCount(day: $0, mentions: byDay[$0]!) },
                usesFileDays: !undated.isEmpty, companions: companions,
                articles: articleDay.count, companionArticles: newest.count)
        }
    }

    /// `yyyymmdd` of a `YYYY-MM-DD` text.
    static func dayNumber(_ text: String) -> Int {
        Int(text.replacingOccurrences(of: "-", with: "")) ?? 0
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
        let sorted = allNames.sorted()
        // (In slices: SQLite limits how many values one statement may hold.)
        for start in stride(from: 0, to: sorted.count, by: 5_000) {
            let slice = sorted[start..<min(sorted.count, start + 5_000)].map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT id, entity FROM name WHERE id IN (\(slice)) AND articles > 0") {
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
