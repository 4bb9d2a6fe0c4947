import Foundation
import GRDB
import NewsCore

/// The answer to "mentions of NAME".
public enum MentionsAnswer: Sendable {
    /// No entity answers to the name.
    case unknown
    /// Several do; ask for a fuller name.
    case ambiguous([EntitySummary])
    case mentions(EntitySummary, [MentionRecord])
}

extension NewsIndex {
    /// Mentions of an entity, newest article first (then by article id, which follows the path
    /// order of the indexing run), in text order within an article; one page.
    ///
    /// The page comes from the occurrence key (name, day, article) without sorting; only its
    /// articles are read back from disk, for the mention text and its sentence.
    public func mentions(of entityID: Int64, offset: Int = 0, limit: Int = 20) throws(IndexError) -> [MentionRecord] {
        let (picks, summaries) = try reading { db -> ([(Int64, Range<Int>)], [Int64: ArticleSummary]) in
            var picks: [(Int64, Range<Int>)] = []
            var skipped = 0
            scan: for (_, article, packed) in try OccurrenceMerge(names: try Self.nameIDs(ofEntity: entityID, db), db) {
                let ranges = packed.flatMap(Varint.unpackRanges).sorted { $0.lowerBound < $1.lowerBound }
                if skipped + ranges.count <= offset {
                    skipped += ranges.count
                    continue
                }
                for range in ranges {
                    if skipped < offset {
                        skipped += 1
                        continue
                    }
                    picks.append((article, range))
                    if picks.count >= limit { break scan }
                }
            }
            let ids = Set(picks.map(\.0)).map(String.init).joined(separator: ",")
            var summaries: [Int64: ArticleSummary] = [:]
            if !ids.isEmpty {
                for row in try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id IN (\(ids))") {
                    let s = Self.summary(row)
                    summaries[s.id] = s
                }
            }
            return (picks, summaries)
        }
        // The page's articles are read and parsed on every core: parsing is most of the cost.
        let corpus = self.corpus
        let wanted = Array(Set(picks.map(\.0))).compactMap { summaries[$0] }
        let read = ParallelMap.map(wanted) { summary in
            (try? ArticleFileReader.readText(summary, corpus: corpus)).map { (summary.id, Array($0.text.unicodeScalars), $0.stale) }
        }
        var texts: [Int64: ([Unicode.Scalar], Bool)] = [:]
        for case let (id, scalars, stale)? in read { texts[id] = (scalars, stale) }
        var out: [MentionRecord] = []
        for (articleID, range) in picks {
            guard let summary = summaries[articleID] else { continue }
            guard let (scalars, stale) = texts[articleID] else {
                throw IndexError.database("\(summary.path.terminalSafeName): the file is gone or unreadable; refresh the index")
            }
            let (context, inContext) = MentionContext.around(range, in: scalars)
            let clamped = min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
            out.append(MentionRecord(
                articleID: articleID, path: summary.path, title: summary.title, date: summary.date,
                start: range.lowerBound, end: range.upperBound,
                text: String(String.UnicodeScalarView(scalars[clamped])),
                context: context, contextRange: inContext, isStale: stale))
        }
        return out
    }

    /// Mentions of the entity called `name` (any alias), or the candidates when ambiguous.
    public func mentions(named name: String, type: EntityType? = nil, offset: Int = 0, limit: Int = 20) throws(IndexError) -> MentionsAnswer {
        switch try lookupEntity(name, type: type) {
        case .none: return .unknown
        case .ambiguous(let candidates): return .ambiguous(candidates)
        case .found(let entity): return .mentions(entity, try mentions(of: entity.id, offset: offset, limit: limit))
        }
    }

    /// The entities of one article as stored, each resolved to its corpus entity.
    public func entities(inArticle id: Int64) throws(IndexError) -> [StoredArticleEntity] {
        try reading { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT day, names FROM article WHERE id = ?", arguments: [id]) else { return [] }
            let day: Int = row[0]
            var out: [StoredArticleEntity] = []
            for nameID in Varint.decode([UInt8](row[1] as Data)) {
                guard let name = try Row.fetchOne(db, sql: """
                    SELECT n.display, e.id, e.display, e.type, o.spans FROM name n JOIN name e ON e.id = n.entity
                    JOIN occurrence o ON o.name = n.id AND o.day = ? AND o.article = ? WHERE n.id = ?
                    """, arguments: [day, id, nameID])
                else { continue }
                out.append(StoredArticleEntity(
                    entityID: name[1], name: name[2], nameInArticle: name[0], type: EntityTypeCode.type(name[3]),
                    mentions: Varint.unpackRanges([UInt8](name[4] as Data))))
            }
            return out
        }
    }
}
