/// Cuts text into `WordToken`s with Unicode scalar offsets, in the CoNLL-2003 style the tagger expects.
///
/// Rules, each for a reason the tagger or the alias merger needs:
/// - the possessive `’s`/`'s` is a token of its own, so `Bolton’s` gives the name `Bolton`;
/// - inner apostrophes stay (`O’Neill`, `don't`), as do hyphens in lower-case compounds
///   (`long-term`), while capitalised compounds split (`Putin-Trump` → `Putin`, `-`, `Trump`);
/// - initials and dotted acronyms keep their full stops (`J.`, `U.S.`), as do common
///   abbreviations and titles (`Mr.`, `Sen.`, `Inc.`), so none of them ends a sentence;
/// - numbers keep inner separators (`3.5`, `1,200`, `1996-08-30`);
/// - a token after `.`, `!` or `?` (and any closing quotes) starts a sentence.
public enum WordTokenizer {
    /// Tokens of a whole string.
    public static func tokens(in text: String) -> [WordToken] {
        let scalars = text.scalarArray
        return tokens(in: scalars, range: 0..<scalars.count)
    }

    /// Tokens of `scalars[range]`; offsets are into `scalars`.
    public static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [WordToken] {
        // (A token every three scalars is room for nearly any block: at a quarter, short blocks
        // full of punctuation grew the array again.)
        gather(capacity: range.count / 3 + 4) { append(tokensIn: scalars, range: range, to: &$0) }
    }

    /// The tokens `write` appends to a `TokenSink`, in an array made with room for `capacity`
    /// of them; when they need more, in one made again with room for all (`write` runs twice).
    @inline(__always)
    static func gather(capacity: Int, _ write: (inout TokenSink) -> Void) -> [WordToken] {
        var needed = 0
        let tokens = [WordToken](unsafeUninitializedCapacity: max(capacity, 0)) { buffer, count in
            var sink = TokenSink(buffer)
            write(&sink)
            needed = sink.count
            count = min(needed, buffer.count)
        }
        guard needed > tokens.count else { return tokens }
        return [WordToken](unsafeUninitializedCapacity: needed) { buffer, count in
            var sink = TokenSink(buffer)
            write(&sink)
            precondition(sink.count == buffer.count, "tokens written differently the second time")
            count = sink.count
        }
    }

    /// Appends the tokens of `scalars[range]` to `sink`, offsets into `scalars`: what
    /// `tokens(in:range:)` returns, for a caller that gathers several ranges' tokens in one
    /// array (an array a range, then copied, was an allocation a range).
    static func append(tokensIn scalars: [Unicode.Scalar], range: Range<Int>, to sink: inout TokenSink) {
        // (Through a local copy, put back at the end: written through the `inout` parameter
        // itself, the loop kept the sink in memory.)
        var out = sink
        defer { sink = out }
        let end = min(range.upperBound, scalars.count)
        // (Through a buffer pointer: every scalar of the article is read here, and indexing the
        // array checks its bounds at each read.)
        scalars.withUnsafeBufferPointer { scalars in
            var i = max(0, range.lowerBound)
            var sentenceStart = true
            while i < end {
                let s = scalars[i]
                if isSpace(s) {
                    i &+= 1
                    continue
                }
                if isAlnum(s) {
                    var hyphenated = false
                    let j = scanWord(scalars, from: i, end: end, hyphenated: &hyphenated)
                    let kind: WordToken.Kind = isDigit(s) ? .number : .word
                    appendWord(&out, scalars, i..<j, kind: kind, sentenceStart: sentenceStart, hyphenated: hyphenated)
                    sentenceStart = false
                    i = j
                    guard i < end else { continue }
                    // A space, after most words, is passed at once (read again at the loop's top,
                    // and tested for an apostrophe, it cost some ten instructions a word).
                    let next = scalars[i]
                    if next == " " {
                        i &+= 1
                        continue
                    }
                    // The possessive ending, or a bare apostrophe after a plural in -s.
                    if isApostrophe(next) {
                        if i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                            i + 2 >= end || !isAlnum(scalars[i + 2])
                        {
                            out.append(WordToken(range: i..<(i + 2), kind: .possessive))
                            i += 2
                        } else if scalars[i - 1] == "s", i + 1 >= end || !isAlnum(scalars[i + 1]) {
                            out.append(WordToken(range: i..<(i + 1), kind: .possessive))
                            i += 1
                        }
                    }
                    continue
                }
                out.append(WordToken(range: i..<(i + 1), kind: .punctuation, startsSentence: sentenceStart))
                // Other punctuation (closing or opening quotes, brackets) leaves the state alone:
                // `He left. “Then…` still starts a sentence at `Then`.
                if s == "." || s == "!" || s == "?" || s == "…" { sentenceStart = true }
                i += 1
            }
        }
    }

    // MARK: - Scanning

