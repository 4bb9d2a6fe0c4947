import NewsCore

/// An article laid out for a pane of a given width: the lines the body view scrolls through.
public struct BodyLayout: Sendable, Equatable {
    public var width: Int
    public var lines: [WrappedLine]

    /// The widest text column the body uses, however wide the pane: long lines are hard to read.
    public static let maximumMeasure = 100

    /// A role drawn over part of the text (a mention, a quotation, a search match).
    public struct Overlay: Sendable, Equatable, Hashable {
        public var range: Range<Int>
        public var role: StyleRole

        public init(range: Range<Int>, role: StyleRole) {
            self.range = range
            self.role = role
        }
    }

    public init(width: Int, lines: [WrappedLine]) {
        self.width = width
        self.lines = lines
    }

    /// Lays out `article` in `width` columns, styling `quotes` and closing each paragraph that
    /// holds attributed quotations with a line naming their speakers.
    public init(article: Article, width: Int, quotes: [Quote] = [], speakers: QuoteSpeakers? = nil) {
        self.width = width
        let measure = min(width, Self.maximumMeasure)
        var lines: [WrappedLine] = []
        let scalars = Array(article.text.unicodeScalars)
        var roleAt: [Int: StyleRole] = [:]
        for quote in quotes {
            // The marks belong to the quotation on screen, though its span leaves them out.
            var range = quote.range
            if range.lowerBound > 0, Self.isQuoteMark(scalars[range.lowerBound - 1]) { range = (range.lowerBound - 1)..<range.upperBound }
            if range.upperBound < scalars.count, Self.isQuoteMark(scalars[range.upperBound]) { range = range.lowerBound..<(range.upperBound + 1) }
            let role: StyleRole = switch quote.kind {
            case .direct: .quote
            case .partial: .quotePartial
            case .term: .quoteTerm
            }
            for offset in range where offset >= 0 && offset < scalars.count {
                roleAt[offset] = role
            }
        }

        func characters(_ range: Range<Int>, role: StyleRole) -> [LaidOutCharacter] {
            var out: [LaidOutCharacter] = []
            let text = String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
            var offset = range.lowerBound
            for character in text {
                out.append(LaidOutCharacter(character: character, role: roleAt[offset] ?? role, offset: offset))
                offset += character.unicodeScalars.count
            }
            return out
        }

        for (index, block) in article.blocks.enumerated() {
            // Items of one list sit on consecutive lines; every other block stands apart.
            if index > 0, !(block.kind == .listItem && article.blocks[index - 1].kind == .listItem) { lines.append(.blank) }
            switch block.kind {
            case .headline:
                lines += TextWrapper.wrap(characters(block.range, role: .headline), width: measure)
                let meta = Self.metaLine(article)
                if !meta.isEmpty {
                    lines += TextWrapper.wrap(meta, role: .meta, width: measure)
                }
                // Where the article came from, for a saved page or a feed item (`o` opens it).
                if let url = article.url, !url.isEmpty {
                    lines += TextWrapper.wrap(url.terminalSafe, role: .meta, width: measure)
                }
            case .standfirst:
                lines += TextWrapper.wrap(characters(block.range, role: .standfirst), width: measure)
            case .caption:
                var chars = characters(block.range, role: .caption)
                if let credit = article.credit, let at = Self.creditStart(in: chars, credit: credit) {
                    for i in at..<chars.count where chars[i].role == .caption { chars[i].role = .credit }
                }
                let marker = LaidOutCharacter(character: "▎", role: .caption, offset: nil)
                lines += TextWrapper.wrap(chars, width: measure, indent: 2).map { line in
                    var line = line
                    line.indent = 0
                    line.characters = [marker, LaidOutCharacter(character: " ", role: .caption, offset: nil)] + line.characters
                    return line
                }
            case .subheading:
                lines += TextWrapper.wrap(characters(block.range, role: .subheading), width: measure)
            case .paragraph:
                lines += TextWrapper.wrap(characters(block.range, role: .paragraph), width: measure)
            case .blockquote:
                // Set in from the left, as a page sets a quoted passage.
                lines += TextWrapper.wrap(characters(block.range, role: .paragraph), width: measure, indent: 4)
            case .listItem:
                // A bullet, and the item's further lines hang under its first word.
                let wrapped = TextWrapper.wrap(characters(block.range, role: .paragraph), width: measure, indent: 2)
                for (n, line) in wrapped.enumerated() {
                    var line = line
                    if n == 0 {
                        line.indent = 0
                        line.characters = [LaidOutCharacter(character: "•", role: .paragraph, offset: nil),
                                           LaidOutCharacter(character: " ", role: .paragraph, offset: nil)] + line.characters
                    }
                    lines.append(line)
                }
            }
            if let tag = speakers?.tag(for: block.range) {
                // Right-aligned under the paragraph, where the eye lands after the quotation.
                let text = Truncate.toWidth("— " + tag, measure)
                var line = WrappedLine(indent: max(0, measure - CharacterWidth.of(text)))
                line.characters = text.map { LaidOutCharacter(character: $0, role: .quoteSpeaker, offset: nil) }
                lines.append(line)
            }
        }
        self.lines = lines
    }

    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        "\"“”‘’'«»„".unicodeScalars.contains(scalar)
    }

    /// A date as a reader wants it: a feed's or wire item's timestamp
    /// (`2025-12-09T17:30:00+00:00`) as its day and time (`2025-12-09 17:30`), a day as it is.
    static func shownDate(_ date: String) -> String {
        let scalars = Array(date.unicodeScalars)
        guard scalars.count >= 16, scalars[10] == "T", scalars[13] == ":",
            [11, 12, 14, 15].allSatisfy({ ("0"..."9").contains(scalars[$0]) })
        else { return date }
        return String(String.UnicodeScalarView(scalars[0..<10])) + " " + String(String.UnicodeScalarView(scalars[11..<16]))
    }

    /// "2026-03-14 · Harbour Times · Ana Ribeiro · Coastal Press Agency"
    static func metaLine(_ article: Article) -> String {
        var parts: [String] = []
        if let date = article.date { parts.append(shownDate(date)) }
        func meta(_ key: String) -> String? { article.meta.first(where: { $0.key.lowercased() == key })?.value }
        for value in [article.source ?? meta("source"), article.author ?? meta("author"), meta("byline")] {
            if let value, !value.isEmpty, !parts.contains(value) { parts.append(value) }
        }
        if let agency = article.agency { parts.append(agency) }
        return parts.joined(separator: " · ")
    }

    /// Where the credit cue ("Photograph: …") starts in a caption's characters.
    static func creditStart(in chars: [LaidOutCharacter], credit: String) -> Int? {
        let text = String(chars.map(\.character))
        guard let creditRange = text.range(of: credit, options: .backwards) else { return nil }
        var start = text[..<creditRange.lowerBound]
        // Include the cue word ("Photograph:") before the credit itself.
        if let space = start.dropLast().lastIndex(of: " ") {
            let cue = start[start.index(after: space)...]
            if cue.hasSuffix(": ") { start = start[..<start.index(after: space)] }
        } else if start.hasSuffix(": ") {
            start = start[start.startIndex..<start.startIndex]
        }
        return text.distance(from: text.startIndex, to: start.endIndex)
    }

    /// The first line showing the given article offset.
    public func line(containing offset: Int) -> Int? {
        lines.firstIndex { line in line.offsets.map { $0.contains(offset) } ?? false }
            ?? lines.firstIndex { line in line.offsets.map { $0.lowerBound > offset } ?? false }
    }

    /// The first article offset shown from line `top` down: what a body scrolled to `top` shows
    /// first, the anchor that keeps it in place across a re-wrap and where `n` starts looking.
    /// Nil when `top` is past the end or only blank and decorative lines follow it.
    public func firstOffset(from top: Int) -> Int? {
        guard lines.indices.contains(top) else { return nil }
        return lines[top...].lazy.compactMap(\.offsets).first?.lowerBound
    }
}
