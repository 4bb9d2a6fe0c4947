import NewsCore

/// The three panes of the reader, left to right.
public enum Pane: Int, Sendable, Equatable, Hashable, CaseIterable {
    case articles
    case body
    case entities

    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .body: return "Article"
        case .entities: return "Entities"
        }
    }

    var keyContext: KeyContext {
        switch self {
        case .articles: return .articles
        case .body: return .body
        case .entities: return .entities
        }
    }
}

/// What the list shows of an article without opening it.
public struct ArticleSummary: Sendable, Equatable, Hashable {
    /// Path relative to the corpus folder.
    public var path: String
    public var title: String
    /// `YYYY-MM-DD`, when the article has a date.
    public var date: String?

    public init(path: String, title: String, date: String?) {
        self.path = path
        self.title = title
        self.date = date
    }
}

/// An article opened in the body pane, with what was extracted from it.
public struct OpenArticle: Sendable, Equatable {
    /// Its position in the list.
    public var index: Int
    public var article: Article
    public var entities: [ArticleEntity]

    public init(index: Int, article: Article, entities: [ArticleEntity]) {
        self.index = index
        self.article = article
        self.entities = entities
    }
}

/// A line of the status bar that stays until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// A scrollable list position: the selected row and the first row shown.
public struct ListPosition: Sendable, Equatable {
    public var selected: Int = 0
    public var top: Int = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta`, clamped to `count`, keeping it inside a view of `height` rows.
    mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else {
            self = ListPosition()
            return
        }
        selected = min(max(0, selected + delta), count - 1)
        keepVisible(height: height, count: count)
    }

    mutating func keepVisible(height: Int, count: Int) {
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = min(max(0, top), max(0, count - height))
    }
}

/// Everything the reader shows, as a value: views draw it, `update` changes it.
public struct AppState: Sendable, Equatable {
    public var size: Size
    /// The corpus folder as the user named it, for the status line.
    public var corpusName: String
    public var articles: [ArticleSummary]
    public var list = ListPosition()
    public var open: OpenArticle?
    /// The open article laid out for the body pane's current width.
    public var body: BodyLayout?
    public var bodyTop = 0
    public var entityRows: [EntityRow] = []
    /// Position among the selectable entity rows (headings are skipped).
    public var entityList = ListPosition()
    public var focus: Pane = .articles
    /// On screens too narrow for three panes: whether the entity pane is the one shown beside the body.
    public var entitiesShown = false
    /// The help overlay's scroll position, when it is open.
    public var helpTop: Int?
    public var message: StatusMessage?
    public var isQuitting = false
    public var keymap: Keymap

    public init(size: Size, corpusName: String, articles: [ArticleSummary], keymap: Keymap = .standard) {
        self.size = size
        self.corpusName = corpusName
        self.articles = articles
        self.keymap = keymap
    }

    /// Where each pane is on the current screen.
    public var layout: ScreenLayout {
        ScreenLayout(size: size, focus: focus, entitiesShown: entitiesShown)
    }

    /// The context keys are read in right now.
    public var keyContext: KeyContext {
        helpTop != nil ? .help : focus.keyContext
    }
}

/// A row of the entity pane: a type heading or one entity.
public enum EntityRow: Sendable, Equatable {
    case heading(EntityType, count: Int)
    case entity(ArticleEntity)

    public var isSelectable: Bool {
        if case .entity = self { return true }
        return false
    }

    /// Rows for an article's entities: grouped by type, most mentioned first within a type.
    public static func rows(for entities: [ArticleEntity]) -> [EntityRow] {
        var rows: [EntityRow] = []
        for type in EntityType.allCases {
            let group = entities.filter { $0.type == type }
                .sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
            guard !group.isEmpty else { continue }
            rows.append(.heading(type, count: group.count))
            rows += group.map(EntityRow.entity)
        }
        return rows
    }
}
