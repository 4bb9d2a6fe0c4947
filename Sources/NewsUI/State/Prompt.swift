/// A one-line editor at the bottom of the screen, for searches, filters, commands, file names
/// and tags.
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
        /// `/` in a trail view: keep the lines whose headline or text holds the words.
        case filterTrail
        /// `/` in the people view: keep the entities whose names hold the words, as you type.
        case filterDirectory
        /// `/` in the folder list or the picker: keep the rows whose name holds the words.
        case filterFolders
        /// `s`: a ranked search of the whole corpus.
        case searchCorpus
        /// `|`: a shell command that reads the article on its standard input.
        case pipe
        /// `w`: the file a list or trail is written to.
        case export
        /// `t`: the article's tags, comma- or space-separated; Tab completes a tag in use.
        case tags

        /// What the prompt shows before the text.
        public var label: String {
            switch self {
            case .findInArticle: return "/"
            case .filterEntities, .filterTrail, .filterDirectory, .filterFolders: return "filter: "
            case .searchCorpus: return "search: "
            case .pipe: return "pipe to: "
            case .export: return "export to: "
            case .tags: return "tags: "
            }
        }
    }

    /// An edit the prompt applies to its text.
    public enum Edit: Sendable, Equatable {
        case insert(Character)
        /// Pasted text, put in at the cursor as it is (the caller has made it one line).
        case insertText(String)
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
        /// Completes the word before the cursor from `completions`.
        case complete
    }

    public var purpose: Purpose
    /// The text as characters: edits at the cursor, where typing and pasting happen, then cost
    /// what they change, not the length of the text (a 10 KB paste typed in one key at a time
    /// used to rebuild the whole string for each key).
    public private(set) var characters: [Character]
    /// The text being edited.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = min(cursor, characters.count)
        }
    }
    /// Cursor position in characters.
    public var cursor: Int
    /// Earlier entries, oldest first.
    public var history: [String]
    /// Position in `history` while walking it; nil while editing new text.
    public var historyIndex: Int?
    /// The text being written before the history walk began, restored when walking back down.
    var draft = ""
    /// The article the prompt's text is for (the one `t` tags).
    public var articleID: Int64?
    /// Words Tab completes to (the tags in use).
    public var completions: [String] = []
    /// A note shown at the prompt's right end (the candidates Tab could not choose between).
    public var hint: String?

    /// The most a prompt holds, in characters: a query or a filter never needs more, and a
    /// runaway paste must not make every later key slow.
    public static let maximumLength = 65_536

    public init(purpose: Purpose, text: String = "", history: [String] = []) {
        self.purpose = purpose
        self.characters = Array(text.prefix(Self.maximumLength))
        self.cursor = characters.count
        self.history = history
    }

    /// Applies one edit; returns whether the text changed.
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Bool {
        switch edit {
        case .insert(let c):
            guard characters.count < Self.maximumLength else { return false }
            characters.insert(c, at: cursor)
            cursor += 1
            return true
        case .insertText(let pasted):
            let room = Self.maximumLength - characters.count
            let added = Array(pasted.prefix(room))
            guard !added.isEmpty else { return false }
            characters.insert(contentsOf: added, at: cursor)
            cursor += added.count
            return true
        case .deleteBackward:
            guard cursor > 0 else { return false }
            characters.remove(at: cursor - 1)
            cursor -= 1
            return true
        case .deleteForward:
            guard cursor < characters.count else { return false }
            characters.remove(at: cursor)
            return true
        case .left:
            cursor = max(0, cursor - 1)
            return false
        case .right:
            cursor = min(characters.count, cursor + 1)
            return false
        case .home:
            cursor = 0
            return false
        case .end:
            cursor = characters.count
            return false
        case .clear:
            guard cursor > 0 else { return false }
            characters.removeSubrange(0..<cursor)
            cursor = 0
            return true
        case .deleteWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            guard start < cursor else { return false }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return true
        case .historyUp:
            guard !history.isEmpty else { return false }
            if historyIndex == nil { draft = text }
            let index = max(0, (historyIndex ?? history.count) - 1)
            historyIndex = index
            return replace(with: history[index])
        case .historyDown:
            guard let index = historyIndex else { return false }
            if index + 1 < history.count {
                historyIndex = index + 1
                return replace(with: history[index + 1])
            }
            historyIndex = nil
            return replace(with: draft)
        case .complete:
            return complete()
        }
    }

    /// Completes the word before the cursor (words end at spaces and commas) to the one
    /// completion it starts, followed by a space; with several, as far as they agree, the
    /// candidates named in `hint`. Words already in the text are not offered again.
    private mutating func complete() -> Bool {
        guard purpose == .tags else { return false }
        var start = cursor
        while start > 0, characters[start - 1] != " ", characters[start - 1] != "," { start -= 1 }
        let word = String(characters[start..<cursor]).lowercased()
        let typed = Set(String(characters).split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() })
        let candidates = completions.filter { $0.lowercased().hasPrefix(word) && !typed.subtracting([word]).contains($0.lowercased()) }
        guard !candidates.isEmpty else {
            hint = completions.isEmpty ? "no tags yet" : "no tag starts “\(word)”"
            return false
        }
        var completion: [Character]
        if candidates.count == 1 {
            completion = Array(candidates[0]) + [" "]
            hint = nil
        } else {
            completion = Array(candidates[0])
            for candidate in candidates.dropFirst() {
                completion = Array(zip(completion, candidate).prefix { $0.0 == $0.1 }.map(\.0))
            }
            hint = candidates.joined(separator: " ")
        }
        guard completion.count >= cursor - start, Array(completion) != Array(characters[start..<cursor]) else { return false }
        characters.replaceSubrange(start..<cursor, with: completion)
        cursor = start + completion.count
        return true
    }

    /// Replaces the whole text (from the history), cursor at its end.
    private mutating func replace(with entry: String) -> Bool {
        let new = Array(entry.prefix(Self.maximumLength))
        let changed = new != characters
        characters = new
        cursor = characters.count
        return changed
    }

    /// Pasted text as one line of a prompt: line breaks and tabs become spaces, and control
    /// characters (an Esc in the paste among them) are dropped, so nothing pasted acts as a key.
    public static func pastable(_ pasted: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in pasted.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: out.append(scalar)
            }
        }
        return String(out)
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
