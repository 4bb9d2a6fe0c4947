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

    private let entries = FormCache.sets * FormCache.ways
    /// By entry: the form's exact hash and length (0: empty), and its scalars.
    private let keys: UnsafeMutablePointer<UInt64>
    private let lengths: UnsafeMutablePointer<UInt8>
    private let scalars: UnsafeMutablePointer<UInt16>
    /// By set: the way used last.
    private let recent: UnsafeMutablePointer<UInt8>
    let lowers: UnsafeMutablePointer<UInt64>
    let shapes: UnsafeMutablePointer<UInt64>
    let caps: UnsafeMutablePointer<UInt8>
    let neighbours: UnsafeMutablePointer<UInt32>
    let sums: UnsafeMutablePointer<Int32>

    init(owner: FusedWeights) {
        self.owner = owner
        let n = Self.sets * Self.ways
        keys = .allocate(capacity: n)
        keys.initialize(repeating: 0, count: n)
        lengths = .allocate(capacity: n)
        lengths.initialize(repeating: 0, count: n)
        recent = .allocate(capacity: Self.sets)
        recent.initialize(repeating: 0, count: Self.sets)
        // An entry's scalars and values are written when it is inserted and read only once its
        // key and length match, so they are left unwritten until then: zeroing them all (some
        // 7 MB) cost more instructions than a hundred articles' look-ups, and touched every
        // page of memory whether the entry was ever used or not.
        scalars = .allocate(capacity: n * Self.maxScalars)
        lowers = .allocate(capacity: n)
        shapes = .allocate(capacity: n)
        caps = .allocate(capacity: n)
        neighbours = .allocate(capacity: n * Self.neighbourCount)
        sums = .allocate(capacity: n * Self.sumCount)
    }

    deinit {
        keys.deallocate()
        lengths.deallocate()
        scalars.deallocate()
        recent.deallocate()
        lowers.deallocate()
        shapes.deallocate()
        caps.deallocate()
        neighbours.deallocate()
        sums.deallocate()
    }

    /// Where the entries' values are, for a loop that reads many of them: reading them through
    /// the class retained and released it at each form taken.
    struct Values {
        let lowers: UnsafeMutablePointer<UInt64>
        let shapes: UnsafeMutablePointer<UInt64>
        let caps: UnsafeMutablePointer<UInt8>
        let neighbours: UnsafeMutablePointer<UInt32>
        let sums: UnsafeMutablePointer<Int32>
    }

    /// The pointers to the entries' values (valid while the cache lives).
    var values: Values {
        Values(lowers: lowers, shapes: shapes, caps: caps, neighbours: neighbours, sums: sums)
    }

    @inline(__always)
    private static func set(_ exact: UInt64) -> Int {
        Int(truncatingIfNeeded: exact >> 40) & (sets - 1)
    }

    /// Whether `sc[a..<b]` can be kept (short enough, every scalar within 16 bits).
    @inline(__always)
    static func fits(_ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Bool {
        guard b - a <= maxScalars, b > a else { return false }
        for k in a..<b where sc[k] > 0xFFFF { return false }
        return true
    }

    /// The entry holding the form written `sc[a..<b]` (exact hash `exact`), if any; marks it used.
    @inline(__always)
    func find(_ exact: UInt64, _ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int? {
        let s = Self.set(exact)
        let length = b - a
        for way in 0..<Self.ways {
            let e = s * Self.ways + way
            guard keys[e] == exact, Int(lengths[e]) == length else { continue }
            let kept = scalars + e * Self.maxScalars
            var same = true
            for k in 0..<length where UInt32(kept[k]) != sc[a + k] {
                same = false
                break
            }
            if same {
                recent[s] = UInt8(way)
                return e
            }
        }
        return nil
    }

    /// An entry for the form written `sc[a..<b]` (which must `fit`), replacing the one used
    /// less recently in its set; the caller fills its values.
    func insert(_ exact: UInt64, _ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int {
        let s = Self.set(exact)
        let way = Self.ways - 1 - Int(recent[s])
        recent[s] = UInt8(way)
        let e = s * Self.ways + way
        keys[e] = exact
        lengths[e] = UInt8(b - a)
        let kept = scalars + e * Self.maxScalars
        for k in 0..<(b - a) { kept[k] = UInt16(truncatingIfNeeded: sc[a + k]) }
        return e
    }
}
