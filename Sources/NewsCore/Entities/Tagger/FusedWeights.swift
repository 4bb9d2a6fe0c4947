import CTaggerKernels
#if canImport(Glibc)
import Glibc
#endif

/// Both passes' weights laid out for scoring the pass-1 features of both passes in one read.
///
/// Scoring is bound by memory latency: every feature reads a 34-byte row at a random place in
/// a 2 MB table, and pass 2 reads the pass-1 features again from a second table. Here each
/// bucket's tags 1–16 of pass 1 and of pass 2 share one aligned 64-byte cache line, and the
/// two tag-0 weights sit together in a small side table, so one feature costs one line for both
/// passes. The sums are the same integers the two separate tables give (wrapping Int32
/// addition does not depend on order), with each row's tags in `FusedDecoder`'s lane order
/// (so it decodes them with fewer transitions). Built once per tagger; immutable after.
///
/// Beside each bucket's two tag-0 weights the side table keeps the largest magnitude of its
/// 34 weights (the line's 32 and those two): a token's rows are added as Int16 while those
/// bounds prove no lane can leave Int16's range, and widened to Int32 only when the next row
/// might (widening took three of every four instructions a feature cost; the build targets
/// plain SSE2). A line's 16 weights of a pass are stored interleaved, lanes 1–8 at even
/// places and 9–16 at odd, so that widening is two shifts of the Int32 pairs (`widen`), which
/// the compiler keeps inline.
final class FusedWeights: @unchecked Sendable {
    // Safety: the buffers are written only in `init` and only read afterwards.
    private let lines: UnsafeMutableRawPointer
    /// By bucket, four Int16: the tag-0 weights of pass 1 and pass 2, the largest magnitude
    /// among those two and the line's weights (as UInt16: it may be 32,768), and padding.
    private let sides: UnsafeMutablePointer<Int16>
    /// Pass 2's own rows (17 weights a bucket, as in the model), for its own features.
    private let rows2: UnsafeMutablePointer<Int16>
    private let buckets: Int
    /// Pass 1's small-value features summed ahead, both passes' 17 lanes (pass 1's, then pass
    /// 2's) by `Pass1Tables.contextRow` (and a row of zeros after): a token adds one row of
    /// Int32 sums for some four features, instead of reading each one's line.
    private let contextRows: UnsafeMutablePointer<Int32>
    /// Likewise pass 2's weights (17 lanes) of its tag features, by `Pass2Tables.tagRow`.
    private let tagRows: UnsafeMutablePointer<Int32>
    /// Viterbi decoding of each pass over rows in this table's lane order.
    let decoder1: FusedDecoder
    let decoder2: FusedDecoder

