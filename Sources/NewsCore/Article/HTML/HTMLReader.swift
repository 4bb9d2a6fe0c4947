import Foundation

/// Reads a saved web page into an `Article`: the article's text as typed blocks, its headline,
/// date, author, publisher and address, and nothing of the page around it.
///
/// The page is parsed by libxml2's lenient HTML parser (malformed markup is read as far as the
/// parser recovers it; no network, no external entities, no DTD), its metadata read from
/// JSON-LD, OpenGraph and meta tags, and the article found by `HTMLContentFinder`.
public enum HTMLReader {
    /// Reads a page's bytes; `path` is kept in the article. Bytes holding NUL (outside a
    /// UTF-16 page) are binary, as for text files.
    public static func read(_ data: Data, path: String) throws(ArticleParser.Failure) -> Article {
        let bytes = byteArray(data)
        guard !HTMLCharset.holdsNUL(bytes) || HTMLCharset.isUTF16(bytes) else { throw .binary }
        let prepared = HTMLCharset.prepare(bytes)
        let tree = HTMLTreeBuilder.parse(HTMLDoctype.withoutInternalSubset(prepared.bytes))
        return try article(from: tree, path: path, warnings: prepared.warnings)
    }

    /// The bytes of `data` in one copy (iterating `Data` byte by byte costs more than parsing).
    static func byteArray(_ data: Data) -> [UInt8] {
        data.withUnsafeBytes { Array($0) }
    }

    /// The blocks of an HTML fragment taken as article text throughout (a feed item's body):
    /// everything but furniture the markup itself marks, in order.
    public static func blocks(ofFragment html: String) -> [(kind: BlockKind, text: String)] {
        let tree = HTMLTreeBuilder.parse(Array(html.utf8))
        guard tree.count > 0 else { return [] }
        let finder = HTMLContentFinder(tree)
        let writer = HTMLBlockWriter(tree: tree, skip: { finder.furniture[$0] })
        return writer.blocks(of: [0]).map { ($0.kind == .headline ? .subheading : $0.kind, $0.text) }
    }

    static func article(from tree: HTMLTree, path: String, warnings: [String]) throws(ArticleParser.Failure) -> Article {
        let metadata = HTMLMetadata(tree)
        let finder = HTMLContentFinder(tree)
        let headline = chooseHeadline(metadata: metadata, tree: tree)
        let body = finder.blocks(title: headline ?? "")
        guard let title = headline ?? body.first.map({ ArticleParser.splitHeadline($0.text).headline }), !title.isEmpty else {
            throw .empty
        }
        var pieces: [(BlockKind, String)] = [(.headline, title)]
        let standfirst = metadata.description.flatMap { description in
            Self.isDistinctStandfirst(description, body: body) ? description : nil
        }
        // The stand-first is shown when the page shows it (an element named as one that opens
        // with the description's words), not when it lives only in the page's metadata.
        if let standfirst, let shown = finder.shownStandfirst(opening: standfirst) { pieces.append((.standfirst, shown)) }
        let blocks = body.map { (kind: $0.kind, text: $0.text) }
        pieces += blocks.map { ($0.kind, $0.text) }
        let (caption, credit) = ArticleAssembly.caption(in: blocks)
        var article = ArticleAssembly.article(pieces)
        article.path = path
        article.format = .html
        article.caption = caption
        article.credit = credit
        article.standfirst = standfirst
        article.date = metadata.date
        article.author = metadata.author
        article.source = metadata.publisher
        article.url = metadata.url
        article.warnings = warnings
        return article
    }

    /// The headline: the first `h1` that agrees with the metadata headline (holds it, or makes
    /// up most of it: a logo in an `h1` does not), else the metadata headline, else the
    /// `<title>` without the site's name, else the first `h1`.
    static func chooseHeadline(metadata: HTMLMetadata, tree: HTMLTree) -> String? {
        let meta = metadata.headline ?? metadata.title.map { withoutSiteName($0, site: metadata.publisher) }
        var first: String? = nil
        for i in tree.nodes.indices where tree.nodes[i].tag == .h1 {
            let text = tree.plainText(of: i)
            guard !text.isEmpty else { continue }
            guard let meta, !meta.isEmpty else { return text }
            if text.contains(meta) || (meta.contains(text) && text.count * 2 >= meta.count) { return text }
            if first == nil { first = text }
        }
        return meta ?? first
    }

    /// "Ferry returns | Harbour Times" → "Ferry returns": the site's name after the last bar
    /// (a short last part, shorter than the rest), or after a dash when it is the site's name
    /// (headlines have dashes of their own: "Ferry returns – at last").
    static func withoutSiteName(_ title: String, site: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound]
            let tail = title[range.upperBound...]
            let isSite = site.map { tail.lowercased() == $0.lowercased() } ?? false
            let isShortBarPart = separator == " | " && tail.count <= 40 && tail.count < head.count && tail.split(separator: " ").count <= 5
            if !head.isEmpty, isSite || isShortBarPart { return String(head) }
        }
        return title
    }

    /// Whether a page's description says something the body does not open with.
    static func isDistinctStandfirst(_ description: String, body: [HTMLBlock]) -> Bool {
        guard let first = body.first(where: { $0.kind == .paragraph })?.text else { return true }
        let prefix = String(description.prefix(60))
        return !first.contains(prefix)
    }
}

extension HTMLReader {
    /// Why the reader kept what it kept from a page: the elements it took as the article and
    /// the furniture it left out, for tuning the rules (`byline-lab extract-bench --explain`).
    public static func explain(_ data: Data) -> String {
        let prepared = HTMLCharset.prepare(byteArray(data))
        let tree = HTMLTreeBuilder.parse(HTMLDoctype.withoutInternalSubset(prepared.bytes))
        return HTMLContentFinder(tree).explain()
    }
}
