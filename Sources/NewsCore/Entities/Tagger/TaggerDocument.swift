/// A document as the tagger reads it: sentences of tokens, each token a range of scalar values.
///
/// One flat scalar buffer and parallel offset arrays, so tagging walks memory in order and
/// never builds a `String` per token. Document-level features look across all its sentences,
/// so a whole article (or one CoNLL `-DOCSTART-` story) should be one document.
public struct TaggerDocument: Sendable {
    /// Unicode scalar values the token ranges point into.
    public var scalars: [UInt32]
    /// Start and end (exclusive) of each token in `scalars`.
    public var tokenStarts: [Int32]
    public var tokenEnds: [Int32]
    /// Index of each sentence's first token.
    public var sentenceStarts: [Int32]
    /// Whether the next token opens a new sentence.
    var sentenceClosed = true
    /// Optional, one per token: a word id (below `wordIdCount`) such that two tokens with the
    /// same id are written with the same scalars, or -1 for a token with none. Empty when the
    /// caller has none. An article's words are interned once when its tokens are built
    /// (`ArticleTokens`); with their ids the tagger finds a repeated word's form by its id,
    /// without hashing and comparing its scalars again. The ids only save work: a token
    /// without one is found by its scalars, so the tags are the same either way.
    var wordIds: [Int32] = []
    var wordIdCount = 0

    public init() {
        scalars = []
        tokenStarts = []
        tokenEnds = []
        sentenceStarts = []
    }

    /// A document over existing scalars (an article's text), filled with `addToken(range:)`.
    public init(scalars: [UInt32]) {
        self.init()
        self.scalars = scalars
    }

    /// A document over `scalars` with a token at each of `tokens`' ranges, a sentence opening at
    /// the first and wherever `sentenceBreak` says, and the tokens' `wordIds` (below
    /// `wordIdCount`): what `addToken(range:)` and `endSentence()` build, in one pass (token by
    /// token, each append checked the arrays' capacity and uniqueness).
    init(scalars: [UInt32], tokens: [WordToken], sentenceBreak: [Bool], wordIds: [Int32], wordIdCount: Int) {
        let n = tokens.count
        precondition(sentenceBreak.count == n && wordIds.count == n)
        self.scalars = scalars
        var sentences = 0
        tokenStarts = [Int32](unsafeUninitializedCapacity: n) { starts, count in
            for i in 0..<n { starts[i] = Int32(tokens[i].range.lowerBound) }
            count = n
        }
        tokenEnds = [Int32](unsafeUninitializedCapacity: n) { ends, count in
            for i in 0..<n { ends[i] = Int32(tokens[i].range.upperBound) }
            count = n
        }
        for i in 0..<n where i == 0 || sentenceBreak[i] { sentences += 1 }
        sentenceStarts = [Int32](unsafeUninitializedCapacity: sentences) { starts, count in
            var k = 0
            for i in 0..<n where i == 0 || sentenceBreak[i] {
                starts[k] = Int32(i)
                k += 1
            }
            count = k
        }
        sentenceClosed = n == 0
        self.wordIds = wordIds
        self.wordIdCount = wordIdCount
    }

    public var tokenCount: Int { tokenStarts.count }
    public var sentenceCount: Int { sentenceStarts.count }

    /// Token indices of sentence `s`.
    @inlinable public func sentence(_ s: Int) -> Range<Int> {
        Int(sentenceStarts[s])..<(s + 1 < sentenceStarts.count ? Int(sentenceStarts[s + 1]) : tokenStarts.count)
    }

    /// Appends a token whose text is copied into the buffer.
    public mutating func addToken(_ word: some StringProtocol) {
        openSentenceIfNeeded()
        let start = Int32(scalars.count)
        for s in word.unicodeScalars { scalars.append(s.value) }
        tokenStarts.append(start)
        tokenEnds.append(Int32(scalars.count))
    }

    /// Appends a token that points at `scalars[range]`.
    public mutating func addToken(range: Range<Int>) {
        openSentenceIfNeeded()
        tokenStarts.append(Int32(range.lowerBound))
        tokenEnds.append(Int32(range.upperBound))
    }

    /// Closes the current sentence; the next token starts another (empty sentences never exist).
    public mutating func endSentence() {
        sentenceClosed = true
    }

    mutating func openSentenceIfNeeded() {
        if sentenceClosed {
            sentenceStarts.append(Int32(tokenStarts.count))
            sentenceClosed = false
        }
    }

    /// The text of token `i`.
    public func word(_ i: Int) -> String {
        var out = String.UnicodeScalarView()
        for k in Int(tokenStarts[i])..<Int(tokenEnds[i]) { out.append(Unicode.Scalar(scalars[k]) ?? "?") }
        return String(out)
    }
}