    /// The fused table of two passes, nil when their bucket counts differ.
    init?(_ pass1: LinearTagModel, _ pass2: LinearTagModel) {
        guard pass1.bucketBits == pass2.bucketBits else { return nil }
        let n = 1 << pass1.bucketBits
        guard pass1.weights.count == n * 17, pass2.weights.count == n * 17 else { return nil }
        buckets = n
        lines = Self.allocateTable(byteCount: n * 64)
        sides = UnsafeMutablePointer<Int16>.allocate(capacity: n * 4)
        rows2 = Self.allocateTable(byteCount: n * 17 * 2).bindMemory(to: Int16.self, capacity: n * 17)
        decoder1 = FusedDecoder(pass1)
        decoder2 = FusedDecoder(pass2)
        let contexts = Pass1Tables.contextRowCount, tagCount = Pass2Tables.tagRowCount
        contextRows = .allocate(capacity: (contexts + 1) * 34)
        contextRows.initialize(repeating: 0, count: (contexts + 1) * 34)
        tagRows = .allocate(capacity: (tagCount + 1) * 17)
        // (The loop below writes every other row.)
        (tagRows + tagCount * 17).initialize(repeating: 0, count: 17)
        // Every row here is in `FusedDecoder`'s lane order (lane 0, O, stays first); a line's
        // place k of a pass holds lane 1 + k / 2 (k even) or 9 + k / 2 (k odd), as `widen` reads it.
        // (The lines, sides and `rows2` are laid out in C: see `byline_fuse_weights`.)
        let line = lines.bindMemory(to: Int16.self, capacity: n * 32)
        pass1.weights.withUnsafeBufferPointer { w1 in
            pass2.weights.withUnsafeBufferPointer { w2 in
                Self.fuse(w1.baseAddress!, w2.baseAddress!, buckets: n, lines: line, sides: sides, rows2: rows2)
            }
        }
        // The rows of features summed ahead: the same wrapping Int32 sums as adding each
        // feature's row to a token's, as addition does not depend on grouping.
        let pass1Tables = Pass1Tables(shift: UInt64(64 - pass1.bucketBits))
        let pass2Tables = Pass2Tables(shift: UInt64(64 - pass2.bucketBits))
        // Lanes 1–16 of a row in lane order, widened: pass 1's from its line, pass 2's from `rows2`
        // (whole vectors: lane by lane, the loops took some 1 M instructions at every start).
        let w2Lanes = UnsafePointer(rows2)
        @inline(__always) func rest1(_ b: Int) -> SIMD16<Int32> { Self.widen(UnsafeRawPointer(lines + b &* 64).load(as: SIMD16<Int16>.self)) }
        @inline(__always) func rest2(_ b: Int) -> SIMD16<Int32> {
            SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(w2Lanes + b &* 17 + 1).loadUnaligned(as: SIMD16<Int16>.self))
        }
        @inline(__always) func addRest(_ v: SIMD16<Int32>, to p: UnsafeMutablePointer<Int32>) {
            UnsafeMutableRawPointer(p).storeBytes(of: UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Int32>.self) &+ v, as: SIMD16<Int32>.self)
        }
        for r in 0..<contexts {
            let row = contextRows + r * 34
            for id in pass1Tables.contextFeatures(row: r) {
                let b = Int(id) & (n - 1)
                row[0] &+= Int32(sides[4 &* b])
                row[17] &+= Int32(w2Lanes[b &* 17])
                addRest(rest1(b), to: row + 1)
                addRest(rest2(b), to: row + 18)
            }
        }
        // (Numbered as `Pass2Tables.tagRow` numbers them, 17 standing for outside the sentence.)
        for before in 0..<18 {
            for own in 0..<17 {
                let tag = Int(pass2Tables.pass1Tag(UInt64(own))) & (n - 1)
                for after in 0..<18 {
                    let row = tagRows + ((before * 17 + own) * 18 + after) * 17
                    let pair = Int(pass2Tables.pass1Neighbours(UInt64(before == 17 ? 31 : before), UInt64(after == 17 ? 31 : after))) & (n - 1)
                    row[0] = Int32(w2Lanes[tag &* 17]) &+ Int32(w2Lanes[pair &* 17])
                    UnsafeMutableRawPointer(row + 1).storeBytes(of: rest2(tag) &+ rest2(pair), as: SIMD16<Int32>.self)
                }
            }
        }
    }

    /// Asks for the weights of features as extraction writes them, long before they are summed.
    ///
    /// The kernels' own prefetches run a few features ahead of their sums, far less than a line's
    /// trip from memory: most of `score`'s time was spent waiting on those lines. A document's
    /// features are all written (hashing, some hundred instructions a token) before any is
    /// summed, so a line asked for while they are written has arrived in L2 by then; a document's
    /// few thousand lines fit there. Only a hint: it changes no value.
    struct Warmer {
        let lines: UnsafeRawPointer
        let sides: UnsafePointer<Int16>
        let rows2: UnsafePointer<Int16>
        let mask: Int

        /// Asks for pass-1 feature `id`'s line and side entry (read by `score` and `add`).
        @inline(__always) func pass1(_ id: UInt32) {
            let b = Int(id) & mask
            byline_prefetch(lines + b &<< 6)
            byline_prefetch(sides + b &<< 2)
        }

        /// Asks for pass-2 feature `id`'s row (read by `scoreSecondPass`; 34 bytes may cross into a second line).
        @inline(__always) func pass2(_ id: UInt32) {
            let row = UnsafeRawPointer(rows2 + (Int(id) & mask) &* 17)
            byline_prefetch(row)
            byline_prefetch(row + 33)
        }
    }

    /// This table's `Warmer`.
    var warmer: Warmer { Warmer(lines: UnsafeRawPointer(lines), sides: UnsafePointer(sides), rows2: UnsafePointer(rows2), mask: buckets - 1) }

    /// Lays out `n` buckets of both passes' weights as lines, sides and pass 2's rows
    /// (`byline_fuse_weights`), with its AVX2 twin when `vector` (the same bytes, in a fifth of
    /// the instructions every start pays).
    static func fuse(
        _ w1: UnsafePointer<Int16>, _ w2: UnsafePointer<Int16>, buckets n: Int, lines: UnsafeMutablePointer<Int16>,
        sides: UnsafeMutablePointer<Int16>, rows2: UnsafeMutablePointer<Int16>, vector: Bool = FusedDecoder.hasAVX2
    ) {
        if vector {
            byline_fuse_weights_avx2(w1, w2, n, lines, sides, rows2)
        } else {
            byline_fuse_weights(w1, w2, n, lines, sides, rows2)
        }
    }

    deinit {
        free(lines)
        free(rows2)
        sides.deallocate()
        contextRows.deallocate()
        tagRows.deallocate()
    }

    /// Adds pass 2's weights of each token's (pass-2) features to `scores`: what
    /// `LinearTagModel.score(..., accumulate: true)` of pass 2 adds, read from `rows2` (in lane order).
    ///
    /// With `tagRows`, each token adds also its row of `tagRows` (`Pass2Tables.tagRow`, from
    /// `extractPass2(_:bucketBits:tagRows:)`), the sums of the tag features it does not list.
    ///
    /// Where the processor has AVX2, the C kernel `byline_score_second_avx2` adds the same rows,
    /// asking for them ahead unless `warmed` (`Warmer.pass2` asked for them as they were listed).
    func scoreSecondPass(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores: UnsafeMutablePointer<Int32>, tagRows rowOf: UnsafePointer<UInt16>? = nil, warmed: Bool = false
    ) {
        guard FusedDecoder.hasAVX2, !tokens.isEmpty else {
            scoreSecondPassPortable(tokens: tokens, features: features, offsets: offsets, into: scores, tagRows: rowOf)
            return
        }
        // (The kernel reads offsets[lowerBound...upperBound] and the features they cover, as here.)
        precondition(tokens.lowerBound >= 0 && tokens.upperBound < offsets.count)
        precondition(Int(offsets[tokens.upperBound]) <= features.count && offsets[tokens.lowerBound] >= 0)
        byline_score_second_avx2(
            rows2, buckets - 1, features.baseAddress, offsets.baseAddress, tokens.lowerBound, tokens.upperBound, scores, rowOf,
            tagRows, Pass2Tables.tagRowCount, warmed ? 0 : Self.secondAhead)
    }

    /// `scoreSecondPass` in Swift, for any processor (the reference the C kernel is tested against).
    func scoreSecondPassPortable(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores: UnsafeMutablePointer<Int32>, tagRows rowOf: UnsafePointer<UInt16>? = nil
    ) {
        let wp = UnsafePointer(rows2)
        let mask = buckets - 1
        // The rows of the tokens `secondAhead` on are asked for before a token is summed, as in
        // `score` (a row of 34 bytes may cross into a second line).
        @inline(__always) func prefetch(_ range: Range<Int>) {
            for k in range {
                let row = UnsafeRawPointer(wp + (Int(features[k]) & mask) &* 17)
                byline_prefetch(row)
                byline_prefetch(row + 33)
            }
        }
        let end = tokens.upperBound
        prefetch(Int(offsets[tokens.lowerBound])..<Int(offsets[min(tokens.lowerBound + Self.secondAhead, end)]))
        for i in tokens {
            if i + Self.secondAhead < end {
                prefetch(Int(offsets[i + Self.secondAhead])..<Int(offsets[i + Self.secondAhead + 1]))
            }
            let row = scores + i * 17
            var acc = UnsafeRawPointer(row + 1).loadUnaligned(as: SIMD16<Int32>.self)
            var acc0: Int32 = 0
            if let rowOf {
                let sums = UnsafePointer(tagRows) + min(Int(rowOf[i]), Pass2Tables.tagRowCount) &* 17
                acc0 = sums[0]
                acc &+= UnsafeRawPointer(sums + 1).loadUnaligned(as: SIMD16<Int32>.self)
            }
            for k in Int(offsets[i])..<Int(offsets[i + 1]) {
                let base = wp + (Int(features[k]) & mask) &* 17
                acc0 &+= Int32(base[0])
                let v = UnsafeRawPointer(base + 1).loadUnaligned(as: SIMD16<Int16>.self)
                acc &+= SIMD16<Int32>(truncatingIfNeeded: v)
            }
            row[0] &+= acc0
            UnsafeMutableRawPointer(row + 1).storeBytes(of: acc, as: SIMD16<Int32>.self)
        }
    }

    /// Memory for the table, on 2 MB boundaries and marked for transparent huge pages where the
    /// system offers them: its reads land all over 4 MB, and with 4 KB pages most of them also
    /// missed the TLB (a page walk costs most inside a virtual machine).
    private static func allocateTable(byteCount: Int) -> UnsafeMutableRawPointer {
        let hugePage = 2 << 20
        var memory: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&memory, hugePage, byteCount) == 0, let memory else {
            fatalError("out of memory for the tagger's weights")
        }
        #if os(Linux)
        _ = madvise(memory, byteCount, MADV_HUGEPAGE)
        #endif
        return memory
    }

    /// Sums the weight rows of each token's features into `scores1` with pass 1's weights and
    /// into `scores2` with pass 2's (17 per token in lane order; both overwritten).
    ///
    /// With `forms`, each token's sums start from the rows of its form (`forms[i]`) in
    /// `formScores1` and `formScores2`: the sums of the features its form lists once for all
    /// its tokens (the same integers, as wrapping addition does not depend on grouping).
    /// With `contextRows`, each token adds also its row of the context rows
    /// (`Pass1Tables.contextRow`, from extracting with `formSums`), the sums of the
    /// small-value features it does not list.
    /// With `keepingEmpty`, a token whose list is empty keeps the rows it has.
    ///
    /// Rows are added in Int16 while `room` (Int16.max less the bounds of the rows added since
    /// the last widening) covers the next row's bound, so no Int16 lane can wrap, and the
    /// widened sum is the one adding each row in Int32 gives.
    ///
    /// Where the processor has AVX2, the C kernel `byline_score_avx2` sums the same rows in
    /// Int32 (`scorePortable` is this in Swift, for any processor), asking for them ahead unless
    /// `warmed` (`Warmer.pass1` asked for them as they were listed; asking again cost some 13 M
    /// instructions in 300 BBC articles, for lines already in L2).
    func score(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores1: UnsafeMutablePointer<Int32>, _ scores2: UnsafeMutablePointer<Int32>,
        forms: UnsafePointer<Int32>? = nil, formScores1: UnsafePointer<Int32>? = nil, formScores2: UnsafePointer<Int32>? = nil,
        contextRows rowOf: UnsafePointer<UInt16>? = nil, keepingEmpty: Bool = false, warmed: Bool = false
    ) {
        guard FusedDecoder.hasAVX2, !tokens.isEmpty else {
            scorePortable(
                tokens: tokens, features: features, offsets: offsets, into: scores1, scores2, forms: forms,
                formScores1: formScores1, formScores2: formScores2, contextRows: rowOf, keepingEmpty: keepingEmpty)
            return
        }
        // (The kernel reads offsets[lowerBound...upperBound] and the features they cover, as here.)
        precondition(tokens.lowerBound >= 0 && tokens.upperBound < offsets.count)
        precondition(Int(offsets[tokens.upperBound]) <= features.count && offsets[tokens.lowerBound] >= 0)
        byline_score_avx2(
            lines, sides, buckets - 1, features.baseAddress, offsets.baseAddress, tokens.lowerBound, tokens.upperBound,
            scores1, scores2, forms, formScores1, formScores2, rowOf, contextRows, Pass1Tables.contextRowCount,
            keepingEmpty ? 1 : 0, warmed ? 0 : Self.ahead)
    }

    /// `score` in Swift, for any processor (the reference the C kernel is tested against).
    func scorePortable(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores1: UnsafeMutablePointer<Int32>, _ scores2: UnsafeMutablePointer<Int32>,
        forms: UnsafePointer<Int32>? = nil, formScores1: UnsafePointer<Int32>? = nil, formScores2: UnsafePointer<Int32>? = nil,
        contextRows rowOf: UnsafePointer<UInt16>? = nil, keepingEmpty: Bool = false
    ) {
        let base = UnsafeRawPointer(lines)
        let mask = buckets - 1
        // Features up to `asked` have had their lines asked for.
        var asked = Int(offsets[tokens.lowerBound])
        let last = Int(offsets[tokens.upperBound])
        for i in tokens {
            let want = min(Int(offsets[i + 1]) + Self.ahead, last)
            if asked < want {
                prefetch(features, asked..<want)
                asked = want
            }
            if keepingEmpty, offsets[i] == offsets[i + 1] { continue }
            var acc1 = SIMD16<Int32>(repeating: 0)
            var acc2 = SIMD16<Int32>(repeating: 0)
            var first1: Int32 = 0
            var first2: Int32 = 0
            if let forms, let formScores1, let formScores2 {
                let row = Int(forms[i]) * 17
                first1 = formScores1[row]
                first2 = formScores2[row]
                acc1 = UnsafeRawPointer(formScores1 + row + 1).loadUnaligned(as: SIMD16<Int32>.self)
                acc2 = UnsafeRawPointer(formScores2 + row + 1).loadUnaligned(as: SIMD16<Int32>.self)
            }
            if let rowOf {
                let sums = UnsafePointer(contextRows) + min(Int(rowOf[i]), Pass1Tables.contextRowCount) &* 34
                first1 &+= sums[0]
                first2 &+= sums[17]
                acc1 &+= UnsafeRawPointer(sums + 1).loadUnaligned(as: SIMD16<Int32>.self)
                acc2 &+= UnsafeRawPointer(sums + 18).loadUnaligned(as: SIMD16<Int32>.self)
            }
            var part1 = SIMD16<Int16>(repeating: 0)
            var part2 = SIMD16<Int16>(repeating: 0)
            // The side entries summed whole: lanes 0 and 1 are the tag-0 sums (the bound covers
            // them too); lanes 2 and 3 sum bounds and padding, and are never read.
            var part0 = SIMD4<Int16>(repeating: 0)
            var room = Int32(Int16.max)
            for k in Int(offsets[i])..<Int(offsets[i + 1]) {
                let b = Int(features[k]) & mask
                let side = UnsafeRawPointer(sides + 4 &* b)
                let bound = Int32(side.load(fromByteOffset: 4, as: UInt16.self))
                if bound > room {
                    acc1 &+= Self.widen(part1)
                    acc2 &+= Self.widen(part2)
                    first1 &+= Int32(part0[0])
                    first2 &+= Int32(part0[1])
                    part1 = SIMD16(repeating: 0)
                    part2 = SIMD16(repeating: 0)
                    part0 = SIMD4(repeating: 0)
                    room = Int32(Int16.max)
                }
                // (A row bound by 32,768 leaves `room` at -1: it is summed alone, exactly.)
                room &-= bound
                let line = base + b &* 64
                part1 &+= line.load(as: SIMD16<Int16>.self)
                part2 &+= line.load(fromByteOffset: 32, as: SIMD16<Int16>.self)
                part0 &+= side.load(as: SIMD4<Int16>.self)
            }
            acc1 &+= Self.widen(part1)
            acc2 &+= Self.widen(part2)
            first1 &+= Int32(part0[0])
            first2 &+= Int32(part0[1])
            let row1 = scores1 + i * 17
            let row2 = scores2 + i * 17
            row1[0] = first1
            row2[0] = first2
            // Whole-vector stores (lane by lane, the stores cost as much as the sums).
            UnsafeMutableRawPointer(row1 + 1).storeBytes(of: acc1, as: SIMD16<Int32>.self)
            UnsafeMutableRawPointer(row2 + 1).storeBytes(of: acc2, as: SIMD16<Int32>.self)
        }
    }

    /// Adds the weights of feature `features[i]` to row `i` of `scores1` (pass 1) and of
    /// `scores2` (pass 2), for each `i` in `rows`.
    ///
    /// Where the processor has AVX2, the C kernel `byline_add_rows_avx2` adds the same rows.
    func add(rows: Range<Int>, features: UnsafePointer<UInt32>, into scores1: UnsafeMutablePointer<Int32>, _ scores2: UnsafeMutablePointer<Int32>) {
        guard FusedDecoder.hasAVX2 else {
            addPortable(rows: rows, features: features, into: scores1, scores2)
            return
        }
        byline_add_rows_avx2(lines, sides, buckets - 1, features, rows.lowerBound, rows.upperBound, scores1, scores2)
    }

    /// `add` in Swift, for any processor (the reference the C kernel is tested against).
    func addPortable(rows: Range<Int>, features: UnsafePointer<UInt32>, into scores1: UnsafeMutablePointer<Int32>, _ scores2: UnsafeMutablePointer<Int32>) {
        let base = UnsafeRawPointer(lines)
        let mask = buckets - 1
        for i in rows {
            let b = Int(features[i]) & mask
            let line = base + b &* 64
            let row1 = scores1 + i * 17
            let row2 = scores2 + i * 17
            row1[0] &+= Int32(sides[4 &* b])
            row2[0] &+= Int32(sides[4 &* b &+ 1])
            let acc1 = UnsafeRawPointer(row1 + 1).loadUnaligned(as: SIMD16<Int32>.self)
                &+ Self.widen(line.load(as: SIMD16<Int16>.self))
            let acc2 = UnsafeRawPointer(row2 + 1).loadUnaligned(as: SIMD16<Int32>.self)
                &+ Self.widen(line.load(fromByteOffset: 32, as: SIMD16<Int16>.self))
            UnsafeMutableRawPointer(row1 + 1).storeBytes(of: acc1, as: SIMD16<Int32>.self)
            UnsafeMutableRawPointer(row2 + 1).storeBytes(of: acc2, as: SIMD16<Int32>.self)
        }
    }

    /// The 16 Int32 lanes of one pass's weights (or sums of them) in a line: places 2j and
    /// 2j + 1 are one Int32 pair, whose low half, sign-extended, is lane j and high half lane 8 + j.
    @inline(__always)
    static func widen(_ places: SIMD16<Int16>) -> SIMD16<Int32> {
        let pairs = unsafeBitCast(places, to: SIMD8<Int32>.self)
        return SIMD16(lowHalf: (pairs &<< 16) &>> 16, highHalf: pairs &>> 16)
    }

    /// How many features ahead of the token it sums `score` asks for their lines (counted in
    /// features, not tokens: a form from the cache lists none, a token some 20): far enough
    /// that they arrive before they are needed (summing a feature takes some 25 cycles, a line
    /// from L3 a few hundred), near enough that the lines asked for fit the processor's few
    /// outstanding misses (asking four tokens ahead, some 80 features, stalled on the
    /// prefetches themselves).
    static let ahead = 16
    /// Likewise for `scoreSecondPass`, whose tokens have some six features.
    static let secondAhead = 8

    /// Asks for the line (and side-table entry) of each of `features[range]`.
    ///
    /// It replaced a loop that read a byte of each, a block of eight tokens before they were
    /// summed: that loop's loads stalled the processor as each missed (some 70% of `score`'s
    /// time went to it), while prefetches retire at once and the lines come in while the tokens
    /// before them are summed.
    @inline(__always)
    private func prefetch(_ features: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) {
        let base = UnsafeRawPointer(lines)
        let mask = buckets - 1
        for k in range {
            let b = Int(features[k]) & mask
            byline_prefetch(base + b &* 64)
            byline_prefetch(sides + 4 &* b)
        }
    }
}
