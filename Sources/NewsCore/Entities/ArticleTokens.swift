/// An article cut into the tokens the tagger reads, with the document-level facts the mention
/// rules ask about: which tokens open a sentence, which words the article writes in lower case,
/// and which it capitalises in running text.
struct ArticleTokens {
    let scalars: [Unicode.Scalar]
    /// The article's tokens, block by block, without any caption's photo credit.
    let tokens: [WordToken]
    /// Whether the tagger should start a new sentence at each token.
    let sentenceBreak: [Bool]
    /// Whether each token opens a sentence, a block or a quotation (its capital says little).
    let initial: [Bool]
    /// Whether each token is inside a quotation (between double quotation marks in its block).
    let inQuote: [Bool]
    /// Scalar offset where the headline ends.
    let headlineEnd: Int
    /// Whether the headline capitalises most of its words ("Port Strike Talks Collapse").
    let titleCaseHeadline: Bool
    /// Whether each block is a headline or subheading in title case.
    let titleCaseBlocks: [Bool]
    /// Whether each token is in a title-case line: the headline or a subheading that capitalises
    /// most of its words, where capitals say little.
    private let titleCaseLine: [Bool]
    /// Lower-cased forms of words the article writes in lower case somewhere.
    let lowerWords: Set<String>
    /// Words the article capitalises on their own somewhere other than a sentence's start or a
    /// title-case headline.
    let capitalisedInRunningText: Set<String>
    /// Words the article capitalises anywhere other than a sentence's start or a title-case
    /// headline, alone or inside a longer name.
    let capitalisedInBody: Set<String>
    /// Words capitalised at a sentence's start outside the headline.
    let capitalisedAtStart: Set<String>
    /// Scalar ranges of the headline, standfirst and captions.
    let lead: [Range<Int>]
    /// Whether the story is about sport, found when first asked (`sportsStory`).
    private let sports = SportsStoryAnswer()
    /// Token start offsets, for finding a token by offset.
    private let starts: [Int]
    /// Each token's text, and in lower case (read many times by the rules).
    private let texts: [String]
    private let lowers: [String]