    /// The end of the word or number starting at `start`; `hyphenated` is set when it takes in
    /// a hyphen (the only way a "-" gets into a word).
    static func scanWord(_ sc: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, hyphenated: inout Bool) -> Int {
        let numeric = isDigit(sc[start])
        var segmentStart = start  // start of the current dotted segment ("S" in "U.S")
        var j = start + 1
        while j < end {
            // ASCII letters, most of a word's scalars, in a loop of their own (each then cost
            // two moves fewer).
            while (sc[j].value | 0x20) &- 0x61 < 26 {
                j &+= 1
                guard j < end else { return j }
            }
            let c = sc[j]
            // (Wrapping steps: `j` is below `end`, and an overflow check at each of the text's
            // letters was a fifth of the loop.)
            if isAlnum(c) {
                j &+= 1
                continue
            }
            // (A space, which ends most words, is none of the cases below: ruled out at once.)
            if c == " " { break }
            let next: Unicode.Scalar? = j + 1 < end ? sc[j + 1] : nil
            if isApostrophe(c), let n = next, isLetter(n) {
                // Possessive `'s` (then a non-letter) ends the word; `O'Neill` and `don't` do not.
                if n == "s" || n == "S", j + 2 >= end || !isAlnum(sc[j + 2]) { break }
                j += 1
                continue
            }
            if c == "-", let n = next, isAlnum(n) {
                j += 1
                segmentStart = j
                hyphenated = true
                continue
            }
            if c == "." {
                // Initials and dotted acronyms: a single letter before the stop.
                if j - segmentStart == 1, isLetter(sc[segmentStart]) {
                    j += 1
                    segmentStart = j
                    continue
                }
                if numeric, let n = next, isDigit(n) {
                    j += 1
                    continue
                }
                if segmentStart == start, isAbbreviation(sc, start..<j) { j += 1 }
                break
            }
            if numeric, c == "," || c == ":" || c == "/", let n = next, isDigit(n) {
                j += 1
                continue
            }
            break
        }
        // "U.S" without its final stop when the text ends or a word follows: keep what we have.
        return j
    }

    /// Appends a word, splitting a compound of capitalised parts at its hyphens.
    /// (`hyphenated`: whether the word has a hyphen, without which it has one part.)
    static func appendWord(
        _ out: inout TokenSink, _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, kind: WordToken.Kind, sentenceStart: Bool,
        hyphenated: Bool
    ) {
        guard kind == .word, hyphenated, splitsIntoCapitalisedParts(sc, r) else {
            out.append(WordToken(range: r, kind: kind, startsSentence: sentenceStart))
            return
        }
        // Each part, and the hyphen before each but the first. (Found again here rather than
        // collected by the test above: an array of the parts was two allocations a compound.)
        var start = r.lowerBound
        for k in r where sc[k] == "-" {
            let first = start == r.lowerBound
            out.append(WordToken(range: start..<k, kind: .word, startsSentence: sentenceStart && first, hyphenJoined: !first))
            out.append(WordToken(range: k..<(k + 1), kind: .punctuation))
            start = k + 1
        }
        out.append(WordToken(range: start..<r.upperBound, kind: .word, hyphenJoined: true))
    }

    /// Whether `sc[r]` has a hyphen and each of its hyphen-separated parts has two scalars or
    /// more and starts with a capital.
    static func splitsIntoCapitalisedParts(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        // (Most hyphenated words fail on their first part: "long-term", "e-mail".)
        var start = r.lowerBound
        var hyphens = 0
        for k in r where sc[k] == "-" {
            guard k - start >= 2, isUppercase(sc[start]) else { return false }
            start = k + 1
            hyphens += 1
        }
        return hyphens > 0 && r.upperBound - start >= 2 && isUppercase(sc[start])
    }

    // MARK: - Scalar classes

    static func isAbbreviation(_ sc: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        sc.withUnsafeBufferPointer { isAbbreviation($0, r) }
    }

    static func isAbbreviation(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        guard r.count <= 6 else { return false }
        // Most words before a full stop are no abbreviation: rule them out by the key of the
        // word below (`WordKey(ascii:)` of its bytes) before making it. Every word on the list
        // has its key in the list's table, so a key not there is a word not there.
        var h = WordKey.empty.value
        for k in r {
            guard sc[k].isASCII else { return false }
            h = (h ^ UInt64(sc[k].value | 0x20)) &* 0x100_0000_01b3
        }
        guard Abbreviations.taggerTokens.contains(WordKey(value: h)) else { return false }
        var word = ""
        for k in r {
            guard sc[k].isASCII else { return false }
            word.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: sc[k]) | 0x20))
        }
        return Abbreviations.taggerTokens.contains(word)
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || (s.value >= 0x80 && s.properties.isWhitespace)
    }

    /// `s.properties.isUppercase`, answered for ASCII without the property look-up.
    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 48 && s.value <= 57
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        if v >= 97 && v <= 122 { return true }
        return s.value >= 0xC0 && (s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark)
    }

    @inline(__always) static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        // (Letters first: most scalars of a text are, and the test then ends there.)
        isLetter(s) || isDigit(s)
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }
}

/// Room for tokens, written one after another through a pointer as the tokenizer finds them
/// (`WordTokenizer.gather`).
///
/// `Array.append` checked the array's uniqueness (a runtime call) and capacity at each token,
/// some thirty instructions a token, a tenth of building an article's tokens. A token beyond
/// the room is counted, not written, so that the caller can make room for all and write again.
struct TokenSink {
    private let base: UnsafeMutablePointer<WordToken>?
    private let capacity: Int
    /// The number of tokens appended, those that found no room included.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<WordToken>) {
        base = buffer.baseAddress
        capacity = buffer.count
    }

    /// Writes `token` after the others when there is room for it.
    @inline(__always)
    mutating func append(_ token: WordToken) {
        // (Room means a buffer: `unsafelyUnwrapped` spares a test of the pointer at each token.)
        if count < capacity { (base.unsafelyUnwrapped + count).initialize(to: token) }
        count &+= 1
    }
}
