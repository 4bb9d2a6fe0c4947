@testable import NewsCore
import Testing

/// The quote tokenizer hashes each word's key as it reads the word: every key must be the one
/// the general init gives the word's scalars, ASCII or not.
@Suite struct ParagraphTokenKeyTests {
    static let paragraphs = [
        """
        Ada Ode's co-host, Mr. Ben Ilo (U.S. Navy), said on 12,000 "doesn't count" posts: "We're fine," and D&G's \
        chair didn't.
        """,
        """
        Zoë Ødegaard-Nuñez told the ÉCOLE board that cafe\u{301} owners’ plans weren’t “final” — FranÃ§ois Ilo’s \
        view, 3:30pm, ΣΩσς ﬁne İstanbul.
        """,
    ]

    @Test func wordKeysAreTheGeneralKeys() {
        for text in Self.paragraphs {
            let scalars = Array(text.unicodeScalars)
            let segments = QuoteSegmenter.segments(scalars, paragraphs: [0..<scalars.count])
            let tokens = ParagraphTokenizer.tokens(scalars, range: 0..<scalars.count, segments: segments[...])
            let words = tokens.filter { $0.kind == .word || $0.kind == .number }
            #expect(words.count > 15)
            for t in words {
                #expect(t.key == WordKey(scalars, t.start..<t.end), "\(String(String.UnicodeScalarView(scalars[t.start..<t.end])))")
            }
        }
    }
}
