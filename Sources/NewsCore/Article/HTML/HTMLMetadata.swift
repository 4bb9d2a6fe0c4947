/// What a page says about its article outside the article's text: headline, description,
/// date, authors, publisher and address, from JSON-LD, OpenGraph and other meta tags, the
/// canonical link, microdata and the `<title>`, each field from the first of those that has it.
struct HTMLMetadata: Sendable, Equatable {
    var headline: String?
    var description: String?
    var date: String?
    var author: String?
    var publisher: String?
    var url: String?
    var title: String?
    var articleBody: String?

    init(_ tree: HTMLTree) {
        let ld = JSONLDArticle.find(in: tree.jsonLD)
        var meta: [String: String] = [:]
        for (key, value) in tree.metas where meta[key] == nil {
            let cleaned = HTMLText.clean(value)
            if !cleaned.isEmpty { meta[key] = cleaned }
        }
        func first(_ keys: String...) -> String? {
            for key in keys { if let value = meta[key] { return value } }
            return nil
        }
        var microdata: [String: String] = [:]
        var firstTime: String? = nil
        for (node, name, value) in tree.properties {
            let text = value.map(HTMLText.clean) ?? ""
            let resolved = text.isEmpty ? tree.plainText(of: Int(node)) : text
            if name == "datetime" {
                if firstTime == nil, !text.isEmpty { firstTime = text }
            } else if microdata[name] == nil, !resolved.isEmpty, resolved.count <= 200 {
                microdata[name] = resolved
            }
        }

        title = tree.title.map(HTMLText.clean).flatMap { $0.isEmpty ? nil : $0 }
        headline = ld?.headline ?? first("og:title", "twitter:title", "headline", "title") ?? microdata["headline"]
        description = ld?.description ?? first("og:description", "description", "twitter:description")
        date = ld?.datePublished
            ?? first("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                     "published-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
                     "parsely-pub-date", "article.published", "article_date_original", "cxenseparse:recs:publishtime")
            ?? microdata["datePublished"] ?? firstTime
        let authorMeta = [first("author"), first("article:author"), first("dc.creator"), first("parsely-author"),
                          first("sailthru.author"), first("byl"), microdata["author"]]
            .compactMap { $0 }.filter { !Self.isAddress($0) }
        author = ld.flatMap { $0.authors.isEmpty ? nil : $0.authors.filter { !Self.isAddress($0) } }
            .flatMap { $0.isEmpty ? nil : Self.joinNames($0) } ?? authorMeta.first
        publisher = ld?.publisher ?? first("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone")
        let canonical = tree.links.first { $0.rel.split(separator: " ").contains("canonical") }?.href
        url = [canonical, first("og:url"), ld?.url].compactMap { $0 }.map(HTMLText.clean).first { Self.isAddress($0) }
        articleBody = ld?.articleBody
    }

    /// Whether a value is a web address rather than a name ("https://…/people/ana-ribeiro").
    static func isAddress(_ s: String) -> Bool {
        s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("//")
    }

    /// "Ana Ribeiro and Tomas Vell", "A, B and C".
    static func joinNames(_ names: [String]) -> String {
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        guard unique.count > 1 else { return unique.first ?? "" }
        return unique.dropLast().joined(separator: ", ") + " and " + unique.last!
    }

    /// A date as the article keeps it: the `YYYY-MM-DD` it starts with when it has one (the
    /// sort key and what the reader shows), else as written.
    static func day(_ date: String) -> String {
        ArticleParser.isoDay(date) ?? date
    }
}
