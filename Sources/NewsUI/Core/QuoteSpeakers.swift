import NewsCore

/// Who is quoted in each paragraph, for the speaker line the body shows after it.
public struct QuoteSpeakers: Sendable, Equatable {
    /// Speaker names by the start of the quotation they said, in text order.
    private var quotes: [(start: Int, name: String)]

    public static func == (lhs: QuoteSpeakers, rhs: QuoteSpeakers) -> Bool {
        lhs.quotes.map(\.start) == rhs.quotes.map(\.start) && lhs.quotes.map(\.name) == rhs.quotes.map(\.name)
    }

    /// Direct quotations with a speaker the reader can name: the resolved entity, or the
    /// speaker as written unless it is only a pronoun.
    public init(_ open: OpenArticle) {
        quotes = open.quotes.compactMap { quote in
            guard quote.kind == .direct else { return nil }
            if let entity = quote.speakerEntity, !entity.isEmpty { return (quote.range.lowerBound, entity) }
            guard let text = quote.speakerText, !Self.isPronoun(text) else { return nil }
            return (quote.range.lowerBound, text)
        }
        .sorted { $0.0 < $1.0 }
    }

    /// "Ingrid Lindqvist" or "Ingrid Lindqvist; the council" for quotations starting in `range`.
    public func tag(for range: Range<Int>) -> String? {
        var names: [String] = []
        for quote in quotes where range.contains(quote.start) && !names.contains(quote.name) {
            names.append(quote.name)
        }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    static func isPronoun(_ text: String) -> Bool {
        ["he", "she", "they", "it", "we", "i", "you"].contains(text.lowercased())
    }
}
