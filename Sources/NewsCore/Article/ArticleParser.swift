import Foundation

/// Reads one article file (plain text or Markdown) into an `Article`.
///
/// The layout rules are those of the article-format design note: the first non-empty line is the
/// headline, a short first paragraph is the standfirst, a paragraph ending in a photo credit is a
/// caption, a short unpunctuated line between paragraphs is a subheading, and a wire agency may
/// close the story. Nothing is mandatory beyond one line of text.
public enum ArticleParser {
    /// Why a file is not an article.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case binary
        case empty
        /// A path names an item (`feed.xml#id`) its file does not hold.
        case noSuchItem(String)
        /// A file of several articles was named without one of them.
        case several(ids: [String])

        public var description: String {
            switch self {
            case .binary: return TextDecoding.Failure.binary.description
            case .empty: return "holds no text; skipped"
            case .noSuchItem(let id): return "holds no item “\(id.terminalSafeName)”"
            case .several(let ids):
                let shown = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
                return "holds \(ids.count) articles; name one as PATH#ID (ids: \(shown))"
            }
        }
    }

    /// Parses a file's bytes. `path` and the bytes decide the format (`.md` is Markdown; `.html`,
    /// `.htm` and any file that opens as a web page go to `HTMLReader`); `path` is kept in the article.
    /// A path `file#id` names one item of a feed or JSON Lines file (`ArticleItems`), and
    /// such a file named without an item throws `.several`.
    public static func parse(_ data: Data, path: String) throws(Failure) -> Article {
        if ArticlePath.split(path) != nil {
            return try ArticleItems.article(data, path: path)
        }
        let format = ArticleFormat(path: path, data: data)
        switch format {
        case .html: return try HTMLReader.read(data, path: path)
        case .newsML: return try NewsMLReader.read(data, path: path)
        case .nitf: return try NITFReader.read(data, path: path)
        case .rss, .atom, .jsonFeed, .jsonLines: throw .several(ids: try ArticleItems.read(data, path: path, format: format).map(\.id))
        case .plainText, .markdown: break
        }
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(data)
        } catch {
            throw .binary
        }
        return try parse(text: decoded.text, path: path, format: format, warnings: decoded.warnings)
    }

    /// Parses already-decoded text.
    public static func parse(
        text raw: String, path: String, format: ArticleFormat = .plainText, warnings: [String] = []
    ) throws(Failure) -> Article {
        var warnings = warnings
        let cleaned = TextSanitizer.clean(raw)
        if cleaned.removedControls > 0 {
            let n = cleaned.removedControls
            warnings.append("removed \(n) control character\(n == 1 ? "" : "s") or escape sequence\(n == 1 ? "" : "s")")
        }
        let lines = Self.lines(cleaned.text)

        var body = lines[...]
        var matter = FrontMatter()
        switch FrontMatter.split(lines) {
        case .found(let found, let rest):
            matter = found
            body = rest
            warnings += found.warnings
        case .unclosed:
            warnings.append("front matter opened with --- but never closed; read as text")
        case .absent:
            break
        }

        var units = format == .markdown ? Unit.markdown(body) : Unit.plain(body)
        var layout = Layout()
        layout.title = matter.value("title")

        // The headline slot: the first line of text (or a Markdown `#` heading).
        if let first = units.first {
            let headline: String?
            switch first {
            case .heading(let level, let text) where level == 1:
                let (head, rest) = Self.splitHeadline(text)
                headline = head
                units.removeFirst()
                if let rest { units.insert(.paragraph([rest]), at: 0) }
            case .paragraph(var lines) where !lines.isEmpty:
                let firstLine = lines.removeFirst()
                if layout.title != nil, !Unit.looksLikeHeadline(firstLine, restOfParagraph: lines) {
                    headline = nil
                } else {
                    let (head, rest) = Self.splitHeadline(firstLine)
                    headline = head
                    if let rest { lines.insert(rest, at: 0) }
                    units[0] = .paragraph(lines)
                    if lines.isEmpty { units.removeFirst() }
                }
            default:
                headline = nil
            }
            if layout.title == nil { layout.title = headline }
        }
        guard let title = layout.title, !title.isEmpty else { throw .empty }

        var article = layout.assemble(title: title, units: units, format: format)
        article.path = path
        article.date = Self.fileNameDate(path)
        if let written = matter.value("date") {
            if let impossible = Self.impossibleDay(written) {
                // `2026-02-30` was shown as "Feb 30": said once, and read as if no date was written.
                let fallback = article.date.map { "the file name's \($0) is used" } ?? "the article is undated"
                warnings.append("date “\(impossible)” is not a day of the calendar; \(fallback)")
            } else {
                article.date = written
            }
        }
        if let v = matter.value("standfirst") { article.standfirst = v }
        if let v = matter.value("agency") { article.agency = v }
        if let v = matter.value("credit") { article.credit = v }
        // These stay in `meta` as well, where scripts reading `byline show --json` found them first.
        article.author = matter.value("author")
        article.source = matter.value("source")
        article.url = matter.value("url")
        article.meta = matter.entries.filter { !Self.claimedKeys.contains($0.key.lowercased()) }
        article.warnings = warnings
        return article
    }
}

