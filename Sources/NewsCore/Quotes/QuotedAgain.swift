/// Words quoted more than once in an article: a term stays a term, and a headline's quoted
/// words are someone's only if the body quotes them as that person's.
enum QuotedAgain {
    /// The words of a segment, lower-cased, letters and digits only, one space apart; `padded`,
    /// with a space before and after them too (`" " + normalised(segment, s) + " "`).
    ///
    /// Built as UTF-8 bytes and made a `String` once: appending scalar by scalar to a string's
    /// scalar view cost more than the rest of the headline check. (The scalars are read through
    /// their buffer: a quotation may be long, and each read of the array checked its bounds.)
    static func normalised(_ segment: QuoteSegment, _ s: [Unicode.Scalar], padded: Bool = false) -> String {
        let range = segment.start..<segment.end
        precondition(range.lowerBound >= 0 && range.upperBound <= s.count, "a segment outside the text")
        var out: [UInt8] = []
        out.reserveCapacity(range.count + 2)
        if padded { out.append(0x20) }
        let first = out.count
        var space = false
        s.withUnsafeBufferPointer { b in
            for k in range {
                let c = b[k]
                if QuoteMarks.isWordScalar(c) {
                    if space, out.count > first { out.append(0x20) }
                    space = false
                    if c.isASCII {
                        out.append(UInt8(c.value >= 0x41 && c.value <= 0x5A ? c.value + 32 : c.value))
                    } else {
                        appendLowercase(c, to: &out)
                    }
                } else if c != "'", c != "\u{2019}", c != "-" {
                    space = true
                }
            }
        }
        if padded { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 bytes of a scalar's lower case, appended: out of line, so that `normalised`
    /// sets up no room for the Unicode tables' resilient types at every call, ASCII or not
    /// (`ScalarClass.tableIsUpper`).
    @inline(never)
    static func appendLowercase(_ c: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: c.properties.lowercaseMapping.utf8)
    }

    /// Whether `text` holds `words` (both `normalised`, with a space on each side): byte by byte
    /// when both are ASCII, where that is what `contains` answers, else by `contains`.
    static func holds(_ text: String, _ words: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { t in
            words.utf8.withContiguousStorageIfAvailable { w -> Bool? in
                guard !t.contains(where: { $0 >= 0x80 }), !w.contains(where: { $0 >= 0x80 }) else { return nil }
                guard w.count <= t.count else { return false }
                if w.isEmpty { return true }
                var k = 0
                while k + w.count <= t.count {
                    var n = 0
                    while n < w.count, t[k + n] == w[n] { n += 1 }
                    if n == w.count { return true }
                    k += 1
                }
                return false
            } ?? nil
        } ?? nil
        return found ?? text.contains(words)
    }

    /// `The term "blog" … Merriam-Webster said "blog" was …`: short quoted words that were a term
    /// earlier in the article are a term again.
    ///
    /// A phrase that is a term in the headline makes none: a headline borrows the body's quoted
    /// words in few words (`Aide sent 'top secret' files`), and it is the body that says whose
    /// they are (`settleHeadline`), not the headline that says the body's are nobody's. A single
    /// word still does: a headline's one quoted word is mostly a name or a coinage (`Robots learn
    /// 'manners-bot' rules`, a party called 'Candour'), and stays one in the body.
    ///
    /// A lower-case repeat that a cue of its own sentence gives to someone (`cued`) is that
    /// person's words, though the phrase was a label the first time (`"top secret" files`, then
    /// `she said the files were "top secret"`). A cue does not change a name (`'Veritas'`), nor
    /// words mentioned as words (`mentioned`: `the term "blog"`, also when only an earlier
    /// occurrence was), nor the headline's one word: `Merriam-Webster said "blog" headed its
    /// list` reports the word, not the speaker's speech.
    static func settleTerms(
        _ kinds: inout [Quote.Kind?], segments: [QuoteSegment], scalars: [Unicode.Scalar], headline: Int? = nil,
        cued: (Int) -> Bool = { _ in false }, mentioned: (Int) -> Bool = { _ in true }
    ) {
        var terms: Set<String> = []
        var mentions: Set<String> = []
        for i in segments.indices {
            guard let kind = kinds[i] else { continue }
            if kind == .term {
                let words = normalised(segments[i], scalars)
                let inHeadline = segments[i].paragraph == headline
                if inHeadline, words.contains(" ") { continue }
                terms.insert(words)
                if inHeadline || mentioned(i) { mentions.insert(words) }
            } else if kind == .partial, !terms.isEmpty, segments[i].end - segments[i].start <= 60 {
                let words = normalised(segments[i], scalars)
                guard terms.contains(words), words.split(separator: " ").count <= 3 else { continue }
                if !cued(i) || mentions.contains(words) || !ScalarClass.isLower(scalars[segments[i].start]) || mentioned(i) { kinds[i] = .term }
            }
        }
    }

    /// A headline's quoted words that no cue in the headline ties to anyone: someone's words when
    /// the body quotes them as that person's (`E-University 'disgraceful waste'`, then `branded a
    /// "disgraceful waste" by MPs`), with that speaker; else a term (`Camera phones are
    /// 'must-haves'`).
    static func settleHeadline(
        _ kinds: inout [Quote.Kind?], _ attributions: inout [Attribution?], segments: [QuoteSegment], scalars: [Unicode.Scalar],
        headline: Int
    ) {
        var body: [(words: String, index: Int)]? = nil
        for i in segments.indices where segments[i].paragraph == headline {
            guard let kind = kinds[i], kind.isQuotation, !QuoteClassifier.isCued(attributions[i]) else { continue }
            if body == nil {
                body = segments.indices.compactMap { j in
                    guard segments[j].paragraph != headline, let kind = kinds[j], kind.isQuotation, attributions[j] != nil else { return nil }
                    return (normalised(segments[j], scalars, padded: true), j)
                }
            }
            let words = normalised(segments[i], scalars)
            guard !words.isEmpty, let later = body?.first(where: { holds($0.words, " " + words + " ") }) else {
                kinds[i] = .term
                attributions[i] = nil
                continue
            }
            kinds[i] = .partial
            attributions[i] = attributions[later.index].map {
                var a = $0
                a.source = .nextParagraph
                return a
            }
        }
    }
}
