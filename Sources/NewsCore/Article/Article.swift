import Foundation

/// One parsed news article: its fields and its normalised text, cut into typed blocks.
///
/// Every span is a half-open range of Unicode scalar offsets into `text`, so that
/// Python's `text[start:end]` and Swift's `text.unicodeScalars` agree on what it covers.
public struct Article: Sendable, Equatable {
    /// The file the article came from, as the caller named it (usually relative to the corpus).
    public var path: String
    /// Whether the source was plain text, Markdown or a web page.
    public var format: ArticleFormat
    public var title: String
    public var standfirst: String?
    /// The first photo caption, with its credit still in place.
    public var caption: String?
    /// The photo credit of that caption ("Agency/Name, Pool"), without the "Photograph:" cue.
    public var credit: String?
    /// The wire agency that filed the story ("Reuters"), taken from a closing or dateline byline.
    public var agency: String?
    /// The `date` front-matter value as written, else the `YYYY-MM-DD` the file name starts with;
    /// for a web page, the day it was published.
    public var date: String?
    /// Who wrote it: a web page's author (or authors, "A and B"), or an `author` front-matter value.
    public var author: String?
    /// Who published it: a web page's publisher or site name, or a `source` front-matter value.
    public var source: String?
    /// Where it was published: a web page's canonical address, or a `url` front-matter value.
    public var url: String?
    /// Front-matter entries other than the ones that fill the fields above, in file order.
    public var meta: [MetaEntry]
    /// The normalised text: the blocks joined by blank lines.
    public var text: String
    public var blocks: [Block]
    /// Problems met while reading the file that did not stop it being read.
    public var warnings: [String]

    public init(
        path: String, format: ArticleFormat = .plainText, title: String, standfirst: String? = nil,
        caption: String? = nil, credit: String? = nil, agency: String? = nil, date: String? = nil,
        author: String? = nil, source: String? = nil, url: String? = nil,
        meta: [MetaEntry] = [], text: String, blocks: [Block], warnings: [String] = []
    ) {
        self.path = path
        self.format = format
        self.title = title
        self.standfirst = standfirst
        self.caption = caption
        self.credit = credit
        self.agency = agency
        self.date = date
        self.author = author
        self.source = source
        self.url = url
        self.meta = meta
        self.text = text
        self.blocks = blocks
        self.warnings = warnings
    }

    /// The text covered by a scalar range (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        text.scalarSlice(range)
    }

    /// The text of one block.
    public func text(of block: Block) -> String {
        slice(block.range)
    }
}

/// The file syntax an article was written in.
public enum ArticleFormat: String, Sendable, Equatable, Codable {
    case plainText = "text"
    case markdown
    case html
    /// A NewsML-G2 news item (one article a file).
    case newsML = "newsml"
    /// An NITF document (one article a file).
    case nitf
    /// An RSS feed: an article an item.
    case rss
    /// An Atom feed: an article an entry.
    case atom
    /// A JSON Feed: an article an item.
    case jsonFeed = "json-feed"
    /// JSON Lines (NDJSON): an article a line.
    case jsonLines = "json-lines"

    /// Whether a file in this format holds several articles, each named `path#id`.
    public var holdsSeveral: Bool {
        switch self {
        case .rss, .atom, .jsonFeed, .jsonLines: return true
        case .plainText, .markdown, .html, .newsML, .nitf: return false
        }
    }

    /// The format a file's name says: Markdown for `.md`, a web page for `.html` and `.htm`,
    /// a feed for `.rss` and `.atom`, NITF for `.nitf`, NewsML-G2 for `.newsml` and `.xml`
    /// (its content decides: see `init(path:data:)`), a JSON Feed for `.json`, JSON Lines for
    /// `.jsonl` and `.ndjson`, plain text otherwise.
    public init(path: String) {
        let file = ArticlePath.file(of: path)
        self = Self.asciiFormat(ofFile: file) ?? Self.generalFormat(ofFile: file)
    }

    /// `generalFormat(ofFile:)` of a plain-ASCII name, read from its last bytes (where each byte
    /// is a `Character` and `lowercased()` makes A to Z a to z); nil for any other name.
    /// (Lower-casing the whole path and testing nine endings by `Character` cost more than the
    /// rest of telling the format, for every file.)
    static func asciiFormat(ofFile file: String) -> ArticleFormat? {
        file.withContiguousUTF8 { b -> ArticleFormat? in
            for byte in b where byte >= 0x80 { return nil }
            func ends(with suffix: StaticString) -> Bool {
                let n = suffix.utf8CodeUnitCount
                guard b.count >= n else { return false }
                let s = suffix.utf8Start
                for k in 0..<n {
                    var c = b[b.count - n + k]
                    if c &- 0x41 < 26 { c &+= 0x20 }
                    if c != s[k] { return false }
                }
                return true
            }
            if ends(with: ".md") { return .markdown }
            if ends(with: ".html") || ends(with: ".htm") { return .html }
            if ends(with: ".xml") || ends(with: ".newsml") { return .newsML }
            if ends(with: ".nitf") { return .nitf }
            if ends(with: ".rss") { return .rss }
            if ends(with: ".atom") { return .atom }
            if ends(with: ".json") { return .jsonFeed }
            if ends(with: ".jsonl") || ends(with: ".ndjson") { return .jsonLines }
            return .plainText
        }
    }

    /// The format a file's name (without any item) says, by its ending in lower case.
    static func generalFormat(ofFile file: String) -> ArticleFormat {
        let lower = file.lowercased()
        if lower.hasSuffix(".md") {
            return .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            return .html
        } else if lower.hasSuffix(".xml") || lower.hasSuffix(".newsml") {
            return .newsML
        } else if lower.hasSuffix(".nitf") {
            return .nitf
        } else if lower.hasSuffix(".rss") {
            return .rss
        } else if lower.hasSuffix(".atom") {
            return .atom
        } else if lower.hasSuffix(".json") {
            return .jsonFeed
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            return .jsonLines
        } else {
            return .plainText
        }
    }