extension ArticleParser {
    /// Whether the UTF-8 of `text` holds " – ", " - " or " — ": false rules out every dash
    /// the closing agency line looks for.
    static func mayHoldSpacedDash(_ text: String) -> Bool {
        text.withContiguousUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0x20 {
                    if b[i + 1] == 0x2D, b[i + 2] == 0x20 { return true }
                    // U+2013 and U+2014: E2 80 93, E2 80 94.
                    if i + 4 < b.count, b[i + 1] == 0xE2, b[i + 2] == 0x80, b[i + 3] == 0x93 || b[i + 3] == 0x94, b[i + 4] == 0x20 {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether the last 48 `Character`s of `text` (the tail `trailingAgency` searches) may hold
    /// " – ", " - " or " — ". When the last 49 bytes are ASCII without a carriage return, each is
    /// a `Character` of its own, so the tail is the last 48 bytes and is read as bytes: a spaced
    /// hyphen anywhere in a paragraph, most often not at its end, no longer sends the tail to
    /// be walked by `Character` (some 45,000 instructions). Otherwise `mayHoldSpacedDash`.
    static func tailMayHoldSpacedDash(_ text: String) -> Bool {
        let decided = text.withContiguousUTF8 { b -> Bool? in
            let n = b.count
            for k in max(0, n - 49)..<n where b[k] >= 0x80 || b[k] == 0x0D { return nil }
            var i = max(0, n - 48)
            while i + 2 < n {
                if b[i] == 0x20, b[i + 1] == 0x2D, b[i + 2] == 0x20 { return true }
                i += 1
            }
            return false
        }
        return decided ?? mayHoldSpacedDash(text)
    }

    /// The lines of `text` (split at each LF, empty lines kept): what
    /// `text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)` gives, as substrings.
    ///
    /// Split on the byte: splitting by Character would run grapheme breaking over every line.
    /// The newlines are found in the UTF-8 bytes through a pointer, and each line is cut from
    /// the string by byte offset (the generic `split` over the UTF-8 view, index by index, cost
    /// about 40 instructions a byte, a fifth of all parsing).
    static func lines(_ text: String) -> [Substring] {
        let breaks = text.withContiguousUTF8 { bytes -> [Int] in
            var found: [Int] = []
            guard let base = bytes.baseAddress else { return found }
            // (By `memchr`, line to line: the byte loop cost some four instructions a byte.)
            var k = 0
            while k < bytes.count, let hit = memchr(base + k, 0x0A, bytes.count - k) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                found.append(at)
                k = at + 1
            }
            return found
        }
        let utf8 = text.utf8
        var out: [Substring] = []
        out.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for k in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: k)
            out.append(Substring(utf8[start..<end]))
            start = utf8.index(after: end)
        }
        out.append(Substring(utf8[start...]))
        return out
    }

    /// The front-matter keys the article's own fields take, in lower case; the others stay in
    /// `meta`. (Built once: a set literal in `parse` was built again for every article.)
    static let claimedKeys: Set<String> = ["title", "date", "standfirst", "agency", "credit"]

    /// The longest headline, in Unicode scalars; real ones stay under about 150.
    public static let maximumHeadlineLength = 250

