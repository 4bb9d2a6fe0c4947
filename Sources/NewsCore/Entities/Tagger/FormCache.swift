import CTaggerKernels
#if canImport(Glibc)
import Glibc
#endif

/// What the tagger works out from a word form's scalars alone, kept from one document to the
/// next: its hashes, capitalisation, features as a neighbour, and both passes' sums of the
/// features every token of the form has (bias, exact, lower, shape, prefixes, suffixes).
///
/// About half an article's tokens are the first of their form in it, and most of those forms
/// ("the", "said", "minister") were in an article shortly before; hashing a form's 17 features
/// and summing 12 weight rows took some 1,500 instructions, finding it here about 100. An
/// entry is found only by the same scalars (the hash picks the set; the scalars are compared),
/// and holds the same integers extraction computes, so the tags cannot change. Valid for one
/// `FusedWeights` (its weights and bucket width), which it keeps a reference to.
///
/// Two ways a set, the one used less recently replaced; forms longer than `maxScalars` or with
/// a scalar beyond U+FFFF are not kept (rare, and then worked out as before).
///
/// 16,384 sets (some 7 MB a workspace): with 4,096, a BBC article still missed some 45 of its
/// forms after a thousand articles, with 16,384 some 27, and a miss costs some 1,800
/// instructions more than a hit.
///
/// Laid out for the cache lines a look-up touches, not for instructions: the table is far
/// larger than the processor's L2, so nearly every look-up misses. An entry is a 64-byte *head*
/// (key, length, capitalisation, hashes and scalars: all that `find` compares and the hashes a
/// hit takes) and a 160-byte *body* (neighbour features and sums, read only on a hit). A set's
/// two heads share one 128-byte block, and the way used last is kept in the first head. With
/// the values in nine arrays of their own, a hit touched some ten lines, three in a row that
/// each waited for the one before; now it touches one head line, then three adjacent body
/// lines at once (and the same 224 bytes an entry).
final class FormCache {
    /// The weights the sums are from.
    let owner: FusedWeights
    static let sets = 16384
    static let ways = 2
    static let maxScalars = 16
    /// Neighbour features kept: lowerPrev, lowerNext, lowerPrev2, lowerNext2, exactPrev, exactNext.
    static let neighbourCount = 6
    /// Both passes' rows (17 lanes each).
    static let sumCount = 2 * EntityTag.count

    /// A head's bytes: the exact hash (0 while empty), lower and shape hashes, the form's length
    /// (0: empty), its capitalisation class, (in a set's first head) the way used last, then at
    /// 32 the scalars as UInt16.
    static let headBytes = 64
    static let keyAt = 0, lowerAt = 8, shapeAt = 16, lengthAt = 24, capAt = 25, recentAt = 26, scalarsAt = 32
    /// A body's bytes: the neighbour features (UInt32), then both passes' sums (Int32).
    static let bodyBytes = 4 * (neighbourCount + sumCount)

    private let heads: UnsafeMutableRawPointer
    private let bodies: UnsafeMutableRawPointer
    /// The mappings `heads` and `bodies` lie in (aligned within them), for `munmap`.
    private let headBlock: UnsafeMutableRawPointer
    private let bodyBlock: UnsafeMutableRawPointer

    init(owner: FusedWeights) {
        self.owner = owner
        let n = Self.sets * Self.ways
        // Both mapped, on 2 MB boundaries marked for transparent huge pages where the system offers
        // them (as the weights are): a look-up lands anywhere in 7 MB, and with 4 KB pages most
        // also missed the TLB, a page walk (dearest inside a virtual machine) that the look-ups'
        // prefetches waited for. The heads must read as empty: a fresh mapping is zeroed page by
        // page as it is first touched (`calloc` zeroed all of it at once when it came from the
        // heap, and touched every page whether used or not), and the slack before the boundary is
        // never touched. A body is written when its entry is inserted and read only once its head
        // matches, so it is left unwritten until then.
        headBlock = Self.map(Self.headBlockBytes)
        bodyBlock = Self.map(Self.bodyBlockBytes)
        heads = Self.hugePageStart(in: headBlock, byteCount: n * Self.headBytes)
        bodies = Self.hugePageStart(in: bodyBlock, byteCount: n * Self.bodyBytes)
        bodies.bindMemory(to: UInt32.self, capacity: n * Self.bodyBytes / 4)
    }

