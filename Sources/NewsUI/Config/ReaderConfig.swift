/// What the config file (`$XDG_CONFIG_HOME/byline/config.toml`) changes: keys, theme, defaults.
///
/// ```toml
/// [defaults]
/// filter = "unread"     # all, unread or starred
/// quotes = true         # highlight quotations
/// theme = "standard"    # or "monochrome"
/// mouse = false
/// osc52 = false         # copy (`y`) through the terminal's OSC 52 clipboard
///
/// [theme]
/// headline = "bold"
/// person = "magenta"
/// find-match = "black on yellow"
///
/// [keys]                # every context
/// quit = ["q", "Q"]
/// [keys.body]           # one context: articles, body, entities, list, folders, directory, entity-page, prompt, confirm, help
/// next-match = ["n", "C-n"]
///
/// [searches]            # saved searches, listed as folders (`c`)
/// "Council watch" = "council tag:follow-up"
/// ```
public struct ReaderConfig: Sendable, Equatable {
    public var keymap: Keymap = .standard
    public var standardTheme: Theme = .standard
    public var monochromeTheme: Theme = .monochrome
    public var filter: ListFilter = .all
    public var highlightQuotes = true
    public var monochrome = false
    public var mouse = false
    /// Whether `y` copies through the terminal (OSC 52), which works over ssh and in tmux with
    /// `set-clipboard on`; off by default because some terminals show the sequence as text.
    public var osc52 = false
    /// The `[searches]` table, in the file's order.
    public var savedSearches: [SavedSearch] = []
    /// Lines that could not be used; the defaults stand in for them.
    public var problems: [ConfigProblem] = []

    public init() {}

    /// Reads the config file's text.
    public init(text: String) {
        let toml = TOMLSubset(text)
        problems = toml.problems
        for entry in toml.entries {
            if let message = apply(entry) {
                problems.append(ConfigProblem(line: entry.line, message: message))
            }
        }
        problems.sort { $0.line < $1.line }
    }

    /// Applies one entry; returns what is wrong with it, if anything.
    private mutating func apply(_ entry: TOMLSubset.Entry) -> String? {
        switch entry.table {
        case "defaults": return applyDefault(entry)
        case "theme": return applyTheme(entry)
        case "searches": return applySearch(entry)
        case "keys": return applyKeys(entry, context: .global)
        case let table where table.hasPrefix("keys."):
            let name = String(table.dropFirst("keys.".count))
            guard let context = KeyContext(rawValue: name) else {
                return "unknown key context [\(table)]; use one of \(KeyContext.allCases.map(\.rawValue).joined(separator: ", "))"
            }
            return applyKeys(entry, context: context)
        case "":
            return "'\(entry.key)' must be inside a [defaults], [theme], [keys] or [searches] table"
        default:
            return "unknown table [\(entry.table)]"
        }
    }

    private mutating func applyDefault(_ entry: TOMLSubset.Entry) -> String? {
        switch (entry.key, entry.value) {
        case ("filter", .string(let name)):
            guard let filter = ListFilter(rawValue: name) else { return "filter must be all, unread or starred" }
            self.filter = filter
        case ("quotes", .bool(let on)): highlightQuotes = on
        case ("mouse", .bool(let on)): mouse = on
        case ("osc52", .bool(let on)): osc52 = on
        case ("theme", .string(let name)):
            guard name == "standard" || name == "monochrome" else { return "theme must be standard or monochrome" }
            monochrome = name == "monochrome"
        case ("filter", _), ("theme", _): return "\(entry.key) takes a string"
        case ("quotes", _), ("mouse", _), ("osc52", _): return "\(entry.key) takes true or false"
        default: return "unknown setting '\(entry.key)' in [defaults]"
        }
        return nil
    }

    /// A saved search: `name = "query"`. The query's syntax is checked where the query language
    /// lives (the reader's start-up), which reports it against this line.
    private mutating func applySearch(_ entry: TOMLSubset.Entry) -> String? {
        guard case .string(let query) = entry.value else { return "a saved search takes a query in quotes, as \"council tag:follow-up\"" }
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { return "the saved search '\(entry.key)' has an empty query" }
        guard !savedSearches.contains(where: { $0.name == entry.key }) else { return "a second saved search called '\(entry.key)'" }
        savedSearches.append(SavedSearch(name: entry.key, query: query, line: entry.line))
        return nil
    }

    private mutating func applyTheme(_ entry: TOMLSubset.Entry) -> String? {
        guard let role = StyleRole.configNames[entry.key] else { return "unknown theme element '\(entry.key)'" }
        guard case .string(let spec) = entry.value else { return "a theme element takes a string such as \"bold blue\"" }
        switch Style.parse(spec) {
        case .success(let style):
            standardTheme.styles[role] = style
            // The monochrome theme only takes what it can show.
            monochromeTheme.styles[role] = Style(attributes: style.attributes.intersection([.bold, .underline, .reverse]))
            return nil
        case .failure(let problem):
            return problem.text
        }
    }

