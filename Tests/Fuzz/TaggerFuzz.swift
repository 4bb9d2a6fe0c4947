// libFuzzer target: the word tokenizer and the entity tagger on arbitrary text (see
// Scripts/fuzz.sh). The tagger runs with the model the package ships, loaded through the
// repository's resource folder (BundleModule.swift).

import Foundation

/// The shipped tagger, loaded once.
let fuzzExtractor: TaggerEntityExtractor = {
    do {
        return try TaggerEntityExtractor()
    } catch {
        fatalError("the tagger model did not load: \(error)")
    }
}()

func taggerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)

    // Tokens of raw text (unsanitised, as in the lab's tools): in order, inside the text.
    let tokens = WordTokenizer.tokens(in: text)
    var end = 0
    for token in tokens {
        check(token.range.lowerBound >= end && token.range.upperBound <= scalars.count && !token.range.isEmpty,
              "token \(token.range) out of order or range (\(scalars.count) scalars)")
        end = token.range.upperBound
    }
    // A sub-range of the scalars, including ones hanging over either end.
    let from = size > 0 ? Int(data[0]) % (scalars.count + 2) - 1 : 0
    _ = WordTokenizer.tokens(in: scalars, range: from..<(from + size / 2))

    // Entities of the article the text makes, as the index would find them.
    guard let article = try? ArticleParser.parse(text: text, path: "fuzz.txt") else { return 0 }
    let count = article.text.unicodeScalars.count
    for entity in fuzzExtractor.entities(in: article) {
        check(!entity.name.isEmpty && !entity.aliases.isEmpty, "entity without a name")
        for mention in entity.mentions {
            check(mention.lowerBound >= 0 && mention.upperBound <= count && !mention.isEmpty, "mention \(mention) out of range (\(count))")
        }
    }
    return 0
}
