import NewsCore

/// An article opened in the body pane, with what was extracted from it.
public struct OpenArticle: Sendable, Equatable {
    /// The index's id for the article.
    public var id: Int64
    public var article: Article
    public var entities: [ReaderEntity]
    public var quotes: [Quote]
    /// Words a corpus search matched in this article, highlighted in the body.
    public var searchMatches: [Range<Int>]
    public var isRead: Bool
    public var isStarred: Bool
    /// The user's tags, lower case, sorted.
    public var tags: [String]

    public init(
        id: Int64, article: Article, entities: [ReaderEntity], quotes: [Quote] = [], searchMatches: [Range<Int>] = [],
        isRead: Bool = false, isStarred: Bool = false, tags: [String] = []
    ) {
        self.tags = tags
        self.id = id
        self.article = article
        self.entities = entities
        self.quotes = quotes
        self.searchMatches = searchMatches
        self.isRead = isRead
        self.isStarred = isStarred
    }
}

/// A stretch of the article to scroll to and mark when it opens (a mention, a quote).
public struct Reveal: Sendable, Equatable, Hashable {
    public var range: Range<Int>

    public init(_ range: Range<Int>) {
        self.range = range
    }
}

/// An in-article search: its query, where it matched, and where the body was before it began.
public struct FindState: Sendable, Equatable {
    public var query: String
    public var matches: [Range<Int>]
    /// Index into `matches` of the match shown.
    public var current: Int?
    /// The body's scroll position before the search, restored when it is cancelled.
    public var originTop: Int
}

/// What `n` and `N` step through.
public enum Stepper: Sendable, Equatable {
    /// Matches of the in-article search.
    case find
    /// A trail (an entity's mentions or quotations), continuing from its full-screen list.
    case trail(TrailScreen)
}
