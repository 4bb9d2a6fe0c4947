/// Integer ids for the distinct words of one article: two words get the same id exactly when
/// `String` calls them equal.
///
/// The entity rules ask whether an article writes a word in lower case, capitalises it, or
/// uses it in its headline thousands of times an article; hashing the `String` each time
/// (SipHash over its normalised form) cost more than the rest of the question. A word is
/// interned once, when the article's tokens are built, and then asked about by its id.
///
/// A word in plain ASCII (nearly every one) is keyed by an FNV-1a hash of its bytes in a flat
/// open-addressed table and compared byte for byte, which is `String` equality for ASCII. Any
/// other word goes to a `Dictionary`, so canonically equivalent spellings ("é" precomposed or
/// not) share an id as they share a `Set` entry; the three scalars whose canonical equivalent
/// is ASCII (U+037E ";", U+1FEF "`", U+212A "K") are folded first, so such a word meets its
/// ASCII spelling. Ids are given from 0 in order of first asking.
struct WordIds {
    /// Ids in a power-of-two table, -1 for an empty slot.
    private var slots: [Int32]
    /// By id: the FNV hash of its ASCII bytes and their place in `bytes` (start -1 for a word
    /// that is not ASCII).
    private var entries: [Entry] = []
    /// The ASCII words' bytes, end to end in `bytes[..<byteCount]` (the rest is room to grow).
    private var bytes: [UInt8] = []
    private var byteCount = 0
    /// Ids of the words that are not ASCII even after folding.
    private var others: [String: Int32] = [:]

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
    }

    /// The number of ids given.
    var count: Int { entries.count }

    init(capacity: Int = 32) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        entries.reserveCapacity(capacity)
        bytes = [UInt8](repeating: 0, count: capacity * 8)
    }

    /// The id of `word`, given a new id if it has none yet.
    mutating func id(_ word: String) -> Int {
        var copy = word
        let ascii = copy.withUTF8 { b -> Int? in
            guard let h = Self.asciiHash(b) else { return nil }
            return findOrInsert(h, b).id
        }
        if let ascii { return ascii }
        // Not ASCII: its ASCII equivalent when it has one, else its own entry.
        if let folded = Self.asciiEquivalent(word) { return id(folded) }
        if let known = others[word] { return Int(known) }
        let id = entries.count
        entries.append(Entry(hash: 0, start: -1, length: 0))
        others[word] = Int32(id)
        return id
    }

    /// The id of `word` if it has one.
    func find(_ word: String) -> Int? {
        var copy = word
        let ascii = copy.withUTF8 { b -> Int?? in
            guard let h = Self.asciiHash(b) else { return .none }
            return .some(find(h, b))
        }
        if let ascii { return ascii }
        if let folded = Self.asciiEquivalent(word) { return find(folded) }
        return others[word].map(Int.init)
    }

    /// The id of `scalars[range]` read as a word when its scalars are all ASCII (found without
    /// making a `String`; `isNew` tells whether it was given now), nil otherwise. With
    /// `lowercased`, the id of the word with A to Z made a to z (`lowercased()` of ASCII).
    mutating func asciiId(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercased: Bool = false) -> (id: Int, isNew: Bool)? {
        // (The scalars of a word are few: a copy as bytes costs less than comparing scalars.)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer -> (id: Int, isNew: Bool)? in
            var h = Self.basis
            var j = 0
            for k in range {
                var v = scalars[k].value
                guard v < 0x80 else { return nil }
                if lowercased, v >= 0x41, v <= 0x5A { v += 0x20 }
                h = (h ^ UInt64(v)) &* Self.prime
                buffer[j] = UInt8(truncatingIfNeeded: v)
                j += 1
            }
            let b = UnsafeBufferPointer(buffer)
            return findOrInsert(h, b)
        }
    }

    /// The id of `word` when it is plain ASCII, given on first asking (`isNew` says so); nil for
    /// any other word. For a table that only ever asks this, ids are exact: the same bytes.
    mutating func asciiId(_ word: String) -> (id: Int, isNew: Bool)? {
        var copy = word
        return copy.withUTF8 { b -> (id: Int, isNew: Bool)? in
            guard let h = Self.asciiHash(b) else { return nil }
            return findOrInsert(h, b)
        }
    }

    /// The id of the ASCII bytes `b`, whose FNV-1a hash `hash(ascii:)` is `h`, given on first
    /// asking (`isNew` says so): for a caller that has hashed the bytes while copying them.
    mutating func asciiId(hashed h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        findOrInsert(h, b)
    }

    /// The hash `asciiId(hashed:_:)` takes: FNV-1a over the bytes, one `step` a byte from `basis`.
    static func hash(ascii b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = basis
        for x in b { h = step(h, x) }
        return h
    }

    /// One byte's step of the FNV-1a hash.
    @inline(__always)
    static func step(_ h: UInt64, _ x: UInt8) -> UInt64 {
        (h ^ UInt64(x)) &* prime
    }

    /// `word` with U+037E, U+1FEF and U+212A replaced by their ASCII equivalents, when that
    /// leaves it all ASCII; nil when it has any other scalar beyond ASCII (then no ASCII string
    /// is canonically equivalent to it: normalising never drops a combining mark, and no other
    /// scalar decomposes to ASCII alone).
    static func asciiEquivalent(_ word: String) -> String? {
        var out = String.UnicodeScalarView()
        for s in word.unicodeScalars {
            switch s.value {
            case 0..<0x80: out.append(s)
            case 0x37E: out.append(";")
            case 0x1FEF: out.append("`")
            case 0x212A: out.append("K")
            default: return nil
            }
        }
        return String(out)
    }

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// The FNV-1a hash of `b` when every byte is ASCII, nil otherwise.
    @inline(__always)
    private static func asciiHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h = basis
        for x in b {
            guard x < 0x80 else { return nil }
            h = (h ^ UInt64(x)) &* prime
        }
        return h
    }

    @inline(__always)
    private static func bucket(_ v: UInt64) -> Int {
        Int(truncatingIfNeeded: ((v ^ (v >> 31)) &* 0xbf58_476d_1ce4_e5b9) >> 29)
    }

    /// The id of the ASCII word `b` (hash `h`), if it has one.
    private func find(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
        if case .found(let id) = probe(h, b) { return id }
        return nil
    }

    /// The id of the ASCII word `b` (hash `h`), given a new one (`isNew`) if it has none: one
    /// probe, whose first free slot takes the new id (where `place` would put it).
    private mutating func findOrInsert(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let free: Int
        switch probe(h, b) {
        case .found(let id): return (id, false)
        case .free(let slot): free = slot
        }
        let id = entries.count
        let start = byteCount
        entries.append(Entry(hash: h, start: Int32(start), length: Int32(b.count)))
        // (Copied into room made ahead: appending byte by byte checked the array at each byte.)
        if start + b.count > bytes.count {
            bytes += [UInt8](repeating: 0, count: max(bytes.count, b.count, 64))
        }
        if let source = b.baseAddress {
            bytes.withUnsafeMutableBufferPointer { out in
                (out.baseAddress! + start).update(from: source, count: b.count)
            }
        }
        byteCount = start + b.count
        if entries.count * 2 > slots.count {
            grow()
        } else {
            slots[free] = Int32(id)
        }
        return (id, true)
    }

    /// Where the probe for the ASCII word `b` (hash `h`) ends: at its id, or at the first free slot.
    private enum Probe {
        case found(Int)
        case free(Int)
    }

    private func probe(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> Probe {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var i = Self.bucket(h) & mask
                    while true {
                        let id = Int(slots[i])
                        if id < 0 { return .free(i) }
                        let e = entries[id]
                        if e.hash == h, Int(e.length) == b.count {
                            let start = Int(e.start)
                            var same = true
                            for j in 0..<b.count where bytes[start + j] != b[j] {
                                same = false
                                break
                            }
                            if same { return .found(id) }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// Puts ASCII id `id` in the first free slot of its probe.
    private mutating func place(_ id: Int) {
        let mask = slots.count - 1
        var i = Self.bucket(entries[id].hash) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(id)
    }

    /// Doubles the table and places every ASCII id again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for id in entries.indices where entries[id].start >= 0 { place(id) }
    }
}
