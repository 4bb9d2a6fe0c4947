// libFuzzer target: the article parser on arbitrary bytes (see Scripts/fuzz.sh).
//
// Compiled with NewsCore's sources into one module, so internal checks are in reach. Every
// input must parse or be refused with a `Failure`, and a parsed article must keep the
// promises the rest of Byline relies on; a broken promise traps, which libFuzzer reports.

import Foundation

func articleParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    // The first byte picks the format, so every path is explored (a .txt that opens as a page
    // goes to the web-page reader as well).
    let paths = ["fuzz/input.txt", "fuzz/2026-01-02-input.md", "fuzz/input.html"]
    let path = size > 0 ? paths[Int(data[0]) % paths.count] : paths[0]
    guard let article = try? ArticleParser.parse(bytes, path: path) else { return 0 }
    checkArticle(article)
    let part = article.prefix(scalars: Int(size % 97))
    check(part.blocks.allSatisfy { $0.range.upperBound <= part.text.unicodeScalars.count }, "prefix blocks out of range")
    _ = ArticleParser.splitHeadline(String(decoding: bytes, as: UTF8.self))
    return 0
}

/// The promises of `Article`: clean text, blocks in order inside it, a headline first.
func checkArticle(_ article: Article) {
    let scalars = Array(article.text.unicodeScalars)
    check(!article.title.isEmpty, "empty title")
    check(!scalars.contains { TextSanitizer.isUnsafe($0) }, "unsafe scalar in the text")
    check(!article.title.unicodeScalars.contains { TextSanitizer.isUnsafe($0) || $0 == "\n" }, "unsafe scalar in the title")
    var end = 0
    for block in article.blocks {
        check(block.range.lowerBound >= end && block.range.upperBound <= scalars.count, "block \(block) out of order or range")
        check(!block.range.isEmpty, "empty block \(block)")
        end = block.range.upperBound
    }
    for entry in article.meta {
        check(!(entry.key + entry.value).unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "unsafe scalar in front matter")
    }
    if article.format == .html {
        // A page's fields come from its markup and metadata: as clean as its text.
        for field in [article.author, article.source, article.url, article.date, article.standfirst, article.caption, article.credit] {
            check(!(field ?? "").unicodeScalars.contains { TextSanitizer.isUnsafe($0) || $0 == "\n" }, "unsafe scalar in a page's field")
        }
    }
    // Already clean text comes back unchanged.
    check(TextSanitizer.clean(article.text).text == article.text, "sanitising clean text changed it")
}
