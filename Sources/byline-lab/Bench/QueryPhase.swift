import Foundation
import GRDB
import NewsCore
import NewsStore

/// The query part of the bench: each query through Byline's API and, beside it, the same
/// query straight against SQLite (the bare FTS5 table or the occurrence table), in one process.
struct QueryPhase {
    let corpus: URL
    let location: IndexLocation
    let reps: Int

    struct Case {
        var category: String
        var query: String
        var raw: String
        var rawArguments: StatementArguments
    }

    func run() throws -> [(String, String)] {
        let index = try NewsIndex.open(corpus: corpus, location: location)
        // The first ranked query of a connection also loads every row's length (`FastRank`).
        let firstStarted = ProcessStats.now()
        _ = try index.search(BenchQueries.singleWords[0], limit: 20, snippets: false)
        let firstSearch = ProcessStats.now() - firstStarted
        let raw = try DatabaseQueue(path: location.databaseURL.path, configuration: {
            var c = Configuration()
            c.readonly = true
            return c
        }())
        // The quickest way to ask bare FTS5 for a ranked page (ordering by the `rank` column
        // costs half as much again), and the way Byline asks it for text-only queries.
        let top = """
            SELECT rowid, bm25(fts, 1.0, 10.0) AS score FROM fts WHERE fts MATCH ? ORDER BY score, rowid LIMIT 20
            """
        var cases: [Case] = []
        for w in BenchQueries.singleWords { cases.append(Case(category: "word", query: w, raw: top, rawArguments: ["\"\(w)\""])) }
        for (a, b) in BenchQueries.twoWords { cases.append(Case(category: "and", query: "\(a) \(b)", raw: top, rawArguments: ["\"\(a)\" AND \"\(b)\""])) }
        for p in BenchQueries.phrases { cases.append(Case(category: "phrase", query: "\"\(p)\"", raw: top, rawArguments: ["\"\(p)\""])) }
        for p in BenchQueries.prefixes { cases.append(Case(category: "prefix", query: "\(p)*", raw: top, rawArguments: ["\"\(p)\" *"])) }

        // The five most mentioned people, by their full name, for the person: filter.
        let people = try index.entities(type: .person, limit: 5)
        for person in people {
            let names = try raw.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM name WHERE entity = ? AND articles > 0", arguments: [person.id])
            }
            let list = names.map(String.init).joined(separator: ",")
            cases.append(Case(category: "person", query: "person:\"\(person.name)\"", raw: """
                SELECT a.id, a.path, a.title FROM occurrence o JOIN article a ON a.id = o.article
                WHERE o.name IN (\(list)) ORDER BY o.day DESC, o.article LIMIT 20
                """, rawArguments: []))
        }

        var ours: [String: [Double]] = [:]
        var bare: [String: [Double]] = [:]
        var snippets: [Double] = []
        for rep in 0..<reps {
            for c in cases {
                var t0 = ProcessStats.now()
                _ = try index.search(c.query, limit: 20, snippets: false)
                ours[c.category, default: []].append(ProcessStats.now() - t0)
                t0 = ProcessStats.now()
                _ = try raw.read { db in try Row.fetchAll(db, sql: c.raw, arguments: c.rawArguments) }
                bare[c.category, default: []].append(ProcessStats.now() - t0)
                if c.category == "word" && rep < max(1, reps / 4) {
                    t0 = ProcessStats.now()
                    _ = try index.search(c.query, limit: 20, snippets: true)
                    snippets.append(ProcessStats.now() - t0)
                }
            }
        }

        // Mentions of the most mentioned person, first page of 20.
        var mentionTimes: [Double] = []
        var mentionRaw: [Double] = []
        if let first = people.first {
            let names = try raw.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM name WHERE entity = ? AND articles > 0", arguments: [first.id]) }
            let list = names.map(String.init).joined(separator: ",")
            for _ in 0..<(reps * 5) {
                var t0 = ProcessStats.now()
                _ = try index.mentions(of: first.id, offset: 0, limit: 20)
                mentionTimes.append(ProcessStats.now() - t0)
                t0 = ProcessStats.now()
                _ = try raw.read { db in
                    try Row.fetchAll(db, sql: "SELECT day, article, spans FROM occurrence WHERE name IN (\(list)) ORDER BY day DESC, article LIMIT 20")
                }
                mentionRaw.append(ProcessStats.now() - t0)
            }
        }

        var out: [(String, String)] = []
        func add(_ name: String, _ samples: [Double]) {
            out.append(("\(name)_p50", String(ProcessStats.percentile(samples, 50) * 1000)))
            out.append(("\(name)_p99", String(ProcessStats.percentile(samples, 99) * 1000)))
        }
        for category in ["word", "and", "phrase", "prefix", "person"] {
            add(category, ours[category] ?? [])
            add("raw_" + category, bare[category] ?? [])
        }
        add("snippets", snippets)
        add("mentions", mentionTimes)
        add("raw_mentions", mentionRaw)
        out.append(("first_search_ms", String(firstSearch * 1000)))
        out.append(("top_person", (people.first?.name ?? "-").replacingOccurrences(of: " ", with: "_")))
        out.append(("top_person_mentions", String(people.first?.mentions ?? 0)))
        return out
    }
}
