import Foundation

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
