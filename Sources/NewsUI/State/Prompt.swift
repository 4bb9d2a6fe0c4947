/// A one-line editor at the bottom of the screen, for searches and filters.
///
/// Keys follow readline: `Ctrl-a`/`Ctrl-e` to the ends, `Ctrl-u` clears, `Ctrl-w` deletes a word,
/// `↑`/`↓` walk the history of earlier entries of the same purpose.
public struct Prompt: Sendable, Equatable {
    /// What the entered text is for.
    public enum Purpose: Sendable, Equatable, Hashable {
        /// `/` in the body: find in the open article, incrementally.
        case findInArticle
        /// `/` in the entity pane: filter the entities by name as you type.
        case filterEntities
        /// `s`: a ranked search of the whole corpus.
        case searchCorpus

        /// What the prompt shows before the text.
        public var label: String {
            switch self {
            case .findInArticle: return "/"
            case .filterEntities: return "filter: "
            case .searchCorpus: return "search: "
            }
        }
    }

    /// An edit the prompt applies to its text.
    public enum Edit: Sendable, Equatable {
        case insert(Character)
        case deleteBackward
        case deleteForward
        case left
        case right
        case home
        case end
        case clear
        case deleteWord
        case historyUp
        case historyDown
    }

    public var purpose: Purpose
    public var text: String
    /// Cursor position in characters.
    public var cursor: Int
    /// Earlier entries, oldest first.
    public var history: [String]
    /// Position in `history` while walking it; nil while editing new text.
    public var historyIndex: Int?
    /// The text being written before the history walk began, restored when walking back down.
    var draft = ""

    public init(purpose: Purpose, text: String = "", history: [String] = []) {
        self.purpose = purpose
        self.text = text
        self.cursor = text.count
        self.history = history
    }

    /// Applies one edit; returns whether the text changed.
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Bool {
        let before = text
        var chars = Array(text)
        switch edit {
        case .insert(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .deleteBackward:
            guard cursor > 0 else { return false }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < chars.count else { return false }
            chars.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = chars.count
        case .clear:
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteWord:
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .historyUp:
            guard !history.isEmpty else { return false }
            if historyIndex == nil { draft = text }
            let index = max(0, (historyIndex ?? history.count) - 1)
            historyIndex = index
            chars = Array(history[index])
            cursor = chars.count
        case .historyDown:
            guard let index = historyIndex else { return false }
            if index + 1 < history.count {
                historyIndex = index + 1
                chars = Array(history[index + 1])
            } else {
                historyIndex = nil
                chars = Array(draft)
            }
            cursor = chars.count
        }
        text = String(chars)
        return text != before
    }
}

/// Remembered prompt entries, per purpose, newest last, without repeats.
public struct PromptHistory: Sendable, Equatable {
    public var entries: [Prompt.Purpose: [String]] = [:]
    public static let limit = 100

    public init() {}

    public func entries(for purpose: Prompt.Purpose) -> [String] {
        entries[purpose] ?? []
    }

    public mutating func record(_ text: String, for purpose: Prompt.Purpose) {
        guard !text.isEmpty else { return }
        var list = entries[purpose] ?? []
        list.removeAll { $0 == text }
        list.append(text)
        if list.count > Self.limit { list.removeFirst(list.count - Self.limit) }
        entries[purpose] = list
    }
}
