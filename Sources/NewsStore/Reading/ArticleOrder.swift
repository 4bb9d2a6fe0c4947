import Foundation
import GRDB
import NewsCore

/// An order of the article list or of search results.
///
/// Every order but `score` ends on the date order (newest first, undated last by file time,
/// then by article id: the order the articles were first indexed in, which within one first
/// build is path order), so articles with equal titles, sources or sections stay newest first and the
/// order is total: pages never overlap. An article without a source or section comes after
/// those with one.
public enum ArticleOrder: String, Sendable, CaseIterable {
    /// Newest first: the list's default.
    case date
    /// Headline, A to Z (case ignored).
    case title
    /// Publisher, A to Z; none last.
    case source
    /// Section (front matter `section:`, else top folder), A to Z; none last.
    case section
    /// Relevance (BM25): search results' default; a list without a query shows newest first.
    case score

    /// The sort keys as `ORDER BY` writes them, on the article row `a` or unqualified. (An
    /// index on expressions serves a query only when the query writes the same expressions:
    /// the sort indexes are `indexKeys`, these without the last.)
    func keys(qualified: Bool) -> String {
        (sortKeys(qualified: qualified).map { $0.expression + ($0.descending ? " DESC" : "") }).joined(separator: ", ")
    }

    /// The keys as the sort indexes write them: all but the last, the article id, which is the
    /// rowid every index entry ends on anyway (written out, it would be stored twice).
    var indexKeys: String {
        (sortKeys(qualified: false).dropLast().map { $0.expression + ($0.descending ? " DESC" : "") }).joined(separator: ", ")
    }

    /// Each key with its direction; `score` has none of its own and stands for the date order.
    func sortKeys(qualified: Bool) -> [(expression: String, descending: Bool)] {
        let p = qualified ? "a." : ""
        let date = [("\(p)day", true), ("\(p)mtime", true), ("\(p)id", false)]
        switch self {
        case .date, .score:
            return date
        case .title:
            return [("\(p)title COLLATE NOCASE", false)] + date
        case .source:
            return [("\(p)source = ''", false), ("\(p)source COLLATE NOCASE", false)] + date
        case .section:
            let section = ArticleFacets.sectionSQL(qualified: qualified)
            return [("\(section) = ''", false), ("\(section) COLLATE NOCASE", false)] + date
        }
    }

    /// The condition (on `a`) that holds for the articles before one whose key values are
    /// `values` (read with `valuesSQL`), and its arguments: how `position` counts.
    func before(_ values: [DatabaseValue]) -> (String, StatementArguments) {
        let keys = sortKeys(qualified: true)
        var clause = "0"
        var arguments: [DatabaseValue] = []
        // Built from the last key back: k1 < v1 OR (k1 = v1 AND (k2 < v2 OR (k2 = v2 AND …))).
        for (key, value) in zip(keys, values).reversed() {
            let op = key.descending ? ">" : "<"
            // Parenthesised: `<` binds tighter than `=` in SQLite ("source = '' < ?").
            clause = "((\(key.expression)) \(op) ? OR ((\(key.expression)) = ? AND \(clause)))"
            arguments = [value, value] + arguments
        }
        return (clause, StatementArguments(arguments))
    }

    /// The key expressions as a select list, to read one article's values for `before`.
    var valuesSQL: String {
        sortKeys(qualified: true).map { key in
            // A collation is for comparing, not a value: read the plain expression.
            key.expression.replacingOccurrences(of: " COLLATE NOCASE", with: "")
        }.joined(separator: ", ")
    }
}

/// An article's source and section as the index keeps and the query language finds them.
public enum ArticleFacets {
    /// The section column of `a`: the front matter's `section:`, else the path's top folder
    /// ("sport" for `sport/012.txt`), else "" for an article at the top of the corpus.
    static func sectionSQL(qualified: Bool) -> String {
        qualified ? "a.section" : "section"
    }

    /// The condition that `column` (`a.section`, `a.source`) is `?`, case ignored, written so
    /// that the column's sort index answers it: its first key is whether the column is empty.
    static func equalsSQL(_ column: String) -> String {
        // Parenthesised whole: `-section:sport` puts NOT before it.
        "((\(column) = '') = 0 AND \(column) = ? COLLATE NOCASE)"
    }

    /// The section an article is stored with, and whether it came from its folder.
    static func storedSection(_ given: String, path: String) -> (section: String, fromFolder: Bool) {
        given.isEmpty ? (IndexWriter.section(of: path), true) : (given, false)
    }

    /// The front matter's `section:` (the first, if several), trimmed; "" for none.
    static func section(of article: NewsCore.Article) -> String {
        clean(article.meta.first { $0.key.lowercased() == "section" }?.value)
    }

    /// A value as stored: one line, trimmed; "" for none.
    static func clean(_ value: String?) -> String {
        guard let value else { return "" }
        return value.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
