import NewsCore

/// What a test wants to see of a quotation: its words, kind and speaker as text.
struct SeenQuote: Equatable, CustomStringConvertible {
    var words: String
    var kind: Quote.Kind
    var speaker: String?

    var description: String { "«\(words)» \(kind.rawValue) by \(speaker ?? "nobody")" }
}

/// The quotations of raw text (paragraphs separated by blank lines), as text: what a reader
/// is shown as someone's words, so terms (titles, scare quotes, words as words) are left out.
func seenQuotes(_ text: String, entities: [ArticleEntity] = []) -> [SeenQuote] {
    QuoteFinder.quotes(in: text, entities: entities).filter(\.kind.isQuotation).map { q in
        SeenQuote(words: text.scalarSlice(q.range), kind: q.kind, speaker: q.speaker.map { text.scalarSlice($0) })
    }
}

/// The speaker, as text, of the quotation with exactly these words: nil when it has none or
/// the words are no quotation.
func seenSpeaker(of words: String, in text: String) -> String? {
    seenQuotes(text).first { $0.words == words }?.speaker
}

/// The quotations of raw text (terms left out), as the finder gives them.
func foundQuotations(_ text: String) -> [Quote] {
    QuoteFinder.quotes(in: text).filter(\.kind.isQuotation)
}

/// The terms of raw text: quoted words that are nobody's quotation.
func seenTerms(_ text: String) -> [String] {
    QuoteFinder.quotes(in: text).filter { $0.kind == .term }.map { text.scalarSlice($0.range) }
}
