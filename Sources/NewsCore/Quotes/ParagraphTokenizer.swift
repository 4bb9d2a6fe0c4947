/// Cuts a paragraph into `QuoteToken`s, folding each quoted segment into one token.
enum ParagraphTokenizer {
    /// Tokens of `scalars[range]`; `segments` are the paragraph's quoted segments in text order,
    /// a slice of the finder's list (their indices are the finder's).
    static func tokens(
        _ scalars: [Unicode.Scalar], range: Range<Int>, segments: ArraySlice<QuoteSegment>,
        asWords: (Int) -> Bool = { _ in false }
    ) -> [QuoteToken] {
        // Every scalar of the paragraph is read, most more than once: through the buffer, without
        // the array's checks (the rare quoted segments still read the array).
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "a paragraph outside the text")
        var tokens = scalars.withUnsafeBufferPointer { Self.tokens(in: $0, scalars, range: range, segments: segments, asWords: asWords) }
        markSentences(&tokens, scalars)
        return tokens
    }

    /// `tokens(_:range:segments:asWords:)` over the scalars' buffer `s`, before sentences are marked.
    private static func tokens(
        in s: UnsafeBufferPointer<Unicode.Scalar>, _ scalars: [Unicode.Scalar], range: Range<Int>,
        segments: ArraySlice<QuoteSegment>, asWords: (Int) -> Bool
    ) -> [QuoteToken] {
        var tokens: [QuoteToken] = []
        tokens.reserveCapacity(range.count / 4)
        var i = range.lowerBound
        var nextSegment = segments.startIndex
        let end = range.upperBound
        /// Where segment `k` begins (its opening mark), or the paragraph's end: the words before
        /// it stop there. Kept in `from` between segments rather than read at every token.
        func segmentStart(_ k: Int) -> Int {
            k < segments.endIndex ? (segments[k].openMark ?? segments[k].start) : end
        }
        var from = segmentStart(nextSegment)
        /// Where every word's key starts (`WordKey.empty`), read once.
        let keyBasis = WordKey.empty.value
        while i < end {
            // Past the last segment `from` is the paragraph's end, which `i` never reaches here:
            // this one test stands for "a segment is left and it begins here".
            if i >= from {
                let index = nextSegment
                let seg = segments[index]
                // A segment cut short by a second opener ends where its text ends.
                let to = seg.closeMark.map { $0 + 1 } ?? (seg.openEnd ? end : seg.end)
                if asWords(index) {
                    // A title or a name in quotation marks (`"Ted Cruz" campaign pins`) is one
                    // word of the narrative, not a quotation that ends a clause. A comma the
                    // style puts inside the marks still ends the narrative's clause (`on the
                    // network's "Night Desk," Ada Ode said`), or the title reads as the start of
                    // the name after it; it becomes a comma token with the closing mark.
                    var last = seg.end
                    while last > seg.start, QuoteMarks.isSpace(scalars[last - 1]) { last -= 1 }
                    let comma = last - 1 > seg.start && scalars[last - 1] == "," ? last - 1 : nil
                    tokens.append(QuoteToken(
                        start: from, end: comma ?? max(to, seg.end), kind: .word, key: WordKey(scalars, seg.start..<(comma ?? seg.end)),
                        capitalised: NameMentions.isUpper(scalars[seg.start]), scalar: " ", segment: -1))
                    if let comma {
                        tokens.append(QuoteToken(
                            start: comma, end: max(to, seg.end), kind: .punct, key: .empty, capitalised: false, scalar: ",", segment: -1))
                    }
                } else {
                    tokens.append(QuoteToken(
                        start: from, end: max(to, seg.end), kind: .quote, key: .empty, capitalised: false,
                        scalar: " ", segment: index))
                }
                i = max(i, max(to, seg.end))
                nextSegment += 1
                from = segmentStart(nextSegment)
                continue
            }
            // (Clamped to the text like the paragraph: the buffer has no checks of its own.)
            let limit = min(from, s.count)
            let c = s[i]
            if QuoteMarks.isSpace(c) {
                i += 1
                continue
            }
            if QuoteMarks.isWordScalar(c) {
                var j = i + 1
                var isNumber = isDigit(c)
                // The word's key, hashed as the scan reads each scalar rather than read again
                // after it: `WordKey(ascii:_:)`'s hash while the word is ASCII (`ascii`), as
                // nearly every word is; any other is keyed by the general init below.
                var hash = WordKey.asciiStep(keyBasis, c.value)
                var ascii = c.isASCII
                // Most words are a run of ASCII letters: read it in a loop that keeps only the
                // hash, where the general loop below also carries `isNumber` and `ascii` at every
                // scalar (neither changes here: the word is no number, and ASCII leaves `ascii`).
                if !isNumber {
                    while j < limit, s[j].value < 0x80, QuoteMarks.isWordScalar(s[j]) {
                        hash = Self.alphanumericKeyStep(hash, s[j].value)
                        j += 1
                    }
                }
                while j < limit {
                    let d = s[j]
                    // Most words end at a space, which none of the tests below lets in: it ends
                    // the word at once.
                    if d == " " { break }
                    if QuoteMarks.isWordScalar(d) {
                        if isNumber, !isDigit(d) { isNumber = false }
                        hash = WordKey.asciiStep(hash, d.value)
                        ascii = ascii && d.isASCII
                        j += 1
                        continue
                    }
                    // Any scalar below joins the word: none is a letter or a digit.
                    // A combining accent (decomposed text: `e` + U+0301) belongs to its letter.
                    if d.value >= 0x300, d.value <= 0x36F {
                        ascii = false
                        j += 1
                        continue
                    }
                    // `FranÃ§ois`: UTF-8 read as Latin-1 turns a letter into `Ã` or `Â` (maybe
                    // decomposed) and a sign (`§`, `©`, `¡`); the sign is still part of the word, or
                    // the name falls apart.
                    if d.value >= 0x80, d.value <= 0xBF, d.value != 0xA0, d != "\u{AB}", d != "\u{BB}",
                        s[j - 1] == "\u{C3}" || s[j - 1] == "\u{C2}" || s[j - 1] == "\u{303}" || s[j - 1] == "\u{302}"
                    {
                        ascii = false
                        j += 1
                        continue
                    }
                    // Inner apostrophes, hyphens and dots keep a word whole: don't, co-host, U.S.
                    if j + 1 < limit, QuoteMarks.isWordScalar(s[j + 1]) {
                        if d == "'" || d == "\u{2019}" {
                            // …but a possessive 's is its own token.
                            if s[j + 1] == "s", j + 2 >= limit || !QuoteMarks.isWordScalar(s[j + 2]) { break }
                            hash = WordKey.asciiStep(hash, d.value)
                            ascii = ascii && d.isASCII
                            j += 1
                            continue
                        }
                        if d == "-" || d == "." || d == "&" || (isNumber && (d == "," || d == ":")) {
                            hash = WordKey.asciiStep(hash, d.value)
                            j += 1
                            continue
                        }
                    }
                    break
                }
                let key = ascii ? WordKey(value: hash) : WordKey(scalars, i..<j)
                tokens.append(QuoteToken(
                    start: i, end: j, kind: isNumber ? .number : .word, key: key,
                    capitalised: NameMentions.isUpper(c), scalar: " ", segment: -1))
                // The space after a word is no token: stepped over here rather than by another
                // turn of the outer loop (`j < limit` keeps it before the next segment).
                i = j < limit && s[j] == " " ? j + 1 : j
                continue
            }
            if (c == "'" || c == "\u{2019}"), i + 1 < limit, s[i + 1] == "s" || s[i + 1] == "S",
                i + 2 >= limit || !QuoteMarks.isWordScalar(s[i + 2]), i > range.lowerBound,
                QuoteMarks.isWordScalar(s[i - 1])
            {
                tokens.append(QuoteToken(
                    start: i, end: i + 2, kind: .possessive, key: QuoteWords.possessiveKey, capitalised: false, scalar: " ",
                    segment: -1))
                i += 2
                continue
            }
            tokens.append(QuoteToken(
                start: i, end: i + 1, kind: .punct, key: .empty, capitalised: false, scalar: c, segment: -1))
            i += 1
        }
        return tokens
    }

    /// `WordKey.asciiStep` of an ASCII letter or digit: setting bit 5 folds a capital and leaves
    /// a small letter or a digit as it is, one `or` where `asciiStep` tests for a capital.
    @inline(__always)
    static func alphanumericKeyStep(_ hash: UInt64, _ v: UInt32) -> UInt64 {
        (hash ^ UInt64(v | 0x20)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
        return ScalarClass.isNumeric(c)
    }

    /// Sets `sentenceStart` and `sentence`: a full stop, question or exclamation mark (or a quotation
    /// ending in one) followed by a capitalised word or another quotation starts a new sentence,
    /// unless the stop closes an abbreviation or an initial.
    static func markSentences(_ tokens: inout [QuoteToken], _ scalars: [Unicode.Scalar]) {
        // Every token is read twice and written: through the buffer, without the array's checks.
        tokens.withUnsafeMutableBufferPointer { markSentences($0, scalars) }
    }

    static func markSentences(_ tokens: UnsafeMutableBufferPointer<QuoteToken>, _ scalars: [Unicode.Scalar]) {
        var sentence = 0
        for k in tokens.indices {
            var starts = k == 0
            if k > 0 {
                let prev = tokens[k - 1]
                let cur = tokens[k]
                let opensLikeSentence = cur.capitalised || cur.kind == .quote || cur.kind == .number
                if prev.kind == .punct, prev.scalar == "." || prev.scalar == "!" || prev.scalar == "?" || prev.scalar == "\u{2026}" {
                    if opensLikeSentence {
                        starts = true
                        if prev.scalar == ".", k >= 2, tokens[k - 2].kind == .word {
                            let w = tokens[k - 2]
                            let isInitial = w.end - w.start == 1 && w.capitalised
                            // Abbreviations are capitalised (`Sen.`, `Mass.`) or dotted (`U.S.`); a
                            // lower-case `no.` ends a sentence.
                            let dotted = scalars[w.start..<w.end].contains(".")
                            if isInitial || Abbreviations.all.contains(w.key) && (w.capitalised || dotted) { starts = false }
                            // `in the U.S. He said`: after an abbreviation that is not a title, a
                            // pronoun or article still opens a sentence.
                            if !starts, !isInitial, !PersonTitles.speakerTitles.contains(w.key), cur.kind == .word,
                                FunctionWords.sentenceOpeners.contains(cur.key)
                            {
                                starts = true
                            }
                        }
                    }
                } else if opensLikeSentence, prev.kind == .quote || isFoldedSegment(prev, scalars), quoteEndsSentence(prev, scalars),
                    !(quoteEndsInQuestionOrExclamation(prev, scalars) && cueClauseFollows(tokens, k))
                {
                    starts = true
                } else if prev.kind == .punct, prev.scalar == ")" || prev.scalar == "]", k >= 2,
                    tokens[k - 2].isPunct("."), cur.capitalised
                {
                    starts = true
                }
            }
            if starts, k > 0 { sentence += 1 }
            tokens[k].sentenceStart = starts
            tokens[k].sentence = sentence
        }
    }

    /// `"Why?" Ode asked.`: a name or pronoun then a cue verb, which continue the quotation's sentence.
    static func cueClauseFollows<Tokens: RandomAccessCollection<QuoteToken>>(_ tokens: Tokens, _ k: Int) -> Bool where Tokens.Index == Int {
        var j = k
        var sawSubject = false
        var sawComma = false
        while j < tokens.count, j < k + 16 {
            let t = tokens[j]
            if t.kind == .word {
                if !t.capitalised, SpeechVerbs.cues.contains(t.key) {
                    // `"Why?" Ode asked.` and `"Why?" Ode said to the crowd` end the quotation's
                    // sentence; `"Why?" Ode said he would …` and `… said that …` start one of their own.
                    let opensClause = j + 1 < tokens.count && tokens[j + 1].kind == .word
                        && (Pronouns.subjects.contains(tokens[j + 1].key) || tokens[j + 1].key == QuoteWords.thatKey)
                    return sawSubject && !opensClause
                }
                // After a comma an appositive may hold any words: `Ode, a retired welder, said`.
                if t.capitalised || Pronouns.subjects.contains(t.key) || ClauseWords.interveners.contains(t.key) || sawComma && sawSubject {
                    sawSubject = true
                } else {
                    return false
                }
            } else if t.kind == .punct, t.scalar == "." || t.scalar == "," || t.scalar == "-" || t.scalar == "(" || t.scalar == ")" {
                if t.scalar == "," { sawComma = true }
                // `Rep. Ada Ode, D-Ore., said`: titles, party labels and their punctuation.
            } else {
                return false
            }
            j += 1
        }
        return false
    }

    /// A quoted title or term folded into one word of the narrative (`a goal of "Peace Through
    /// Strength."`): its marks are part of the token. A stop inside its closing mark ends the
    /// sentence all the same, or the next sentence's cue would reach back to this one's subject.
    static func isFoldedSegment(_ token: QuoteToken, _ scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .word && token.end - token.start >= 2 && QuoteMarks.isAnyMark(scalars[token.start])
            && QuoteMarks.isAnyMark(scalars[token.end - 1])
    }

    /// `"Why?" Ode asked.` is one sentence; `"No." He left.` is two.
    static func quoteEndsInQuestionOrExclamation(_ token: QuoteToken, _ scalars: [Unicode.Scalar]) -> Bool {
        var j = token.end - 1
        while j > token.start, QuoteMarks.isAnyMark(scalars[j]) || QuoteMarks.isSpace(scalars[j]) { j -= 1 }
        return j > token.start && (scalars[j] == "?" || scalars[j] == "!")
    }

    /// The quoted content ends with sentence punctuation (just inside the closing mark).
    static func quoteEndsSentence(_ token: QuoteToken, _ scalars: [Unicode.Scalar]) -> Bool {
        var j = token.end - 1
        // Step back over the closing mark(s) and spaces.
        while j > token.start, QuoteMarks.isAnyMark(scalars[j]) || QuoteMarks.isSpace(scalars[j]) { j -= 1 }
        guard j > token.start else { return false }
        let c = scalars[j]
        return c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }
}
