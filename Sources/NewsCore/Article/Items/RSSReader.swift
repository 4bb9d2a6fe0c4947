/// Reads the items of an RSS feed (2.0, and 1.0's `rdf:RDF`).
///
/// An item's body is `content:encoded`, else its `description` (HTML, escaped or in CDATA, or
/// plain text); a description beside a body is its standfirst. `dc:creator` or `author` is the
/// author, `pubDate` or `dc:date` the date, the channel's title the source; the id comes from
/// `guid`, else `link`.
enum RSSReader {
    static func items(_ document: XMLDocument) -> FoundItems {
        var found = FoundItems()
        if !document.isWellFormed { found.warnings.append(XMLWarnings.recovered) }
        let root = document.root
        let channel = root.child("channel")
        // RSS 2.0 puts items in the channel; RSS 1.0 beside it.
        let items = (channel?.children("item") ?? []) + root.children("item")
        let source = FeedText.line(channel?.child("title")?.text)
        for (i, item) in items.enumerated() {
            var draft = ArticleDraft()
            draft.source = source
            draft.title = FeedText.line(item.child("title")?.text)
            let link = item.child("link")?.trimmedText
            ArticleDraft.fill(&draft.url, link)
            let guid = item.child("guid")?.trimmedText
            if draft.url == nil, let guid, guid.hasPrefix("http"), item.child("guid")?.attribute("isPermaLink") != "false" {
                draft.url = guid
            }
            let creators = item.children("creator").map(\.trimmedText).filter { !$0.isEmpty }
            if !creators.isEmpty {
                draft.author = AuthorNames.joined(creators)
            } else {
                ArticleDraft.fill(&draft.author, item.child("author")?.text)
            }
            if let date = item.child("pubDate") ?? item.child("date") { draft.date = ItemDate.iso(date.text) }
            let description = item.child("description")?.text
            if let encoded = item.children("encoded").first?.text, !encoded.isEmpty {
                draft.addText(encoded)
                draft.standfirst = FeedText.line(description)
            } else if let description {
                draft.addText(description)
            }
            found.drafts.append(.init(rawID: guid ?? link, position: i + 1, draft: draft))
        }
        return found
    }
}
