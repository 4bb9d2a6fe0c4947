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

/// Reads JSON Lines (NDJSON): one article a line. A `.json` file that is not a JSON Feed is
/// read here too: an array of objects, or objects one a line.
enum JSONLinesReader {
    static func items(_ data: Data) -> FoundItems {
        var found = FoundItems()
        found.noun = "line"
        let text = String(decoding: data, as: UTF8.self)
        // A whole-file array (`[{…}, {…}]`) is a JSON dump too: its elements are the items.
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "[",
            let array = try? JSONSerialization.jsonObject(with: Data(text.utf8.drop { $0 != UInt8(ascii: "[") }), options: [.fragmentsAllowed]) as? [Any]
        {
            found.noun = "element"
            for (i, element) in array.enumerated() { add(element, position: i + 1, to: &found) }
            return found
        }
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            if trimmed.isEmpty { continue }
            guard let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) else {
                found.warnings.append("line \(number) is not JSON; skipped")
                continue
            }
            add(value, position: number, to: &found)
        }
        return found
    }

    private static func add(_ value: Any, position: Int, to found: inout FoundItems) {
        guard let object = value as? [String: Any] else {
            found.warnings.append("\(found.noun) \(position) is not a JSON object; skipped")
            return
        }
        let draft = JSONItemFields.draft(object)
        guard !draft.body.isEmpty else {
            found.warnings.append("\(found.noun) \(position) has no text; skipped")
            return
        }
        found.drafts.append(.init(rawID: JSONItemFields.text(object, ["id", "guid"]) ?? JSONItemFields.text(object, ["url", "link"]),
                                  position: position, draft: draft))
    }
}

/// Reads a JSON Feed (1.0 or 1.1): an article an item.
///
/// `content_html` (else `content_text`) is the body and `summary` the standfirst;
/// `authors` (1.1) or `author` (1.0), `date_published`, `url`, and the feed's `title` as the
/// source; the id comes from `id`, else `url`.
enum JSONFeedReader {
    static func items(_ data: Data) -> FoundItems {
        var found = FoundItems()
        guard let feed = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            found.warnings.append("the JSON Feed is not a JSON object")
            return found
        }
        let source = JSONItemFields.text(feed, ["title"]).flatMap(FeedText.line)
        let feedAuthor = JSONItemFields.text(feed, ["authors", "author"])
        guard let items = feed["items"] as? [Any] else {
            found.warnings.append("the JSON Feed has no items")
            return found
        }
        for (i, value) in items.enumerated() {
            guard let item = value as? [String: Any] else {
                found.warnings.append("item \(i + 1) is not a JSON object; skipped")
                found.drafts.append(.init(rawID: nil, position: i + 1, draft: nil))
                continue
            }
            var draft = JSONItemFields.draft(item)
            if draft.source == nil { draft.source = source }
            if draft.author == nil, let feedAuthor { draft.author = HTMLText.clean(feedAuthor) }
            found.drafts.append(.init(rawID: JSONItemFields.text(item, ["id"]) ?? JSONItemFields.text(item, ["url"]), position: i + 1, draft: draft))
        }
        return found
    }
}
