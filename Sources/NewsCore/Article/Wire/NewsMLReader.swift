import Foundation

/// Reads a NewsML-G2 news item (IPTC) into an `Article`.
///
/// The fields come from `contentMeta`: `headline`, `slugline`, `description` (the standfirst),
/// `creator` (the author), `located` (the dateline) and the content dates; the provider is the
/// source. The body is the first `inlineXML` (XHTML, or NITF inside it, read by the HTML
/// reader) or `inlineData` (text, or escaped markup) of the `contentSet`. A `newsMessage`
/// gives its first news item with a body.
public enum NewsMLReader {
    public static func read(_ data: Data, path: String) throws(ArticleParser.Failure) -> Article {
        guard let document = XMLDocument.parse(data) else { throw .empty }
        return try read(document, path: path)
    }

    static func read(_ document: XMLDocument, path: String) throws(ArticleParser.Failure) -> Article {
        let items = document.root.name == "newsItem" ? [document.root] : newsItems(in: document.root)
        var firstFailure: ArticleParser.Failure = .empty
        for item in items {
            do {
                var article = try read(item: item, path: path)
                if !document.isWellFormed { article.warnings.insert(XMLWarnings.recovered, at: 0) }
                return article
            } catch {
                firstFailure = error
            }
        }
        throw firstFailure
    }

    /// The `newsItem` elements anywhere below a `newsMessage`.
    private static func newsItems(in root: XMLElement) -> [XMLElement] {
        var found: [XMLElement] = []
        func walk(_ e: XMLElement) {
            for child in e.elements {
                if child.name == "newsItem" { found.append(child) } else { walk(child) }
            }
        }
        walk(root)
        return found
    }

    static func read(item: XMLElement, path: String) throws(ArticleParser.Failure) -> Article {
        var draft = ArticleDraft()
        let content = item.child("contentMeta")
        let itemMeta = item.child("itemMeta")
        ArticleDraft.fill(&draft.title, content?.child("headline")?.text)
        let summary = content?.children("description").first { ($0.attribute("role") ?? "").contains("summary") }
            ?? content?.child("description")
        ArticleDraft.fill(&draft.standfirst, summary?.text)
        let creators = (content?.children("creator") ?? []).compactMap(name(of:))
        if !creators.isEmpty { draft.author = AuthorNames.joined(creators) }
        let dated = content?.child("contentCreated") ?? itemMeta?.child("firstCreated") ?? itemMeta?.child("versionCreated")
        if let dated { draft.date = ItemDate.iso(dated.text) }
        if let provider = itemMeta?.child("provider").flatMap(name(of:)) { draft.source = provider }
        if let slug = content?.child("slugline")?.trimmedText, !slug.isEmpty { draft.meta.append(MetaEntry(key: "slugline", value: slug)) }
        if let place = content?.child("located").flatMap(name(of:)) { draft.meta.append(MetaEntry(key: "dateline", value: place)) }
        if let modified = content?.child("contentModified")?.trimmedText, !modified.isEmpty {
            draft.meta.append(MetaEntry(key: "modified", value: ItemDate.iso(modified)))
        }
        if let guid = item.attribute("guid") { draft.meta.append(MetaEntry(key: "guid", value: HTMLText.clean(guid))) }
        if let link = itemMeta?.children("link").first(where: { ($0.attribute("rel") ?? "").hasSuffix("canonical") })?.attribute("href") {
            ArticleDraft.fill(&draft.url, link)
        }
        for set in item.children("contentSet") {
            for body in set.elements where draft.body.isEmpty {
                switch body.name {
                case "inlineXML":
                    draft.addHTML(bodyMarkup(of: body))
                case "inlineData":
                    draft.addText(body.text)
                default:
                    continue
                }
            }
        }
        return try draft.article(path: path, format: .newsML)
    }

    /// The markup of an `inlineXML` body: an XHTML document's `body`, an NITF document's
    /// `body.content`, else the whole content.
    static func bodyMarkup(of inline: XMLElement) -> String {
        if let nitf = inline.descendant("body.content") { return nitf.innerMarkup(renaming: NITFReader.htmlNames) }
        if let body = inline.descendant("body") { return body.innerMarkup }
        return inline.innerMarkup
    }

    /// A NewsML-G2 name: a `name` child, else the `literal` attribute.
    static func name(of element: XMLElement) -> String? {
        let value = element.child("name")?.trimmedText ?? element.attribute("literal").map(HTMLText.clean)
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }
}