    init(article: Article) {
        let scalars = Self.scalars(of: article.text)
        self.scalars = scalars
        var tokens: [WordToken] = []
        var breaks: [Bool] = []
        var blockOf: [Int] = []
        var headlineEnd = -1
        for (blockIndex, block) in article.blocks.enumerated() {
            var range = block.range
            if block.kind == .caption, let cut = TaggerEntityExtractor.creditStart(Self.string(scalars, block.range), block) {
                range = range.lowerBound..<cut
            }
            if block.kind == .headline { headlineEnd = range.upperBound }
            var previousStarted = false
            var first = true
            for token in WordTokenizer.tokens(in: scalars, range: range) {
                // A sentence opens at its first token (an opening quote then the word share it).
                breaks.append(first || (token.startsSentence && !previousStarted))
                previousStarted = token.startsSentence
                first = false
                tokens.append(token)
                blockOf.append(blockIndex)
            }
        }
        self.tokens = tokens
        sentenceBreak = breaks
        lead = article.blocks.filter { $0.kind == .headline || $0.kind == .standfirst || $0.kind == .caption }.map(\.range)
        self.headlineEnd = headlineEnd
        starts = tokens.map(\.range.lowerBound)
        texts = tokens.map { Self.string(scalars, $0.range) }
        lowers = texts.map { $0.lowercased() }
        // (Block texts from the scalars: slicing the article's string walks it from the start.)
        let titleCaseBlocks = article.blocks.map { b in
            (b.kind == .headline || b.kind == .subheading) && TaggerEntityExtractor.isTitleCase(Self.string(scalars, b.range))
        }
        self.titleCaseBlocks = titleCaseBlocks
        titleCaseHeadline = article.blocks.firstIndex { $0.kind == .headline }.map { titleCaseBlocks[$0] } ?? false
        titleCaseLine = blockOf.map { titleCaseBlocks[$0] }

        // A word is initial when it opens a sentence, or follows only opening quotes and brackets
        // at a sentence's start, or opens a quotation.
        var initial = [Bool](repeating: false, count: tokens.count)
        var afterOpening = false
        for (i, t) in tokens.enumerated() {
            if t.kind == .punctuation {
                let s = scalars[t.range.lowerBound]
                let quote = s == "\u{201C}" || s == "\u{2018}" || (s == "\"" && Self.opensQuote(scalars, at: t.range.lowerBound))
                let bracket = s == "(" || s == "["
                afterOpening = quote || ((breaks[i] || afterOpening) && bracket)
                continue
            }
            initial[i] = breaks[i] || t.startsSentence || afterOpening || (i > 0 && Self.isColon(scalars, tokens[i - 1]))
            afterOpening = false
        }
        // A run of three or more words in capitals ("SIGN UP FOR OUR NEWSLETTER") says nothing
        // with its capitals either.
        func allCaps(_ k: Int) -> Bool {
            // No small letter and at least one capital (a plain loop: this runs for every token).
            guard tokens[k].kind == .word, tokens[k].range.count >= 1 else { return false }
            var capital = false
            for j in tokens[k].range {
                let v = scalars[j].value
                if TokenHashing.isLower(v) { return false }
                if !capital, TokenHashing.isUpper(v) { capital = true }
            }
            return capital
        }
        var k = 0
        while k < tokens.count {
            guard allCaps(k) else {
                k += 1
                continue
            }
            var e = k
            while e < tokens.count, allCaps(e) || (tokens[e].kind == .punctuation && e + 1 < tokens.count && allCaps(e + 1) && e > k) { e += 1 }
            if (k..<e).filter({ tokens[$0].kind == .word }).count >= 3 { for j in k..<e { initial[j] = true } }
            k = e
        }
        var lower: Set<String> = []
        var running: Set<String> = []
        var body: Set<String> = []
        var atStart: Set<String> = []
        // Room for the usual share of the words, so the sets do not grow step by step.
        lower.reserveCapacity(tokens.count / 2)
        body.reserveCapacity(tokens.count / 8)
        for (i, t) in tokens.enumerated() where t.kind == .word {
            let first = scalars[t.range.lowerBound]
            let w = texts[i]
            if TokenHashing.isLower(first.value) {
                lower.insert(lowers[i])
            } else if TokenHashing.isUpper(first.value), initial[i], t.range.lowerBound >= headlineEnd {
                atStart.insert(w)
            } else if TokenHashing.isUpper(first.value), !initial[i], !titleCaseLine[i] {
                body.insert(w)
                // Only a word capitalised on its own counts: "Shipping" in "Greyfinch Shipping" says
                // nothing about "Shipping lines" at a sentence's start.
                func capitalisedWord(_ k: Int) -> Bool {
                    k >= 0 && k < tokens.count && tokens[k].kind == .word && TokenHashing.isUpper(scalars[tokens[k].range.lowerBound].value)
                }
                if !capitalisedWord(i - 1) && !capitalisedWord(i + 1) { running.insert(w) }
            }
        }
        self.initial = initial
        var quoted = [Bool](repeating: false, count: tokens.count)
        var open = false
        for (i, t) in tokens.enumerated() {
            if i > 0, blockOf[i] != blockOf[i - 1] { open = false }
            if t.kind == .punctuation {
                let s = scalars[t.range.lowerBound]
                if s == "\u{201C}" { open = true } else if s == "\u{201D}" { open = false } else if s == "\"" {
                    open = !open && Self.opensQuote(scalars, at: t.range.lowerBound) ? true : false
                }
                continue
            }
            quoted[i] = open
        }
        inQuote = quoted
        lowerWords = lower
        capitalisedInRunningText = running
        capitalisedInBody = body
        capitalisedAtStart = atStart
    }

    /// Whether the story is about sport: it writes enough of `SportsWords`' terms in lower case,
    /// or in its headline ("SOCCER - LEAGUE RESULTS" names its sport too). Asked only when a
    /// name's context or a club's name makes it matter, so found then, once.
    var sportsStory: Bool {
        if let known = sports.value { return known }
        var headline: Set<String> = []
        for (i, token) in tokens.enumerated() where token.range.lowerBound < headlineEnd && token.kind == .word { headline.insert(lowers[i]) }
        let answer = SportsWords.isSportsStory { lowerWords.contains($0) || headline.contains($0) }
        sports.value = answer
        return answer
    }

    /// The answer to `sportsStory`, once found (shared by the copies of one `ArticleTokens`).
    private final class SportsStoryAnswer {
        var value: Bool? = nil
    }

