/// One pass of the tagger: quantised feature weights, tag transitions and Viterbi decoding.
///
/// Weights are Int16, one row of 17 tags per hash bucket, so a feature costs one contiguous
/// read; scores add up in Int32. Transitions that would break BILOU (an `I` after `O`, a
/// sentence ending inside a name) carry a prohibitive penalty, so every decoded sequence is
/// well formed.
public struct LinearTagModel: Sendable, Equatable {
    public let bucketBits: Int
    /// `buckets × 17` weights, row-major by bucket.
    let weights: [Int16]
    /// `18 × 17`: row `p` holds the scores of moving from tag `p` (row 17: the sentence start).
    let transitions: [Int32]
    /// The score added for ending a sentence on each tag.
    let endings: [Int32]

    static let forbidden: Int32 = -(1 << 26)

    init(bucketBits: Int, weights: [Int16], transitions: [Int32], endings: [Int32]) {
        self.bucketBits = bucketBits
        self.weights = weights
        self.transitions = transitions
        self.endings = endings
    }

    /// Allowed-transition mask as penalties: 0 where allowed, `forbidden` elsewhere (18 × 17 then 17 endings).
    static let constraintPenalties: [Int32] = {
        var p = [Int32](repeating: 0, count: 18 * 17 + 17)
        for from in 0..<18 {
            for to in 0..<17 {
                let prev: EntityTag? = from == 17 ? nil : EntityTag(raw: UInt8(from))
                if !EntityTag.isAllowed(from: prev, to: EntityTag(raw: UInt8(to))) { p[from * 17 + to] = forbidden }
            }
        }
        for t in 0..<17 where !EntityTag.isAllowed(from: EntityTag(raw: UInt8(t)), to: nil) { p[18 * 17 + t] = forbidden }
        return p
    }()

    /// Sums the weight rows of each token's features into `scores` (17 per token).
    @inline(__always)
    func score(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores: UnsafeMutablePointer<Int32>, accumulate: Bool
    ) {
        weights.withUnsafeBufferPointer { w in
            let wp = w.baseAddress!
            for i in tokens {
                let row = scores + i * 17
                if !accumulate { for t in 0..<17 { row[t] = 0 } }
                var acc = SIMD16<Int32>(repeating: 0)
                var acc0: Int32 = 0
                for k in Int(offsets[i])..<Int(offsets[i + 1]) {
                    let base = wp + Int(features[k]) &* 17
                    acc0 &+= Int32(base[0])
                    let v = UnsafeRawPointer(base + 1).loadUnaligned(as: SIMD16<Int16>.self)
                    acc &+= SIMD16<Int32>(truncatingIfNeeded: v)
                }
                row[0] &+= acc0
                for t in 0..<16 { row[t + 1] &+= acc[t] }
            }
        }
    }

    /// Sixteen transition scores from `trans[start]` on.
    @inline(__always)
    static func lanes(_ trans: UnsafeBufferPointer<Int32>, _ start: Int) -> SIMD16<Int32> {
        UnsafeRawPointer(trans.baseAddress! + start).loadUnaligned(as: SIMD16<Int32>.self)
    }

    /// The best well-formed tag sequence for the tokens of one sentence, written as raw tags.
    ///
    /// The forward pass keeps only each tag's best score; the best predecessor is found again
    /// for the one tag chosen at each token while tracing back, from the same normalised row
    /// and with the same order and strict `>` (ties keep the lowest tag), which gives the
    /// predecessor a pointer recorded for every tag would, at a fraction of the work.
    @inline(__always)
    func decode(tokens: Range<Int>, scores: UnsafeMutablePointer<Int32>, into tags: UnsafeMutablePointer<UInt8>) {
        guard !tokens.isEmpty else { return }
        transitions.withUnsafeBufferPointer { trans in
            endings.withUnsafeBufferPointer { ends in
                let first = tokens.lowerBound
                // scores rows become Viterbi deltas in place; each row, once normalised, is the
                // one the next token's step read, and stays so for the trace back.
                let row0 = scores + first * 17
                for t in 0..<17 { row0[t] &+= trans[17 * 17 + t] }
                var previous = row0
                for i in (first + 1)..<tokens.upperBound {
                    let row = scores + i * 17
                    // Keep deltas small: subtract the previous row's best.
                    var top = previous[0]
                    for t in 1..<17 where previous[t] > top { top = previous[t] }
                    for t in 0..<17 { previous[t] &-= top }
                    // For every `to` at once (tag 0 apart, tags 1–16 as 16 lanes): the best score.
                    let p0 = previous[0]
                    var best0 = p0 &+ trans[0]
                    var best = SIMD16<Int32>(repeating: p0) &+ Self.lanes(trans, 1)
                    for from in 1..<17 {
                        let p = previous[from]
                        let v0 = p &+ trans[from * 17]
                        if v0 > best0 { best0 = v0 }
                        let v = SIMD16<Int32>(repeating: p) &+ Self.lanes(trans, from * 17 + 1)
                        best.replace(with: v, where: v .> best)
                    }
                    row[0] &+= best0
                    for to in 1..<17 { row[to] &+= best[to - 1] }
                    previous = row
                }
                var best = previous[0] &+ ends[0]
                var arg = 0
                for t in 1..<17 where previous[t] &+ ends[t] > best {
                    best = previous[t] &+ ends[t]
                    arg = t
                }
                var i = tokens.upperBound - 1
                tags[i] = UInt8(arg)
                while i > first {
                    // The predecessor of `arg` at token i: the first best over the row of i - 1.
                    let before = scores + (i - 1) * 17
                    var from = 0
                    var value = before[0] &+ trans[arg]
                    for f in 1..<17 {
                        let v = before[f] &+ trans[f * 17 + arg]
                        if v > value {
                            value = v
                            from = f
                        }
                    }
                    arg = from
                    i -= 1
                    tags[i] = UInt8(arg)
                }
            }
        }
    }
}
