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
    /// Where the news comes from (a file's path), shown after the text, where a narrow line
    /// cuts it rather than the news itself.
    public var source: String?

    public init(_ text: String, isError: Bool = false, source: String? = nil) {
        self.text = text
        self.isError = isError
        self.source = source
    }

    /// The line as the status bar shows it.
    public var shown: String {
        source.map { text + " · " + $0 } ?? text
    }
}

/// Everything the reader shows, as a value: views draw it, `update` changes it.
///
/// Two parts: `location`, where the reader is (what Back saves and restores, whole), and the
/// session around it (the terminal, settings, overlays, history, the marks the user set), which
/// stays as it is when the reader moves back and forth.
public struct AppState: Sendable, Equatable {
    public var size: Size
    /// The corpus folder as the user named it, for the status line.
    public var corpusName: String
    /// The corpus folder's absolute path, for the files handed to the editor and citations.
    public var corpusFolder = ""
    /// The config's saved searches, listed as folders.
    public var savedSearches: [SavedSearch] = []
    public var keymap: Keymap

    /// Where the reader is.
    public var location: Location
    /// Earlier locations, newest last; `back` returns to them.
    public private(set) var backStack: [Location] = []
    /// What is worked out from the location for this screen; dropped when Back changes place.
    public internal(set) var derived = Derived()

    // MARK: The session

    public var highlightQuotes = true
    /// The order the user last chose for article lists (`O`), kept while the reader runs.
    public var articleSort = ListSort.date
    /// The order the user last chose for search results, kept while the reader runs.
    public var searchSort = ListSort.score
    public var prompt: Prompt?
    /// A yes-or-no question in the status line, waiting for its answer.
    public var confirmation: Confirmation?
    public var history = PromptHistory()
    /// The help overlay's scroll position, when it is open.
    public var helpTop: Int?
    public var message: StatusMessage?
    /// Messages waiting for the status line, shown one at a time, each replacing the last when
    /// the user presses a key (several problems in the config file at start).
    public var queuedMessages: [StatusMessage] = []
    /// What the background refresh is doing, while it runs.
    public var refreshStatus: String?
    public var isQuitting = false
    /// The last generation number handed to a paged list.
    public var generations = 0
    /// A step along the trail waiting for its page to load; moving to another location drops it.
    public var pendingStep: Int?
    /// The list was reloaded under the user (the index changed): the article its selection was
    /// on, the list's new generation and the row selected then. When the first page comes and
    /// the user has not moved meanwhile, the selection goes back to that article.
    public var pendingFollow: ListFollow?
    /// The first index is filling an empty list and no key has been pressed since: each batch
    /// keeps the selection on the newest article, as a fresh list opens, rather than following
    /// the article that happened to come first down the list as newer ones arrive above it.
    public var listFollowsTop = false
    /// Read and starred flags the user changed this session, by article id. Saved locations hold
    /// the list and the article as they were; these are laid over them when Back returns there,
    /// so a star set three steps down a trail still shows on the list Esc comes back to.
    public private(set) var marks: [Int64: MarkChange] = [:]

    public static let backStackLimit = 50

    /// Caches of the open article for the current screen: not part of the location, because
    /// they depend on the session (the body pane's width, quotation highlighting) as well.
    public struct Derived: Sendable, Equatable {
        /// The open article laid out for the body pane's current width.
        public var body: BodyLayout?
        /// The open article's text folded for searching, made on the first `/` in it.
        public var finder: TextFinder?

        public init() {}
    }

    public init(size: Size, corpusName: String, articleCount: Int = 0, keymap: Keymap = .standard) {
        self.size = size
        self.corpusName = corpusName
        self.keymap = keymap
        self.location = Location(articleCount: articleCount)
    }

    /// Where each pane is on the current screen.
    public var layout: ScreenLayout {
        ScreenLayout(
            size: size, focus: location.focus, entitiesShown: location.entitiesShown,
            wideList: (location.searchQuery != nil || location.showsVersions) && location.focus == .articles && location.screen == .reader)
    }

