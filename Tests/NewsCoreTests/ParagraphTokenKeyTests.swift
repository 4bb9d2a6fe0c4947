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

    /// The ASCII run's hash step is the general step on every letter and digit.
    @Test func alphanumericStepIsTheGeneralStep() {
        for v in UInt32(0)..<0x80 where QuoteMarks.isWordScalar(Unicode.Scalar(v)!) {
            let basis = WordKey.empty.value
            #expect(ParagraphTokenizer.alphanumericKeyStep(basis, v) == WordKey.asciiStep(basis, v))
        }
    }

    /// Plain ASCII words are read by a loop of their own: the words it cuts, next to digits,
    /// inner marks and non-ASCII letters, are the ones the general loop cuts.
    @Test func asciiRunsEndWhereTheGeneralLoopEnds() {
        let text = "Ode2 x86 B52s co-host U.S. don't Ilo's 3:30pm 12,000 cafe\u{301} Zoë Renée Ødegaard FranÃ§ois A&B ab’cd end."
        let scalars = Array(text.unicodeScalars)
        let tokens = ParagraphTokenizer.tokens(scalars, range: 0..<scalars.count, segments: [])
        let cut = tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(cut == [
            "Ode2", "x86", "B52s", "co-host", "U.S", ".", "don't", "Ilo", "'s", "3:30pm", "12,000", "cafe\u{301}", "Zoë",
            "Renée", "Ødegaard", "FranÃ§ois", "A&B", "ab’cd", "end", ".",
        ])
        let kinds: [QuoteToken.Kind] = [.word, .word, .word, .word, .word, .punct, .word, .word, .possessive, .word, .number]
            + Array(repeating: .word, count: 8) + [.punct]
        #expect(tokens.map(\.kind) == kinds)
    }
}
