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
        let dateKeys = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                        "published-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
                        "parsely-pub-date", "article.published", "article_date_original", "cxenseparse:recs:publishtime"]
        let dates = [ld?.datePublished] + dateKeys.map { meta[$0] } + [microdata["datePublished"], firstTime]
        // The first that reads as a day; else the first as written, unless it is an ISO date
        // out of range (the "0001-01-01" of an empty field).
        date = dates.lazy.compactMap { $0.flatMap(Self.day) }.first
            ?? dates.lazy.compactMap { $0 }.first { ArticleParser.isoDay($0) == nil }
        let authorMeta = [first("author"), first("article:author"), first("dc.creator"), first("parsely-author"),
                          first("sailthru.author"), first("byl"), microdata["author"]]
            .compactMap { $0 }.filter { !Self.isAddress($0) }
        author = (ld.flatMap { $0.authors.isEmpty ? nil : $0.authors.filter { !Self.isAddress($0) } }
            .flatMap { $0.isEmpty ? nil : Self.joinNames($0) } ?? authorMeta.first).map(Self.withoutByPrefix)
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

    /// "By Ana Ribeiro" → "Ana Ribeiro"; a byline run on into a date ("… | 12 May") loses it.
    static func withoutByPrefix(_ name: String) -> String {
        var name = Substring(name)
        if name.lowercased().hasPrefix("by ") { name = name.dropFirst(3) }
        if let bar = name.range(of: " | ") { name = name[..<bar.lowerBound] }
        let trimmed = name.trimmingSpaces()
        return trimmed.isEmpty ? String(name) : trimmed
    }

    /// A date as the article keeps it: the day as `YYYY-MM-DD` (the sort key and what the
    /// reader shows), read from an ISO date or from English writing ("Nov 19, 2019",
    /// "19 November 2019 07:09 GMT"); nil when it holds no plausible day.
    static func day(_ date: String) -> String? {
        if let iso = ArticleParser.isoDay(date) {
            guard let year = Int(iso.prefix(4)), year >= 1900 else { return nil }
            return iso
        }
        return writtenDay(date)
    }

    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The day in "Nov 19, 2019", "19 November 2019", "Fri 6:45 PM, Feb 16, 2018": a month's
    /// English name, a day of the month beside it and a year from 1900 on.
    private static func writtenDay(_ text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let m = words.firstIndex(where: { months[$0] != nil }), let month = months[words[m]] else { return nil }
        guard let year = words.compactMap({ $0.count == 4 ? Int($0) : nil }).first(where: { (1900...2100).contains($0) }) else { return nil }
        let neighbours = [m + 1, m - 1].filter { words.indices.contains($0) }
        guard let day = neighbours.compactMap({ words[$0].count <= 2 ? Int(words[$0]) : nil }).first(where: { (1...31).contains($0) })
        else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