    /// The context keys are read in right now.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        if confirmation != nil { return .confirm }
        if helpTop != nil { return .help }
        switch location.screen {
        case .reader: return location.focus.keyContext
        case .trail: return .list
        case .folders: return .folders
        case .directory: return .directory
        case .entityPage: return .entityPage
        }
    }

    /// The order a list of `source` opens in: the one last chosen for its kind.
    public func sort(for source: ListSource) -> ListSort {
        if case .search = source { return searchSort }
        return articleSort
    }

    /// The absolute path of an article given by its path relative to the corpus folder.
    public func absolutePath(_ path: String) -> String {
        corpusFolder.isEmpty ? path : corpusFolder + "/" + path
    }

    /// A new generation number for a list about to be (re)filled.
    public mutating func nextGeneration() -> Int {
        generations += 1
        return generations
    }

    // MARK: Moving between locations

    /// Saves where the reader is, so that `returnToPrevious` can come back to it; the caller
    /// then changes `location` to the new place.
    mutating func pushLocation() {
        backStack.append(location)
        if backStack.count > Self.backStackLimit {
            backStack.removeFirst(backStack.count - Self.backStackLimit)
        }
        pendingStep = nil
    }

    /// Goes back to the newest saved location, exactly as it was saved but for three things
    /// that belong to the session; false when there is none.
    ///
    /// The user's marks are laid over it; a trail view returned to follows `n`/`N` from the
    /// location left; and it is fitted to the current screen (the body laid out afresh, scroll
    /// positions kept in range), as the size may have changed while it was saved. Of the session,
    /// only what belonged to the place left goes: its caches, a step still waiting for a page,
    /// and an open prompt or help overlay.
    mutating func returnToPrevious() -> Bool {
        guard let previous = backStack.popLast() else { return false }
        let left = location
        location = previous
        location.apply(marks)
        location.follow(left.stepper, height: fullScreenListHeight(self))
        derived = Derived()
        pendingStep = nil
        prompt = nil
        confirmation = nil
        helpTop = nil
        relayoutBody(&self)
        clampPositions(&self, restoring: true)
        return true
    }

    /// Records that the user set an article's flags or tags, and shows them where the reader is now.
    mutating func setMarks(id: Int64, read: Bool? = nil, starred: Bool? = nil, tags: [String]? = nil) {
        setMarks([id: MarkChange(isRead: read, isStarred: starred, tags: tags)])
    }

    /// Records changes to many articles at once (`A`), applied to the location in one pass.
    mutating func setMarks(_ changes: [Int64: MarkChange]) {
        for (id, change) in changes {
            marks[id] = (marks[id] ?? MarkChange()).merged(with: change)
        }
        location.apply(changes)
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

extension AppState {
    /// Shows news that does not come from a key (the refresh's summary): now, unless an error
    /// or other messages are waiting to be read, then after them.
    public mutating func post(_ news: StatusMessage) {
        if message?.isError == true || !queuedMessages.isEmpty {
            queuedMessages.append(news)
        } else {
            message = news
        }
    }

    /// Shows `messages` in turn: the first now, each next one after the next key; "(k of n)"
    /// tells how many there are.
    public mutating func show(_ messages: [StatusMessage]) {
        guard !messages.isEmpty else { return }
        let numbered = messages.count == 1 ? messages : messages.enumerated().map { k, message in
            var message = message
            let next = k + 1 < messages.count ? "; a key shows the next" : ""
            message.text += " (\(k + 1) of \(messages.count)\(next))"
            return message
        }
        message = numbered[0]
        queuedMessages = Array(numbered.dropFirst())
    }
}

/// What a list reloaded under the user should come back to (`AppState.pendingFollow`).
public struct ListFollow: Sendable, Equatable {
    public var id: Int64
    public var generation: Int
    public var row: Int
}
