/// Where a key press is interpreted: the focused pane, a full-screen list, or an overlay.
public enum KeyContext: String, Sendable, Equatable, Hashable, CaseIterable {
    case global
    case articles
    case body
    case entities
    /// The full-screen mentions and quotes views.
    case list
    /// The folder list (`c`).
    case folders
    /// The people view (`p`): every entity of the corpus.
    case directory
    /// An entity's page (`i`).
    case entityPage = "entity-page"
    case prompt
    /// A yes-or-no question in the status line.
    case confirm
    case help

    /// The heading of this context's section on the help screen.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .articles: return "Article list"
        case .body: return "Article body"
        case .entities: return "Entity pane"
        case .list: return "Mentions and quotes views"
        case .folders: return "Folder list"
        case .directory: return "People view: every name in the corpus"
        case .entityPage: return "An entity's page"
        case .prompt: return "Prompts: search, filter, pipe, export, tags (type to edit)"
        case .confirm: return "A question (any other key says no)"
        case .help: return "Help"
        }
    }

    /// The name used for this context in the config file's `[keys.NAME]` tables.
    public var configName: String { rawValue }

    /// The full-screen lists, where the keys that act on the hidden panes do nothing.
    var isFullScreen: Bool {
        switch self {
        case .list, .folders, .directory, .entityPage: return true
        default: return false
        }
    }
}

/// One line of the key table: keys, what they do, and the help text that says so.
public struct KeyBinding: Sendable, Equatable {
    public var context: KeyContext
    public var keys: [Key]
    public var action: Action
    public var help: String

    public init(_ context: KeyContext, _ keys: [Key], _ action: Action, _ help: String) {
        self.context = context
        self.keys = keys
        self.action = action
        self.help = help
    }
}

