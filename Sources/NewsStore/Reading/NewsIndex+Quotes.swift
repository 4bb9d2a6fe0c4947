import GRDB
import NewsCore

extension NewsIndex {
    /// Quotations attributed to an entity, newest article first; one page, quote text filled in.
    public func quotes(bySpeaker entityID: Int64, offset: Int = 0, limit: Int = 20) throws(IndexError) -> [StoredQuote] {
        let rows = try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), q.start, q."end", q.kind, q.speaker_start, q.speaker_end, e.id, e.display
                FROM quote q JOIN article a ON a.id = q.article JOIN name n ON n.id = q.speaker JOIN name e ON e.id = n.entity
                WHERE q.speaker IN (SELECT id FROM name WHERE entity = ?)
                ORDER BY a.day DESC, a.path, q.seq LIMIT ? OFFSET ?
                """, arguments: [entityID, limit, offset])
        }
        return try withText(rows)
    }

    /// How many quotations are attributed to an entity: what `quotes(bySpeaker:)` pages through,
    /// counted without reading any article file.
    public func quoteCount(bySpeaker entityID: Int64) throws(IndexError) -> Int {
        try reading { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM quote q JOIN article a ON a.id = q.article
                WHERE q.speaker IN (SELECT id FROM name WHERE entity = ?)
                """, arguments: [entityID]) ?? 0
        }
    }

    /// The quotations of one article, in text order, quote text filled in.
    public func quotes(inArticle id: Int64) throws(IndexError) -> [StoredQuote] {
        let rows = try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), q.start, q."end", q.kind, q.speaker_start, q.speaker_end, e.id, e.display
                FROM quote q JOIN article a ON a.id = q.article LEFT JOIN name n ON n.id = q.speaker LEFT JOIN name e ON e.id = n.entity
                WHERE q.article = ? ORDER BY q.seq
                """, arguments: [id])
        }
        return try withText(rows)
    }

    private func withText(_ rows: [Row]) throws(IndexError) -> [StoredQuote] {
        var texts: [Int64: [Unicode.Scalar]] = [:]
        var out: [StoredQuote] = []
        for row in rows {
            let summary = Self.summary(row)
            if texts[summary.id] == nil {
                texts[summary.id] = (try? ArticleFileReader.readText(summary, corpus: corpus)).map { Array($0.text.unicodeScalars) } ?? []
            }
            let scalars = texts[summary.id]!
            let range: Range<Int> = (row[8] as Int)..<(row[9] as Int)
            let speakerStart: Int? = row[11]
            let speakerEnd: Int? = row[12]
            let speaker = speakerStart.flatMap { s in speakerEnd.map { s..<$0 } }
            func slice(_ r: Range<Int>) -> String? {
                guard r.upperBound <= scalars.count else { return nil }
                return String(String.UnicodeScalarView(scalars[r]))
            }
            let speakerName: String? = row[14]
            let quote = Quote(range: range, kind: (row[10] as Int) == 0 ? .direct : .partial, speaker: speaker,
                              speakerText: speaker.flatMap(slice), speakerEntity: speakerName)
            out.append(StoredQuote(articleID: summary.id, path: summary.path, title: summary.title, date: summary.date, quote: quote,
                                   text: slice(range), speakerID: row[13], speakerName: speakerName))
        }
        return out
    }
}