    static func isColon(_ scalars: [Unicode.Scalar], _ t: WordToken) -> Bool {
        t.kind == .punctuation && scalars[t.range.lowerBound] == ":"
    }

    /// Whether a straight double quote at `offset` opens a quotation (nothing word-like before it).
    static func opensQuote(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let before = scalars[offset - 1]
        return before == " " || before == "\n" || before == "(" || before == "[" || before == "\u{2014}" || before == "\u{2013}"
    }

    var count: Int { tokens.count }

    func word(_ i: Int) -> String {
        texts[i]
    }

    func lower(_ i: Int) -> String {
        lowers[i]
    }

    func text(_ range: Range<Int>) -> String {
        Self.string(scalars, range)
    }

    /// `Array(text.unicodeScalars)`, made straight from the bytes when the text is plain ASCII
    /// (each byte a scalar) rather than decoding scalar by scalar.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes -> [Unicode.Scalar]? in
            for byte in bytes where byte >= 0x80 { return nil }
            return Array(unsafeUninitializedCapacity: bytes.count) { out, count in
                for (i, byte) in bytes.enumerated() { out[i] = Unicode.Scalar(byte) }
                count = bytes.count
            }
        } ?? Array(text.unicodeScalars)
    }

    /// The string of `scalars[range]`, encoded straight into its UTF-8 storage (appending the
    /// scalars one by one to a `String.UnicodeScalarView` costs several times more).
    /// Clamped to the scalars, as `String.scalarSlice` is.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return scalars.withUnsafeBufferPointer { all in
            let slice = UnsafeBufferPointer(rebasing: all[lower..<upper])
            var count = 0
            for s in slice { count += UTF8.width(s) }
            guard count > 0 else { return "" }
            return String(unsafeUninitializedCapacity: count) { out in
                var n = 0
                for s in slice {
                    let v = s.value
                    if v < 0x80 {
                        out[n] = UInt8(truncatingIfNeeded: v)
                        n += 1
                    } else {
                        for byte in UTF8.encode(s)! {
                            out[n] = byte
                            n += 1
                        }
                    }
                }
                return n
            }
        }
    }

    func isWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word
    }

    /// A word that starts with a capital letter.
    func isCapitalised(_ i: Int) -> Bool {
        isWord(i) && TokenHashing.isUpper(scalars[tokens[i].range.lowerBound].value)
    }

    /// A word that starts with a lower-case letter.
    func isLowercaseWord(_ i: Int) -> Bool {
        isWord(i) && TokenHashing.isLower(scalars[tokens[i].range.lowerBound].value)
    }

    /// Whether token `i` is the single punctuation scalar `s`.
    func isPunctuation(_ i: Int, _ s: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && scalars[tokens[i].range.lowerBound] == s
    }

    func beforeBody(_ i: Int) -> Bool {
        lead.contains { $0.contains(tokens[i].range.lowerBound) }
    }

    func inHeadline(_ i: Int) -> Bool {
        tokens[i].range.lowerBound < headlineEnd
    }

    /// Whether token `i`'s capital letter is weak evidence of a name.
    func capitalIsWeak(_ i: Int) -> Bool {
        initial[i] || titleCaseLine[i]
    }

    /// Whether token `i` is in a title-case headline or subheading.
    func inTitleCase(_ i: Int) -> Bool {
        titleCaseLine[i]
    }

    /// Whether a word of a title-case headline or subheading is capitalised only because of its
    /// style: the story never capitalises it elsewhere except to open a sentence, and either
    /// writes it in lower case or does not use it at all.
    func isHeadlineStyleWord(_ i: Int) -> Bool {
        guard titleCaseLine[i], !capitalisedInBody.contains(texts[i]) else { return false }
        return lowerWords.contains(lowers[i]) || !capitalisedAtStart.contains(texts[i])
    }

    /// Whether a capitalised word reads as an ordinary word here: a function word, or a word the
    /// article never capitalises on its own in running text and either writes in lower case or
    /// is a common noun that heads names ("Shipping lines…", "Police said…").
    func isOrdinaryWord(_ i: Int) -> Bool {
        let w = texts[i]
        let l = lowers[i]
        if FunctionWords.closedClass.contains(l) { return true }
        if capitalisedInRunningText.contains(w) { return false }
        return lowerWords.contains(l) || OrganisationWords.heads.contains(l) || PlaceWords.heads.contains(l)
    }

    /// The index of the token that starts at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