    /// A first line too long to be a headline (a whole story on one line, a data dump) gives
    /// the headline only its first sentence, or its first words up to `maximumHeadlineLength`;
    /// the rest of the line opens the body. Nothing is dropped and nothing is added.
    static func splitHeadline(_ line: String) -> (headline: String, rest: String?) {
        let scalars = line.unicodeScalars
        guard line.utf8.count > maximumHeadlineLength, scalars.count > maximumHeadlineLength else { return (line, nil) }
        let window = Array(scalars.prefix(maximumHeadlineLength + 1))
        var cut: Int? = nil
        // The end of the first sentence (of 20 characters or more) in the window, else its last
        // space, else a hard cut.
        for i in 20..<(window.count - 1) where window[i + 1] == " " && (window[i] == "." || window[i] == "?" || window[i] == "!") {
            cut = i + 1
            break
        }
        if cut == nil, let space = window.lastIndex(of: " "), space > 0 { cut = space }
        let end = cut ?? maximumHeadlineLength
        let headline = String(String.UnicodeScalarView(window[..<end]))
        var rest = scalars.dropFirst(end)
        while rest.first == " " { rest = rest.dropFirst() }
        return (headline, rest.isEmpty ? nil : String(Substring(rest)))
    }

    /// Splits "Caption text. Photograph: Agency/Name" into caption and credit, when the text
    /// ends in a credit.
    static func splitCredit(_ text: String) -> (caption: String, credit: String)? {
        Layout.splitCredit(text)
    }

    /// The `YYYY-MM-DD` a file name starts with (`2026-03-14-port-strike.txt`), if any.
    public static func fileNameDate(_ path: String) -> String? {
        if let name = asciiFileName(path) { return isoDay(name) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return isoDay(name)
    }

    /// `path.split(separator: "/").last ?? path` of a plain-ASCII path, cut at its bytes (each
    /// "/" byte is then a `Character` of its own; splitting by `Character` walked grapheme
    /// boundaries over the whole path, for every article); nil for any other path.
    static func asciiFileName(_ path: String) -> String? {
        path.withContiguousUTF8 { b -> String? in
            for byte in b where byte >= 0x80 { return nil }
            var end = b.count
            while end > 0, b[end - 1] == 0x2F { end -= 1 }
            // No part between the slashes: `split` gives none, and the path is its own name.
            guard end > 0 else { return path }
            var start = end
            while start > 0, b[start - 1] != 0x2F { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        }
    }

    /// The `YYYY-MM-DD` a string starts with, if it starts with one that is a day of the
    /// calendar (`2026-02-30` is not).
    public static func isoDay(_ text: String) -> String? {
        guard let (day, valid) = isoPattern(text), valid else { return nil }
        return day
    }

    /// The `YYYY-MM-DD` a string starts with when it has that shape but names no day of the
    /// calendar: a month past 12, a day past the month's end (`2026-02-30`, `2025-02-29`).
    public static func impossibleDay(_ text: String) -> String? {
        guard let (day, valid) = isoPattern(text), !valid else { return nil }
        return day
    }

    /// The `YYYY-MM-DD` shape at the start of `text`, and whether it is a real day.
    private static func isoPattern(_ text: String) -> (String, Bool)? {
        let prefix = Array(text.utf8.prefix(10))
        guard prefix.count == 10, prefix[4] == UInt8(ascii: "-"), prefix[7] == UInt8(ascii: "-") else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(prefix[$0]) }) else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(prefix[$1] - UInt8(ascii: "0")) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let valid = (1...12).contains(month) && day >= 1 && day <= lengths[month - 1]
        return (String(decoding: prefix, as: UTF8.self), valid)
    }
}

// MARK: - Units

/// A run of source lines that becomes at most one block.
private enum Unit: Equatable {
    /// Lines of one paragraph, trimmed, soft wraps not yet joined.
    case paragraph([String])
    case heading(level: Int, text: String)
    /// A stretch of Markdown whose lines stay apart (list items, code).
    case verbatim(String)

