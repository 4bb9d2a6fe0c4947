import Foundation

/// One article of the quote-attribution corpus (`shared/corpora/quotes/*.jsonl`) with its gold.
struct QuoteCorpusArticle {
    /// A gold quotation: content span, and the speaker as the annotator marked it.
    struct GoldQuote {
        var start: Int
        var end: Int
        var speaker: String?
        /// The speaker span and, for discontinuous sources, its fragments.
        var speakerFragments: [Range<Int>]
        var speakerResolved: String?
        var kind: String?
        var openEnd: Bool
        var speakerIsPronoun: Bool
    }

    var id: String
    var text: String
    var quotes: [GoldQuote]
    /// Quoted stretches the annotators did not treat as attributed quotations.
    var otherQuoted: [Range<Int>]

    /// Reads a JSONL file, one article per line.
    ///
    /// `JSONDecoder`, not `JSONSerialization`: on Linux the latter drops a U+FEFF at the start of a
    /// string or after a line break inside it, which shifts every offset after it by one.
    static func read(path: String) throws -> [QuoteCorpusArticle] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        var out: [QuoteCorpusArticle] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
            let row = try decoder.decode(Row.self, from: Data(line))
            out.append(QuoteCorpusArticle(row: row))
        }
        return out
    }

    /// One JSONL record as stored.
    struct Row: Decodable {
        struct GoldRow: Decodable {
            var start: Int
            var end: Int
            var speaker: String?
            var speaker_start: Int?
            var speaker_end: Int?
            var speaker_fragments: [[Int]]?
            var speaker_resolved: String?
            var kind: String?
            var open_end: Bool?
            var speaker_is_pronoun: Bool?
        }
        struct OtherRow: Decodable {
            var start: Int
            var end: Int
        }
        var id: String
        var text: String
        var quotes: [GoldRow]?
        var other_quoted: [OtherRow]?
    }

    init(row: Row) {
        id = row.id
        text = row.text
        quotes = (row.quotes ?? []).map { q in
            var fragments: [Range<Int>] = []
            if let fr = q.speaker_fragments, !fr.isEmpty {
                fragments = fr.compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
            } else if let s = q.speaker_start, let e = q.speaker_end, s <= e {
                fragments = [s..<e]
            }
            return GoldQuote(
                start: q.start, end: q.end, speaker: q.speaker, speakerFragments: fragments,
                speakerResolved: q.speaker_resolved, kind: q.kind, openEnd: q.open_end ?? false,
                speakerIsPronoun: q.speaker_is_pronoun ?? false)
        }
        otherQuoted = (row.other_quoted ?? []).compactMap { $0.start <= $0.end ? $0.start..<$0.end : nil }
    }
}
