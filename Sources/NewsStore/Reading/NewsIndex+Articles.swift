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
    static let summaryColumns = "a.id, a.path, a.title, a.day, a.hash, a.size, a.mtime, a.plain"
    static let summaryColumnCount = 8

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(id: row[0], path: row[1], title: row[2], date: SortDay.text(row[3]), hash: row[4], size: row[5], mtime: row[6], plain: row[7])
    }

    /// How many articles the index holds (that pass `filter`).
    public func articleCount(filter: ArticleFilter = .all) throws(IndexError) -> Int {
        try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM article a WHERE \(clause)", arguments: arguments) ?? 0
        }
    }

    /// Articles newest first (sort date descending; undated last, newest file first; then by
    /// path), one page.
    public func articles(offset: Int = 0, limit: Int = 50, filter: ArticleFilter = .all) throws(IndexError) -> [ArticleSummary] {
        try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            return try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a INDEXED BY article_newest WHERE \(clause)
                ORDER BY a.day DESC, a.mtime DESC, a.path LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset]).map(Self.summary)
        }
    }

    /// Where article `id` sits in `articles(filter:)`'s order, counting from 0; nil when it is
    /// not indexed or the filter leaves it out.
    public func position(ofArticle id: Int64, filter: ArticleFilter = .all) throws(IndexError) -> Int? {
        try reading { db in
            let (clause, arguments) = try self.stateClause(filter)
            guard let row = try Row.fetchOne(db, sql: "SELECT a.day, a.mtime, a.path FROM article a WHERE a.id = ? AND \(clause)", arguments: [id] + arguments)
            else { return nil }
            let day: Int = row[0]
            let mtime: Int64 = row[1]
            let path: String = row[2]
            return try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article a
                WHERE (a.day > ? OR (a.day = ? AND (a.mtime > ? OR (a.mtime = ? AND a.path < ?)))) AND \(clause)
                """, arguments: [day, day, mtime, mtime, path] + arguments) ?? 0
        }
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
