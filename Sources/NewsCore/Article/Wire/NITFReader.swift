import Foundation

/// Reads an NITF document (News Industry Text Format) into an `Article`.
///
/// `hedline/hl1` is the headline and `hl2` (else `abstract`) the standfirst; `byline` gives the
/// author (without "By" and the writer's title, `byttl`), `dateline` the dateline, `date.issue`
/// or `story.date` the date, and `body.content` the text, read by the HTML reader with NITF's
/// own elements named as their HTML kin.
public enum NITFReader {
    /// NITF elements the HTML reader knows under another name.
    static let htmlNames: [String: String] = [
        "block": "div", "hl2": "h2", "media": "figure", "media-caption": "figcaption", "bq": "blockquote",
        "credit": "span", "hedline": "div", "hl1": "h2",
    ]

    public static func read(_ data: Data, path: String) throws(ArticleParser.Failure) -> Article {
        guard let document = XMLDocument.parse(data) else { throw .empty }
        var article = try read(document.root, path: path)
        if !document.isWellFormed { article.warnings.insert(XMLWarnings.recovered, at: 0) }
        return article
    }

    static func read(_ root: XMLElement, path: String) throws(ArticleParser.Failure) -> Article {
        var draft = ArticleDraft()
        let head = root.child("head")
        let bodyHead = root.child("body")?.child("body.head") ?? root.descendant("body.head")
        let hedline = bodyHead?.child("hedline") ?? root.descendant("hedline")
        ArticleDraft.fill(&draft.title, hedline?.child("hl1")?.text)
        ArticleDraft.fill(&draft.title, head?.child("title")?.text)
        ArticleDraft.fill(&draft.standfirst, hedline?.child("hl2")?.text)
        ArticleDraft.fill(&draft.standfirst, bodyHead?.child("abstract")?.text)
        let bylines = (bodyHead?.children("byline") ?? []).map(author(of:)).filter { !$0.isEmpty }
        if !bylines.isEmpty { draft.author = AuthorNames.joined(bylines) }
        if let dateline = bodyHead?.child("dateline") {
            let text = dateline.trimmedText
            if !text.isEmpty { draft.meta.append(MetaEntry(key: "dateline", value: text)) }
            if let norm = dateline.descendant("story.date")?.attribute("norm") { draft.date = ItemDate.iso(norm) }
        }
        let docdata = head?.child("docdata")
        if let norm = docdata?.child("date.issue")?.attribute("norm") ?? head?.child("pubdata")?.attribute("date.publication") {
            draft.date = ItemDate.iso(norm)
        }
        ArticleDraft.fill(&draft.source, head?.child("pubdata")?.attribute("name"))
        ArticleDraft.fill(&draft.source, docdata?.child("doc.copyright")?.attribute("holder"))
        if let id = docdata?.child("doc-id")?.attribute("id-string") { draft.meta.append(MetaEntry(key: "doc-id", value: HTMLText.clean(id))) }
        if let content = root.descendant("body.content") {
            draft.addHTML(content.innerMarkup(renaming: htmlNames))
        }
        return try draft.article(path: path, format: .nitf)
    }

    /// A byline's name: its text without the writer's title and without a leading "By".
    static func author(of byline: XMLElement) -> String {
        var text = ""
        for child in byline.children {
            switch child {
            case .text(let t): text += t
            case .element(let e) where e.name != "byttl": text += e.text
            default: continue
            }
        }
        var cleaned = HTMLText.clean(text)
        if cleaned.lowercased().hasPrefix("by ") { cleaned = String(cleaned.dropFirst(3)) }
        while let last = cleaned.last, last == "," || last == " " { cleaned.removeLast() }
        return cleaned
    }
}
