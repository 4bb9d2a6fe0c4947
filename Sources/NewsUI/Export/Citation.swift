import NewsCore

/// An article named so it can be found again: "Headline", Source, Date, path or URL.
public struct Citation: Sendable, Equatable {
    public var headline: String
    public var source: String?
    /// `YYYY-MM-DD`, the article's own date (a file's modification day is no publication date).
    public var date: String?
    /// The article's URL when it has one, else its file's path.
    public var location: String

    public init(headline: String, source: String? = nil, date: String? = nil, location: String) {
        self.headline = headline
        self.source = source
        self.date = date
        self.location = location
    }

    /// The citation of an open article, whose file is `path`.
    public init(_ article: Article, path: String) {
        self.init(headline: article.title, source: article.source, date: article.date, location: article.url ?? path)
    }

    /// `"Headline", Source, 2026-05-01, https://…`, the parts it lacks left out.
    public var text: String {
        ["\"" + headline + "\"", source, date, location].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A quotation with its speaker and this citation: `“…” — Name, "Headline", …`.
    public func quoting(_ quotation: String, speaker: String?) -> String {
        "“" + quotation + "” — " + (speaker.map { $0 + ", " } ?? "") + text
    }

    /// A mention's context line with this citation: `… words around it … — "Headline", …`.
    public func mentioning(_ context: String) -> String {
        context + " — " + text
    }
}