    static func plain(_ lines: ArraySlice<Substring>) -> [Unit] {
        var units: [Unit] = []
        var current: [String] = []
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                if !current.isEmpty { units.append(.paragraph(current)) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { units.append(.paragraph(current)) }
        return units
    }

    static func markdown(_ lines: ArraySlice<Substring>) -> [Unit] {
        var units: [Unit] = []
        var current: [String] = []
        var fence: [String]? = nil
        func flush() {
            if !current.isEmpty { units.append(.paragraph(current.map(MarkdownInline.strip))) }
            current = []
        }
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if var code = fence {
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    if !code.isEmpty { units.append(.verbatim(code.joined(separator: "\n"))) }
                    fence = nil
                } else if !trimmed.isEmpty {
                    code.append(trimmed)
                    fence = code
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence = []
                continue
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            if let heading = atxHeading(trimmed) {
                flush()
                units.append(heading)
                continue
            }
            if isRule(trimmed) {
                flush()
                continue
            }
            if let item = listItem(trimmed) {
                flush()
                units.append(.verbatim("• " + MarkdownInline.strip(item)))
                continue
            }
            var text = trimmed
            while text.hasPrefix(">") {
                text = String(text.dropFirst()).trimmingSpaces()
            }
            if !text.isEmpty { current.append(text) }
        }
        flush()
        if let code = fence, !code.isEmpty { units.append(.verbatim(code.joined(separator: "\n"))) }
        return units
    }

    private static func atxHeading(_ line: String) -> Unit? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        while text.hasSuffix("#") { text = String(text.dropLast()) }
        text = MarkdownInline.strip(text.trimmingSpaces())
        return text.isEmpty ? nil : .heading(level: hashes, text: text)
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let c = compact.first, "-*_".contains(c) else { return false }
        return compact.allSatisfy { $0 == c }
    }

    private static func listItem(_ line: String) -> String? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
            return String(line.dropFirst(2)).trimmingSpaces()
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                return String(digits) + ". " + String(rest.dropFirst(2)).trimmingSpaces()
            }
        }
        return nil
    }

    /// Whether the first line of a file with a front-matter title is itself a headline the
    /// title replaces, rather than the start of the body.
    static func looksLikeHeadline(_ line: String, restOfParagraph: [String]) -> Bool {
        restOfParagraph.isEmpty && line.count <= 150 && !Layout.endsSentence(line)
    }
}

// MARK: - Layout

/// A body unit on its way to becoming a block; `kind` is nil until a classifier decides it.
private struct BodyUnit {
    var text: String
    var lineCount: Int
    var kind: BlockKind? = nil
}

/// Decides each unit's block kind and joins them into the article text.
private struct Layout {
    var title: String?

    static let dashes: Set<Character> = ["-", "–", "—"]

    func assemble(title: String, units: [Unit], format: ArticleFormat) -> Article {
        var pieces: [(BlockKind, String)] = [(.headline, title)]
        var agency: String? = nil
        var caption: String? = nil
        var credit: String? = nil
        var standfirst: String? = nil

        var body: [BodyUnit] = units.flatMap { unit -> [BodyUnit] in
            switch unit {
            case .paragraph(let lines):
                // The rows of a table written one to a line stay rows, not one run-on paragraph.
                if lines.count >= 2, lines.allSatisfy(Self.isTableRow) {
                    return lines.map { BodyUnit(text: $0, lineCount: 1, kind: .listItem) }
                }
                // (A paragraph of one line, most of them, is that line: no join to copy it.)
                return lines.isEmpty ? [] : [BodyUnit(text: lines.count == 1 ? lines[0] : lines.joined(separator: " "), lineCount: lines.count)]
            case .heading(_, let text):
                return [BodyUnit(text: text, lineCount: 1, kind: .subheading)]
            case .verbatim(let text):
                return [BodyUnit(text: text, lineCount: 1, kind: .paragraph)]
            }
        }

        // A wire agency closing the story, alone or after a dash.
        if let last = body.indices.last, body[last].kind == nil {
            if last > 0, let name = Self.standaloneAgency(body[last].text) {
                agency = name
                body.removeLast()
            } else if let (rest, name) = Self.trailingAgency(body[last].text) {
                agency = name
                body[last].text = rest
            }
        }
        if agency == nil {
            // A dateline opens the story proper, which may come after a standfirst and a caption.
            agency = body.prefix(4).lazy.filter { $0.kind == nil }.compactMap { Self.datelineAgency($0.text) }.first
        }

        for index in body.indices where body[index].kind == nil {
            let text = body[index].text
            if let (captionText, creditText) = Self.splitCredit(text) {
                body[index].kind = .caption
                if caption == nil {
                    caption = captionText
                    credit = creditText
                }
            } else if index == 0, body.count > 1, Self.isStandfirst(text) {
                body[index].kind = .standfirst
                standfirst = text
            } else if index > 0, body[index].lineCount == 1, Self.isTableRow(text) {
                // A results row ("3. Ana Ruiz (Spain) 18.63", "Surrey 320-5") is neither a
                // heading nor a sentence: set as a list item, its names read as running text.
                body[index].kind = .listItem
            } else if index > 0, index + 1 < body.count, body[index].lineCount == 1, Self.isSubheading(text),
                body[index + 1].kind == nil || body[index + 1].kind == .paragraph
            {
                body[index].kind = .subheading
            } else {
                body[index].kind = .paragraph
            }
        }
        for piece in body where !piece.text.isEmpty {
            pieces.append((piece.kind ?? .paragraph, piece.text))
        }

        let assembled = ArticleAssembly.article(pieces)
        return Article(
            path: "", format: format, title: title, standfirst: standfirst, caption: caption,
            credit: credit, agency: agency, text: assembled.text, blocks: assembled.blocks
        )
    }

