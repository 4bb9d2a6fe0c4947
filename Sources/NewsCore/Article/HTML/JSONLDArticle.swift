import Foundation

/// The article object of a page's JSON-LD (schema.org `NewsArticle` and its kin).
struct JSONLDArticle: Sendable, Equatable {
    var headline: String?
    var description: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    /// The article's text as the publisher gave it to search engines: used only to find the
    /// article in the markup, never as the text itself (it is often cut short or unparagraphed).
    var articleBody: String?

    /// The first article object in a page's JSON-LD scripts, if any.
    static func find(in scripts: [String]) -> JSONLDArticle? {
        var fallback: [String: Any]? = nil
        for script in scripts {
            guard let root = parse(script) else { continue }
            var objects: [[String: Any]] = []
            collect(root, into: &objects, depth: 0)
            for object in objects {
                if isArticle(object) { return JSONLDArticle(object) }
                if fallback == nil, object["headline"] != nil { fallback = object }
            }
        }
        return fallback.map(JSONLDArticle.init)
    }

    private init(_ object: [String: Any]) {
        headline = Self.text(object["headline"]) ?? Self.text(object["name"])
        description = Self.text(object["description"])
        datePublished = Self.text(object["datePublished"]) ?? Self.text(object["dateCreated"])
        authors = Self.names(object["author"]) + (object["author"] == nil ? Self.names(object["creator"]) : [])
        publisher = Self.names(object["publisher"]).first ?? Self.names(object["sourceOrganization"]).first
        url = Self.text(object["url"]) ?? Self.names(object["mainEntityOfPage"], key: "@id").first
        articleBody = Self.text(object["articleBody"]) ?? Self.text(object["text"])
    }

    /// Parses a script's text, tolerating what pages put around and inside their JSON: comment
    /// or CDATA wrappers, a trailing semicolon, raw line breaks inside strings.
    private static func parse(_ script: String) -> Any? {
        var text = Substring(script).trimmingSpaces()
        for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] where text.hasPrefix(open) {
            text = String(text.dropFirst(open.count)).trimmingSpaces()
            if text.hasSuffix(close) { text = String(text.dropLast(close.count)).trimmingSpaces() }
        }
        while text.hasSuffix(";") { text.removeLast() }
        let cleaned = String(decoding: text.utf8.map { $0 < 0x20 ? 0x20 : $0 }, as: UTF8.self)
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    /// Every object in the document, `@graph` members and array elements included.
    private static func collect(_ value: Any, into out: inout [[String: Any]], depth: Int) {
        guard depth < 8, out.count < 200 else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, into: &out, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            out.append(object)
            if let graph = object["@graph"] { collect(graph, into: &out, depth: depth + 1) }
            if let main = object["mainEntity"] as? [String: Any] { collect(main, into: &out, depth: depth + 1) }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let type = object["@type"] as? String {
            types = [type]
        } else if let array = object["@type"] as? [Any] {
            types = array.compactMap { $0 as? String }
        } else {
            return false
        }
        return types.contains { type in
            let t = type.split(separator: "/").last.map(String.init) ?? type
            return t.hasSuffix("Article") || t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report"
                || t == "SocialMediaPosting" || t == "Review"
        }
    }

    /// A string value (the first of an array), entities decoded and whitespace collapsed.
    /// JSON escapes can spell any control character, so escape sequences are removed whole
    /// here, as from a text file (the page's own text never holds an ESC by then).
    private static func text(_ value: Any?) -> String? {
        var value = value
        if let array = value as? [Any] { value = array.first }
        guard let string = value as? String else { return nil }
        let cleaned = HTMLText.clean(TextSanitizer.clean(HTMLEntities.decode(string)).text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Names from a string, an object with `name` (or `key`), or an array of either.
    private static func names(_ value: Any?, key: String = "name") -> [String] {
        switch value {
        case let string as String:
            return text(string).map { [$0] } ?? []
        case let object as [String: Any]:
            return text(object[key]).map { [$0] } ?? []
        case let array as [Any]:
            return array.prefix(10).flatMap { names($0, key: key) }
        default:
            return []
        }
    }
}
