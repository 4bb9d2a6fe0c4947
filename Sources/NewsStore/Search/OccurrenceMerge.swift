import Foundation
import GRDB

/// The articles mentioning any of a set of names, newest first, without sorting them all.
///
/// Each name's occurrence rows are already in (day descending, article) order in the table's
/// key; this merges those ordered scans, so the first page costs a few rows per name however
/// often the entity is mentioned. An article under two of the names comes out once, with the
/// spans of both.
struct OccurrenceMerge: Sequence, IteratorProtocol {
    private var cursors: [RowCursor]
    private var heads: [(day: Int, article: Int64, spans: [UInt8])?]

    init(names: [Int64], _ db: Database) throws {
        cursors = try names.map {
            try Row.fetchCursor(db, sql: "SELECT day, article, spans FROM occurrence WHERE name = ? ORDER BY day DESC, article", arguments: [$0])
        }
        heads = Array(repeating: nil, count: cursors.count)
        for i in cursors.indices { heads[i] = Self.read(cursors[i]) }
    }

    private static func read(_ cursor: RowCursor) -> (day: Int, article: Int64, spans: [UInt8])? {
        guard let row = try? cursor.next() else { return nil }
        return (row[0], row[1], [UInt8](row[2] as Data))
    }

    /// The next article: its sort day, id, and the packed spans of every name in it.
    mutating func next() -> (day: Int, article: Int64, spans: [[UInt8]])? {
        var best: Int? = nil
        for (i, head) in heads.enumerated() {
            guard let head else { continue }
            if let b = best, let current = heads[b], (current.day, -current.article) >= (head.day, -head.article) { continue }
            best = i
        }
        guard let b = best, let winner = heads[b] else { return nil }
        var spans: [[UInt8]] = []
        for i in heads.indices where heads[i]?.article == winner.article && heads[i]?.day == winner.day {
            spans.append(heads[i]!.spans)
            heads[i] = Self.read(cursors[i])
        }
        return (winner.day, winner.article, spans)
    }
}