    private static let hugePage = 2 << 20
    private static let headBlockBytes = sets * ways * headBytes + hugePage
    private static let bodyBlockBytes = sets * ways * bodyBytes + hugePage

    /// `byteCount` bytes of fresh zeroed memory.
    private static func map(_ byteCount: Int) -> UnsafeMutableRawPointer {
        guard let block = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            block != UnsafeMutableRawPointer(bitPattern: -1)
        else {
            fatalError("out of memory for the tagger's form cache")
        }
        return block
    }

    /// The first 2 MB boundary in `block` (mapped `hugePage` bytes larger than `byteCount`),
    /// with the `byteCount` bytes from it marked for huge pages.
    private static func hugePageStart(in block: UnsafeMutableRawPointer, byteCount: Int) -> UnsafeMutableRawPointer {
        let start = block + (hugePage - Int(bitPattern: block) & (hugePage - 1)) & (hugePage - 1)
        #if os(Linux)
        _ = madvise(start, byteCount, MADV_HUGEPAGE)
        #endif
        return start
    }

    deinit {
        munmap(headBlock, Self.headBlockBytes)
        munmap(bodyBlock, Self.bodyBlockBytes)
    }

    /// Where the entries are, for a loop that reads many of them: reading them through the
    /// class retained and released it at each form taken.
    struct Values {
        let heads: UnsafeMutableRawPointer
        let bodies: UnsafeMutableRawPointer

        @inline(__always) func head(_ entry: Int) -> UnsafeMutableRawPointer { heads + entry &* FormCache.headBytes }
        @inline(__always) func lower(_ entry: Int) -> UInt64 { head(entry).load(fromByteOffset: FormCache.lowerAt, as: UInt64.self) }
        @inline(__always) func shape(_ entry: Int) -> UInt64 { head(entry).load(fromByteOffset: FormCache.shapeAt, as: UInt64.self) }
        @inline(__always) func cap(_ entry: Int) -> UInt8 { head(entry).load(fromByteOffset: FormCache.capAt, as: UInt8.self) }
        /// The entry's `neighbourCount` neighbour features.
        @inline(__always) func neighbours(_ entry: Int) -> UnsafeMutablePointer<UInt32> {
            // (`init` bound the bodies to UInt32; Int32 may alias it.)
            (bodies + entry &* FormCache.bodyBytes).assumingMemoryBound(to: UInt32.self)
        }
        /// The entry's `sumCount` sums: pass 1's row, then pass 2's.
        @inline(__always) func sums(_ entry: Int) -> UnsafeMutablePointer<Int32> {
            (bodies + entry &* FormCache.bodyBytes + 4 * FormCache.neighbourCount).assumingMemoryBound(to: Int32.self)
        }

        /// Asks for the two heads of the set the form with exact hash `exact` falls in, without
        /// waiting for them (see `TaggerBuffers.lookUpForms`).
        @inline(__always) func prefetchHeads(_ exact: UInt64) {
            let first = UnsafeRawPointer(heads + FormCache.set(exact) &* FormCache.ways &* FormCache.headBytes)
            byline_prefetch(first)
            byline_prefetch(first + FormCache.headBytes)
        }

        /// Asks for the lines of `entry`'s body, without waiting for them.
        @inline(__always) func prefetchBody(_ entry: Int) {
            let body = UnsafeRawPointer(bodies + entry &* FormCache.bodyBytes)
            // The first and last byte's lines and every line between (a body is not line-aligned).
            var line = 0
            while line < FormCache.bodyBytes {
                byline_prefetch(body + line)
                line &+= 64
            }
            byline_prefetch(body + (FormCache.bodyBytes - 1))
        }

