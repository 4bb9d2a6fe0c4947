import Foundation
import NewsCore

/// The predictions for one article, in the shape `eval_quotes.py --pred` reads.
struct QuotePrediction {
    /// One predicted quotation; speaker fields are nil when no speaker was found.
    struct Item {
        var start: Int
        var end: Int
        var speaker: String?
        var speakerStart: Int?
        var speakerEnd: Int?
        var speakerResolved: String?
        var kind: String
        var evidence: String?
    }

    var id: String
    var quotes: [Item]

    /// The predictions of `quotes`; terms (nobody's quotation, which `byline quotes` and the
    /// scores leave out) only when `terms` is set.
    init(id: String, quotes: [Quote], terms: Bool = false) {
        self.id = id
        self.quotes = quotes.filter { terms || $0.kind.isQuotation }.map { q in
            Item(
                start: q.range.lowerBound, end: q.range.upperBound, speaker: q.speakerText,
                speakerStart: q.speaker?.lowerBound, speakerEnd: q.speaker?.upperBound,
                speakerResolved: q.speakerEntity, kind: q.kind.rawValue, evidence: q.evidence?.rawValue)
        }
    }

    /// The JSON object of one line: `{"id", "quotes": [{"start","end","speaker","speaker_start","speaker_end"}]}`.
    var json: [String: Any] {
        [
            "id": id,
            "quotes": quotes.map { q -> [String: Any] in
                var o: [String: Any] = ["start": q.start, "end": q.end, "kind": q.kind]
                o["speaker"] = q.speaker ?? NSNull()
                o["speaker_start"] = q.speakerStart ?? NSNull()
                o["speaker_end"] = q.speakerEnd ?? NSNull()
                if let r = q.speakerResolved { o["speaker_resolved"] = r }
                if let e = q.evidence { o["evidence"] = e }
                return o
            },
        ]
    }

    /// The predictions of every article of a corpus, using the paragraph split the gold uses.
    ///
    /// With an `extractor`, speakers are found as the reader finds them, with the tagger's
    /// entities (a pronoun then wants a person or an organisation the tagger typed); without,
    /// from the text alone.
    static func predict(_ articles: [QuoteCorpusArticle], terms: Bool = false, extractor: TaggerEntityExtractor? = nil) -> [QuotePrediction] {
        articles.map { a in
            guard let extractor else {
                return QuotePrediction(id: a.id, quotes: QuoteFinder.quotes(in: a.text), terms: terms)
            }
            let paragraphs = QuoteFinder.paragraphs(in: a.text)
            let blocks = paragraphs.enumerated().map { Block(kind: $0.offset == 0 ? .headline : .paragraph, range: $0.element) }
            let title = paragraphs.first.map { a.text.scalarSlice($0) } ?? ""
            let article = Article(path: a.id, title: title, text: a.text, blocks: blocks)
            let entities = extractor.entities(in: article)
            return QuotePrediction(id: a.id, quotes: QuoteFinder.quotes(in: a.text, paragraphs: paragraphs, entities: entities), terms: terms)
        }
    }

    /// Writes JSONL, one article per line.
    static func write(_ predictions: [QuotePrediction], to path: String) throws {
        var data = Data()
        for p in predictions {
            data.append(try JSONSerialization.data(withJSONObject: p.json, options: [.sortedKeys, .withoutEscapingSlashes]))
            data.append(UInt8(ascii: "\n"))
        }
        try data.write(to: URL(fileURLWithPath: path))
    }
}
