/// Reads the entries of an Atom feed.
///
/// An entry's body is its `content` (`type` html, xhtml or text), else its `summary`; a
/// summary beside content is the standfirst. `author/name` is the author, `published` (else
/// `updated`) the date, the `alternate` link the address, the feed's title the source; the id
/// comes from `id`, else the link.
enum AtomReader {
    static func items(_ document: XMLDocument) -> FoundItems {
        var found = FoundItems()
        found.noun = "entry"
        if !document.isWellFormed { found.warnings.append(XMLWarnings.recovered) }
        let feed = document.root
        let source = line(feed.child("title"))
        let feedAuthors = authors(feed)
        for (i, entry) in feed.children("entry").enumerated() {
            var draft = ArticleDraft()
            draft.source = source
            draft.title = line(entry.child("title"))
            let links = entry.children("link")
            let link = (links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first)?.attribute("href")
            ArticleDraft.fill(&draft.url, link)
            let names = authors(entry)
            if !names.isEmpty { draft.author = AuthorNames.joined(names) } else if !feedAuthors.isEmpty { draft.author = AuthorNames.joined(feedAuthors) }
            if let date = entry.child("published") ?? entry.child("updated") { draft.date = ItemDate.iso(date.text) }
            if let updated = entry.child("updated"), entry.child("published") != nil {
                draft.meta.append(MetaEntry(key: "updated", value: ItemDate.iso(updated.text)))
            }
            let summary = entry.child("summary")
            if let content = entry.child("content"), content.attribute("src") == nil {
                add(content, to: &draft)
                draft.standfirst = line(summary)
            } else if let summary {
                add(summary, to: &draft)
            }
            let id = entry.child("id")?.trimmedText
            found.drafts.append(.init(rawID: (id?.isEmpty ?? true) ? link : id, position: i + 1, draft: draft))
        }
        return found
    }

    /// Adds a text construct to the body as its `type` says.
    private static func add(_ element: XMLElement, to draft: inout ArticleDraft) {
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html":
            draft.addHTML(element.text)
        case "xhtml", "application/xhtml+xml":
            // The content is a `div` in the XHTML namespace, whose children are the markup.
            draft.addHTML((element.child("div") ?? element).innerMarkup)
        default:
            draft.addPlainText(element.text)
        }
    }

    /// A text construct as one plain line.
    private static func line(_ element: XMLElement?) -> String? {
        guard let element else { return nil }
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html": return FeedText.line(element.text)
        case "xhtml", "application/xhtml+xml": return FeedText.line((element.child("div") ?? element).innerMarkup)
        default:
            let text = HTMLText.clean(element.text)
            return text.isEmpty ? nil : text
        }
    }

    private static func authors(_ element: XMLElement) -> [String] {
        element.children("author").compactMap { author in
            let name = author.child("name")?.trimmedText ?? author.trimmedText
            return name.isEmpty ? nil : name
        }
    }
}
