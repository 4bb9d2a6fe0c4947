import NewsCore

/// Text with some stretches marked, such as a search snippet with its matched words.
public struct MarkedText: Sendable, Equatable, Hashable {
    public var text: String
    /// Character offsets (not scalars: this text is only drawn) of the marked stretches.
    public var marks: [Range<Int>]

    public init(text: String, marks: [Range<Int>] = []) {
        self.text = text
        self.marks = marks
    }
}

/// One row of the article list.
public struct ArticleListItem: Sendable, Equatable, Hashable {
    /// The index's id for the article.
    public var id: Int64
    /// Path relative to the corpus folder.
    public var path: String
    public var title: String
    /// `YYYY-MM-DD`, when the article has a date.
    public var date: String?
    public var isRead: Bool
    public var isStarred: Bool
    /// For search results: the passage that matched, matched words marked.
    public var snippet: MarkedText?
    /// The user's tags, lower case, sorted.
    public var tags: [String]
    /// How many versions of this story the index holds (copies and lightly edited texts,
    /// shown as one row); 1 for a story told once.
    public var versions: Int

    public init(
        id: Int64, path: String, title: String, date: String?, isRead: Bool = false, isStarred: Bool = false, snippet: MarkedText? = nil,
        tags: [String] = [], versions: Int = 1
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.isRead = isRead
        self.isStarred = isStarred
        self.snippet = snippet
        self.tags = tags
        self.versions = versions
    }
}

/// Which articles the list shows.
public enum ListFilter: String, Sendable, Equatable, CaseIterable {
    case all
    case unread
    case starred

    /// The next filter in the `F` cycle.
    public var next: ListFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Where the article list's rows come from.
public enum ListSource: Sendable, Equatable {
    case articles(ListFilter)
    /// Ranked results of a corpus search.
    case search(String)
    /// Every version of the story article `id` tells, newest first (`v`).
    case versions(of: Int64)
}

/// A person, organisation or place as the reader shows it: in this article and in the corpus.
public struct ReaderEntity: Sendable, Equatable, Hashable {
    /// The corpus entity's id in the index; nil when the article is not indexed.
    public var id: Int64?
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    /// Where this article names it.
    public var mentions: [Range<Int>]
    /// Mentions across the whole corpus, when known.
    public var corpusMentions: Int?
    public var corpusArticles: Int?

    public init(
        id: Int64? = nil, name: String, type: EntityType, aliases: [String] = [], mentions: [Range<Int>] = [],
        corpusMentions: Int? = nil, corpusArticles: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases.isEmpty ? [name] : aliases
        self.mentions = mentions
        self.corpusMentions = corpusMentions
        self.corpusArticles = corpusArticles
    }

    /// An entity of one article, not yet matched to the corpus.
    public init(_ entity: ArticleEntity) {
        self.init(name: entity.name, type: entity.type, aliases: entity.aliases, mentions: entity.mentions)
    }
}
