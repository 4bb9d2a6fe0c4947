import GRDB
import NewsCore

/// One search result.
public struct SearchHit: Sendable, Equatable {
    public var summary: ArticleSummary
    /// BM25 (lower is better, as FTS5 reports it); nil for queries without text, listed newest first.
    public var score: Double?
    /// The passage around the matched words, when asked for.
    public var snippet: Snippet?
}

/// The answer to a search.
public struct SearchResults: Sendable {
    public var query: QueryNode
    public var hits: [SearchHit]
    /// Worth telling the user: "no person called “xyz” in the index", an ambiguous name.
    public var notes: [String]
}

/// Why a search failed: a malformed query (with its column), or the index.
public enum SearchError: Error, Sendable, Equatable, CustomStringConvertible {
    case query(QueryError)
    case index(IndexError)

    public var description: String {
        switch self {
        case .query(let error): return "in the query at \(error)"
        case .index(let error): return error.description
        }
    }
}

extension NewsIndex {
    /// Articles matching `query`, best first (BM25, title weighted ten times the body), or
    /// newest first for queries of filters only; one page, each with a snippet when asked.
    ///
    /// Ranking is `byline_rank` (`FastRank`) over the FTS matches; for text-only queries the
    /// article rows are joined for the page only. `tag:` filters are answered from `state`,
    /// where tags live; without it they find nothing and a note says so.
    ///
    /// `order` other than `.score` lists the matches by date, title, source or section instead
    /// (scores are then not worked out: nil).
    ///
    /// With `storiesOnce` (the default), a story with several versions (`DuplicateGroups`) is one
    /// hit: its first matching version in the order, whose summary says how many versions there are.
    public func search(
        _ query: String, offset: Int = 0, limit: Int = 20, snippets: Bool = true, state: ReadingState? = nil,
        order: ArticleOrder = .score, storiesOnce: Bool = true
    ) throws(SearchError) -> SearchResults {
        let node: QueryNode
        do { node = try QueryParser.parse(query) } catch { throw .query(error) }
        let tags = try tagged(node, state: state)
        do {
            var (hits, notes) = try reading { db in
                let page = { (offset: Int, limit: Int) throws -> ([SearchHit], [String]) in
                    order == .score ? try Self.rankedHits(node, offset: offset, limit: limit, tags: tags, db)
                        : try Self.orderedHits(node, order: order, offset: offset, limit: limit, tags: tags, db)
                }
                return storiesOnce ? try Self.storyHits(offset: offset, limit: limit, page) : try page(offset, limit)
            }
            if snippets {
                // Reading and parsing the page's articles is most of a snippet's cost: use every core.
                let corpus = self.corpus
                let texts = ParallelMap.map(hits.map(\.summary)) { try? ArticleFileReader.readText($0, corpus: corpus) }
                try reading { db in
                    let highlighter = try MatchHighlighter(db: db, query: node)
                    for i in hits.indices {
                        hits[i].snippet = texts[i].map { SnippetBuilder.build($0.text, headlineEnd: $0.headlineEnd, highlighter: highlighter) }
                    }
                }
            }
            notes = Array(Set(notes)).sorted()
            return SearchResults(query: node, hits: hits, notes: notes)
        } catch {
            throw .index(error)
        }
    }

    /// How many articles match `query` (counts every match: slower than one page); with
    /// `storiesOnce`, each story with several matching versions counts once, as `search` lists it.
    public func count(_ query: String, state: ReadingState? = nil, storiesOnce: Bool = true) throws(SearchError) -> Int {
        let node: QueryNode
        do { node = try QueryParser.parse(query) } catch { throw .query(error) }
        let tags = try tagged(node, state: state)
        do {
            return try reading { db in
                let compiled = try QueryCompiler.compile(node, db, tags: tags)
                // A story's versions share `dup`; an article alone counts by its own (negated) id.
                let counted = storiesOnce ? "count(DISTINCT coalesce(a.dup, -a.id))" : "count(*)"
                if let match = compiled.match {
                    return try Int.fetchOne(db, sql: """
                        SELECT \(counted) FROM fts CROSS JOIN article a ON a.id = fts.rowid
                        WHERE fts MATCH ? AND \(compiled.whereClause)
                        """, arguments: StatementArguments([match] + compiled.arguments)) ?? 0
                }
                return try Int.fetchOne(db, sql: "SELECT \(counted) FROM article a WHERE \(compiled.whereClause)",
                                        arguments: StatementArguments(compiled.arguments)) ?? 0
            }
        } catch {
            throw .index(error)
        }
    }