    // MARK: Classifiers

    /// Splits "Caption text. Photograph: Agency/Name" into caption and credit.
    static func splitCredit(_ text: String) -> (String, String)? {
        // A credit is at most a hundred characters, so its cue sits near the end; searching only
        // there keeps long paragraphs cheap.
        // (Most paragraphs have no colon at all: the byte scan settles them without walking
        // back 130 `Character`s.)
        guard text.utf8Contains(UInt8(ascii: ":")) else { return nil }
        let tail = text.suffix(130)
        guard tail.utf8.contains(UInt8(ascii: ":")) else { return nil }
        var best: Range<String.Index>? = nil
        let characters = CharacterTail(tail)
        for cue in PhotoCredits.cues {
            if let r = characters.lastRange(of: cue), best.map({ r.lowerBound > $0.lowerBound }) ?? true {
                best = r
            }
        }
        guard let cue = best else { return nil }
        var credit = text[cue.upperBound...].trimmingSpaces()
        var captionPart = text[..<cue.lowerBound].trimmingSpaces()
        if credit.hasSuffix(")"), captionPart.hasSuffix("(") {
            credit.removeLast()
            captionPart.removeLast()
            captionPart = captionPart.trimmingSpaces()
        }
        if credit.hasSuffix(".") { credit.removeLast() }
        credit = credit.trimmingSpaces()
        // A credit is a name or two, not a sentence.
        guard !credit.isEmpty, credit.count <= 100, !credit.contains(". ") else { return nil }
        return (captionPart, credit)
    }

    /// `set.contains(c)` for a set of `Character`s of one scalar each, answered for a `Character`
    /// of one byte by that byte (comparing `Character`s with the curly ones in the sets cost
    /// some thousand instructions for every paragraph).
    static func isOneOf(_ c: Character, _ set: String) -> Bool {
        if c.utf8.count == 1, let byte = c.utf8.first { return set.utf8Contains(byte) }
        return set.contains(c)
    }

    static func isStandfirst(_ text: String) -> Bool {
        guard text.utf8.count <= 1300, EntityNames.characterCount(text) <= 320, let first = text.first, !isOneOf(first, "\"“‘'«„")
        else { return false }
        return sentenceCount(text) <= 2
    }

    static func isSubheading(_ text: String) -> Bool {
        guard text.utf8.count <= 240, EntityNames.characterCount(text) <= 60, let first = text.first, first.isUppercase || first.isNumber else { return false }
        guard let last = text.last, !isOneOf(last, ".,;:!?…\"”’'»)–—-") else { return false }
        return text.splitAtSpaces().count <= 10
    }

    /// Whether a line is a row of a results table or a ranked list: no sentence's end, and it
    /// opens with a rank ("3. Ana Ruiz (Spain)", "1= Ana Ruiz", "12 Ana Ruiz") or closes on a
    /// figure ("Ana Ruiz c Lee b Moss 44", "Tarrow 320-5", "4:09.25"), unless that figure is a
    /// year or a date ("Euro 2028", "TARROW 2026-03-14": a heading, a dateline).
    static func isTableRow(_ text: String) -> Bool {
        guard text.utf8.count <= 400, EntityNames.characterCount(text) <= 150, let last = text.last, !isOneOf(last, ".!?…,;:\"”’'»–—") else { return false }
        let words = text.splitAtSpaces()
        guard let first = words.first, let final = words.last else { return false }
        // A rank: one to three digits, alone or with ".", "=" or ")", before the row's words.
        let digits = first.prefix { $0.isASCII && $0.isNumber }
        if words.count >= 2, (1...3).contains(digits.count), first.dropFirst(digits.count).allSatisfy({ ".=)".contains($0) }),
            first.count - digits.count <= 1
        {
            return true
        }
        // A figure: digits, perhaps with the marks of scores, times, decimals and thousands.
        guard final.contains(where: { $0.isASCII && $0.isNumber }), final.allSatisfy({ ($0.isASCII && $0.isNumber) || ".,:/-=+".contains($0) }),
            final.first.map({ $0.isNumber || $0 == "." }) ?? false
        else { return false }
        let year = final.count == 4 && final.allSatisfy(\.isNumber) && (final.hasPrefix("19") || final.hasPrefix("20"))
        let date = final.count == 10 && final.filter { $0 == "-" }.count == 2 && final.split(separator: "-").first?.count == 4
        return !year && !date
    }

