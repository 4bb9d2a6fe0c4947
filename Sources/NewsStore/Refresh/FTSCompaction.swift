import Dispatch
import Foundation
import GRDB
import NewsCore

/// Rebuilds the contentless full-text table from the article files, dropping dead rows.
///
/// Replaced and deleted articles leave rows in the FTS table that no query can reach but that
/// still take space and weigh on BM25's statistics (see `IndexSchema`). Once they pass a quarter
/// of the live rows, the refresh re-reads every live article and writes the table anew in one
/// transaction, so a killed compaction leaves the old table whole. An article whose file
/// changed since it was indexed is taken out; the next refresh indexes it again.
enum FTSCompaction {
    static func run(_ index: NewsIndex, progress: (RefreshProgress) -> Void, started: DispatchTime) throws {
        struct Live: Sendable {
            var id: Int64
            var path: String
            var size: Int
            var mtime: Int64
            var hash: Int64
        }
        let rows = try index.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, hash FROM article ORDER BY id").map {
                Live(id: $0[0], path: $0[1], size: $0[2], mtime: $0[3], hash: $0[4])
            }
        }
        let corpus = index.corpus
        let textOnly = Analysis(extractor: NoEntities(), identifier: "text-only")
        try index.pool.write { db in
            try db.execute(sql: "INSERT INTO fts(fts) VALUES('delete-all')")
            let writer = try IndexWriter(db)
            var done = 0
            for start in stride(from: 0, to: rows.count, by: NewsIndex.batchSize) {
                let batch = Array(rows[start..<min(start + NewsIndex.batchSize, rows.count)])
                let texts: [(String, String)?] = ParallelMap.map(batch) { row in
                    let url = corpus.appendingPathComponent(ArticlePath.file(of: row.path))
                    guard let status = CorpusScanner.status(url), status.size == row.size, status.modifiedNanoseconds == row.mtime,
                        let data = try? ArticleFile.read(url), FileAnalysis.contentHash(data, path: row.path) == row.hash,
                        case .success(let article) = FileAnalysis.analyse(data, path: row.path, analysis: textOnly)
                    else { return nil }
                    return (article.title, article.body)
                }
                for (row, text) in zip(batch, texts) {
                    if let (title, body) = text {
                        try db.cachedStatement(sql: "INSERT INTO fts(rowid, title, body) VALUES(?, ?, ?)").execute(arguments: [row.id, title, body])
                    } else {
                        try writer.delete(articleID: row.id, db)
                    }
                }
                done += batch.count
                progress(RefreshProgress(phase: .compacting, done: done, total: rows.count,
                                         elapsed: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9))
            }
            try writer.flush(db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('fts_dead', '0')")
            try db.execute(sql: "INSERT INTO fts(fts) VALUES('optimize')")
            _ = try EntityResolver.run(db)
        }
    }
}

/// An extractor that finds nothing: compaction needs the text only, not the entities.
private struct NoEntities: EntityExtractor {
    func entities(in article: Article) -> [ArticleEntity] { [] }
}
