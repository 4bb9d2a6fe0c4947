/// A parsed search query: the tree the query language describes.
///
/// Words must all match (AND); `OR` binds tighter than that (`a OR b c` is `(a OR b) AND c`,
/// as in web search engines); `-` excludes; parentheses group.
public indirect enum QueryNode: Sendable, Equatable {
    case term(SearchTerm)
    case filter(SearchFilter, column: Int)
    case not(QueryNode, column: Int)
    case and([QueryNode])
    case or([QueryNode])
}

/// Words to find in the text.
public struct SearchTerm: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One word (which the tokenizer may still split: `e-mail` is `e` then `mail`).
        case word
        /// Every word starting with the text (`gov*`).
        case prefix
        /// The words in this order (`"exact phrase"`).
        case phrase
    }

    public var kind: Kind
    /// The text as typed, without quotes or the `*`.
    public var text: String
    /// Only in the headline (`title:`).
    public var titleOnly: Bool
    public var column: Int

    public init(kind: Kind, text: String, titleOnly: Bool = false, column: Int) {
        self.kind = kind
        self.text = text
        self.titleOnly = titleOnly
        self.column = column
    }
}

/// A condition on an article's entities, quotes, date or tags.
public enum SearchFilter: Sendable, Equatable {
    case person(String)
    case organization(String)
    case place(String)
    /// Articles quoting this person.
    case speaker(String)
    /// On or after this day (`yyyymmdd`).
    case after(Int)
    /// Strictly before this day (`yyyymmdd`).
    case before(Int)
    /// Articles the user tagged so (lower case), from the reading state.
    case tag(String)
    /// In this section (front matter `section:`, else the top folder), case ignored.
    case section(String)
    /// From this source (front matter `source:`, a page's publisher, a feed's title), case ignored.
    case source(String)
    /// Below this folder of the corpus, at any depth (`folder:`, or `in:`), as the path spells it.
    case folder(String)
}

extension QueryNode {
    /// Whether the subtree holds text terms only (no filters), so FTS5 alone can evaluate it.
    var isTextOnly: Bool {
        switch self {
        case .term: return true
        case .filter: return false
        case .not(let inner, _): return inner.isTextOnly
        case .and(let items), .or(let items): return items.allSatisfy(\.isTextOnly)
        }
    }

    /// The tags `tag:` filters name anywhere in the query.
    public var tagNames: Set<String> {
        switch self {
        case .term: return []
        case .filter(.tag(let name), _): return [name]
        case .filter: return []
        case .not(let inner, _): return inner.tagNames
        case .and(let items), .or(let items): return items.reduce(into: []) { $0.formUnion($1.tagNames) }
        }
    }

    /// The text terms that count as matches for highlighting: every term not under a `-`.
    var positiveTerms: [SearchTerm] {
        switch self {
        case .term(let term): return [term]
        case .filter, .not: return []
        case .and(let items), .or(let items): return items.flatMap(\.positiveTerms)
        }
    }
}
