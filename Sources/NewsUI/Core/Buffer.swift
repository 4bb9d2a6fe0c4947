/// One character cell of the screen.
public struct Cell: Sendable, Equatable, Hashable {
    /// The grapheme shown; a space for blank cells.
    public var character: Character
    public var style: Style
    /// True for the right half of a two-column character: the terminal draws nothing there.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// An off-screen grid of cells that views render into and the backend copies to the terminal.
///
/// Views never see the terminal: they write into a `Buffer`, which snapshot tests compare line by
/// line and the ncurses backend flushes. Writes are clipped to the buffer, and two-column
/// characters never straddle its right edge.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    private func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Sets one cell, keeping two-column characters whole.
    ///
    /// Returns the columns used (0 when the character does not fit before `limit`).
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let width = CharacterWidth.of(character)
        let edge = min(limit ?? size.width, size.width)
        guard width > 0, contains(x, y), x + width <= edge else { return 0 }
        clearPartner(x, y)
        cells[y * size.width + x] = Cell(character: character, style: style)
        if width == 2 {
            clearPartner(x + 1, y)
            cells[y * size.width + x + 1] = Cell(character: " ", style: style, isContinuation: true)
        }
        return width
    }

    /// Writes a string from (x, y) no further than `x + maxWidth`; returns the columns used.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        let limit = maxWidth.map { x + $0 } ?? size.width
        var column = x
        for character in text {
            let width = CharacterWidth.of(character)
            if width == 0 { continue }
            if column + width > limit { break }
            column += put(character, x: column, y: y, style: style, limit: limit)
        }
        return column - x
    }

    /// Fills a rectangle with one character (a space by default) in one style.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with character: Character = " ") {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                put(character, x: x, y: y, style: style)
            }
        }
    }

    /// Changes the style of existing cells (for selection bars drawn over text).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                cells[y * size.width + x].style = transform(cells[y * size.width + x].style)
            }
        }
    }

    /// When overwriting half of a two-column character, blank its other half.
    private mutating func clearPartner(_ x: Int, _ y: Int) {
        guard contains(x, y) else { return }
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(character: " ", style: cells[index - 1].style)
        } else if x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
    }

    /// The text of each row, continuation cells left out and trailing spaces trimmed.
    public func textLines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation {
                line.append(self[x, y].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
