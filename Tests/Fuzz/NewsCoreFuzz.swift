// libFuzzer entry point for the three NewsCore targets (see Scripts/fuzz.sh).
//
// The article parser, tagger and quote finder targets share one binary, picked at run time by
// BYLINE_FUZZ_TARGET. Each would otherwise compile all of NewsCore with the sanitizers on its
// own, and those three builds were the longest part of CI's fuzz step.

import Foundation

/// The target this process fuzzes, read once.
let newsCoreFuzzTarget: (UnsafePointer<UInt8>, Int) -> CInt = {
    switch ProcessInfo.processInfo.environment["BYLINE_FUZZ_TARGET"] {
    case "article-parser": return articleParserFuzz
    case "tagger": return taggerFuzz
    case "quote-finder": return quoteFinderFuzz
    case let other:
        fatalError("BYLINE_FUZZ_TARGET must be article-parser, tagger or quote-finder, not \(other ?? "unset")")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func newsCoreFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    newsCoreFuzzTarget(data, size)
}
