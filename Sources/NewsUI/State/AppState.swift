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

/// A line of the status bar that stays until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the reader shows, as a value: views draw it, `update` changes it.
public struct AppState: Sendable, Equatable {
    public var size: Size
    /// The corpus folder as the user named it, for the status line.
    public var corpusName: String
    public var keymap: Keymap

    // MARK: Where the reader is (saved on the back stack)

    public var screen: Screen = .reader
    public var listSource: ListSource = .articles(.all)
    public var list: PagedList<ArticleListItem>
    /// Whether the list was just refilled (search, filter), so its first page opens its selection.
    public var listIsFresh = true
    public var open: OpenArticle?
    /// The open article laid out for the body pane's current width.
    public var body: BodyLayout?
    public var bodyTop = 0
    /// A stretch of the body marked because the reader jumped to it (a mention, a quote).
    public var revealed: Range<Int>?
    public var find: FindState?
    /// The open article's text folded for searching, made on the first `/` in it.
    public var finder: TextFinder?
    public var stepper: Stepper?
    public var entityRows: [EntityRow] = []
    /// Position among the selectable entity rows (headings are skipped).
    public var entityList = ListPosition()
    public var entityFilter = ""
    public var focus: Pane = .articles
    /// On screens too narrow for three panes: whether the entity pane is the one shown beside the body.
    public var entitiesShown = false

    // MARK: Kept across back and forth

    /// Earlier places, newest last; `back` returns to them.
    public var backStack: [AppState] = []
    public var highlightQuotes = true
    public var prompt: Prompt?
    public var history = PromptHistory()
    /// The help overlay's scroll position, when it is open.
    public var helpTop: Int?
    public var message: StatusMessage?
    /// What the background refresh is doing, while it runs.
    public var refreshStatus: String?
    public var isQuitting = false
    /// The last generation number handed to a paged list.
    public var generations = 0
    /// A step through mentions or quotes waiting for its page to load.
    public var pendingStep: Int?

    public static let backStackLimit = 50

    public init(size: Size, corpusName: String, articleCount: Int = 0, keymap: Keymap = .standard) {
        self.size = size
        self.corpusName = corpusName
        self.keymap = keymap
        self.list = PagedList(count: articleCount)
    }

    /// Where each pane is on the current screen.
    public var layout: ScreenLayout {
        ScreenLayout(size: size, focus: focus, entitiesShown: entitiesShown)
    }

    /// The context keys are read in right now.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        if helpTop != nil { return .help }
        switch screen {
        case .reader: return focus.keyContext
        case .mentions, .quotes: return .list
        }
    }

    /// A new generation number for a list about to be (re)filled.
    public mutating func nextGeneration() -> Int {
        generations += 1
        return generations
    }
}

/// A row of the entity pane: a type heading or one entity.
public enum EntityRow: Sendable, Equatable {
    case heading(EntityType, count: Int)
    case entity(ReaderEntity)

    public var isSelectable: Bool {
        if case .entity = self { return true }
        return false
    }

    public var entity: ReaderEntity? {
        if case .entity(let entity) = self { return entity }
        return nil
    }

    /// Rows for an article's entities whose names or aliases contain `filter`: grouped by type,
    /// most mentioned first within a type.
    public static func rows(for entities: [ReaderEntity], filter: String = "") -> [EntityRow] {
        let needle = filter.lowercased()
        var rows: [EntityRow] = []
        for type in EntityType.allCases {
            let group = entities
                .filter { $0.type == type }
                .filter { needle.isEmpty || $0.aliases.contains { $0.lowercased().contains(needle) } || $0.name.lowercased().contains(needle) }
                .sorted { ($0.mentions.count, $0.corpusMentions ?? 0, $1.name) > ($1.mentions.count, $1.corpusMentions ?? 0, $0.name) }
            guard !group.isEmpty else { continue }
            rows.append(.heading(type, count: group.count))
            rows += group.map(EntityRow.entity)
        }
        return rows
    }
}