    private mutating func applyKeys(_ entry: TOMLSubset.Entry, context: KeyContext) -> String? {
        let names: [String]
        switch entry.value {
        case .string(let name): names = [name]
        case .strings(let list): names = list
        default: return "keys are given as a string or a list of strings"
        }
        var keys: [Key] = []
        for name in names {
            guard let key = Key(configName: name) else { return "unknown key name '\(name)'" }
            keys.append(key)
        }
        guard let action = Action.configNames[entry.key] else { return "unknown action '\(entry.key)'" }
        // The new keys leave whatever they were bound to in this context, then take the action.
        for index in keymap.bindings.indices where keymap.bindings[index].context == context {
            keymap.bindings[index].keys.removeAll { keys.contains($0) }
        }
        if let index = keymap.bindings.firstIndex(where: { $0.context == context && $0.action == action }) {
            keymap.bindings[index].keys = keys
        } else {
            let help = keymap.bindings.first { $0.action == action }?.help ?? entry.key
            keymap.bindings.append(KeyBinding(context, keys, action, help))
        }
        keymap.bindings.removeAll { $0.keys.isEmpty }
        return nil
    }
}

extension StyleRole {
    /// Roles by their config-file names: `find-match` for `findMatch`.
    static let configNames: [String: StyleRole] = Dictionary(uniqueKeysWithValues: allCases.map { role in
        (role.rawValue.reduce(into: "") { out, c in
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }, role)
    })
}

extension Action {
    /// Actions a key can be bound to, by their config-file names.
    static let configNames: [String: Action] = [
        "move-down": .moveDown, "move-up": .moveUp, "page-down": .pageDown, "page-up": .pageUp,
        "half-page-down": .halfPageDown, "half-page-up": .halfPageUp, "top": .top, "bottom": .bottom,
        "read-on": .readOn, "open": .open, "focus-left": .focusLeft, "focus-next": .focusNext,
        "focus-previous": .focusPrevious, "toggle-entities": .toggleEntities, "back": .back,
        "next-match": .nextMatch, "previous-match": .previousMatch, "show-quotes": .showQuotes,
        "toggle-quotes": .toggleQuoteHighlighting, "find": .startFind, "search": .startCorpusSearch,
        "toggle-read": .toggleRead, "toggle-star": .toggleStar, "cycle-filter": .cycleFilter,
        "help": .toggleHelp, "close": .closeOverlay, "close-or-quit": .closeOrQuit, "quit": .quit,
        "accept": .promptAccept, "cancel": .promptCancel, "complete": .promptEdit(.complete),
        "mark-all-read": .markAllRead, "tag": .tagArticle, "folders": .showFolders, "sections": .showFacets, "edit": .editArticle,
        "pipe": .pipeArticle, "open-url": .openURL, "copy": .copy, "export": .export,
        "yes": .answer(true), "no": .answer(false), "people": .showEntityDirectory, "entity-page": .showEntityPage,
        "cycle-sort": .cycleSort, "versions": .showVersions,
    ]
}

extension Key {
    /// Reads a key as the config file writes it: `j`, `G`, `Space`, `Enter`, `Tab`, `S-Tab`,
    /// `Esc`, `Backspace`, `Up`, `PgDn`, `C-d` (or `Ctrl-d`), `F1`.
    public init?(configName name: String) {
        switch name.lowercased() {
        case "space": self = .char(" ")
        case "enter", "return": self = .enter
        case "tab": self = .tab
        case "s-tab", "shift-tab", "backtab": self = .backTab
        case "esc", "escape": self = .escape
        case "backspace", "bs": self = .backspace
        case "delete", "del": self = .delete
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        default:
            if name.count == 1, let c = name.first { self = .char(c); return }
            for prefix in ["C-", "Ctrl-", "c-", "ctrl-"] where name.hasPrefix(prefix) && name.count == prefix.count + 1 {
                guard let c = name.last?.lowercased().first, c.isLetter, c.isASCII else { return nil }
                self = .control(c)
                return
            }
            if name.lowercased().hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) {
                self = .function(n)
                return
            }
            return nil
        }
    }
}

extension Style {
    /// Reads "bold blue", "black on yellow", "reverse", "default".
    static func parse(_ spec: String) -> Result<Style, TOMLSubset.Message> {
        var style = Style()
        var words = spec.lowercased().split(separator: " ").map(String.init)[...]
        while let word = words.popFirst() {
            switch word {
            case "bold": style.attributes.insert(.bold)
            case "dim": style.attributes.insert(.dim)
            case "underline": style.attributes.insert(.underline)
            case "reverse": style.attributes.insert(.reverse)
            case "italic": style.attributes.insert(.italic)
            case "default", "plain", "normal": break
            case "on":
                guard let name = words.popFirst(), let color = TerminalColor(name: name) else {
                    return .failure(TOMLSubset.Message(text: "'on' must be followed by a colour"))
                }
                style.background = color
            default:
                guard let color = TerminalColor(name: word) else {
                    return .failure(TOMLSubset.Message(text: "unknown colour or attribute '\(word)'"))
                }
                style.foreground = color
            }
        }
        return .success(style)
    }
}
