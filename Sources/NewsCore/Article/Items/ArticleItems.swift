import Foundation

/// One article of a file that holds several: an item of a feed, a line of JSON Lines.
public struct ArticleItem: Sendable {
    /// The item's id within its file (`ItemID`); its article's path is `file#id`.
    public var id: String
    public var article: Article
    /// The bytes the item is known by: its article in a canonical form (without its path or
    /// warnings), so that an item keeps its index row and its reading state when the file
    /// around it changes, or when it moves within the file.
    public var identity: Data
}

/// Reads a file that holds several articles (RSS, Atom, JSON Feed, JSON Lines) into items.
///
/// Every item is read on its own: one that cannot be (not an object, no text) is named in a
/// warning and skipped, and so a file that is not well-formed keeps its readable items. The
/// file's own warnings travel with its first item, so that they are said once.
public enum ArticleItems {
    /// The items of `data`, read as `format`; `path` names the file. Throws `.empty` when
    /// no item can be read.
    public static func read(_ data: Data, path: String, format: ArticleFormat) throws(ArticleParser.Failure) -> [ArticleItem] {
        let (found, ids) = try drafts(data, format: format)
        var items: [ArticleItem] = []
        var warnings = found.warnings
        for (draft, id) in zip(found.drafts, ids) {
            guard let draft = draft.draft else { continue }
            do {
                let article = try draft.article(path: ArticlePath.join(file: path, item: id), format: format)
                items.append(ArticleItem(id: id, article: article, identity: identity(of: article)))
            } catch {
                warnings.append("\(found.noun) \(id) has no text; skipped")
            }
        }
        guard !items.isEmpty else { throw .empty }
        items[0].article.warnings = warnings + items[0].article.warnings
        return items
    }

    /// The bytes an item is known by (`ArticleItem.identity`): its article as JSON without its
    /// path and warnings.
    public static func identity(of article: Article) -> Data {
        var canonical = article
        canonical.path = ""
        canonical.warnings = []
        return Data(canonical.json.serialized(pretty: false).utf8)
    }

    /// The items' drafts as the format's reader found them, and their ids.
    private static func drafts(_ data: Data, format: ArticleFormat) throws(ArticleParser.Failure) -> (FoundItems, [String]) {
        let found: FoundItems
        switch format {
        case .rss, .atom:
            guard let document = XMLDocument.parse(data) else { throw .empty }
            found = format == .rss || document.root.name != "feed" ? RSSReader.items(document) : AtomReader.items(document)
        case .jsonFeed:
            found = JSONFeedReader.items(data)
        case .jsonLines:
            found = JSONLinesReader.items(data)
        case .plainText, .markdown, .html, .newsML, .nitf:
            throw .empty
        }
        return (found, ItemID.unique(found.drafts.map { ($0.rawID, $0.position) }))
    }

    /// The article `path` names (`file#id`) in `data`, the bytes of its file: the same article
    /// `read` gives that item.
    ///
    /// Only that item is made into an article: opening one item of a 5,000-line dump made all
    /// 5,000 and took seconds. The first readable item carries the file's warnings, so for it
    /// (and it alone) every item is read.
    public static func article(_ data: Data, path: String) throws(ArticleParser.Failure) -> Article {
        guard let (file, item) = ArticlePath.split(path) else { throw .empty }
        let format = ArticleFormat(path: file, data: data)
        guard format.holdsSeveral else { throw .noSuchItem(item) }
        let (found, ids) = try drafts(data, format: format)
        guard let wanted = ids.firstIndex(of: item), let draft = found.drafts[wanted].draft else { throw .noSuchItem(item) }
        let isFirst = !found.drafts[..<wanted].contains { earlier in
            guard let draft = earlier.draft else { return false }
            return (try? draft.article(path: "", format: format)) != nil
        }
        if isFirst {
            let items = try read(data, path: file, format: format)
            guard let first = items.first, first.id == item else { throw .noSuchItem(item) }
            return first.article
        }
        do {
            return try draft.article(path: ArticlePath.join(file: file, item: item), format: format)
        } catch {
            throw .noSuchItem(item)
        }
    }
}
