import NewsCore

/// What a trail follows through the corpus: one entity's mentions, or its quotations.
///
/// A trail is a full-screen list of places in the corpus, newest first, that Enter opens and
/// `n`/`N` then step through article by article. Everything that differs between kinds is the
/// wording below and the backend's query, so a new kind is a new case here and in the backend's
/// `trailPage`; the screen, paging, stepping and Back are shared.
public enum TrailKind: Sendable, Equatable, Hashable, CaseIterable {
    /// Every mention of the entity, as concordance lines.
    case mentions
    /// Everything the entity is quoted as saying.
    case quotes

    /// What one line of the trail is, in the singular ("mention 3 of 40").
    public var noun: String {
        switch self {
        case .mentions: return "mention"
        case .quotes: return "quotation"
        }
    }

    /// The view's title, "Mentions of Helen Carrow".
    public func title(of entity: ReaderEntity) -> String {
        "\(noun.prefix(1).uppercased())\(noun.dropFirst())s of \(entity.name)"
    }

    /// The header's count, "12 mentions in 5 articles".
    public func countText(_ count: Int, of entity: ReaderEntity) -> String {
        let lines = "\(count) \(noun)\(count == 1 ? "" : "s")"
        switch self {
        case .mentions:
            // The index counts an entity's articles, not its quoted articles: only mentions say so.
            return lines + (entity.corpusArticles.map { " in \($0) article\($0 == 1 ? "" : "s")" } ?? "")
        case .quotes:
            return lines
        }
    }

    /// The line count to show before the first page arrives: the index already counted the
    /// entity's mentions, and nothing yet of its quotations.
    func expectedCount(of entity: ReaderEntity) -> Int {
        switch self {
        case .mentions: return entity.corpusMentions ?? 0
        case .quotes: return 0
        }
    }

    /// What to say when the trail turns out empty; an indexed entity always has mentions.
    func emptyMessage(of entity: ReaderEntity) -> String? {
        switch self {
        case .mentions: return nil
        case .quotes: return "No quotations attributed to \(entity.name)"
        }
    }
}

/// One place on a trail: where in which article, and the text the trail shows for it.
public struct TrailLine: Sendable, Equatable, Hashable {
    public var articleID: Int64
    /// Path relative to the corpus folder.
    public var path: String
    public var title: String
    /// `YYYY-MM-DD`, when the article has a date.
    public var date: String?
    /// The stretch of the article's text Enter and `n` reveal.
    public var range: Range<Int>
    public var text: Text

    /// What a line shows after its article's headline.
    public enum Text: Sendable, Equatable, Hashable {
        /// The words around the place, the place marked (a concordance line).
        case context(MarkedText)
        /// A quotation, drawn in its quotation style.
        case quotation(String, Quote.Kind)
    }

    public init(articleID: Int64, path: String, title: String, date: String?, range: Range<Int>, text: Text) {
        self.articleID = articleID
        self.path = path
        self.title = title
        self.date = date
        self.range = range
        self.text = text
    }

    /// A mention as a concordance line.
    public static func mention(articleID: Int64, path: String, title: String, date: String?, range: Range<Int>, context: MarkedText) -> TrailLine {
        TrailLine(articleID: articleID, path: path, title: title, date: date, range: range, text: .context(context))
    }

    /// A quotation with its kind (direct or partial).
    public static func quote(articleID: Int64, path: String, title: String, date: String?, range: Range<Int>, text: String, kind: Quote.Kind) -> TrailLine {
        TrailLine(articleID: articleID, path: path, title: title, date: date, range: range, text: .quotation(text, kind))
    }
}
