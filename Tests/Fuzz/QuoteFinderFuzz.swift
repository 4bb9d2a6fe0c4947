// libFuzzer target: the quote finder and its attribution on arbitrary text (see
// Scripts/fuzz.sh), on raw lines and on a parsed article with entities.

import Foundation

func quoteFinderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    checkQuotes(QuoteFinder.quotes(in: text), in: text)

    guard let article = try? ArticleParser.parse(text: text, path: "fuzz.txt") else { return 0 }
    // The rule-based extractor: cheap, and its names give attribution something to resolve.
    let entities = CapitalisationExtractor().entities(in: article)
    checkQuotes(QuoteFinder.quotes(in: article, entities: entities), in: article.text)
    return 0
}

/// Every quotation and speaker lies inside the text; speakers are named.
func checkQuotes(_ quotes: [Quote], in text: String) {
    let count = text.unicodeScalars.count
    for quote in quotes {
        check(quote.range.lowerBound >= 0 && quote.range.upperBound <= count && !quote.range.isEmpty,
              "quote \(quote.range) out of range (\(count) scalars)")
        if let speaker = quote.speaker {
            check(speaker.lowerBound >= 0 && speaker.upperBound <= count && !speaker.isEmpty, "speaker \(speaker) out of range")
            check(quote.speakerText?.isEmpty == false, "a speaker span without its text")
        }
        if let cue = quote.cue {
            check(cue.lowerBound >= 0 && cue.upperBound <= count, "cue \(cue) out of range")
        }
    }
}
