import Foundation
import GRDB
import NewsCore

extension NewsIndex {
    /// Quotations attributed to an entity, newest article first; one page, quote text filled in.
    public func quotes(bySpeaker entityID: Int64, offset: Int = 0, limit: Int = 20) throws(IndexError) -> [StoredQuote] {
        let found = try reading { db -> [(ArticleSummary, [PackedQuote])] in
            let entityID = try Self.currentEntity(entityID, db)
            let speakers = Set(try Int64.fetchAll(db, sql: "SELECT id FROM name WHERE entity = ?", arguments: [entityID]))
            // The page's articles: skip whole articles while their quotations fall before `offset`.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.summaryColumns), sum(s.quotes), a.quotes
                FROM quote_speaker s JOIN article a ON a.id = s.article
                WHERE s.speaker IN (SELECT id FROM name WHERE entity = ?)
                GROUP BY a.id ORDER BY a.day DESC, a.path
                """, arguments: [entityID])
            var skipped = 0
            var taken = 0
            var page: [(ArticleSummary, [PackedQuote])] = []
            while taken < limit, let row = try rows.next() {
                let count: Int = row[Self.summaryColumnCount]
                if skipped + count <= offset {
                    skipped += count
                    continue
                }
                let theirs = Self.packedQuotes(row[Self.summaryColumnCount + 1]).filter { $0.speaker.map(speakers.contains) ?? false }
                let from = max(0, offset - skipped)
                skipped += from
                let slice = Array(theirs.dropFirst(from).prefix(limit - taken))
                taken += slice.count
                page.append((Self.summary(row), slice))
            }
            return page
        }
        return try withText(found)
    }

    /// How many quotations are attributed to an entity: what `quotes(bySpeaker:)` pages through,
    /// counted without reading any article file.
    public func quoteCount(bySpeaker entityID: Int64) throws(IndexError) -> Int {
        try reading { db in
            try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(quotes), 0) FROM quote_speaker WHERE speaker IN (SELECT id FROM name WHERE entity = ?)
                """, arguments: [try Self.currentEntity(entityID, db)]) ?? 0
        }
    }

    /// The quotations of one article, in text order, quote text filled in.
    public func quotes(inArticle id: Int64) throws(IndexError) -> [StoredQuote] {
        let found = try reading { db -> [(ArticleSummary, [PackedQuote])] in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns), a.quotes FROM article a WHERE a.id = ?", arguments: [id])
            else { return [] }
            return [(Self.summary(row), Self.packedQuotes(row[Self.summaryColumnCount]))]
        }
        return try withText(found)
    }

    private static func packedQuotes(_ blob: Data?) -> [PackedQuote] {
        blob.map { PackedQuotes.unpack([UInt8]($0)) } ?? []
    }

    /// The quotations with their words read from the article files and their speakers' entities.
    private func withText(_ found: [(ArticleSummary, [PackedQuote])]) throws(IndexError) -> [StoredQuote] {
        let speakerIDs = Set(found.flatMap { $0.1.compactMap(\.speaker) })
        let entities = try reading { db -> [Int64: (Int64, String)] in
            var out: [Int64: (Int64, String)] = [:]
            for id in speakerIDs {
                if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT e.id, e.display FROM name n JOIN name e ON e.id = n.entity WHERE n.id = ?"),
                                              arguments: [id]) {
                    out[id] = (row[0], row[1])
                }
            }
            return out
        }
        var out: [StoredQuote] = []
        for (summary, quotes) in found where !quotes.isEmpty {
            let scalars = (try? ArticleFileReader.readText(summary, corpus: corpus)).map { Array($0.text.unicodeScalars) } ?? []
            func slice(_ r: Range<Int>) -> String? {
                guard r.upperBound <= scalars.count else { return nil }
                return String(String.UnicodeScalarView(scalars[r]))
            }
            for packed in quotes {
                let entity = packed.speaker.flatMap { entities[$0] }
                let quote = Quote(range: packed.range, kind: packed.kind, speaker: packed.speakerRange,
                                  speakerText: packed.speakerRange.flatMap(slice), speakerEntity: entity?.1)
                out.append(StoredQuote(articleID: summary.id, path: summary.path, title: summary.title, date: summary.date, quote: quote,
                                       text: slice(packed.range), speakerID: entity?.0, speakerName: entity?.1))
            }
        }
        return out
    }
}
