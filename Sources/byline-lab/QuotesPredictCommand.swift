import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab quotes-predict`: quotations and speakers for every article of a quote corpus file.
struct QuotesPredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes-predict",
        abstract: "Find quotations and speakers in a quote-corpus JSONL file.",
        discussion: """
            Writes one JSON line per article, {"id", "quotes": [{"start", "end", "speaker", \
            "speaker_start", "speaker_end", "speaker_resolved", "kind"}]}, with offsets in code points \
            of the article text: the format `eval_quotes.py --pred` reads.
            """
    )

    @Argument(help: "The corpus file (JSONL, one article per line, with `id` and `text`).")
    var file: String

    @Option(name: .long, help: "Where to write the predictions (default: standard output).")
    var out: String?

    @Flag(name: .long, help: "Include terms (scare quotes, titles, words mentioned as words), with kind \"term\".")
    var terms = false

    @Flag(name: .long, help: "Run the entity tagger first and attribute with its entities, as the reader does.")
    var entities = false

    func run() throws {
        let articles = try QuoteCorpusArticle.read(path: file)
        let predictions = QuotePrediction.predict(articles, terms: terms, extractor: entities ? try TaggerEntityExtractor() : nil)
        if let out {
            try QuotePrediction.write(predictions, to: out)
        } else {
            for p in predictions {
                let data = try JSONSerialization.data(withJSONObject: p.json, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