    /// The snippet of one article for a parsed query (reads the article file).
    public func snippet(for summary: ArticleSummary, query: QueryNode) throws(IndexError) -> Snippet {
        let (text, headlineEnd, _) = try ArticleFileReader.readText(summary, corpus: corpus)
        return try reading { db in SnippetBuilder.build(text, headlineEnd: headlineEnd, highlighter: try MatchHighlighter(db: db, query: query)) }
    }

    /// BM25 with a title match worth ten body matches (the `rank` the schema configures in
    /// v13; the weights are in column order, body then title), computed by `FastRank`: the same
    /// scores as FTS5's `bm25()`, two to three times faster.
    static let rankExpression = "\(FastRank.functionName)(fts, 1.0, 10.0)"

    /// Extra ranked rows taken at first for dead FTS rows (see `rankedHits`).
    static let deadRowMargin = 50

    /// `a + b + c`, or `Int.max` where that would overflow (a page size comes from the user).
    static func saturatingSum(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let (ab, o1) = a.addingReportingOverflow(b)
        let (abc, o2) = ab.addingReportingOverflow(c)
        return o1 || o2 ? Int.max : abc
    }

    /// The articles the query's `tag:` filters name, from the reading state (nothing to read
    /// when it names no tag).
    private func tagged(_ node: QueryNode, state: ReadingState?) throws(SearchError) -> TaggedArticles {
        let names = node.tagNames
        guard !names.isEmpty, let state else { return TaggedArticles() }
        do {
            return try TaggedArticles(names, corpus: corpus.path, state: state)
        } catch {
            throw .index(.database(error.description))
        }
    }

    /// The hits `hits(offset, limit)` gives, each story once: the order is walked from its
    /// start, and a version whose story already had an earlier hit is left out, so pages neither
    /// overlap nor skip. Asks for a few more rows than the page needs, and twice as many again
    /// while versions left out keep the page short.
    static func storyHits(
        offset: Int, limit: Int, _ hits: (Int, Int) throws -> ([SearchHit], [String])
    ) throws -> ([SearchHit], [String]) {
        let wanted = saturatingSum(offset, limit, 0)
        var ranked = saturatingSum(wanted, 16, 0)
        while true {
            let (found, notes) = try hits(0, ranked)
            var stories: Set<Int64> = []
            let kept = found.filter { hit in hit.summary.group.map { stories.insert($0).inserted } ?? true }
            if kept.count >= wanted || found.count < ranked {
                return (Array(kept.dropFirst(offset).prefix(limit)), notes)
            }
            ranked = saturatingSum(ranked, ranked, 0)
        }
    }

