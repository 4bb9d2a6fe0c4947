/// Where a key press is interpreted: the focused pane, or an overlay on top of everything.
public enum KeyContext: String, Sendable, Equatable, Hashable, CaseIterable {
    case global
    case articles
    case body
    case entities
    case help

    /// The heading of this context's section on the help screen.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .articles: return "Article list"
        case .body: return "Article body"
        case .entities: return "Entities"
        case .help: return "Help"
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

    /// The action for a key in a context; pane contexts fall back to the global table.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.action
        }
        guard context != .help else { return nil }
        return bindings.first { $0.context == .global && $0.keys.contains(key) }?.action
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
        KeyBinding(.global, [.enter, .char("l"), .right], .open, "Open the selected item"),
        KeyBinding(.global, [.char("h"), .left], .focusLeft, "Move to the pane on the left"),
        KeyBinding(.global, [.tab], .focusNext, "Next pane"),
        KeyBinding(.global, [.backTab], .focusPrevious, "Previous pane"),
        KeyBinding(.global, [.char("e")], .toggleEntities, "Show or hide the entity pane (narrow screens)"),
        KeyBinding(.global, [.char("?"), .function(1)], .toggleHelp, "Show this help"),
        KeyBinding(.global, [.char("q")], .quit, "Quit"),
        KeyBinding(.help, [.char("j"), .down], .moveDown, "Scroll down"),
        KeyBinding(.help, [.char("k"), .up], .moveUp, "Scroll up"),
        KeyBinding(.help, [.char(" "), .pageDown], .pageDown, "Page down"),
        KeyBinding(.help, [.char("b"), .pageUp], .pageUp, "Page up"),
        KeyBinding(.help, [.char("?"), .char("q"), .escape], .closeOverlay, "Close the help"),
    ])
}
