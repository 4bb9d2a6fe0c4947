/// Where the reader is: the screen, what each pane shows and how far it is scrolled, and the
/// trail `n`/`N` follow.
///
/// Everything Back returns to is a field here and nothing else is: the back stack holds
/// `Location`s, and Back puts one back whole. A new navigation field added here is restored
/// without any code naming it. What the session keeps regardless of place (the terminal size,
/// settings, the prompt, marks the user set) lives in `AppState`, and what is worked out from a
/// location for the current screen (the body's line layout) in `AppState.Derived`.
public struct Location: Sendable, Equatable {
    public var screen: Screen = .reader
    public var listSource: ListSource = .articles(.all)
    /// The saved search the list shows, by its name in the config (nil for any other list).
    public var listName: String?
    public var list: PagedList<ArticleListItem>
    /// The order the list's pages are loaded in.
    public var listSort: ListSort = .date
    /// Whether the list was just refilled (search, filter), so its first page opens its selection.
    public var listIsFresh = true
    public var open: OpenArticle?
    /// The first body line on screen, in the layout for the current width.
    public var bodyTop = 0
    /// A stretch of the body marked because the reader jumped to it (a mention, a quote).
    public var revealed: Range<Int>?
    public var find: FindState?
    public var stepper: Stepper?
    public var entityRows: [EntityRow] = []
    /// Position among the selectable entity rows (headings are skipped).
    public var entityList = ListPosition()
    public var entityFilter = ""
    public var focus: Pane = .articles
    /// On screens too narrow for three panes: whether the entity pane is the one shown beside the body.
    public var entitiesShown = false

    public init(articleCount: Int = 0) {
        list = PagedList(count: articleCount)
    }

    /// The corpus search the list shows, if it shows one.
    public var searchQuery: String? {
        if case .search(let query) = listSource { return query }
        return nil
    }

    /// Screen rows per list item: search results show their snippet under the headline.
    public var listRowsPerItem: Int { searchQuery == nil ? 1 : 2 }

    /// Applies `change` to the position of the trail on screen, given its length; false when
    /// the reader shows its panes instead.
    mutating func changeTrailList(_ change: (inout ListPosition, _ count: Int) -> Void) -> Bool {
        switch screen {
        case .reader:
            return false
        case .trail(var shown):
            change(&shown.lines.position, shown.lines.count)
            screen = .trail(shown)
        case .folders(var folders):
            change(&folders.position, folders.folders.count)
            screen = .folders(folders)
        case .directory(var directory):
            change(&directory.rows.position, directory.rows.count)
            screen = .directory(directory)
        case .entityPage(var page):
            change(&page.position, page.lineCount)
            screen = .entityPage(page)
        }
        return true
    }

    /// Shows the user's read and starred marks and tags on this location's copies of an article.
    mutating func apply(_ marks: MarkChange, to id: Int64) {
        apply([id: marks])
    }

    /// Shows marks of many articles, looking at each loaded copy once (`A` marks whole lists).
    mutating func apply(_ marks: [Int64: MarkChange]) {
        guard !marks.isEmpty else { return }
        list.updateAll(where: { marks[$0.id] != nil }) { item in
            let change = marks[item.id]!
            if let read = change.isRead { item.isRead = read }
            if let starred = change.isStarred { item.isStarred = starred }
            if let tags = change.tags { item.tags = tags }
        }
        if let id = open?.id, let change = marks[id] {
            if let read = change.isRead { open?.isRead = read }
            if let starred = change.isStarred { open?.isStarred = starred }
            if let tags = change.tags { open?.tags = tags }
        }
    }

    /// Puts the trail view just returned to on the line `n`/`N` stepped to in the location left.
    ///
    /// The view was saved when its line was opened; without this, Esc after stepping ten mentions
    /// on would land back on the first one, where mutt's index and tig's views follow the pager.
    mutating func follow(_ stepper: Stepper?, height: Int) {
        guard case .trail(var shown) = screen, case .trail(let stepped)? = stepper,
            shown.kind == stepped.kind, shown.lines.generation == stepped.lines.generation
        else { return }
        // The stepped list holds every page loaded on the way, as well as the position.
        shown.lines = stepped.lines
        shown.lines.position.keepVisible(height: height, count: shown.lines.count)
        screen = .trail(shown)
    }
}

/// Read and starred flags and tags the user changed this session for one article (nil: not
/// changed).
public struct MarkChange: Sendable, Equatable {
    public var isRead: Bool?
    public var isStarred: Bool?
    public var tags: [String]?

    public init(isRead: Bool? = nil, isStarred: Bool? = nil, tags: [String]? = nil) {
        self.isRead = isRead
        self.isStarred = isStarred
        self.tags = tags
    }

    /// This change with `later`'s on top.
    func merged(with later: MarkChange) -> MarkChange {
        MarkChange(isRead: later.isRead ?? isRead, isStarred: later.isStarred ?? isStarred, tags: later.tags ?? tags)
    }
}
