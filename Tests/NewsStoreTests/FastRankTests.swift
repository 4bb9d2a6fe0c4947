import Foundation
import GRDB
import Testing
@testable import NewsStore

/// `byline_rank` gives `bm25()`'s scores, double for double, whatever the query.
@Suite struct FastRankTests {
    @Test func scoresAreBM25s() throws {
        let corpus = try TempCorpus()
        try corpus.writeSearchFixtures()
        let index = try corpus.indexed()
        // A row added after the lengths were loaded is ranked through FTS5's own lookup.
        var compared = 0
        for round in 0..<2 {
            for query in ["council", "\"council\" \"budget\"", "\"the council\"", "\"council\" OR \"putin\"", "\"harbour\" NOT \"strike\"", "\"mayor\"", "\"fest\" *"] {
                let rows = try index.pool.read { db in
                    try Row.fetchAll(db, sql: "SELECT rowid, bm25(fts, 1.0, 10.0), byline_rank(fts, 1.0, 10.0), bm25(fts), byline_rank(fts) FROM fts WHERE fts MATCH ?",
                                     arguments: [query])
                }
                for row in rows {
                    #expect((row[1] as Double) == (row[2] as Double), "\(query), row \(row[0] as Int64)")
                    #expect((row[3] as Double) == (row[4] as Double), "\(query), row \(row[0] as Int64), default weights")
                    compared += 1
                }
            }
            if round == 0 {
                try corpus.write("late.txt", "Council budget late\n\nThe council met the mayor about the harbour budget and the festival.\n")
                try index.refresh()
            }
        }
        #expect(compared > 20)
    }
}
