import CTaggerKernels

/// Viterbi decoding of rows in the fused tables' tag order: the tags `LinearTagModel.decode`
/// gives, with less work each token.
///
/// Rows hold a token's 17 tag scores in *lane* order: O, then B, U, I and L of the four types
/// (`lane(ofRaw:)`). In that order the tags that may follow O, L or U (O, B, U) are lanes 0–8,
/// and an I or L lane of a type sits 8 or 12 lanes after its B, so each step reads only the
/// transitions BILOU allows: 9 predecessors for lanes 0–8, and B and I of the same type for
/// the other eight, in whole vectors.
///
/// That is the answer `decode` gives, which takes the best of all 17 predecessors, whenever no
/// other predecessor can beat the allowed ones, and each step checks that it cannot (the
/// previous row, once its best is subtracted, is at most 0, so the other predecessors score at
/// most the largest transition they use, and no sum can wrap); a step that cannot show it reads
/// all 17, as `decode` does. The trace back checks the same way, strictly, since there a tie
/// goes to the lowest raw tag. The bounds are computed from the model's own transitions, so
/// any model decodes the same, whatever its penalties.
///
/// Most steps need less still: when one of the nine predecessors of lanes 0–8 leads the other
/// eight by at least the most their transitions can gain on its own (`leads`), it is the best
/// predecessor of all nine lanes, and the step adds its transitions without comparing the
/// others'. Built once per tagger; immutable after.
///
/// Where the processor has AVX2, `decode` runs the same steps in C (`byline_decode_avx2`):
/// baseline x86-64 has no 32-bit integer max, which made the row maxima most of a step's cost.
final class FusedDecoder: @unchecked Sendable {
    // Safety: `table`, `leads`, `needs` and `kernel` are written only in `init` and only read afterwards.
    private let table: UnsafeMutablePointer<Int32>
    /// Per predecessor of lanes 0–8 (in `closed` order: O, U0–U3, L0–L3), the largest amount
    /// another one's transition to any of those lanes exceeds its own (at least 1).
    private let leads: UnsafeMutablePointer<Int64>
    /// Per predecessor of lanes 0–8, the least value for which its transitions alone reach
    /// every one of those lanes' `bound`s (what a fast step checks lane by lane).
    private let needs: UnsafeMutablePointer<Int64>
    /// The lowest value a normalised row may hold for no sum with a transition to wrap.
    private let lowest: Int64
    /// The tables as the C kernel reads them, when this processor runs it (nil elsewhere).
    private let kernel: UnsafeMutablePointer<byline_decoder>?

    /// Whether this processor runs the AVX2 kernel (asked once).
    static let hasAVX2 = byline_has_avx2() != 0

    // Offsets into `table` (Int32 units); literals, so that reading them costs no lazy global.
    /// 17 × 17 transitions, `[from lane × 17 + to lane]`, for the full step.
    private static let transOffset = 0
    /// The sentence start's transitions and the endings, by lane.
    private static let startOffset = 289
    private static let endsOffset = 306
    /// Per allowed predecessor of lanes 0–8 (O, U0–U3, L0–L3): 16 values, its transitions to lanes 0–8.
    private static let closedOffset = 323
    /// B→I, I→I, B→L, I→L of each type, four lanes each.
    private static let openOffset = 467
    /// Per lane, the largest transition into it from a predecessor a fast step does not read.
    private static let boundOffset = 483
    private static let tableSize = 500

    /// The lane of a raw tag.
    static func lane(ofRaw raw: Int) -> Int {
        guard raw > 0 else { return 0 }
        let type = (raw - 1) / 4
        switch (raw - 1) % 4 {
        case 0: return 1 + type  // B
        case 1: return 9 + type  // I
        case 2: return 13 + type  // L
        default: return 5 + type  // U
        }
    }

    /// The raw tag of a lane.
    static func raw(ofLane lane: Int) -> Int {
        switch lane {
        case 0: return 0
        case 1...4: return 1 + (lane - 1) * 4
        case 5...8: return 4 + (lane - 5) * 4
        case 9...12: return 2 + (lane - 9) * 4
        default: return 3 + (lane - 13) * 4
        }
    }

    /// Whether a fast step reads the transition from lane `from` to lane `to`.
    static func isRead(from: Int, to: Int) -> Bool {
        if to <= 8 { return from == 0 || from >= 13 || (5...8).contains(from) }
        let type = (to - 1) % 4
        return from == 1 + type || from == 9 + type
    }

