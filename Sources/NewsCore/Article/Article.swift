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

    /// The format a file's name says: Markdown for `.md`, a web page for `.html` and `.htm`,
    /// plain text otherwise.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") {
            self = .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else {
            self = .plainText
        }
    }

    /// The format a file is read in: its name's, except that a file whose text plainly is a web
    /// page (it opens with `<!doctype html` or `<html`, after any byte-order mark and
    /// whitespace) is read as one whatever its name.
    public init(path: String, data: Data) {
        self.init(path: path)
        if self != .html, Self.looksLikeHTML(data) { self = .html }
    }

    /// Whether bytes open with `<!doctype html` or `<html`, after a byte-order mark and whitespace.
    public static func looksLikeHTML(_ data: Data) -> Bool {
        var bytes = data.prefix(1024)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let b = bytes.first, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { bytes = bytes.dropFirst() }
        let lower = bytes.prefix(14).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if lower.starts(with: Array("<!doctype html".utf8)) { return true }
        guard lower.starts(with: Array("<html".utf8)) else { return false }
        // "<html>" or "<html lang=…>", not "<htmlfoo>".
        return lower.count == 5 || [0x3E, 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x2F].contains(lower[5])
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
