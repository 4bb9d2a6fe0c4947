/// One grapheme placed on a wrapped line, with the role that styles it and where it came from.
public struct LaidOutCharacter: Sendable, Equatable, Hashable {
    public var character: Character
    public var width: Int
    public var role: StyleRole
    /// Unicode scalar offset of the character in the article text; nil for decorations.
    public var offset: Int?

    public init(character: Character, role: StyleRole, offset: Int?) {
        self.character = character
        self.width = CharacterWidth.of(character)
        self.role = role
        self.offset = offset
    }
}

/// A line of laid-out text, ready to draw left to right from its indent.
public struct WrappedLine: Sendable, Equatable, Hashable {
    public var indent: Int
    public var characters: [LaidOutCharacter]

    public init(indent: Int = 0, characters: [LaidOutCharacter] = []) {
        self.indent = indent
        self.characters = characters
    }

    public static let blank = WrappedLine()

    /// The range of article offsets this line shows, if it shows any article text.
    public var offsets: ClosedRange<Int>? {
        guard let first = characters.first(where: { $0.offset != nil })?.offset,
            let last = characters.last(where: { $0.offset != nil })?.offset
        else { return nil }
        return first...last
    }

    public var text: String { String(characters.map(\.character)) }
}

/// Greedy word wrapping by display width.
public enum TextWrapper {
    /// Wraps `characters` into lines of at most `width` columns (after `indent`).
    ///
    /// Lines break at spaces, which are dropped at the break; a word wider than the line is
    /// split by columns, never inside a two-column character.
    public static func wrap(_ characters: [LaidOutCharacter], width: Int, indent: Int = 0) -> [WrappedLine] {
        let room = max(1, width - indent)
        var lines: [WrappedLine] = []
        var line: [LaidOutCharacter] = []
        var lineWidth = 0
        var index = 0
        func flush() {
            while line.last?.character == " " { line.removeLast() }
            lines.append(WrappedLine(indent: indent, characters: line))
            line = []
            lineWidth = 0
        }
        while index < characters.count {
            if characters[index].character == " " {
                if lineWidth > 0, lineWidth < room {
                    line.append(characters[index])
                    lineWidth += 1
                }
                index += 1
                continue
            }
            var end = index
            var wordWidth = 0
            while end < characters.count, characters[end].character != " " {
                wordWidth += characters[end].width
                end += 1
            }
            if lineWidth + wordWidth > room, lineWidth > 0 {
                flush()
            }
            if wordWidth <= room {
                line += characters[index..<end]
                lineWidth += wordWidth
            } else {
                for character in characters[index..<end] {
                    if lineWidth + character.width > room { flush() }
                    line.append(character)
                    lineWidth += character.width
                }
            }
            index = end
        }
        if !line.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// Wraps plain text in one role, with no article offsets.
    public static func wrap(_ text: String, role: StyleRole, width: Int, indent: Int = 0) -> [WrappedLine] {
        wrap(text.map { LaidOutCharacter(character: $0, role: role, offset: nil) }, width: width, indent: indent)
    }
}
