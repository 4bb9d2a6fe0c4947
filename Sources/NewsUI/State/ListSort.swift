/// The order of the article list or of search results (`O` cycles it).
public enum ListSort: String, Sendable, Equatable, CaseIterable {
    /// Newest first: the article list's default.
    case date
    /// Headline, A to Z.
    case title
    /// Publisher, A to Z; articles without one last.
    case source
    /// Section (front matter `section:`, else the top folder), A to Z; none last.
    case section
    /// Best match first: search results' default (a query of filters only lists newest first).
    case score

    /// The order a list of `source` starts in until the user picks another.
    public static func defaultSort(for source: ListSource) -> ListSort {
        if case .search = source { return .score }
        return .date
    }

    /// The next order in the `O` cycle for a list of `source`; a list without a query has no
    /// match score to sort by.
    func next(for source: ListSource) -> ListSort {
        let cycle: [ListSort]
        if case .search = source { cycle = [.score, .date, .title, .source, .section] } else { cycle = [.date, .title, .source, .section] }
        let here = cycle.firstIndex(of: self) ?? cycle.count - 1
        return cycle[(here + 1) % cycle.count]
    }

    /// How the status line says it: "by title".
    public var label: String {
        switch self {
        case .date: return "newest first"
        case .title: return "by title"
        case .source: return "by source"
        case .section: return "by section"
        case .score: return "best match first"
        }
    }
}

/// A section or a source of the corpus with its article count: a row of the picker (`f`).
public struct ListFacet: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
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

    /// The query that lists its articles: `section:sport`, `source:"BBC News"`.
    public var query: String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        // A name holding a quotation mark cannot be quoted in the query language: its words
        // are written plain instead, which finds the same articles only when it has one word.
        return "\(kind.rawValue):" + (plain ? name : "\"" + name.filter { !QuoteMarks.all.contains($0) } + "\"")
    }
}

/// The quotation marks the query language reads as quotes.
enum QuoteMarks {
    static let all: Set<Character> = ["\"", "“", "”", "„"]
}