/// The key table: the only place keys meet actions, and the source of the help screen.
public struct Keymap: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action for a key in a context.
    ///
    /// Pane and list contexts fall back to the global table; in the prompt, any printable key
    /// that is not bound is typed into the text.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.action
        }
        switch context {
        case .help:
            return nil
        case .prompt:
            if case .char(let c) = key { return .promptEdit(.insert(c)) }
            return nil
        case .confirm:
            // As mutt asks: y says yes, anything else no.
            return .answer(false)
        default:
            guard let action = bindings.first(where: { $0.context == .global && $0.keys.contains(key) })?.action else { return nil }
            if context.isFullScreen, !action.actsInFullScreenLists { return nil }
            return action
        }
    }

    /// The bindings of a context, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// The reader's keys, chosen to be where `less`, `tig` and `mutt` users' fingers already are.
    public static let standard = Keymap(bindings: [
        KeyBinding(.global, [.char("j"), .down], .moveDown, "Move down one line or item"),
        KeyBinding(.global, [.char("k"), .up], .moveUp, "Move up one line or item"),
        KeyBinding(.global, [.pageDown, .control("f")], .pageDown, "Page down"),
        KeyBinding(.global, [.pageUp, .char("b"), .control("b")], .pageUp, "Page up"),
        KeyBinding(.global, [.control("d")], .halfPageDown, "Half a page down"),
        KeyBinding(.global, [.control("u")], .halfPageUp, "Half a page up"),
        KeyBinding(.global, [.char("g"), .home], .top, "Go to the top"),
        KeyBinding(.global, [.char("G"), .end], .bottom, "Go to the bottom"),
        KeyBinding(.global, [.char(" ")], .readOn, "Page down the article; at its end, open the next"),
        KeyBinding(.global, [.enter, .char("l"), .right], .open, "Open the selected article, entity or line"),
        KeyBinding(.global, [.char("h"), .left], .focusLeft, "Move to the pane on the left"),
        KeyBinding(.global, [.tab], .focusNext, "Next pane"),
        KeyBinding(.global, [.backTab], .focusPrevious, "Previous pane"),
        KeyBinding(.global, [.char("E")], .toggleEntities, "Show or hide the entity pane (narrow screens)"),
        KeyBinding(.global, [.escape, .backspace], .back, "Back to where you were; clear find marks"),
        KeyBinding(.global, [.char("/")], .startFind, "Find, filter entities or lines, search (by pane)"),
        KeyBinding(.global, [.char("s")], .startCorpusSearch, "Search the whole corpus"),
        KeyBinding(.global, [.char("n")], .nextMatch, "Next match, or next mention or quote"),
        KeyBinding(.global, [.char("N")], .previousMatch, "Previous match, mention or quote"),
        KeyBinding(.global, [.char("\"")], .toggleQuoteHighlighting, "Highlight quotations and their speakers, or not"),
        KeyBinding(.global, [.char("r")], .toggleRead, "Mark read or unread"),
        KeyBinding(.global, [.char("*")], .toggleStar, "Star or unstar"),
        KeyBinding(.global, [.char("F")], .cycleFilter, "Show all, unread only, starred only"),
        KeyBinding(.global, [.char("A")], .markAllRead, "Mark every article in the list read (asks first)"),
        KeyBinding(.global, [.char("t")], .tagArticle, "Tag the article (Tab completes; tag:NAME finds)"),
        KeyBinding(.global, [.char("c")], .showFolders, "Folders: all, unread, starred, saved searches"),
        KeyBinding(.global, [.char("f")], .showFacets, "Sections and sources, with counts: pick one"),
        KeyBinding(.global, [.char("O")], .cycleSort, "Sort: date, title, source, section, relevance"),
        KeyBinding(.global, [.char("v")], .showVersions, "Versions of this story (a row marked ×N)"),
        KeyBinding(.global, [.char("p")], .showEntityDirectory, "People, organisations and places of the corpus"),
        KeyBinding(.global, [.char("e")], .editArticle, "Open the article's file in $VISUAL or $EDITOR"),
        KeyBinding(.global, [.char("|")], .pipeArticle, "Pipe the article to a shell command"),
        KeyBinding(.global, [.char("o")], .openURL, "Open the article's URL in $BROWSER or xdg-open"),
        KeyBinding(.global, [.char("y")], .copy, "Copy the quotation or mention, or a citation"),
        KeyBinding(.global, [.char("w")], .export, "Write the list or view to .csv, .jsonl or .md"),
        KeyBinding(.global, [.char("?"), .function(1)], .toggleHelp, "Show this help"),
        KeyBinding(.global, [.char("q")], .closeOrQuit, "Close this view (back); quit from the first"),
        KeyBinding(.global, [.char("Q")], .quit, "Quit from anywhere"),
        KeyBinding(.entities, [.char("\"")], .showQuotes, "Everything this entity is quoted as saying"),
        KeyBinding(.entities, [.enter, .char("l"), .right], .open, "Every mention of this entity in the corpus"),
        KeyBinding(.entities, [.char("i")], .showEntityPage, "The entity's page: timeline, who appears with it"),
        KeyBinding(.list, [.enter, .char("l"), .right], .open, "Open the article at this line"),
        KeyBinding(.list, [.char("q"), .escape, .backspace, .char("h"), .left], .back, "Close this view"),
        KeyBinding(.folders, [.enter, .char("l"), .right], .open, "Show the folder's, section's or source's list"),
        KeyBinding(.folders, [.char("/")], .startFind, "Filter the rows as you type (Esc shows all)"),
        KeyBinding(.directory, [.enter, .char("l"), .right], .open, "Every mention of this entity in the corpus"),
        KeyBinding(.directory, [.char("i")], .showEntityPage, "The entity's page: timeline, who appears with it"),
        KeyBinding(.directory, [.char("\"")], .showQuotes, "Everything this entity is quoted as saying"),
        KeyBinding(.directory, [.char("/")], .startFind, "Filter by name as you type (Esc shows all)"),
        KeyBinding(.directory, [.char("F")], .cycleFilter, "Show all, people, organisations, places, other"),
        KeyBinding(.directory, [.char("o"), .char("O")], .cycleSort, "Sort by mentions, articles, latest mention"),
        KeyBinding(.directory, [.char("q"), .escape, .backspace, .char("h"), .left], .back, "Close this view"),
        KeyBinding(.entityPage, [.enter, .char("l"), .right], .open, "Open: its mentions, quotations, shared articles"),
        KeyBinding(.entityPage, [.char("i")], .showEntityPage, "The page of the name selected below"),
        KeyBinding(.entityPage, [.char("\"")], .showQuotes, "Everything this entity is quoted as saying"),
        KeyBinding(.entityPage, [.char("q"), .escape, .backspace, .char("h"), .left], .back, "Close this page"),
        KeyBinding(.folders, [.char("q"), .escape, .backspace, .char("h"), .left, .char("c")], .back, "Close the folder list or the picker"),
        KeyBinding(.prompt, [.enter], .promptAccept, "Run the search"),
        KeyBinding(.prompt, [.escape, .control("c"), .control("g")], .promptCancel, "Cancel"),
        KeyBinding(.prompt, [.backspace, .control("h")], .promptEdit(.deleteBackward), "Delete the character before the cursor"),
        KeyBinding(.prompt, [.delete, .control("d")], .promptEdit(.deleteForward), "Delete the character under the cursor"),
        KeyBinding(.prompt, [.left, .control("b")], .promptEdit(.left), "Cursor left"),
        KeyBinding(.prompt, [.right, .control("f")], .promptEdit(.right), "Cursor right"),
        KeyBinding(.prompt, [.home, .control("a")], .promptEdit(.home), "Cursor to the start"),
        KeyBinding(.prompt, [.end, .control("e")], .promptEdit(.end), "Cursor to the end"),
        KeyBinding(.prompt, [.control("u")], .promptEdit(.clear), "Delete to the start"),
        KeyBinding(.prompt, [.control("w")], .promptEdit(.deleteWord), "Delete the word before the cursor"),
        KeyBinding(.prompt, [.up, .control("p")], .promptEdit(.historyUp), "Earlier entry from the history"),
        KeyBinding(.prompt, [.down, .control("n")], .promptEdit(.historyDown), "Later entry from the history"),
        KeyBinding(.prompt, [.tab], .promptEdit(.complete), "Complete a tag (in the tags prompt)"),
        KeyBinding(.confirm, [.char("y"), .char("Y")], .answer(true), "Yes"),
        KeyBinding(.confirm, [.char("n"), .char("N"), .escape], .answer(false), "No"),
        KeyBinding(.help, [.char("j"), .down], .moveDown, "Scroll down"),
        KeyBinding(.help, [.char("k"), .up], .moveUp, "Scroll up"),
        KeyBinding(.help, [.char(" "), .pageDown, .control("f")], .pageDown, "Page down"),
        KeyBinding(.help, [.char("b"), .pageUp, .control("b")], .pageUp, "Page up"),
        KeyBinding(.help, [.control("d")], .halfPageDown, "Half a page down"),
        KeyBinding(.help, [.control("u")], .halfPageUp, "Half a page up"),
        KeyBinding(.help, [.char("g"), .home], .top, "Go to the top"),
        KeyBinding(.help, [.char("G"), .end], .bottom, "Go to the bottom"),
        KeyBinding(.help, [.char("Q")], .quit, "Quit"),
        KeyBinding(.help, [.char("?"), .char("q"), .escape], .closeOverlay, "Close the help"),
    ])
}

extension Action {
    /// Whether a global action means anything in the mentions and quotes views and the folder
    /// list. Those that act on the panes hidden behind them (`"`, `F`, `E`, `Tab`) changed the
    /// reader out of sight
    /// (quotation highlighting off, the list filtered) with no sign on screen; unbound there,
    /// the key says it does nothing here. (`/` filters the view's own lines.)
    var actsInFullScreenLists: Bool {
        switch self {
        case .toggleQuoteHighlighting, .cycleFilter, .toggleEntities, .focusNext, .focusPrevious, .showVersions:
            return false
        default:
            return true
        }
    }
}
