import ArgumentParser
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
    static func read(path: String) throws -> [QuoteCorpusArticle] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var out: [QuoteCorpusArticle] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
            guard let row = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ValidationError("a line of \(path) is not a JSON object")
            }
            out.append(try QuoteCorpusArticle(row: row))
        }
        return out
    }

    init(row: [String: Any]) throws {
        guard let id = row["id"] as? String, let text = row["text"] as? String else {
            throw ValidationError("a record lacks `id` or `text`")
        }
        self.id = id
        self.text = text
        quotes = (row["quotes"] as? [[String: Any]] ?? []).map { q in
            var fragments: [Range<Int>] = []
            if let fr = q["speaker_fragments"] as? [[Int]], !fr.isEmpty {
                fragments = fr.compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
            } else if let s = q["speaker_start"] as? Int, let e = q["speaker_end"] as? Int, s <= e {
                fragments = [s..<e]
            }
            return GoldQuote(
                start: q["start"] as? Int ?? 0, end: q["end"] as? Int ?? 0, speaker: q["speaker"] as? String,
                speakerFragments: fragments, speakerResolved: q["speaker_resolved"] as? String,
                kind: q["kind"] as? String, openEnd: q["open_end"] as? Bool ?? false,
                speakerIsPronoun: q["speaker_is_pronoun"] as? Bool ?? false)
        }
        otherQuoted = (row["other_quoted"] as? [[String: Any]] ?? []).compactMap { o in
            guard let s = o["start"] as? Int, let e = o["end"] as? Int, s <= e else { return nil }
            return s..<e
        }
    }
}
