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
    /// Each token's word id, and the id of its lower-case form (`WordIds`: equal words, equal
    /// ids; texts and lower-case forms are numbered in one table), so that the questions below
    /// about a token's word hash no `String`.
    private let textIds: [Int32]
    private let lowerIds: [Int32]
    /// The ids of the lower-case forms, for asking about a word that is no token here (and
    /// of the texts: the bytes of a plain-ASCII token's are read by `isPlainAlphanumeric`).
    let lowerIdTable: WordIds
    /// By word id or lower-case id: what the article does with the word (`WordFacts`), in one
    /// array (an array a fact was five allocations an article).
    private let wordFacts: [WordFacts]
    /// Scalar ranges of the headline, standfirst and captions.
    let lead: [Range<Int>]
    /// Whether the story is about sport, found when first asked (`sportsStory`).
    private let sports = SportsStoryAnswer()
    /// Token start offsets, for finding a token by offset.
    private let starts: [Int]
    /// Each distinct spelling's text and lower case (read many times by the rules, and made
    /// when first read), and each token's spelling: one `String` a spelling, not one a token.
    private let strings: SpellingStrings
    /// By spelling: its lower case's `WordKey` when that is plain ASCII (the FNV hash its id
    /// was found by), so that lists are asked about the word without hashing it again.
    private let spellingKeys: [WordKey?]
    private let spellingOf: [Int32]
    /// The number of word ids (`textIds` are below it).
    let wordIdCount: Int
    /// Each token's word id when its word is plain ASCII, read from its bytes, so that two such
    /// tokens have the same id exactly when they are written with the same scalars; -1 for any
    /// other token (whose id may be shared with a canonically equivalent spelling of other
    /// scalars). What the tagger needs to find a repeated word without hashing it again.
    let exactWordIds: [Int32]

    init(article: Article) {
        self.init(article: article, scalars: article.text.scalarArray)
    }

    /// The tokens of `article`, whose text's scalars are `scalars` (decoded once for every stage).
    init(article: Article, scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        // (Block texts from the scalars: slicing the article's string walks it from the start.)
        let titleCaseBlocks = article.blocks.map { b in
            (b.kind == .headline || b.kind == .subheading) && Self.isTitleCase(scalars, b.range)
        }
        self.titleCaseBlocks = titleCaseBlocks
        titleCaseHeadline = article.blocks.firstIndex { $0.kind == .headline }.map { titleCaseBlocks[$0] } ?? false
        // Each block's tokens, and whether the block is in title case.
        var blockSpans: [(tokens: Range<Int>, titleCase: Bool)] = []
        blockSpans.reserveCapacity(article.blocks.count)
        var headlineEnd = -1
        // All blocks' tokens in one array, with room for the tokens ahead (a word and its space
        // take several scalars): growing it a token at a time reallocated and copied it several
        // times an article, and an array a block, then copied, was an allocation a block.
        let tokens = WordTokenizer.gather(capacity: scalars.count / 3 + 16) { sink in
            // (Begun again when the room was too small.)
            blockSpans.removeAll(keepingCapacity: true)
            headlineEnd = -1
            for (blockIndex, block) in article.blocks.enumerated() {
                var range = block.range
                if block.kind == .caption, let cut = TaggerEntityExtractor.creditStart(Self.string(scalars, block.range), block) {
                    range = range.lowerBound..<cut
                }
                if block.kind == .headline { headlineEnd = range.upperBound }
                let start = sink.count
                WordTokenizer.append(tokensIn: scalars, range: range, to: &sink)
                if sink.count > start { blockSpans.append((start..<sink.count, titleCaseBlocks[blockIndex])) }
            }
        }
        self.tokens = tokens
        // (In one array sized for every block: filtering the blocks then mapping them grew one
        // array and made another.)
        var lead: [Range<Int>] = []
        lead.reserveCapacity(article.blocks.count)
        for block in article.blocks where block.kind == .headline || block.kind == .standfirst || block.kind == .caption {
            lead.append(block.range)
        }
        self.lead = lead
        self.headlineEnd = headlineEnd
        // (Written through pointers: `map` checked the array's capacity at each token.)
        starts = [Int](unsafeUninitializedCapacity: tokens.count) { out, count in
            tokens.withUnsafeBufferPointer { tk in
                for i in 0..<tk.count { out[i] = tk[i].range.lowerBound }
            }
            count = tokens.count
        }
        // Each distinct spelling is given its ids once (most words of an article repeat); its
        // `String`s are made when a rule reads them.
        let words = Self.wordIds(scalars, tokens)
        strings = words.strings
        spellingOf = words.spellingOf
        textIds = words.textIds
        lowerIds = words.lowerIds
        spellingKeys = words.spellingKeys
        lowerIdTable = words.table
        wordIdCount = words.table.count
        exactWordIds = words.exactIds
        var flags = Self.flags(scalars, tokens, blockSpans, words, headlineEnd: headlineEnd)
        sentenceBreak = flags.sentenceBreak
        titleCaseLine = flags.titleCaseLine
        inQuote = flags.inQuote
        // A run of three or more words in capitals ("SIGN UP FOR OUR NEWSLETTER") says nothing
        // with its capitals either; then the words in capitals, whose facts waited for it.
        Self.markCapitalRuns(tokens, flags.allCaps, &flags.initial)
        Self.addCapitalWordFacts(scalars, tokens, words, &flags, headlineEnd: headlineEnd)
        initial = flags.initial
        wordFacts = flags.facts
    }

    /// `TaggerEntityExtractor.isTitleCase` of the line `scalars[range]`, read from the scalars
    /// when they are plain ASCII without a carriage return (each scalar then a `Character`, as
    /// `splitAtSpaces` reads such a line).
    ///
    /// (Asked of every headline and subheading: made a `String`, split into `Substring`s and
    /// read by `Character`, a line cost some nine thousand instructions.)
    static func isTitleCase(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        // (Clamped to the scalars, as `string` is.)
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        let ascii = scalars.withUnsafeBufferPointer { sc -> Bool? in
            var words = 0
            var capitalised = 0
            var k = lower
            while k < upper {
                let first = sc[k].value
                if first == 0x20 {
                    k &+= 1
                    continue
                }
                // A word, to the next space: four scalars or more count, and it is capitalised
                // when it starts with a capital and has a small letter.
                let start = k
                var small = false
                while k < upper {
                    let v = sc[k].value
                    if v >= 0x80 || v == 0x0D { return nil }
                    if v == 0x20 { break }
                    if v &- 0x61 < 26 { small = true }
                    k &+= 1
                }
                if k &- start >= 4 {
                    words &+= 1
                    if first &- 0x41 < 26 && small { capitalised &+= 1 }
                }
            }
            return words >= 3 && capitalised * 10 >= words * 7
        }
        return ascii ?? TaggerEntityExtractor.isTitleCase(string(scalars, range))
    }

    /// Per-token facts read from the tokens in order (`flags`).
    struct Flags {
        var sentenceBreak: [Bool]
        /// Before runs in capitals are counted in.
        var initial: [Bool]
        var inQuote: [Bool]
        var titleCaseLine: [Bool]
        /// Whether each token is a word with a capital and no small letter.
        var allCaps: [Bool]
        /// By word id or lower-case id: what the words say (`addFacts`), all but the words in
        /// capitals (`addCapitalWordFacts`).
        var facts: [WordFacts]
    }

    /// Where sentences break, which tokens are initial (they open a sentence, or follow only
    /// opening quotes and brackets at a sentence's start, or open a quotation, or follow a
    /// colon), which are inside a quotation, which are in a title-case line and which words are
    /// in capitals: in one walk of the tokens through buffer pointers (five walks of the arrays,
    /// each read checked, cost about a fifth of building the tokens). In the same walk, the word
    /// facts of each word not in capitals, whose `initial` no run in capitals changes (a walk of
    /// its own cost some twenty instructions a token).
    static func flags(
        _ scalars: [Unicode.Scalar], _ tokens: [WordToken], _ blockSpans: [(tokens: Range<Int>, titleCase: Bool)], _ words: Words,
        headlineEnd: Int
    ) -> Flags {
        let n = tokens.count
        var out = Flags(
            sentenceBreak: [Bool](repeating: false, count: n), initial: [Bool](repeating: false, count: n),
            inQuote: [Bool](repeating: false, count: n), titleCaseLine: [Bool](repeating: false, count: n),
            allCaps: [Bool](repeating: false, count: n), facts: Self.noFacts(words.table.count))
        for span in blockSpans where span.titleCase {
            for i in span.tokens { out.titleCaseLine[i] = true }
        }
        scalars.withUnsafeBufferPointer { sc in
        tokens.withUnsafeBufferPointer { tk in
        words.textIds.withUnsafeBufferPointer { textIds in
        words.lowerIds.withUnsafeBufferPointer { lowerIds in
        out.titleCaseLine.withUnsafeBufferPointer { titleCaseLine in
        out.facts.withUnsafeMutableBufferPointer { facts in
        out.sentenceBreak.withUnsafeMutableBufferPointer { breaks in
        out.initial.withUnsafeMutableBufferPointer { initial in
        out.inQuote.withUnsafeMutableBufferPointer { quoted in
        out.allCaps.withUnsafeMutableBufferPointer { caps in
            // (The buffers taken into locals once: read through the closures' contexts and
            // `inout` parameters, each was loaded again after every store of a `Bool`, which may
            // alias it.)
            let sc = sc, tk = tk, textIds = textIds, lowerIds = lowerIds, titleCaseLine = titleCaseLine, facts = facts
            let breaks = breaks, initial = initial, quoted = quoted, caps = caps
            var afterOpening = false
            var open = false
            // The next block's first token, which opens a sentence and closes any quotation left
            // open. (The spans follow one another, none empty: found by walking them, where an
            // array of each token's answer was an allocation an article.)
            var nextSpan = 0
            var nextBlockStart = blockSpans.first?.tokens.lowerBound ?? n
            // What the token before says, carried to the next (read again from that token, it
            // was a tenth of the walk): whether it starts a sentence, and whether it is a colon.
            var beforeStarts = false
            var afterColon = false
            for i in 0..<n {
                let t = tk[i]
                // A sentence opens at its block's first token, and at a token that starts one
                // after a token that does not (an opening quote then the word share it).
                let first = i == nextBlockStart
                if first {
                    nextSpan += 1
                    nextBlockStart = nextSpan < blockSpans.count ? blockSpans[nextSpan].tokens.lowerBound : n
                }
                let isBreak = first || (t.startsSentence && !beforeStarts)
                beforeStarts = t.startsSentence
                breaks[i] = isBreak
                if first { open = false }
                if t.kind == .punctuation {
                    let s = sc[t.range.lowerBound]
                    let opens = s == "\"" && opensQuote(sc, at: t.range.lowerBound)
                    let quote = s == "\u{201C}" || s == "\u{2018}" || opens
                    let bracket = s == "(" || s == "["
                    afterOpening = quote || ((isBreak || afterOpening) && bracket)
                    // Inside a quotation between double quotation marks of its block.
                    if s == "\u{201C}" { open = true } else if s == "\u{201D}" { open = false } else if s == "\"" { open = !open && opens }
                    afterColon = s == ":"
                    continue
                }
                initial[i] = isBreak || t.startsSentence || afterOpening || afterColon
                afterOpening = false
                afterColon = false
                quoted[i] = open
                // No small letter and at least one capital.
                if t.kind == .word {
                    var capital = false
                    var small = false
                    // (A `while` with wrapping steps: `for j in t.range` checked the range at
                    // each scalar.)
                    var j = t.range.lowerBound
                    while j < t.range.upperBound {
                        let v = sc[j].value
                        if TokenHashing.isLower(v) {
                            small = true
                            break
                        }
                        if TokenHashing.isUpper(v) { capital = true }
                        j &+= 1
                    }
                    caps[i] = capital && !small
                    if !caps[i] {
                        addFacts(
                            facts, i, sc, tk, textIds, lowerIds, initial: initial[i], titleCaseLine: titleCaseLine[i], headlineEnd: headlineEnd)
                    }
                }
            }
        }}}}}}}}}}
        return out
    }

    /// The facts of the words in capitals (`Flags.allCaps`), once `initial` has the runs in
    /// capitals (`markCapitalRuns`), added to `flags.facts`.
    static func addCapitalWordFacts(_ scalars: [Unicode.Scalar], _ tokens: [WordToken], _ words: Words, _ flags: inout Flags, headlineEnd: Int) {
        let n = tokens.count
        precondition(flags.allCaps.count == n && flags.initial.count == n && flags.titleCaseLine.count == n)
        scalars.withUnsafeBufferPointer { sc in
        tokens.withUnsafeBufferPointer { tk in
        words.textIds.withUnsafeBufferPointer { textIds in
        words.lowerIds.withUnsafeBufferPointer { lowerIds in
        flags.allCaps.withUnsafeBufferPointer { caps in
        flags.initial.withUnsafeBufferPointer { initial in
        flags.titleCaseLine.withUnsafeBufferPointer { titleCaseLine in
        flags.facts.withUnsafeMutableBufferPointer { facts in
            // (The buffers taken into locals once, as in `flags`.)
            let sc = sc, tk = tk, textIds = textIds, lowerIds = lowerIds, caps = caps, initial = initial, titleCaseLine = titleCaseLine
            let facts = facts
            guard let capsBytes = caps.baseAddress.map(UnsafeRawPointer.init) else { return }
            var i = 0
            while i < n {
                // (Eight tokens not in capitals passed at a time, as in `markCapitalRuns`.)
                if n &- i >= 8, capsBytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0 {
                    i &+= 8
                    continue
                }
                if caps[i] {
                    addFacts(facts, i, sc, tk, textIds, lowerIds, initial: initial[i], titleCaseLine: titleCaseLine[i], headlineEnd: headlineEnd)
                }
                i &+= 1
            }
        }}}}}}}}
    }

    /// Sets `initial` for each token of a run of three or more words in capitals (`allCaps`),
    /// with single punctuation marks between them.
    ///
    /// (Through buffer pointers, passing eight tokens not in capitals at a time: most tokens
    /// are not, and the run's test at each token, its reads checked, cost a tenth of the flags.)
    static func markCapitalRuns(_ tokens: [WordToken], _ allCaps: [Bool], _ initial: inout [Bool]) {
        let n = tokens.count
        precondition(allCaps.count == n && initial.count == n)
        tokens.withUnsafeBufferPointer { tk in
        allCaps.withUnsafeBufferPointer { caps in
        initial.withUnsafeMutableBufferPointer { initial in
            // (The buffers taken into locals once, as in `flags`.)
            let tk = tk, caps = caps, initial = initial
            guard let capsBytes = caps.baseAddress.map(UnsafeRawPointer.init) else { return }
            var k = 0
            while k < n {
                // (A `Bool` is a byte, 0 or 1.)
                if n &- k >= 8, capsBytes.loadUnaligned(fromByteOffset: k, as: UInt64.self) == 0 {
                    k &+= 8
                    continue
                }
                guard caps[k] else {
                    k &+= 1
                    continue
                }
                var e = k
                while e < n, caps[e] || (tk[e].kind == .punctuation && e + 1 < n && caps[e + 1] && e > k) { e &+= 1 }
                // (Counted in place: filtering the run's indices into an array allocated one a run.)
                var words = 0
                for j in k..<e where tk[j].kind == .word { words &+= 1 }
                if words >= 3 { for j in k..<e { initial[j] = true } }
                k = e
            }
        }}}
    }

    /// What an article does with a word, found by its word id or lower-case id.
    struct WordFacts: OptionSet {
        let rawValue: UInt8
        /// By lower-case id: the article writes the word in lower case somewhere.
        static let writtenInLowerCase = WordFacts(rawValue: 1)
        /// By lower-case id: the word, in lower case, is a word of the headline.
        static let inHeadline = WordFacts(rawValue: 2)
        /// By word id: the article capitalises the word on its own somewhere other than a
        /// sentence's start or a title-case headline.
        static let capitalisedInRunningText = WordFacts(rawValue: 4)
        /// By word id: the article capitalises the word anywhere other than a sentence's start or
        /// a title-case headline, alone or inside a longer name.
        static let capitalisedInBody = WordFacts(rawValue: 8)
        /// By word id: the word is capitalised at a sentence's start outside the headline.
        static let capitalisedAtStart = WordFacts(rawValue: 16)
    }

    /// Facts for `count` word ids, none set yet.
    static func noFacts(_ count: Int) -> [WordFacts] {
        // (Set through the buffer, a `memset`: `Array(repeating:)` set the facts one by one,
        // outside the optimiser's view.)
        [WordFacts](unsafeUninitializedCapacity: count) { facts, made in
            UnsafeMutableBufferPointer(rebasing: facts[..<count]).initialize(repeating: [])
            made = count
        }
    }

    /// Adds what word token `i` says to the facts by word id or lower-case id: whether the
    /// article writes the word in lower case, uses it in its headline, capitalises it in
    /// running text (alone, or anywhere other than a sentence's start or a title-case line) or
    /// at a sentence's start. `initial` is the token's, runs in capitals counted in.
    @inline(__always)
    static func addFacts(
        _ facts: UnsafeMutableBufferPointer<WordFacts>, _ i: Int, _ sc: UnsafeBufferPointer<Unicode.Scalar>, _ tk: UnsafeBufferPointer<WordToken>,
        _ textIds: UnsafeBufferPointer<Int32>, _ lowerIds: UnsafeBufferPointer<Int32>, initial: Bool, titleCaseLine: Bool, headlineEnd: Int
    ) {
        // Only a word capitalised on its own counts: "Shipping" in "Greyfinch Shipping" says
        // nothing about "Shipping lines" at a sentence's start.
        func capitalisedWord(_ k: Int) -> Bool {
            k >= 0 && k < tk.count && tk[k].kind == .word && TokenHashing.isUpper(sc[tk[k].range.lowerBound].value)
        }
        let t = tk[i]
        let first = sc[t.range.lowerBound].value
        let w = Int(textIds[i])
        if t.range.lowerBound < headlineEnd { facts[Int(lowerIds[i])].insert(.inHeadline) }
        if TokenHashing.isLower(first) {
            facts[Int(lowerIds[i])].insert(.writtenInLowerCase)
        } else if TokenHashing.isUpper(first), initial, t.range.lowerBound >= headlineEnd {
            facts[w].insert(.capitalisedAtStart)
        } else if TokenHashing.isUpper(first), !initial, !titleCaseLine {
            facts[w].insert(.capitalisedInBody)
            if !capitalisedWord(i - 1) && !capitalisedWord(i + 1) { facts[w].insert(.capitalisedInRunningText) }
        }
    }

    /// The tokens' spellings and their ids (`WordIds`).
    struct Words {
        /// By spelling: its text and lower case, made when first read (`SpellingStrings`); by
        /// token: its spelling. (A plain-ASCII spelling is one entry for all its tokens; any
        /// other token has an entry of its own.)
        var strings: SpellingStrings
        var spellingOf: [Int32] = []
        var textIds: [Int32] = []
        var lowerIds: [Int32] = []
        /// By token: its id when found by its ASCII bytes, -1 otherwise (`exactWordIds`).
        var exactIds: [Int32] = []
        /// The ids of texts and lower-case forms, in one table: a word that is its own lower
        /// case (most of an article's) is entered once. Every id is below its `count`.
        var table = WordIds()
        /// By spelling: its lower case's `WordKey` when that is plain ASCII.
        var spellingKeys: [WordKey?] = []
    }

    /// Each token's spelling and the ids of its text and lower-case form, found once a spelling.
    ///
    /// A spelling in ASCII is written as bytes and hashed in one pass, straight into the table
    /// that keeps it if it is new (`WordIds.asciiId(_:_:)`), and found without a `String`. The
    /// first time, its lower case (byte by byte, as `lowercased()` does ASCII) is
    /// found too, only when it has a capital: a word without one is its own lower case, so
    /// texts and lower-case forms share one table. Their `String`s are made only when a rule
    /// reads them (`SpellingStrings`): most of an article's words never are. Any other spelling
    /// is made and lower-cased at each token, since canonically equivalent spellings share an
    /// id but not their scalars.
    static func wordIds(_ scalars: [Unicode.Scalar], _ tokens: [WordToken]) -> Words {
        let n = tokens.count
        // (Ids and spellings are below `2 * n + 2`, so they are written as `Int32` unchecked.)
        precondition(n < Int(Int32.max) / 4, "too many tokens")
        // By spelling: its first token's range, for its text; and the text and lower case of
        // those made at once (a spelling not in ASCII).
        var made: [SpellingStrings.Made] = []
        // (Texts, and the lower case of those with a capital: some five ids for eight tokens.)
        var ids = WordIds(capacity: n * 5 / 8 + 8)
        // (No copy of `ids` is made until the walk ends, so its ids are given as `unshared`.)
        ids.makeUnshared()
        // By id: the entry in `ranges` of the ASCII spelling written with the id's bytes, and its
        // lower case's id; -1 until a token read by its bytes meets the id (an id first given
        // to a lower-case form, or to a spelling not in ASCII, has none before). A token gives
        // at most two ids (its text and its lower case), so `2 * n` slots hold them all, made
        // at once: grown an id at a time, each append checked the arrays' capacity and
        // uniqueness, and each read their bounds. The slots below `filled` are written: ids are
        // given in order, one at most a call, and each new one is set to -1 when given (setting
        // all at once cost more, and a loop catching up became a call to `memset` a token).
        let idLimit = 2 * n + 2
        // (In one allocation.)
        let asciiSpelling = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * idLimit)
        let asciiLowerId = asciiSpelling + idLimit
        defer { asciiSpelling.deallocate() }
        // The per-token answers and the per-spelling ranges and keys, each written once through
        // the buffers of arrays made uninitialised: every token's four slots are written below,
        // and the spellings' slots up to their count. (Through a struct's arrays, each write
        // checked the array's uniqueness; arrays made zero cost a `memset` each, and appending
        // a spelling checked the array's capacity.)
        var textIds: [Int32] = []
        var lowerIds: [Int32] = []
        var exactIds: [Int32] = []
        var ranges: [Range<Int>] = []
        var keys: [WordKey?] = []
        let spellingOf = [Int32](unsafeUninitializedCapacity: n) { spellingOf, spellingOfCount in
        textIds = [Int32](unsafeUninitializedCapacity: n) { textIds, textIdsCount in
        lowerIds = [Int32](unsafeUninitializedCapacity: n) { lowerIds, lowerIdsCount in
        exactIds = [Int32](unsafeUninitializedCapacity: n) { exactIds, exactIdsCount in
        // (Room for a spelling a token: about half of an article's tokens are a new spelling.)
        ranges = [Range<Int>](unsafeUninitializedCapacity: n) { ranges, rangesCount in
        keys = [WordKey?](unsafeUninitializedCapacity: n) { keys, keysCount in
        scalars.withUnsafeBufferPointer { sc in
        tokens.withUnsafeBufferPointer { tokens in
            // (`filled` and `spellings` are the closure's own: ones captured from outside were
            // checked for exclusive access.)
            var filled = 0
            // The number of spellings, each with its slot in `ranges` and `keys`.
            var spellings = 0
            // By the FNV-1a hash of its scalars: the first token not in ASCII written so.
            var firstOtherToken: [UInt64: Int32] = [:]
            @inline(__always) func fill(upTo count: Int) {
                guard filled < count else { return }
                precondition(count == filled + 1 && count <= idLimit, "more than one id given at a time")
                asciiSpelling[filled] = -1
                asciiLowerId[filled] = -1
                filled = count
            }
            @inline(__always) func addSpelling(_ r: Range<Int>, _ key: WordKey?) -> Int32 {
                (ranges.baseAddress.unsafelyUnwrapped + spellings).initialize(to: r)
                (keys.baseAddress.unsafelyUnwrapped + spellings).initialize(to: key)
                spellings &+= 1
                return Int32(truncatingIfNeeded: spellings &- 1)
            }
            for i in 0..<n {
                let r = tokens[i].range
                // The token's bytes and their hash in one pass, while every scalar is ASCII.
                if let (id, isNew) = ids.asciiId(sc, r, unshared: true) {
                    if isNew { fill(upTo: id + 1) }
                    if asciiSpelling[id] < 0 {
                        // The first token written so: its spelling, and its lower case (A to Z
                        // made a to z) and that one's id, and (FNV-1a over the lower-case bytes)
                        // the value `WordKey(ascii:)` gives.
                        let lower = ids.asciiLowerCaseId(of: id, unshared: true)
                        if lower.isNew { fill(upTo: lower.id + 1) }
                        asciiSpelling[id] = addSpelling(r, WordKey(value: lower.hash))
                        asciiLowerId[id] = Int32(truncatingIfNeeded: lower.id)
                    }
                    spellingOf[i] = asciiSpelling[id]
                    textIds[i] = Int32(truncatingIfNeeded: id)
                    exactIds[i] = Int32(truncatingIfNeeded: id)
                    lowerIds[i] = asciiLowerId[id]
                    continue
                }
                exactIds[i] = -1
                // Not ASCII. A token written with the same scalars as an earlier one (a curly
                // quote, "’s", a pound sign: most such tokens repeat) takes that one's ids and
                // spelling, whose text is the same: its `String`, lower case and look-ups in the
                // `Dictionary` of words not in ASCII cost some thousand instructions a token.
                // (Spellings in other scalars that are canonically equivalent still meet in `ids`.)
                var scalarHash = WordIds.basis
                var k = r.lowerBound
                while k < r.upperBound {
                    scalarHash = (scalarHash ^ UInt64(sc[k].value)) &* 0x100_0000_01b3
                    k &+= 1
                }
                if let first = firstOtherToken[scalarHash].map(Int.init), Self.sameScalars(sc, tokens[first].range, r) {
                    textIds[i] = textIds[first]
                    lowerIds[i] = lowerIds[first]
                    spellingOf[i] = spellingOf[first]
                    continue
                }
                let text = string(scalars, r)
                let lower = text.lowercased()
                textIds[i] = Int32(ids.id(text))
                fill(upTo: ids.count)
                lowerIds[i] = Int32(ids.id(lower))
                fill(upTo: ids.count)
                let spelling = addSpelling(r, nil)
                spellingOf[i] = spelling
                made.append(SpellingStrings.Made(spelling: Int(spelling), text: text, lower: lower))
                if firstOtherToken[scalarHash] == nil { firstOtherToken[scalarHash] = Int32(i) }
            }
            rangesCount = spellings
            keysCount = spellings
        }}}}
        exactIdsCount = n }
        lowerIdsCount = n }
        textIdsCount = n }
        spellingOfCount = n }
        // (Every field given: a `table` left to its default was a `WordIds` made, four
        // allocations, only to be replaced.)
        return Words(
            strings: SpellingStrings(scalars: scalars, ranges: ranges, made: made), spellingOf: spellingOf, textIds: textIds,
            lowerIds: lowerIds, exactIds: exactIds, table: ids, spellingKeys: keys)
    }

    /// Whether `sc[a]` and `sc[b]` are the same scalars.
    @inline(__always)
    static func sameScalars(_ sc: UnsafeBufferPointer<Unicode.Scalar>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where sc[a.lowerBound + k] != sc[b.lowerBound + k] { return false }
        return true
    }

    /// Whether the story is about sport: it writes enough of `SportsWords`' terms in lower case,
    /// or in its headline ("SOCCER - LEAGUE RESULTS" names its sport too). Asked only when a
    /// name's context or a club's name makes it matter, so found then, once.
    var sportsStory: Bool {
        if let known = sports.value { return known }
        // Each term is looked up by the hash kept for it (hashing the term's `String` again was
        // most of the cost of a look-up).
        let keys = SportsTermKeys.shared
        let answer = SportsWords.isSportsStory(term: { k in
            guard let id = keys.id(of: k, in: lowerIdTable) else { return false }
            return !wordFacts[id].isDisjoint(with: [.writtenInLowerCase, .inHeadline])
        })
        sports.value = answer
        return answer
    }

    /// `SportsWords.scoredTerms`, each with its bytes and `WordIds` hash, found once for every
    /// article.
    private struct SportsTermKeys: Sendable {
        /// The terms, in `SportsWords.scoredTerms`' order.
        let terms: [String]
        /// Per term: its FNV-1a hash (`WordIds.hash(ascii:)`), or nil when it is not plain
        /// ASCII (then it is looked up by its `String`).
        let hashes: [UInt64?]
        /// The terms' UTF-8 bytes, one after another, term `k`'s from `starts[k]` to `starts[k + 1]`.
        let bytes: [UInt8]
        let starts: [Int]

        static let shared = SportsTermKeys()

        private init() {
            let order = SportsWords.scoredTerms.map(\.term)
            var hashes: [UInt64?] = []
            var bytes: [UInt8] = []
            var starts = [0]
            for term in order {
                let utf8 = Array(term.utf8)
                hashes.append(utf8.allSatisfy { $0 < 0x80 } ? utf8.withUnsafeBufferPointer { WordIds.hash(ascii: $0) } : nil)
                bytes += utf8
                starts.append(bytes.count)
            }
            terms = order
            self.hashes = hashes
            self.bytes = bytes
            self.starts = starts
        }

        /// `table.find(terms[k])`, by the term's kept hash.
        func id(of k: Int, in table: WordIds) -> Int? {
            guard let h = hashes[k] else { return table.find(terms[k]) }
            return bytes.withUnsafeBufferPointer { all in
                table.find(asciiHashed: h, UnsafeBufferPointer(rebasing: all[starts[k]..<starts[k + 1]]))
            }
        }
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
        scalars.withUnsafeBufferPointer { opensQuote($0, at: offset) }
    }

    /// `opensQuote(_:at:)` of the scalars behind a buffer pointer.
    @inline(__always)
    static func opensQuote(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let before = scalars[offset - 1]
        return before == " " || before == "\n" || before == "(" || before == "[" || before == "\u{2014}" || before == "\u{2013}"
    }

    var count: Int { tokens.count }

    func word(_ i: Int) -> String {
        strings.text(Int(spellingOf[i]))
    }

    /// Token `i`'s text in lower case. (Always inlined: the rules ask it thousands of times an
    /// article, nearly always of a lower case already made.)
    @inline(__always)
    func lower(_ i: Int) -> String {
        strings.lower(Int(spellingOf[i]))
    }

    /// `WordKey(ascii: lower(i))`, found when the tokens were; nil for a spelling not read as
    /// plain ASCII (the lists then hash the word themselves).
    func lowerKey(_ i: Int) -> WordKey? {
        spellingKeys[Int(spellingOf[i])]
    }

    /// `list.contains(lower(i))`, without hashing the word again, and without making its
    /// `String` when its key rules it out (most words, asked of most lists).
    @inline(__always)
    func lower(_ i: Int, isIn list: WordList) -> Bool {
        let key = lowerKey(i)
        if let key, list.rulesOut(key) { return false }
        return list.contains(lower(i), key: key)
    }

    func text(_ range: Range<Int>) -> String {
        Self.string(scalars, range)
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

    // The small predicates below are asked tens of thousands of times an article from the
    // mention rules, and were called, not inlined: the call cost more than the question.
    @inline(__always)
    func isWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word
    }

    /// A word that starts with a capital letter.
    @inline(__always)
    func isCapitalised(_ i: Int) -> Bool {
        isWord(i) && TokenHashing.isUpper(scalars[tokens[i].range.lowerBound].value)
    }

    /// A word that starts with a lower-case letter.
    @inline(__always)
    func isLowercaseWord(_ i: Int) -> Bool {
        isWord(i) && TokenHashing.isLower(scalars[tokens[i].range.lowerBound].value)
    }

    /// Whether token `i` is the single punctuation scalar `s`.
    @inline(__always)
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
        guard titleCaseLine[i], !wordFacts[Int(textIds[i])].contains(.capitalisedInBody) else { return false }
        return wordFacts[Int(lowerIds[i])].contains(.writtenInLowerCase) || !wordFacts[Int(textIds[i])].contains(.capitalisedAtStart)
    }

    /// Whether the article writes token `i`'s word in lower case somewhere.
    func isWrittenInLowerCase(_ i: Int) -> Bool {
        wordFacts[Int(lowerIds[i])].contains(.writtenInLowerCase)
    }

    /// Whether the article capitalises token `i`'s word (as spelled) anywhere other than a
    /// sentence's start or a title-case headline, alone or inside a longer name.
    func isCapitalisedInBody(_ i: Int) -> Bool {
        wordFacts[Int(textIds[i])].contains(.capitalisedInBody)
    }

    /// The id of token `i`'s word in lower case: two tokens have the same id exactly when
    /// their `lower(_:)` strings are equal.
    func lowerId(_ i: Int) -> Int {
        Int(lowerIds[i])
    }

    /// Whether a capitalised word reads as an ordinary word here: a function word, or a word the
    /// article never capitalises on its own in running text and either writes in lower case or
    /// is a common noun that heads names ("Shipping lines…", "Police said…").
    ///
    /// Worked out once a word id for the article and read again after: the rules ask it of the
    /// same capitalised words many times (a name is looked at by several), at three list
    /// look-ups a question. (Tokens with one word id have one text, so one answer.)
    func isOrdinaryWord(_ i: Int) -> Bool {
        let answers = ordinaryAnswers
        if answers.byWord.isEmpty { answers.byWord = [UInt8](repeating: 0, count: wordIdCount) }
        let id = Int(textIds[i])
        let known = answers.byWord[id]
        if known != 0 { return known == 2 }
        let answer = looksUpOrdinaryWord(i)
        answers.byWord[id] = answer ? 2 : 1
        return answer
    }

    /// `isOrdinaryWord(i)` from the word lists and the article's word facts, without
    /// remembering the answer.
    private func looksUpOrdinaryWord(_ i: Int) -> Bool {
        if lower(i, isIn: FunctionWords.closedClass) { return true }
        if wordFacts[Int(textIds[i])].contains(.capitalisedInRunningText) { return false }
        return wordFacts[Int(lowerIds[i])].contains(.writtenInLowerCase) || lower(i, isIn: OrganisationWords.heads) || lower(i, isIn: PlaceWords.heads)
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

    /// By word id: 2 when `isOrdinaryWord` holds, 1 when not, 0 until asked (shared by the
    /// copies of one `ArticleTokens`, as `sports` is).
    private let ordinaryAnswers = OrdinaryWordAnswers()

    /// The answers `isOrdinaryWord` keeps. (Unchecked exclusivity: one article's tokens are
    /// asked on one thread, and never inside an access to the answers.)
    private final class OrdinaryWordAnswers {
        @exclusivity(unchecked) var byWord: [UInt8] = []
    }
}
