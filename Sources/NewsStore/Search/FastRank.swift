import Foundation
import GRDB
import GRDBSQLite

/// `byline_rank(fts, w1, w2, …)`: FTS5's `bm25()`, score for score, with each row's length read
/// from memory.
///
/// FTS5's own `bm25()` asks for the length of every matching row with a statement on
/// `fts_docsize` and gathers the row's hits into an array of every instance of every phrase;
/// for a word in 8,000 of 100,000 articles that is 0.7 µs a row, ten times what walking the
/// matches costs. This function keeps the lengths (two varints a row) in an array per
/// connection, loaded the first time it runs, and counts hits phrase by phrase. A row id always
/// names the same text (article ids are never reused, and compaction writes rows back with the
/// text they had), so a length once loaded stays right; rows added since fall back to FTS5's
/// own lookup.
///
/// The arithmetic is `bm25()`'s, in its order (k1 1.2, b 0.75, IDF floored at 1e-6, hits
/// weighted by column, total length over all columns), so the scores are the same doubles.
enum FastRank {
    static let functionName = "byline_rank"

    /// Registers the function on one connection, with the length cache of that connection.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let lengths = Unmanaged.passRetained(RowLengths()).toOpaque()
        let code = api.pointee.xCreateFunction?(UnsafeMutablePointer(mutating: api), functionName, lengths, rank, { pointer in
            guard let pointer else { return }
            Unmanaged<RowLengths>.fromOpaque(pointer).release()
        }) ?? SQLITE_ERROR
        if code != SQLITE_OK {
            // (FTS5 calls the destructor only for a function it registered.)
            Unmanaged<RowLengths>.fromOpaque(lengths).release()
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(functionName)")
        }
    }

    /// Row lengths of one connection: `lengths[rowid]`, -1 where unknown.
    final class RowLengths {
        var lengths: [Int32] = []
        var loaded = false
    }

    /// Beyond this many row ids the lengths are not kept (16 MB a connection); every row then
    /// goes through FTS5's own lookup.
    static let maxCachedRowID = 4_000_000

    /// What one query needs of every row: IDF per phrase and the average length.
    final class QueryData {
        let idf: [Double]
        let averageLength: Double
        var frequencies: [Double]
        /// Set when loading the lengths failed during this query, so that it is not tried
        /// again row after row (the next query tries again).
        var lengthsFailed = false

        init(idf: [Double], averageLength: Double) {
            self.idf = idf
            self.averageLength = averageLength
            frequencies = [Double](repeating: 0, count: idf.count)
        }
    }

    private static let rank: fts5_extension_function = { apiPointer, context, result, argumentCount, arguments in
        guard let apiPointer, let context else { return }
        let api = apiPointer.pointee
        let data: QueryData
        if let aux = api.xGetAuxdata?(context, 0) {
            data = Unmanaged<QueryData>.fromOpaque(aux).takeUnretainedValue()
        } else {
            // Errors keep SQLite's code (a damaged index must still read as damaged).
            let made: QueryData
            switch queryData(api, context) {
            case .success(let value): made = value
            case .failure(let error):
                sqlite3_result_error_code(result, error.code)
                return
            }
            data = made
            let retained = Unmanaged.passRetained(made).toOpaque()
            // (On failure FTS5 calls the destructor itself: nothing to release here.)
            _ = api.xSetAuxdata?(context, retained, { pointer in
                guard let pointer else { return }
                Unmanaged<QueryData>.fromOpaque(pointer).release()
            })
        }

        for phrase in data.frequencies.indices {
            var frequency = 0.0
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0
            var offset: Int32 = 0
            let code = api.xPhraseFirst?(context, Int32(phrase), &iterator, &column, &offset) ?? SQLITE_ERROR
            guard code == SQLITE_OK else {
                sqlite3_result_error_code(result, code)
                return
            }
            while column >= 0 {
                // (Read per hit, as `bm25()` does: two calls in one query share the aux data.)
                frequency += column < argumentCount ? sqlite3_value_double(arguments![Int(column)]) : 1.0
                api.xPhraseNext?(context, &iterator, &column, &offset)
            }
            data.frequencies[phrase] = frequency
        }

        let length: Int
        switch rowLength(api, context, result, data) {
        case .success(let value): length = value
        case .failure(let error):
            sqlite3_result_error_code(result, error.code)
            return
        }
        let k1 = 1.2
        let b = 0.75
        let d = Double(length)
        var score = 0.0
        for i in data.frequencies.indices {
            let f = data.frequencies[i]
            score += data.idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * d / data.averageLength)))
        }
        sqlite3_result_double(result, -1.0 * score)
    }

    /// An SQLite result code, as an error.
    struct Failure: Error {
        var code: Int32
    }

    /// The query's statistics, as `bm25()` gathers them on its first row.
    private static func queryData(_ api: Fts5ExtensionApi, _ context: OpaquePointer) -> Result<QueryData, Failure> {
        var rows: sqlite3_int64 = 0
        var tokens: sqlite3_int64 = 0
        var code = api.xRowCount?(context, &rows) ?? SQLITE_ERROR
        if code == SQLITE_OK { code = api.xColumnTotalSize?(context, -1, &tokens) ?? SQLITE_ERROR }
        guard code == SQLITE_OK else { return .failure(Failure(code: code)) }
        let phrases = Int(api.xPhraseCount?(context) ?? 0)
        var idf: [Double] = []
        for i in 0..<phrases {
            var hits: sqlite3_int64 = 0
            let code = api.xQueryPhrase?(context, Int32(i), &hits) { _, _, userData in
                userData?.assumingMemoryBound(to: sqlite3_int64.self).pointee += 1
                return SQLITE_OK
            }
            guard code == SQLITE_OK else { return .failure(Failure(code: code ?? SQLITE_ERROR)) }
            let n = Double(rows)
            let h = Double(hits)
            var value: Double = log((n - h + 0.5) / (h + 0.5))
            if value <= 0.0 { value = 1e-6 }
            idf.append(value)
        }
        return .success(QueryData(idf: idf, averageLength: Double(tokens) / Double(rows)))
    }

    /// The current row's length in tokens, all columns together.
    private static func rowLength(_ api: Fts5ExtensionApi, _ context: OpaquePointer, _ result: OpaquePointer?, _ query: QueryData) -> Result<Int, Failure> {
        let cache = Unmanaged<RowLengths>.fromOpaque(api.xUserData!(context)!).takeUnretainedValue()
        if !cache.loaded, !query.lengthsFailed {
            if let lengths = loadLengths(sqlite3_context_db_handle(result)) {
                cache.lengths = lengths
                cache.loaded = true
            } else {
                query.lengthsFailed = true
            }
        }
        let rowid = Int(api.xRowid?(context) ?? -1)
        if rowid >= 0, rowid < cache.lengths.count, cache.lengths[rowid] >= 0 { return .success(Int(cache.lengths[rowid])) }
        var length: Int32 = 0
        let code = api.xColumnSize?(context, -1, &length) ?? SQLITE_ERROR
        return code == SQLITE_OK ? .success(Int(length)) : .failure(Failure(code: code))
    }

    /// Every row's length from `fts_docsize` (one varint per column, summed); empty when there
    /// are too many row ids to keep, nil when the table cannot be read to its end.
    private static func loadLengths(_ connection: OpaquePointer?) -> [Int32]? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT max(id) FROM fts_docsize", -1, &statement, nil) == SQLITE_OK else { return nil }
        let top = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1
        sqlite3_finalize(statement)
        guard top >= 0 else { return [] }
        guard top < maxCachedRowID else { return [] }
        guard sqlite3_prepare_v2(connection, "SELECT id, sz FROM fts_docsize", -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var lengths = [Int32](repeating: -1, count: Int(top) + 1)
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            defer { code = sqlite3_step(statement) }
            let id = Int(sqlite3_column_int64(statement, 0))
            guard id >= 0, id < lengths.count else { continue }
            var total: Int32 = 0
            if let blob = sqlite3_column_blob(statement, 1) {
                let bytes = UnsafeBufferPointer(start: blob.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_column_bytes(statement, 1)))
                // SQLite's varints: seven bits a byte, most significant first.
                var value: Int32 = 0
                for byte in bytes {
                    value = value &<< 7 | Int32(byte & 0x7F)
                    if byte & 0x80 == 0 {
                        total &+= value
                        value = 0
                    }
                }
            }
            lengths[id] = total
        }
        return code == SQLITE_DONE ? lengths : nil
    }

}