    init(_ model: LinearTagModel) {
        table = .allocate(capacity: Self.tableSize)
        table.initialize(repeating: 0, count: Self.tableSize)
        var smallest = Int32.max
        for from in 0..<17 {
            for to in 0..<17 {
                let t = model.transitions[Self.raw(ofLane: from) * 17 + Self.raw(ofLane: to)]
                table[Self.transOffset + from * 17 + to] = t
                smallest = min(smallest, t)
            }
        }
        for lane in 0..<17 {
            table[Self.startOffset + lane] = model.transitions[17 * 17 + Self.raw(ofLane: lane)]
            table[Self.endsOffset + lane] = model.endings[Self.raw(ofLane: lane)]
        }
        let froms = [0, 5, 6, 7, 8, 13, 14, 15, 16]
        for (k, from) in froms.enumerated() {
            for to in 0..<9 { table[Self.closedOffset + k * 16 + to] = table[Self.transOffset + from * 17 + to] }
        }
        for type in 0..<4 {
            let b = 1 + type, i = 9 + type, l = 13 + type
            table[Self.openOffset + type] = table[Self.transOffset + b * 17 + i]
            table[Self.openOffset + 4 + type] = table[Self.transOffset + i * 17 + i]
            table[Self.openOffset + 8 + type] = table[Self.transOffset + b * 17 + l]
            table[Self.openOffset + 12 + type] = table[Self.transOffset + i * 17 + l]
        }
        for to in 0..<17 {
            var bound = Int32.min
            for from in 0..<17 where !Self.isRead(from: from, to: to) {
                bound = max(bound, table[Self.transOffset + from * 17 + to])
            }
            table[Self.boundOffset + to] = bound
        }
        lowest = Int64(Int32.min) - Int64(min(smallest, 0))
        leads = .allocate(capacity: 9)
        needs = .allocate(capacity: 9)
        for k in 0..<9 {
            var lead: Int64 = 1
            var need = Int64.min
            for to in 0..<9 {
                let own = Int64(table[Self.closedOffset + k * 16 + to])
                need = max(need, Int64(table[Self.boundOffset + to]) - own)
                for other in 0..<9 where other != k {
                    lead = max(lead, Int64(table[Self.closedOffset + other * 16 + to]) - own)
                }
            }
            leads[k] = lead
            needs[k] = need
        }
        if Self.hasAVX2 {
            kernel = .allocate(capacity: 1)
            kernel!.initialize(to: byline_decoder(table: table, leads: leads, needs: needs, lowest: lowest))
        } else {
            kernel = nil
        }
    }

    deinit {
        table.deallocate()
        leads.deallocate()
        needs.deallocate()
        kernel?.deallocate()
    }