    static func endsSentence(_ text: String) -> Bool {
        var t = Substring(text)
        while let last = t.last, "\"”’'»)".contains(last) { t = t.dropLast() }
        guard let last = t.last else { return false }
        return ".!?…".contains(last)
    }

    static func sentenceCount(_ text: String) -> Int {
        ArticleParser.sentenceCount(text)
    }

    /// "Reuters", "– AP", "(AFP)" on a line of its own.
    static func standaloneAgency(_ text: String) -> String? {
        guard text.utf8.count <= 60 else { return nil }
        var t = Substring(text)
        if let first = t.first, dashes.contains(first) { t = t.dropFirst() }
        var name = t.trimmingSpaces()
        if name.hasPrefix("("), name.hasSuffix(")") { name = String(name.dropFirst().dropLast()) }
        return isAgencyName(name) ? name : nil
    }

    /// "… the port said. – Reuters" or "… said. (AP)" at the end of the last paragraph.
    static func trailingAgency(_ text: String) -> (String, String)? {
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let name = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let rest = text[..<open].trimmingSpaces()
            if isAgencyName(name), endsSentence(rest) { return (rest, name) }
        }
        // A match of a dash by `Character` is a match of its bytes (no other spelling is
        // canonically equal to a space or these dashes): most last paragraphs have none, and
        // are settled without walking their tail by `Character`.
        guard ArticleParser.tailMayHoldSpacedDash(text) else { return nil }
        let tail = CharacterTail(text.suffix(48))
        for dash in [" – ", " - ", " — "] {
            if let r = tail.lastRange(of: dash) {
                let name = text[r.upperBound...].trimmingSpaces()
                let rest = text[..<r.lowerBound].trimmingSpaces()
                if isAgencyName(name), endsSentence(rest) || rest.last == "”" { return (rest, name) }
            }
        }
        return nil
    }

    /// "LONDON (Reuters) – …" or "PORT ELLISON, March 3 (AP) - …" opening the story.
    static func datelineAgency(_ text: String) -> String? {
        if openingRulesOutDateline(text) { return nil }
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let place = text[..<open]
        guard !place.isEmpty, place.count <= 40 else { return nil }
        let placeWord = place.split(separator: ",").first.map(String.init) ?? ""
        let letters = placeWord.filter(\.isLetter)
        guard !letters.isEmpty, letters.allSatisfy(\.isUppercase) else { return nil }
        let after = text[text.index(after: close)...].trimmingSpaces()
        guard let dash = after.first, dashes.contains(dash) else { return nil }
        let name = String(text[text.index(after: open)..<close])
        return isAgencyName(name) ? name : nil
    }

    /// Whether a paragraph's first bytes already rule out a dateline, without walking it by
    /// `Character` (most paragraphs are long and have no bracket near the start): 41 plain ASCII
    /// characters before any "(" (the place would be longer than 40), or a lower-case letter
    /// before any "(" or "," (the place would not be in capitals). False whenever unsure: any
    /// other byte first, a carriage return, a "," or "(" first.
    static func openingRulesOutDateline(_ text: String) -> Bool {
        var small = false
        var i = 0
        for b in text.utf8 {
            // The small letter before is a character of its own when an ASCII byte follows it.
            if small { return b < 0x80 }
            if b >= 0x80 || b == 0x0D || b == 0x28 || b == 0x2C { return false }
            if i == 40 { return true }
            if b >= 0x61 && b <= 0x7A { small = true }
            i += 1
        }
        return small
    }

    /// One to three capitalised words, optionally joined by "/", with no sentence punctuation.
    static func isAgencyName(_ name: String) -> Bool {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...3).contains(words.count), name.count <= 40, !name.hasSuffix(".") else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "&" || $0 == "-" || $0 == "." }
        }
    }
}

