import Foundation

/// The fields of an article read from a structured source (a wire item, a feed item, a line of
/// JSON Lines), gathered before they become an `Article`.
///
/// Structured sources name their fields, so nothing is guessed from layout: the body alone is
/// cut into blocks, by the HTML reader when it is markup and at blank lines when it is text.
struct ArticleDraft {
    var title: String?
    var standfirst: String?
    var date: String?
    var author: String?
    var source: String?
    var url: String?
    var agency: String?
    var meta: [MetaEntry] = []
    var body: [(kind: BlockKind, text: String)] = []
    var warnings: [String] = []

    /// Adds the blocks of an HTML fragment to the body.
    mutating func addHTML(_ html: String) {
        body += HTMLReader.blocks(ofFragment: html).filter { !$0.text.isEmpty }
    }

    /// Adds plain text to the body: paragraphs apart at blank lines (and at line breaks when
    /// the text has no blank line at all, as many JSON dumps write it).
    ///
    /// Works on the UTF-8 bytes (line breaks are ASCII, so every cut falls between scalars):
    /// Foundation's `replacingOccurrences` and `components(separatedBy:)` went through UTF-16
    /// and took half the time of reading a JSON Lines dump.
    mutating func addPlainText(_ text: String) {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // CRLF and a lone CR are line breaks too.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == cr {
                bytes.append(lf)
            } else if !(byte == lf && previousCR) {
                bytes.append(byte)
            }
            previousCR = byte == cr
        }
        // Paragraphs are split at blank lines when there are any, else at every line.
        var blankLines = false
        for i in bytes.indices.dropFirst() where bytes[i] == lf && bytes[i - 1] == lf {
            blankLines = true
            break
        }
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == lf, !blankLines || (i + 1 < bytes.count && bytes[i + 1] == lf) {
                addParagraph(bytes[start..<i])
                i += blankLines ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        addParagraph(bytes[start..<bytes.count])
    }

    private mutating func addParagraph(_ bytes: ArraySlice<UInt8>) {
        let cleaned = HTMLText.clean(String(decoding: bytes, as: UTF8.self))
        if !cleaned.isEmpty { body.append((.paragraph, cleaned)) }
    }

    /// Adds a body that may be either: markup when it holds a tag, plain text otherwise.
    mutating func addText(_ text: String) {
        if Self.looksLikeMarkup(text) { addHTML(text) } else { addPlainText(text) }
    }

    /// Whether text holds an HTML tag or entity: `<p>`, `</div>`, `<br/>`, `&amp;`.
    static func looksLikeMarkup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] == UInt8(ascii: "<") && i + 1 < bytes.count {
            let next = bytes[i + 1]
            let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
            if (isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")), bytes[(i + 1)...].contains(UInt8(ascii: ">")) {
                return true
            }
        }
        return false
    }

    /// Sets a field's value when it has one and the field has none yet.
    static func fill(_ field: inout String?, _ value: String?) {
        guard field == nil, let value else { return }
        let cleaned = HTMLText.clean(value)
        if !cleaned.isEmpty { field = cleaned }
    }

    /// The article: headline, standfirst, then the body; a trailer of wire credits moves from
    /// the body to `meta` (`credits`). Throws `.empty` when there is no body text.
    func article(path: String, format: ArticleFormat) throws(ArticleParser.Failure) -> Article {
        var body = body
        var meta = meta
        // "(Reporting by …; Editing by …)" closing the story is credit, not news.
        if let last = body.indices.last, body[last].kind == .paragraph, let (rest, credits) = WireCredits.split(body[last].text) {
            meta.append(MetaEntry(key: "credits", value: credits))
            if rest.isEmpty { body.removeLast() } else { body[last].text = rest }
        }
        guard !body.isEmpty else { throw .empty }
        var title = title.map(HTMLText.clean) ?? ""
        if title.isEmpty {
            // No headline given: the body's first line, as in a text file.
            // (A one-line item is all headline, as a one-line text file is.)
            let (head, rest) = ArticleParser.splitHeadline(body[0].text)
            title = head
            if let rest { body[0].text = rest } else { body.removeFirst() }
        }
        var pieces: [(BlockKind, String)] = [(.headline, title)]
        let standfirst = standfirst.map(HTMLText.clean).flatMap { $0.isEmpty ? nil : $0 }
        // A standfirst the body opens with is said once, by the body.
        if let standfirst, !(body.first?.text.hasPrefix(String(standfirst.prefix(60))) ?? false) {
            pieces.append((.standfirst, standfirst))
        }
        pieces += body.map { ($0.kind, $0.text) }
        let (caption, credit) = ArticleAssembly.caption(in: body)
        var article = ArticleAssembly.article(pieces)
        article.path = path
        article.format = format
        article.standfirst = standfirst
        article.caption = caption
        article.credit = credit
        article.agency = agency
        article.date = date
        article.author = author
        article.source = source
        article.url = url
        article.meta = meta
        article.warnings = warnings
        return article
    }
}