    static func rankedHits(
        _ node: QueryNode, offset: Int, limit: Int, tags: TaggedArticles = TaggedArticles(), _ db: Database
    ) throws -> ([SearchHit], [String]) {
        let compiled = try QueryCompiler.compile(node, db, tags: tags)
        if let match = compiled.match, compiled.conditions.isEmpty {
            // Text alone: rank in the FTS table first, then join the page's article rows. At most
            // `dead` of the ranked rows are left behind by replaced articles and find no article
            // row, so taking that many more keeps the page whole. (Joining every match before
            // ranking, as filters need, costs as much again as the ranking.) The row id breaks
            // ties, so pages never overlap.
            let dead = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_dead'") ?? 0
            func page(takingExtra extra: Int) throws -> [Row] {
                try Row.fetchAll(db, sql: """
                    SELECT \(summaryColumns), f.score FROM (
                        SELECT rowid, \(rankExpression) AS score FROM fts WHERE fts MATCH ? ORDER BY score, rowid LIMIT ?
                    ) f CROSS JOIN article a ON a.id = f.rowid
                    ORDER BY f.score, f.rowid LIMIT ? OFFSET ?
                    """, arguments: [match, saturatingSum(offset, limit, extra), limit, offset])
            }
            // Dead rows pile up until a compaction (a quarter of the live ones at most): take a
            // few extra first, and all of them only when the page comes back short. A full page
            // is right either way: it holds the first live rows of a prefix of the ranking.
            var rows = try page(takingExtra: min(dead, deadRowMargin))
            if rows.count < limit && dead > deadRowMargin { rows = try page(takingExtra: dead) }
            return (rows.map { SearchHit(summary: summary($0), score: $0[summaryColumnCount], snippet: nil) }, compiled.notes)
        }
        if let match = compiled.match {
            // With filters on the article row, every match is joined before ranking; CROSS JOIN
            // keeps FTS5 the outer loop.
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(summaryColumns), \(rankExpression) AS score FROM fts CROSS JOIN article a ON a.id = fts.rowid
                WHERE fts MATCH ? AND \(compiled.whereClause)
                ORDER BY score, a.id LIMIT ? OFFSET ?
                """, arguments: StatementArguments([match] + compiled.arguments) + [limit, offset])
            return (rows.map { SearchHit(summary: summary($0), score: $0[summaryColumnCount], snippet: nil) }, compiled.notes)
        }
        if let driver = compiled.driver {
            return (try drivenHits(compiled, names: driver, offset: offset, limit: limit, db), compiled.notes)
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM article a WHERE \(compiled.whereClause)
            ORDER BY a.day DESC, a.mtime DESC, a.id LIMIT ? OFFSET ?
            """, arguments: StatementArguments(compiled.arguments) + [limit, offset])
        return (rows.map { SearchHit(summary: summary($0), score: nil, snippet: nil) }, compiled.notes)
    }

    /// The matches in a sort order other than relevance: every match is joined to its article
    /// row (CROSS JOIN keeps FTS5 the outer loop) and sorted by the order's keys. A query of
    /// filters only, by date, is `rankedHits`' newest first, which an entity filter drives.
    static func orderedHits(
        _ node: QueryNode, order: ArticleOrder, offset: Int, limit: Int, tags: TaggedArticles, _ db: Database
    ) throws -> ([SearchHit], [String]) {
        let compiled = try QueryCompiler.compile(node, db, tags: tags)
        let rows: [Row]
        if let match = compiled.match {
            rows = try Row.fetchAll(db, sql: """
                SELECT \(summaryColumns) FROM fts CROSS JOIN article a ON a.id = fts.rowid
                WHERE fts MATCH ? AND \(compiled.whereClause)
                ORDER BY \(order.keys(qualified: true)) LIMIT ? OFFSET ?
                """, arguments: StatementArguments([match] + compiled.arguments) + [limit, offset])
        } else if order == .date {
            return try rankedHits(node, offset: offset, limit: limit, tags: tags, db)
        } else {
            rows = try Row.fetchAll(db, sql: """
                SELECT \(summaryColumns) FROM article a WHERE \(compiled.whereClause)
                ORDER BY \(order.keys(qualified: true)) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(compiled.arguments) + [limit, offset])
        }
        return (rows.map { SearchHit(summary: summary($0), score: nil, snippet: nil) }, compiled.notes)
    }

    /// Newest first through an entity's mentions: candidates come from its occurrence rows in
    /// key order, and each is checked against the whole query until the page is full.
    private static func drivenHits(_ compiled: CompiledQuery, names: [Int64], offset: Int, limit: Int, _ db: Database) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        var skipped = 0
        let check = try db.cachedStatement(sql: "SELECT \(summaryColumns) FROM article a WHERE a.id = ? AND \(compiled.whereClause)")
        for (_, article, _) in try OccurrenceMerge(names: names, db) {
            guard let row = try Row.fetchOne(check, arguments: [article] + StatementArguments(compiled.arguments)) else { continue }
            if skipped < offset {
                skipped += 1
                continue
            }
            hits.append(SearchHit(summary: summary(row), score: nil, snippet: nil))
            if hits.count >= limit { break }
        }
        return hits
    }
}
