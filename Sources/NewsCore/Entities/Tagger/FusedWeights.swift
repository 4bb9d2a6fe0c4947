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
final class FusedWeights: @unchecked Sendable {
    // Safety: both buffers are written only in `init` and only read afterwards.
    private let lines: UnsafeMutableRawPointer
    private let firsts: UnsafeMutablePointer<Int16>
    /// Pass 2's own rows (17 weights a bucket, as in the model), for its own features.
    private let rows2: UnsafeMutablePointer<Int16>
    private let buckets: Int
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
        firsts = UnsafeMutablePointer<Int16>.allocate(capacity: n * 2)
        rows2 = Self.allocateTable(byteCount: n * 17 * 2).bindMemory(to: Int16.self, capacity: n * 17)
        decoder1 = FusedDecoder(pass1)
        decoder2 = FusedDecoder(pass2)
        // Every row here is in `FusedDecoder`'s lane order (lane 0, O, stays first).
        let rawOfLane = (0..<17).map { FusedDecoder.raw(ofLane: $0) }
        let line = lines.bindMemory(to: Int16.self, capacity: n * 32)
        pass1.weights.withUnsafeBufferPointer { w1 in
            pass2.weights.withUnsafeBufferPointer { w2 in
                for b in 0..<n {
                    firsts[2 * b] = w1[b * 17]
                    firsts[2 * b + 1] = w2[b * 17]
                    for lane in 0..<17 { rows2[b * 17 + lane] = w2[b * 17 + rawOfLane[lane]] }
                    for t in 0..<16 {
                        line[b * 32 + t] = w1[b * 17 + rawOfLane[1 + t]]
                        line[b * 32 + 16 + t] = w2[b * 17 + rawOfLane[1 + t]]
                    }
                }
            }
        }
    }

    deinit {
        free(lines)
        free(rows2)
        firsts.deallocate()
    }

    /// Adds pass 2's weights of each token's (pass-2) features to `scores`: what
    /// `LinearTagModel.score(..., accumulate: true)` of pass 2 adds, read from `rows2` (in lane order).
    func scoreSecondPass(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores: UnsafeMutablePointer<Int32>
    ) -> UInt8 {
        let wp = UnsafePointer(rows2)
        let mask = buckets - 1
        var touched: UInt8 = 0
        // Touch the whole document's rows first, as `score` does block by block (pass 2 has
        // only a few features a token).
        for k in Int(offsets[tokens.lowerBound])..<Int(offsets[tokens.upperBound]) {
            touched ^= UInt8(truncatingIfNeeded: wp[(Int(features[k]) & mask) &* 17])
        }
        for i in tokens {
            let row = scores + i * 17
            var acc = SIMD16<Int32>(repeating: 0)
            var acc0: Int32 = 0
            for k in Int(offsets[i])..<Int(offsets[i + 1]) {
                let base = wp + (Int(features[k]) & mask) &* 17
                acc0 &+= Int32(base[0])
                let v = UnsafeRawPointer(base + 1).loadUnaligned(as: SIMD16<Int16>.self)
                acc &+= SIMD16<Int32>(truncatingIfNeeded: v)
            }
            row[0] &+= acc0
            for t in 0..<16 { row[t + 1] &+= acc[t] }
        }
        return touched
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
    /// into `scores2` with pass 2's (17 per token in lane order; both overwritten). Returns the mix of the
    /// bytes `touch` read, for the caller to keep.
    ///
    /// With `forms`, each token's sums start from the rows of its form (`forms[i]`) in
    /// `formScores1` and `formScores2`: the sums of the features its form lists once for all
    /// its tokens (the same integers, as wrapping addition does not depend on grouping).
    /// With `keepingEmpty`, a token whose list is empty keeps the rows it has.
    func score(
        tokens: Range<Int>, features: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<Int32>,
        into scores1: UnsafeMutablePointer<Int32>, _ scores2: UnsafeMutablePointer<Int32>,
        forms: UnsafePointer<Int32>? = nil, formScores1: UnsafePointer<Int32>? = nil, formScores2: UnsafePointer<Int32>? = nil,
        keepingEmpty: Bool = false
    ) -> UInt8 {
        let base = UnsafeRawPointer(lines)
        let mask = buckets - 1
        var touched: UInt8 = 0
        var block = tokens.lowerBound
        while block < tokens.upperBound {
            let blockEnd = min(block + Self.touchBlock, tokens.upperBound)
            touched ^= touch(features, Int(offsets[block])..<Int(offsets[blockEnd]))
            for i in block..<blockEnd {
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
                for k in Int(offsets[i])..<Int(offsets[i + 1]) {
                    let b = Int(features[k]) & mask
                    let line = base + b &* 64
                    acc1 &+= SIMD16<Int32>(truncatingIfNeeded: line.load(as: SIMD16<Int16>.self))
                    acc2 &+= SIMD16<Int32>(truncatingIfNeeded: line.load(fromByteOffset: 32, as: SIMD16<Int16>.self))
                    first1 &+= Int32(firsts[2 &* b])
                    first2 &+= Int32(firsts[2 &* b &+ 1])
                }
                let row1 = scores1 + i * 17
                let row2 = scores2 + i * 17
                row1[0] = first1
                row2[0] = first2
                for t in 0..<16 {
                    row1[t + 1] = acc1[t]
                    row2[t + 1] = acc2[t]
                }
            }
            block = blockEnd
        }
        return touched
    }

    /// Adds the weights of feature `features[i]` to row `i` of `scores1` (pass 1) and of
    /// `scores2` (pass 2), for each `i` in `rows`.
    func add(rows: Range<Int>, features: UnsafePointer<UInt32>, into scores1: UnsafeMutablePointer<Int32>, _ scores2: UnsafeMutablePointer<Int32>) {
        let base = UnsafeRawPointer(lines)
        let mask = buckets - 1
        for i in rows {
            let b = Int(features[i]) & mask
            let line = base + b &* 64
            let row1 = scores1 + i * 17
            let row2 = scores2 + i * 17
            row1[0] &+= Int32(firsts[2 &* b])
            row2[0] &+= Int32(firsts[2 &* b &+ 1])
            let acc1 = UnsafeRawPointer(row1 + 1).loadUnaligned(as: SIMD16<Int32>.self)
                &+ SIMD16<Int32>(truncatingIfNeeded: line.load(as: SIMD16<Int16>.self))
            let acc2 = UnsafeRawPointer(row2 + 1).loadUnaligned(as: SIMD16<Int32>.self)
                &+ SIMD16<Int32>(truncatingIfNeeded: line.load(fromByteOffset: 32, as: SIMD16<Int16>.self))
            UnsafeMutableRawPointer(row1 + 1).storeBytes(of: acc1, as: SIMD16<Int32>.self)
            UnsafeMutableRawPointer(row2 + 1).storeBytes(of: acc2, as: SIMD16<Int32>.self)
        }
    }

    /// Tokens whose lines are touched before they are summed.
    static let touchBlock = 8

    /// Reads one byte of every line (and side-table entry) `features[range]` will use, and
    /// returns them mixed, so that the reads are made (a value nothing used could be dropped).
    ///
    /// Summing a feature takes some 35 instructions, so only a handful of its cache misses fit
    /// in the processor's window at once; this loop takes a few a feature, so a whole block of
    /// tokens' misses are fetched together, and the sums then find their lines in L1.
    @inline(__always)
    private func touch(_ features: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> UInt8 {
        let base = UnsafeRawPointer(lines)
        let mask = buckets - 1
        var mixed: UInt8 = 0
        for k in range {
            let b = Int(features[k]) & mask
            mixed ^= base.load(fromByteOffset: b &* 64, as: UInt8.self)
            mixed ^= UInt8(truncatingIfNeeded: firsts[2 &* b])
        }
        return mixed
    }
}