extension ArticleParser {
    /// Sentences in a paragraph: ends of sentences before a capital, or at the very end.
    static func sentenceCount(_ text: String) -> Int {
        asciiSentenceCount(text) ?? scalarSentenceCount(text) ?? generalSentenceCount(text)
    }

    /// Whether `s` is a `Character` of its own wherever it stands: a scalar that grapheme
    /// breaking never joins to its neighbours (no combining mark, joiner, prepended or spacing
    /// mark, Hangul jamo or regional indicator; no carriage return, which joins a line feed).
    /// Latin letters with their accents precomposed, the curly quotes, dashes and the ellipsis,
    /// currency signs: the non-ASCII of nearly every English article.
    @inline(__always)
    static func isOwnCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x300 && v != 0x0D) || (v >= 0x2010 && v <= 0x205F) || (v >= 0x20A0 && v <= 0x20CF)
    }

    /// `sentenceCount` read scalar by scalar from a text each of whose scalars is a `Character`
    /// of its own (`isOwnCharacter`), so that the scalars are its `Character`s; nil for any
    /// other text. (`generalSentenceCount` made an array of `Character`s, some hundred
    /// instructions each, for every standfirst with a curly quote.)
    static func scalarSentenceCount(_ text: String) -> Int? {
        let s = text.scalarArray
        for c in s where !isOwnCharacter(c) { return nil }
        @inline(__always) func isLetter(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? (c.value | 0x20) &- 0x61 < 26 : Character(c).isLetter
        }
        var count = 0
        for i in s.indices where s[i] == "." || s[i] == "!" || s[i] == "?" {
            var j = i + 1
            while j < s.count, s[j] == "\"" || s[j] == "\u{201D}" || s[j] == "\u{2019}" || s[j] == "'" || s[j] == ")" { j += 1 }
            if j == s.count {
                count += 1
            } else if s[j] == " ", j + 1 < s.count, Character(s[j + 1]).isUppercase {
                // Titles ("Mr.") and initials ("J.") do not end sentences.
                var start = i
                while start > 0, isLetter(s[start - 1]) { start -= 1 }
                let isInitial = i - start == 1 && Character(s[start]).isUppercase
                if !isInitial, !Abbreviations.layout.contains(String(String.UnicodeScalarView(s[start..<i]))) { count += 1 }
            }
        }
        return Swift.max(count, 1)
    }

    /// `sentenceCount`, by `Character`.
    static func generalSentenceCount(_ text: String) -> Int {
        let chars = Array(text)
        var count = 0
        for (i, c) in chars.enumerated() where ".!?".contains(c) {
            var j = i + 1
            while j < chars.count, "\"”’')".contains(chars[j]) { j += 1 }
            if j == chars.count {
                count += 1
            } else if chars[j] == " ", j + 1 < chars.count, chars[j + 1].isUppercase {
                // Titles ("Mr.") and initials ("J.") do not end sentences.
                let word = String(chars[..<i].reversed().prefix { $0.isLetter }.reversed())
                let isInitial = word.count == 1 && word.first!.isUppercase
                if !isInitial, !Abbreviations.layout.contains(word) { count += 1 }
            }
        }
        return Swift.max(count, 1)
    }

    /// `sentenceCount` read from the bytes of a plain-ASCII text without carriage returns (each
    /// byte a `Character`); nil for any other text.
    static func asciiSentenceCount(_ text: String) -> Int? {
        text.withContiguousUTF8 { b -> Int? in
            for byte in b where byte >= 0x80 || byte == 0x0D { return nil }
            func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
            func isLetter(_ c: UInt8) -> Bool { isUpper(c) || (c >= 0x61 && c <= 0x7A) }
            var count = 0
            for i in 0..<b.count where b[i] == 0x2E || b[i] == 0x21 || b[i] == 0x3F {
                var j = i + 1
                while j < b.count, b[j] == 0x22 || b[j] == 0x27 || b[j] == 0x29 { j += 1 }
                if j == b.count {
                    count += 1
                } else if b[j] == 0x20, j + 1 < b.count, isUpper(b[j + 1]) {
                    var start = i
                    while start > 0, isLetter(b[start - 1]) { start -= 1 }
                    let isInitial = i - start == 1 && isUpper(b[start])
                    if !isInitial, !Abbreviations.layout.contains(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) {
                        count += 1
                    }
                }
            }
            return Swift.max(count, 1)
        }
    }
}
