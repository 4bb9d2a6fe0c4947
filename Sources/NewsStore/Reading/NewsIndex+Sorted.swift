import GRDB

/// A section or a source with how many articles it holds: a row of the reader's picker.
public struct ArticleFacet: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case section
        case source
    }

    public var kind: Kind
    public var name: String
    public var articles: Int

    public init(kind: Kind, name: String, articles: Int) {
        self.kind = kind
        self.name = name
        self.articles = articles
    }
}

extension NewsIndex {
    /// Articles in `order`, one page (`.date` and `.score` give `articles(offset:limit:filter:)`'s
    /// order). With `storiesOnce`, a story with several versions is one row, its newest version,
    /// as in the list's own order.
    public func articles(
        offset: Int = 0, limit: Int = 50, filter: ArticleFilter = .all, order: ArticleOrder, storiesOnce: Bool = false
    ) throws(IndexError) -> [ArticleSummary] {
        if order == .date || order == .score { return try articles(offset: offset, limit: limit, filter: filter, storiesOnce: storiesOnce) }
        return try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            return try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a WHERE \(Self.leads(storiesOnce)) AND \(clause)
                ORDER BY \(order.keys(qualified: true)) LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset]).map(Self.summary)
        }
    }

    /// Where article `id` sits in `articles(filter:order:storiesOnce:)`, counting from 0 (for
    /// another version of a story, where the story's row sits); nil when it is not indexed or
    /// the filter leaves it out.
    public func position(
        ofArticle id: Int64, filter: ArticleFilter = .all, order: ArticleOrder, storiesOnce: Bool = false
    ) throws(IndexError) -> Int? {
        if order == .date || order == .score { return try position(ofArticle: id, filter: filter, storiesOnce: storiesOnce) }
        return try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            let lead = storiesOnce ? try Self.storyLead(of: id, db) : id
            guard let row = try Row.fetchOne(db, sql: "SELECT \(order.valuesSQL) FROM article a WHERE a.id = ? AND \(clause)", arguments: [lead] + arguments)
            else { return nil }
            let (before, values) = order.before(Array(row.databaseValues))
            return try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article a WHERE \(before) AND \(Self.leads(storiesOnce)) AND \(clause)
                """, arguments: values + arguments) ?? 0
        }
    }

    /// Every section and every source with its article count: sections first, each kind by
    /// name (case ignored). Articles without a source, or at the top of the corpus without a
    /// section, are not counted. Each count is a scan of one sort index, not of the articles.
    public func facets() throws(IndexError) -> [ArticleFacet] {
        try reading { db in
            var facets: [ArticleFacet] = []
            for (kind, expression) in [(ArticleFacet.Kind.section, ArticleFacets.sectionSQL(qualified: true)), (.source, "a.source")] {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(expression), count(*) FROM article a WHERE \(expression) <> ''
                    GROUP BY \(expression) = '', \(expression) COLLATE NOCASE ORDER BY \(expression) = '', \(expression) COLLATE NOCASE
                    """)
                facets += rows.map { ArticleFacet(kind: kind, name: $0[0], articles: $0[1]) }
            }
            return facets
        }
    }
}