    @inline(__always)
    private static func load4(_ p: UnsafePointer<Int32>) -> SIMD4<Int32> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Int32>.self)
    }

    @inline(__always)
    private static func load8(_ p: UnsafePointer<Int32>) -> SIMD8<Int32> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Int32>.self)
    }

    @inline(__always)
    private static func store<V: SIMD>(_ v: V, _ p: UnsafeMutablePointer<Int32>) where V.Scalar == Int32 {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
    }

    /// The best well-formed tag sequence for the tokens of one sentence, as raw tags; `scores`
    /// rows (lane order) become Viterbi deltas in place, as in `LinearTagModel.decode`.
    func decode(tokens: Range<Int>, scores: UnsafeMutablePointer<Int32>, into tags: UnsafeMutablePointer<UInt8>) {
        if let kernel {
            byline_decode_avx2(kernel, scores, tokens.lowerBound, tokens.upperBound, tags)
        } else {
            decodePortable(tokens: tokens, scores: scores, into: tags)
        }
    }

    /// `decode` in Swift, for any processor (the reference the C kernel is tested against).
    func decodePortable(tokens: Range<Int>, scores: UnsafeMutablePointer<Int32>, into tags: UnsafeMutablePointer<UInt8>) {
        guard !tokens.isEmpty else { return }
        let tp = UnsafePointer(table)
        let trans = tp + Self.transOffset
        let first = tokens.lowerBound
        let row0 = scores + first * 17
        for t in 0..<17 { row0[t] &+= tp[Self.startOffset + t] }
        let bound0 = tp[Self.boundOffset]
        let boundBU = Self.load8(tp + Self.boundOffset + 1)
        let boundI = Self.load4(tp + Self.boundOffset + 9)
        let boundL = Self.load4(tp + Self.boundOffset + 13)
        let open = tp + Self.openOffset
        let bi = Self.load4(open), ii = Self.load4(open + 4), bl = Self.load4(open + 8), il = Self.load4(open + 12)
        let closed = tp + Self.closedOffset
        // Whether every step so far was fast (so the trace back may be).
        var allFast = true
        var previous = row0
        for i in (first + 1)..<tokens.upperBound {
            let row = scores + i * 17
            // Keep deltas small: subtract the previous row's best (the same top `decode` takes).
            let rest = UnsafeRawPointer(previous + 1).loadUnaligned(as: SIMD16<Int32>.self)
            // (The best of U and L, lanes 5–8 and 13–16, is a step of the best of all.)
            let bestUL = pointwiseMax(Self.load4(previous + 5), Self.load4(previous + 13))
            let bestBI = pointwiseMax(Self.load4(previous + 1), Self.load4(previous + 9))
            let topUL = bestUL.max()
            let peak = max(previous[0], max(topUL, bestBI.max()))
            let bottom = min(previous[0], rest.min())
            UnsafeMutableRawPointer(previous + 1).storeBytes(of: rest &- SIMD16(repeating: peak), as: SIMD16<Int32>.self)
            previous[0] &-= peak
            var fast = Int64(bottom) - Int64(peak) >= lowest
            // Lanes 0–8 from O, U and L.
            var best0 = Int32.min
            var bestBU = SIMD8<Int32>(repeating: Int32.min)
            var led = false
            var top: Int32 = 0
            var need = Int64.min
            if fast {
                // (No sum wraps: every value is exact, so a lead of `leads[k]` settles all nine.)
                let p0 = previous[0]
                // O first (it leads after most tokens), else the highest of U and L, if not tied.
                // (Reductions and scalar compares: a lane-wise compare's mask was built lane by lane.)
                var k = -1
                top = p0
                if Int64(topUL) - Int64(peak) <= Int64(p0) - leads[0] {
                    k = 0
                } else {
                    var j = 0
                    var second = Int32.min
                    top = Int32.min
                    for m in 0..<8 {
                        let v = previous[m < 4 ? 5 + m : 9 + m]
                        if v > top {
                            second = top
                            top = v
                            j = m
                        } else if v > second {
                            second = v
                        }
                    }
                    let below = Int64(top) - leads[1 + j]
                    if Int64(second) <= below, Int64(p0) <= below { k = 1 + j }
                }
                if k >= 0 {
                    let t = closed + k * 16
                    best0 = top &+ t[0]
                    bestBU = SIMD8(repeating: top) &+ Self.load8(t + 1)
                    need = needs[k]
                    led = true
                }
            }
            if !led {
                @inline(__always) func from(_ k: Int, _ lane: Int) {
                    let p = previous[lane]
                    let t = closed + k * 16
                    best0 = max(best0, p &+ t[0])
                    bestBU = pointwiseMax(bestBU, SIMD8(repeating: p) &+ Self.load8(t + 1))
                }
                from(0, 0)
                from(1, 5); from(2, 6); from(3, 7); from(4, 8)
                from(5, 13); from(6, 14); from(7, 15); from(8, 16)
            }
            // I and L from the B and I of their type.
            let pb = Self.load4(previous + 1)
            let pi = Self.load4(previous + 9)
            let bestI = pointwiseMax(pb &+ bi, pi &+ ii)
            let bestL = pointwiseMax(pb &+ bl, pi &+ il)
            // (After a shortcut, lanes 0–8 meet their bounds exactly when its value meets `needs[k]`.)
            fast = fast && (led ? Int64(top) >= need : best0 >= bound0 && all(bestBU .>= boundBU))
                && all(bestI .>= boundI) && all(bestL .>= boundL)
            if fast {
                row[0] &+= best0
                Self.store(Self.load8(row + 1) &+ bestBU, row + 1)
                Self.store(Self.load4(row + 9) &+ bestI, row + 9)
                Self.store(Self.load4(row + 13) &+ bestL, row + 13)
            } else {
                allFast = false
                for to in 0..<17 {
                    var best = previous[0] &+ trans[to]
                    for f in 1..<17 { best = max(best, previous[f] &+ trans[f * 17 + to]) }
                    row[to] &+= best
                }
            }
            previous = row
        }
        // The ending, first best in raw tag order.
        let ends = tp + Self.endsOffset
        var best = previous[0] &+ ends[0]
        var arg = 0
        for raw in 1..<17 {
            let lane = Self.lane(ofRaw: raw)
            let v = previous[lane] &+ ends[lane]
            if v > best {
                best = v
                arg = lane
            }
        }
        var i = tokens.upperBound - 1
        tags[i] = UInt8(Self.raw(ofLane: arg))
        while i > first {
            // The predecessor of `arg` at token i: the first best, in raw order, over row i - 1.
            let before = scores + (i - 1) * 17
            var from = -1
            if allFast {
                var value: Int32
                if arg <= 8 {
                    // O, L0, U0, L1, U1, L2, U2, L3, U3: the predecessors read, in raw order.
                    let lanes = (0, 13, 5, 14, 6, 15, 7, 16, 8)
                    value = before[0] &+ trans[arg]
                    from = 0
                    @inline(__always) func check(_ lane: Int) {
                        let v = before[lane] &+ trans[lane * 17 + arg]
                        if v > value {
                            value = v
                            from = lane
                        }
                    }
                    check(lanes.1); check(lanes.2); check(lanes.3); check(lanes.4)
                    check(lanes.5); check(lanes.6); check(lanes.7); check(lanes.8)
                } else {
                    let b = 1 + (arg - 1) % 4
                    let inside = b + 8
                    value = before[b] &+ trans[b * 17 + arg]
                    from = b
                    let v = before[inside] &+ trans[inside * 17 + arg]
                    if v > value {
                        value = v
                        from = inside
                    }
                }
                // Another predecessor could tie or beat it: read them all.
                if value <= tp[Self.boundOffset + arg] { from = -1 }
            }
            if from < 0 {
                from = 0
                var value = before[0] &+ trans[arg]
                for raw in 1..<17 {
                    let lane = Self.lane(ofRaw: raw)
                    let v = before[lane] &+ trans[lane * 17 + arg]
                    if v > value {
                        value = v
                        from = lane
                    }
                }
            }
            arg = from
            i -= 1
            tags[i] = UInt8(Self.raw(ofLane: arg))
        }
    }
}