    /// The format a file is read in: its name's, except where its content says otherwise. A
    /// file whose text plainly is a web page (it opens with `<!doctype html` or `<html`, after
    /// any byte-order mark and whitespace) is read as one whatever its name; an XML document is
    /// read by its root element (`newsItem` or `newsMessage`, `nitf`, `rss` or `RDF`, `feed`)
    /// whatever its name; a `.json` file that is not a JSON Feed is read as JSON Lines.
    public init(path: String, data: Data) {
        self.init(path: path)
        if self == .markdown { return }
        if self != .html, Self.looksLikeHTML(data) {
            self = .html
            return
        }
        if self == .html { return }
        if Self.opensWithAngleBracket(data), let root = Self.xmlRootName(data) {
            switch root {
            case "html": self = .html
            case "newsItem", "newsMessage": self = .newsML
            case "nitf": self = .nitf
            case "rss", "RDF": self = .rss
            case "feed": self = .atom
            default: break
            }
            return
        }
        if self == .jsonFeed, !Self.looksLikeJSONFeed(data) { self = .jsonLines }
    }

    /// Whether bytes open with `<!doctype html` or `<html`, after a byte-order mark and whitespace.
    ///
    /// Read through a pointer into the first 1,024 bytes (the generic `Data` slicing, mapping and
    /// `starts(with:)` cost some 4,500 instructions for every file parsed).
    public static func looksLikeHTML(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let n = min(raw.count, 1024)
            var i = n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0
            while i < n, raw[i] == 0x20 || raw[i] == 0x09 || raw[i] == 0x0A || raw[i] == 0x0D || raw[i] == 0x0C { i += 1 }
            func opens(with word: [UInt8]) -> Bool {
                guard n - i >= word.count else { return false }
                for (k, c) in word.enumerated() {
                    let b = raw[i + k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { return false }
                }
                return true
            }
            if opens(with: doctypeHTML) { return true }
            guard opens(with: openHTML) else { return false }
            // "<html>" or "<html lang=…>", not "<htmlfoo>".
            guard i + 5 < n else { return true }
            let next = raw[i + 5]
            return next == 0x3E || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x0C || next == 0x2F
        }
    }

    private static let doctypeHTML = Array("<!doctype html".utf8)
    private static let openHTML = Array("<html".utf8)

    /// The local name of an XML document's root element, when the bytes open as XML (after a
    /// byte-order mark, whitespace, the XML declaration, comments, processing instructions and
    /// a DOCTYPE): `feed` for `<atom:feed …>`. Looks at the first 4 KB only.
    public static func xmlRootName(_ data: Data) -> String? {
        let bytes = Array(data.prefix(4096))
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skipSpace() { while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
        func starts(_ text: String) -> Bool {
            let t = Array(text.utf8)
            return i + t.count <= bytes.count && Array(bytes[i..<(i + t.count)]) == t
        }
        func skip(past end: String) -> Bool {
            let e = Array(end.utf8)
            while i + e.count <= bytes.count {
                if Array(bytes[i..<(i + e.count)]) == e {
                    i += e.count
                    return true
                }
                i += 1
            }
            return false
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return nil }
            if starts("<?") {
                guard skip(past: "?>") else { return nil }
            } else if starts("<!--") {
                guard skip(past: "-->") else { return nil }
            } else if starts("<!") {
                // A DOCTYPE, with any internal subset in brackets.
                var depth = 0
                while i < bytes.count {
                    if bytes[i] == UInt8(ascii: "[") { depth += 1 }
                    if bytes[i] == UInt8(ascii: "]") { depth -= 1 }
                    if bytes[i] == UInt8(ascii: ">"), depth <= 0 { break }
                    i += 1
                }
                guard i < bytes.count else { return nil }
                i += 1
            } else {
                i += 1
                let start = i
                while i < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[i]) { i += 1 }
                let name = String(decoding: bytes[start..<i], as: UTF8.self)
                guard !name.isEmpty else { return nil }
                return name.split(separator: ":").last.map(String.init)
            }
        }
    }

    /// Whether the first byte after a byte-order mark and whitespace is `<` (most files settle
    /// here, without a copy of their head).
    static func opensWithAngleBracket(_ data: Data) -> Bool {
        // (Through a pointer: `Data`'s generic `starts(with:)` and subscript cost some 1,400
        // instructions a file.)
        data.withUnsafeBytes { raw -> Bool in
            let n = raw.count
            var i = n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0
            while i < n, raw[i] == 0x20 || raw[i] == 0x09 || raw[i] == 0x0A || raw[i] == 0x0D { i += 1 }
            return i < n && raw[i] == UInt8(ascii: "<")
        }
    }

    /// Whether bytes open as a JSON object that names a JSON Feed version in its first 4 KB.
    static func looksLikeJSONFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first == "{" && head.contains("jsonfeed.org/version")
    }
}

/// One front-matter `key: value` line.
public struct MetaEntry: Sendable, Equatable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// A typed stretch of an article's text.
public struct Block: Sendable, Equatable, Hashable {
    public var kind: BlockKind
    /// Unicode scalar offsets into `Article.text`.
    public var range: Range<Int>

    public init(kind: BlockKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// What a block is, which decides how the reader styles it.
public enum BlockKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case headline
    case standfirst
    case caption
    case subheading
    case paragraph
    /// A passage quoted at length and set apart (a web page's `blockquote`).
    case blockquote
    /// One item of a bulleted or numbered list.
    case listItem = "list-item"
}
