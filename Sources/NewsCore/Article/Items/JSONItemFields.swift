import Foundation

/// Reads the common fields of a news item written as a JSON object (a line of JSON Lines, an
/// item of a JSON Feed) into a draft.
enum JSONItemFields {
    /// The first field present among `keys` as text: a string, a number, an object's `name`,
    /// or the names of an array of them joined ("A and B").
    static func text(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = object[key], let text = text(value), !text.isEmpty { return text }
        }
        return nil
    }

    static func text(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let o as [String: Any]: return text(o, ["name", "title", "@id"])
        case let a as [Any]:
            let names = a.compactMap(text).map(HTMLText.clean).filter { !$0.isEmpty }
            return names.isEmpty ? nil : AuthorNames.joined(names)
        default: return nil
        }
    }

    /// A draft from an object with the usual field names of news dumps and APIs.
    static func draft(_ object: [String: Any]) -> ArticleDraft {
        var draft = ArticleDraft()
        draft.title = text(object, ["title", "headline"]).flatMap(FeedText.line)
        if let html = text(object, ["content_html", "html", "body_html"]) {
            draft.addHTML(html)
        } else if let body = text(object, ["text", "body", "content", "content_text", "article", "articleBody"]) {
            draft.addText(body)
        }
        draft.standfirst = text(object, ["summary", "description", "standfirst", "dek"]).flatMap(FeedText.line)
        if let date = text(object, ["date", "published", "pubDate", "date_published", "published_at", "datePublished"]) {
            draft.date = ItemDate.iso(date)
        }
        ArticleDraft.fill(&draft.url, text(object, ["url", "link", "external_url"]))
        ArticleDraft.fill(&draft.author, text(object, ["author", "byline", "authors", "creator"]))
        ArticleDraft.fill(&draft.source, text(object, ["source", "publisher", "site", "site_name"]))
        return draft
    }
}