        /// The entry holding the form written `sc[a..<b]` (exact hash `exact`), or -1: what
        /// `FormCache.find` finds, without marking it used (`markUsed` does, when it is taken).
        @inline(__always)
        func entry(_ exact: UInt64, _ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int {
            let s = FormCache.set(exact)
            let length = b - a
            for way in 0..<FormCache.ways {
                let e = s &* FormCache.ways &+ way
                let head = heads + e &* FormCache.headBytes
                guard head.load(fromByteOffset: FormCache.keyAt, as: UInt64.self) == exact,
                    Int(head.load(fromByteOffset: FormCache.lengthAt, as: UInt8.self)) == length
                else { continue }
                let kept = head + FormCache.scalarsAt
                var same = true
                for k in 0..<length where UInt32(kept.load(fromByteOffset: 2 &* k, as: UInt16.self)) != sc[a + k] {
                    same = false
                    break
                }
                if same { return e }
            }
            return -1
        }

        /// Marks `entry` as its set's way used last (as `FormCache.find` does on a hit).
        @inline(__always) func markUsed(_ entry: Int) {
            let s = entry / FormCache.ways
            (heads + s &* FormCache.ways &* FormCache.headBytes + FormCache.recentAt)
                .storeBytes(of: UInt8(entry % FormCache.ways), as: UInt8.self)
        }

        /// Sets the hashes and capitalisation of an entry just inserted.
        @inline(__always) func set(_ entry: Int, lower: UInt64, shape: UInt64, cap: UInt8) {
            let h = head(entry)
            h.storeBytes(of: lower, toByteOffset: FormCache.lowerAt, as: UInt64.self)
            h.storeBytes(of: shape, toByteOffset: FormCache.shapeAt, as: UInt64.self)
            h.storeBytes(of: cap, toByteOffset: FormCache.capAt, as: UInt8.self)
        }
    }

    /// The pointers to the entries (valid while the cache lives).
    var values: Values { Values(heads: heads, bodies: bodies) }

    @inline(__always)
    fileprivate static func set(_ exact: UInt64) -> Int {
        Int(truncatingIfNeeded: exact >> 40) & (sets - 1)
    }

    /// Where set `s` keeps the way it used last.
    @inline(__always)
    private func recent(_ s: Int) -> UnsafeMutableRawPointer {
        heads + s &* Self.ways &* Self.headBytes + Self.recentAt
    }

    /// Whether `sc[a..<b]` can be kept (short enough, every scalar within 16 bits).
    @inline(__always)
    static func fits(_ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Bool {
        guard b - a <= maxScalars, b > a else { return false }
        for k in a..<b where sc[k] > 0xFFFF { return false }
        return true
    }

    /// `fits` of a form of `length` scalars whose bitwise OR is `bits`
    /// (`TokenHashing.exactHashAndBits`).
    @inline(__always)
    static func fits(length: Int, bits: UInt32) -> Bool {
        length <= maxScalars && length > 0 && bits <= 0xFFFF
    }

    /// The entry holding the form written `sc[a..<b]` (exact hash `exact`), if any; marks it used.
    @inline(__always)
    func find(_ exact: UInt64, _ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int? {
        // Both ways' bodies (adjacent) are asked for while the heads are fetched and compared:
        // nearly every look-up hits, and the hit's body then waited for a second miss after the
        // head's.
        let body = UnsafeRawPointer(bodies + Self.set(exact) &* Self.ways &* Self.bodyBytes)
        for line in stride(from: 0, to: Self.ways * Self.bodyBytes, by: 64) { byline_prefetch(body + line) }
        let kept = values
        let e = kept.entry(exact, sc, a, b)
        guard e >= 0 else { return nil }
        kept.markUsed(e)
        return e
    }

    /// An entry for the form written `sc[a..<b]` (which must `fit`), replacing the one used
    /// less recently in its set; the caller fills its values.
    func insert(_ exact: UInt64, _ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int {
        let s = Self.set(exact)
        let way = Self.ways - 1 - Int(recent(s).load(as: UInt8.self))
        recent(s).storeBytes(of: UInt8(way), as: UInt8.self)
        let e = s * Self.ways + way
        let head = heads + e * Self.headBytes
        head.storeBytes(of: exact, toByteOffset: Self.keyAt, as: UInt64.self)
        head.storeBytes(of: UInt8(b - a), toByteOffset: Self.lengthAt, as: UInt8.self)
        for k in 0..<(b - a) {
            head.storeBytes(of: UInt16(truncatingIfNeeded: sc[a + k]), toByteOffset: Self.scalarsAt + 2 * k, as: UInt16.self)
        }
        return e
    }
}
