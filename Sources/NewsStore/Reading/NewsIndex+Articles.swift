import Foundation
import GRDB
import NewsCore

/// Which articles a list shows, by reading state.
public enum ArticleFilter: Sendable {
    case all
    case unread(ReadingState)
    case starred(ReadingState)
}

extension NewsIndex {
    /// The columns `summary(_:)` reads, in order; queries append theirs after them.
    static let summaryColumns = """
        a.id, a.path, a.title, a.day, a.hash, a.size, a.mtime, a.plain, a.dup,
        CASE WHEN a.dup IS NULL THEN 1 ELSE (SELECT count(*) FROM article v WHERE v.dup = a.dup) END
        """
    static let summaryColumnCount = 10

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row[0], path: row[1], title: row[2], date: SortDay.text(row[3]), hash: row[4], size: row[5], mtime: row[6], plain: row[7],
            group: row[8], versions: row[9])
    }

    /// The SQL condition (on `a`) that keeps one article of each group of versions: the one
    /// the list would put first (newest, then newest file, then first indexed). The list shows a story
    /// once, as that version.
    static let groupLeadClause = """
        (a.dup IS NULL OR a.id = (SELECT v.id FROM article v WHERE v.dup = a.dup ORDER BY v.day DESC, v.mtime DESC, v.id LIMIT 1))
        """

    static func leads(_ storiesOnce: Bool) -> String { storiesOnce ? groupLeadClause : "1" }

    /// How many articles the index holds (that pass `filter`).
    /// With `storiesOnce`, each group of versions of one story counts once.
    public func articleCount(filter: ArticleFilter = .all, storiesOnce: Bool = false) throws(IndexError) -> Int {
        try reading { db in
            if storiesOnce, case .all = filter {
                // Every list page counts the list: the articles alone, plus one per group, both
                // from indexes, rather than finding each group's lead row by row.
                return try Int.fetchOne(db, sql: """
                    SELECT (SELECT count(*) FROM article) - (SELECT count(*) FROM article WHERE dup IS NOT NULL)
                        + (SELECT count(DISTINCT dup) FROM article WHERE dup IS NOT NULL)
                    """) ?? 0
            }
            let (clause, arguments) = try self.stateClause(filter)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM article a WHERE \(Self.leads(storiesOnce)) AND \(clause)", arguments: arguments) ?? 0
        }
    }

    /// Articles newest first (sort date descending; undated last, newest file first; then in
    /// the order they were first indexed, `ArticleOrder`), one page. With `storiesOnce`, a story with several versions is listed once, as
    /// its first version in this order (the reader's list); without, every article is.
    public func articles(offset: Int = 0, limit: Int = 50, filter: ArticleFilter = .all, storiesOnce: Bool = false) throws(IndexError) -> [ArticleSummary] {
        try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            return try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a INDEXED BY article_newest WHERE \(Self.leads(storiesOnce)) AND \(clause)
                ORDER BY a.day DESC, a.mtime DESC, a.id LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset]).map(Self.summary)
        }
    }

    /// Where article `id` sits in `articles(filter:)`'s order, counting from 0 (for another
    /// version of a story, where the story's row sits); nil when it is not indexed or the
    /// filter leaves it out.
    public func position(ofArticle id: Int64, filter: ArticleFilter = .all, storiesOnce: Bool = false) throws(IndexError) -> Int? {
        try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            let lead = storiesOnce ? try Self.storyLead(of: id, db) : id
            guard let row = try Row.fetchOne(db, sql: "SELECT a.day, a.mtime, a.id FROM article a WHERE a.id = ? AND \(clause)", arguments: [lead] + arguments)
            else { return nil }
            let day: Int = row[0]
            let mtime: Int64 = row[1]
            let tie: Int64 = row[2]
            return try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article a
                WHERE (a.day > ? OR (a.day = ? AND (a.mtime > ? OR (a.mtime = ? AND a.id < ?)))) AND \(Self.leads(storiesOnce)) AND \(clause)
                """, arguments: [day, day, mtime, mtime, tie] + arguments) ?? 0
        }
    }

    /// The version of article `id`'s story that stands for it in the lists (`groupLeadClause`):
    /// `id` itself when it has no other version.
    static func storyLead(of id: Int64, _ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            SELECT coalesce((SELECT v.id FROM article v WHERE v.dup = a.dup ORDER BY v.day DESC, v.mtime DESC, v.id LIMIT 1), a.id)
            FROM article a WHERE a.id = ?
            """, arguments: [id]) ?? id
    }

    /// One article's summary by id, or nil when it is not (or no longer) indexed.
    public func article(id: Int64) throws(IndexError) -> ArticleSummary? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id = ?", arguments: [id]).map(Self.summary)
        }
    }

    /// One article's summary by its path relative to the corpus.
    public func article(path: String) throws(IndexError) -> ArticleSummary? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.path = ?", arguments: [path]).map(Self.summary)
        }
    }

    /// Every version of the story article `id` tells, itself included, in `order` (the list's
    /// newest first unless asked); just the article when it is the only version, empty when it
    /// is not indexed.
    public func versions(ofArticle id: Int64, order: ArticleOrder = .date) throws(IndexError) -> [ArticleSummary] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a
                WHERE a.id = ? OR a.dup = (SELECT dup FROM article WHERE id = ?)
                ORDER BY \(order.keys(qualified: true))
                """, arguments: [id, id]).map(Self.summary)
        }
    }

    /// Reads the article's file again and parses it; with a query, also the ranges it matches.
    public func open(_ summary: ArticleSummary, highlighting query: String? = nil) throws(IndexError) -> OpenedArticle {
        let (article, stale) = try ArticleFileReader.read(summary, corpus: corpus)
        var matches: [Range<Int>] = []
        if let query, let node = try? QueryParser.parse(query) {
            matches = try reading { db in try MatchHighlighter(db: db, query: node).matches(in: article) }
        }
        return OpenedArticle(summary: summary, article: article, isStale: stale, matches: matches)
    }

    /// The SQL condition (on `a`) that keeps articles passing a reading-state filter.
    func stateClause(_ filter: ArticleFilter) throws -> (String, StatementArguments) {
        let state: ReadingState
        let wantRead: Bool
        switch filter {
        case .all: return ("1", StatementArguments())
        case .unread(let s): state = s; wantRead = true
        case .starred(let s): state = s; wantRead = false
        }
        let marks = try state.marks().filter { wantRead ? $0.isRead : $0.isStarred }
        let prefix = corpus.path + "/"
        let hashes = marks.map { String($0.hash) }.joined(separator: ",")
        let paths = marks.compactMap { $0.path.hasPrefix(prefix) ? String($0.path.dropFirst(prefix.count)) : nil }
        let pathJSON = JSONValue.array(paths.map(JSONValue.string)).serialized(pretty: false)
        let marked = "(a.hash IN (SELECT value FROM json_each(?)) OR a.path IN (SELECT value FROM json_each(?)))"
        return (wantRead ? "NOT \(marked)" : marked, ["[\(hashes)]", pathJSON])
    }

    /// Runs a read, turning SQLite's errors into index errors.
    func reading<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw translate(error)
        }
    }
}
