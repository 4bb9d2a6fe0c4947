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
    /// The ASCII table, in memory of its own (`Storage`), shared by copies until one of them
    /// gives a new id.
    private var storage: Storage
    /// Ids of the words that are not ASCII even after folding.
    private var others: [String: Int32] = [:]

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
    }

    /// The number of ids given.
    var count: Int { storage.count }

    init(capacity: Int = 32) {
        storage = Storage(capacity: capacity)
    }

    /// The id of `word`, given a new id if it has none yet.
    mutating func id(_ word: String) -> Int {
        let ascii = word.withContiguousUTF8 { b -> Int? in
            guard let h = Self.asciiHash(b) else { return nil }
            return findOrInsert(h, b).id
        }
        if let ascii { return ascii }
        // Not ASCII: its ASCII equivalent when it has one, else its own entry.
        if let folded = Self.asciiEquivalent(word) { return id(folded) }
        if let known = others[word] { return Int(known) }
        unshare()
        let id = storage.append(Entry(hash: 0, start: -1, length: 0))
        others[word] = Int32(id)
        return id
    }

    /// The id of `word` if it has one.
    func find(_ word: String) -> Int? {
        let ascii = word.withContiguousUTF8 { b -> Int?? in
            guard let h = Self.asciiHash(b) else { return .none }
            return .some(find(h, b))
        }
        if let ascii { return ascii }
        if let folded = Self.asciiEquivalent(word) { return find(folded) }
        return others[word].map(Int.init)
    }

    /// The id of the ASCII bytes `b`, whose FNV-1a hash `hash(ascii:)` is `h`, if it has one:
    /// `find(_:)` of the word, for a caller that keeps the hash of a word it asks about often.
    func find(asciiHashed h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
        find(h, b)
    }

    /// The id of `scalars[range]` read as a word when its scalars are all ASCII (found without
    /// making a `String`; `isNew` tells whether it was given now), nil otherwise. With
    /// `lowercased`, the id of the word with A to Z made a to z (`lowercased()` of ASCII).
    ///
    /// The bytes are written once, straight after the table's own, where a new word's bytes are
    /// kept: an article's tokens are looked up here, half of them new words, and copying each
    /// through a buffer of its own cost a call to `memcpy` a new word.
    ///
    /// With `unshared`, the caller has made this copy's table its own (`makeUnshared()`) and
    /// made no copy since: a new word is then kept without asking whether another copy shares
    /// the table (a call into the runtime for each new word, half of an article's tokens).
    @inline(__always)
    mutating func asciiId(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercased: Bool = false, unshared: Bool = false
    ) -> (id: Int, isNew: Bool)? {
        let n = range.upperBound &- range.lowerBound
        let tail = storage.tail(room: n)
        var h = Self.basis
        var k = 0
        // (A `while` with wrapping steps: `k` stays below `n`.)
        while k < n {
            var v = scalars[range.lowerBound &+ k].value
            guard v < 0x80 else { return nil }
            if lowercased, v &- 0x41 < 26 { v |= 0x20 }
            let b = UInt8(truncatingIfNeeded: v)
            tail[k] = b
            h = Self.step(h, b)
            k &+= 1
        }
        return idOfTail(h, n, unshared: unshared)
    }

    /// Gives this copy a table of its own, for a caller about to give many ids with
    /// `unshared` (`asciiId(_:_:lowercased:unshared:)`, `asciiLowerCaseId(of:unshared:)`).
    mutating func makeUnshared() {
        unshare()
    }

    /// The id of the lower case (A to Z made a to z) of the word with id `id`, which was given to
    /// ASCII bytes, and that lower case's hash (`hash(ascii:)`): `id` and its own hash when it
    /// has no capital (most words), found without copying it.
    /// (`unshared` as in `asciiId(_:_:lowercased:unshared:)`.)
    @inline(__always)
    mutating func asciiLowerCaseId(of id: Int, unshared: Bool = false) -> (id: Int, isNew: Bool, hash: UInt64) {
        let (start, n, hash) = storage.location(of: id)
        guard Self.hasCapital(storage.byteAddress(at: start), n) else { return (id, false, hash) }
        return lowerCaseId(start: start, count: n, unshared: unshared)
    }

    /// `asciiLowerCaseId(of:)` of the `n` bytes from `start`, which have a capital. (Called, not
    /// inlined: a quarter of an article's new words have one, and the whole of it inlined was
    /// not, which made the question a call for every word.)
    @inline(never)
    private mutating func lowerCaseId(start: Int, count n: Int, unshared: Bool) -> (id: Int, isNew: Bool, hash: UInt64) {
        // (The room is made first: it may move the bytes the word is read from.)
        let tail = storage.tail(room: n)
        let word = storage.byteAddress(at: start)
        var h = Self.basis
        var k = 0
        while k < n {
            var b = word[k]
            if b &- 0x41 < 26 { b &+= 0x20 }
            tail[k] = b
            h = Self.step(h, b)
            k &+= 1
        }
        let found = idOfTail(h, n, unshared: unshared)
        return (found.id, found.isNew, h)
    }

    /// The id of `word` when it is plain ASCII, given on first asking (`isNew` says so); nil for
    /// any other word. For a table that only ever asks this, ids are exact: the same bytes.
    mutating func asciiId(_ word: String) -> (id: Int, isNew: Bool)? {
        word.withContiguousUTF8 { b -> (id: Int, isNew: Bool)? in
            guard let h = Self.asciiHash(b) else { return nil }
            return findOrInsert(h, b)
        }
    }

    /// The id of the ASCII bytes `b`, whose FNV-1a hash `hash(ascii:)` is `h`, given on first
    /// asking (`isNew` says so): for a caller that has hashed the bytes while copying them.
    @inline(__always)
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
        if case .found(let id) = storage.probe(h, b) { return id }
        return nil
    }

    /// The id of the ASCII word `b` (hash `h`), given a new one (`isNew`) if it has none: one
    /// probe, whose first free slot takes the new id.
    @inline(__always)
    private mutating func findOrInsert(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let free: Int
        switch storage.probe(h, b) {
        case .found(let id): return (id, false)
        case .free(let slot): free = slot
        }
        unshare()
        return (storage.insert(h, b, at: free), true)
    }

    /// Bytes after the room for words in a table's storage, so that a word's bytes can be read
    /// eight at a time: every word and the tail end within the room, so reading up to seven
    /// bytes past one stays in the allocation (and reads bytes that are set: zero, or a word's).
    static var byteSlack: Int { 8 }

    /// Whether the `n` bytes at `a` and at `b` are the same, read eight at a time (a word's
    /// bytes compared one by one cost some six instructions a byte). Up to seven bytes past
    /// each must be readable, as the table's bytes are (`byteSlack`).
    @inline(__always)
    static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0
        while n &- k > 8 {
            if eight(a + k) != eight(b + k) { return false }
            k &+= 8
        }
        // The last one to eight bytes: the rest of the eight shifted out (the first bytes are
        // the low ones). No bytes at all shift nothing out, and are the same.
        let last = n &- k
        return (eight(a + k) ^ eight(b + k)) &<< UInt64(8 &* (8 &- last)) == 0 || last == 0
    }

    /// The eight bytes at `p`, the first the lowest.
    @inline(__always)
    static func eight(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Whether any of the `n` bytes at `p` is a capital A to Z, read eight at a time (up to
    /// seven bytes past them must be readable, as in `sameBytes`): a byte `b` is one when it
    /// is below 0x80 and `b + 0x3F` reaches 0x80 while `b + 0x25` does not (its top bit
    /// cleared first, neither sum carries into the next byte).
    @inline(__always)
    static func hasCapital(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        var k = 0
        while k < n {
            var x = eight(p + k)
            let left = n &- k
            if left < 8 { x &= (1 &<< UInt64(8 &* left)) &- 1 }
            let low = x & (0x7F &* ones)
            if (low &+ 0x3F &* ones) & ~(low &+ 0x25 &* ones) & ~x & (0x80 &* ones) != 0 { return true }
            k &+= 8
        }
        return false
    }

    /// Whether the word with id `id`, which was given to ASCII bytes, is one or more ASCII
    /// letters and digits only: read from the table's bytes eight at a time (see `hasCapital`).
    @inline(__always)
    func isPlainAlphanumeric(_ id: Int) -> Bool {
        let (start, n, _) = storage.location(of: id)
        return n > 0 && Self.isPlainAlphanumeric(storage.byteAddress(at: start), n)
    }

    /// Whether each of the `n` bytes at `p` is an ASCII letter or digit, read eight at a time
    /// (up to seven bytes past them must be readable, as in `sameBytes`): with its top bit
    /// cleared, a byte `b` is a letter when `b | 0x20` is from 0x61 to 0x7A, and a digit when
    /// `b` is from 0x30 to 0x39, each found as in `hasCapital`; a byte with its top bit set is
    /// neither.
    @inline(__always)
    static func isPlainAlphanumeric(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = 0x80 &* ones
        var k = 0
        while k < n {
            let x = eight(p + k)
            let low = x & (0x7F &* ones)
            let folded = low | (0x20 &* ones)
            let letter = (folded &+ 0x1F &* ones) & ~(folded &+ 0x05 &* ones)
            let digit = (low &+ 0x50 &* ones) & ~(low &+ 0x46 &* ones)
            var fine = (letter | digit) & ~x & high
            let left = n &- k
            // Bytes past the word count as fine.
            if left < 8 { fine |= high & ~((1 &<< UInt64(8 &* left)) &- 1) }
            if fine != high { return false }
            k &+= 8
        }
        return true
    }

    /// The id of the `n` ASCII bytes (hash `h`) written at the table's tail (`Storage.tail`),
    /// given a new one (`isNew`), those bytes and all, if it has none. With `unshared`, the
    /// table is known to be this copy's own (`makeUnshared()`).
    @inline(__always)
    private mutating func idOfTail(_ h: UInt64, _ n: Int, unshared: Bool = false) -> (id: Int, isNew: Bool) {
        let free: Int
        switch storage.probeTail(h, count: n) {
        case .found(let id): return (id, false)
        case .free(let slot): free = slot
        }
        // (A copy has the same slots, so the probe's slot is the copy's too.)
        if unshared {
            assert(isKnownUniquelyReferenced(&storage), "a table shared by a copy, given ids as unshared")
        } else if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(tail: n)
        }
        return (storage.keepTail(h, count: n, at: free), true)
    }

    /// Gives this copy a table of its own before it changes, when another copy shares it.
    private mutating func unshare() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Where the probe for the ASCII word `b` (hash `h`) ends: at its id, or at the first free slot.
    private enum Probe {
        case found(Int)
        case free(Int)
    }

    /// The table behind raw pointers: ids in a power-of-two table of slots (-1 for an empty
    /// one), each id's `Entry`, and the ASCII words' bytes end to end. (In arrays, each new id
    /// checked three of them for uniqueness and grew them through the generic path: some 180
    /// instructions an id, and an article gives two hundred ids or more in each of two tables.)
    ///
    /// The three start in one block of memory: an article makes six tables or so, and three
    /// allocations each were some twenty an article. One grown later is allocated on its own,
    /// and freed unless it is still in the block.
    private final class Storage {
        private var slots: UnsafeMutablePointer<Int32>
        private var slotCount: Int
        private var entries: UnsafeMutablePointer<Entry>
        private var entryCapacity: Int
        private(set) var count = 0
        private var bytes: UnsafeMutablePointer<UInt8>
        private var byteCapacity: Int
        private var byteCount = 0
        /// The block the first slots, entries and bytes are in, and its end.
        private let block: UnsafeMutableRawPointer
        private let blockEnd: UnsafeMutableRawPointer

        convenience init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            self.init(slotCount: size, entryCapacity: max(capacity, 8), byteCapacity: max(capacity * 8, 64))
            slots.initialize(repeating: -1, count: size)
        }

        /// Room for `slotCount` slots, `entryCapacity` entries and `byteCapacity` bytes in one
        /// block (entries first, for their alignment), none of the slots and entries set, the
        /// bytes zero and followed by `byteSlack` more.
        private init(slotCount: Int, entryCapacity: Int, byteCapacity: Int) {
            let entryBytes = entryCapacity * MemoryLayout<Entry>.stride
            let slotBytes = slotCount * MemoryLayout<Int32>.stride
            let size = entryBytes + slotBytes + byteCapacity + WordIds.byteSlack
            precondition(byteCapacity < Int(Int32.max), "more word bytes than an Int32 counts")
            block = .allocate(byteCount: size, alignment: MemoryLayout<Entry>.alignment)
            blockEnd = block + size
            entries = block.bindMemory(to: Entry.self, capacity: entryCapacity)
            slots = (block + entryBytes).bindMemory(to: Int32.self, capacity: slotCount)
            bytes = (block + entryBytes + slotBytes).bindMemory(to: UInt8.self, capacity: byteCapacity + WordIds.byteSlack)
            bytes.initialize(repeating: 0, count: byteCapacity + WordIds.byteSlack)
            self.slotCount = slotCount
            self.entryCapacity = entryCapacity
            self.byteCapacity = byteCapacity
        }

        /// A table with the same ids (for a copy of `WordIds` about to give one), and the same
        /// `tail` bytes after its own.
        func copy(tail: Int = 0) -> Storage {
            let other = Storage(slotCount: slotCount, entryCapacity: entryCapacity, byteCapacity: max(byteCapacity, byteCount + tail))
            other.slots.initialize(from: slots, count: slotCount)
            other.entries.initialize(from: entries, count: count)
            other.count = count
            other.bytes.update(from: bytes, count: byteCount + tail)
            other.byteCount = byteCount
            return other
        }

        /// Where a word of `n` bytes is written to be looked up, with room for it: after the
        /// words' bytes, where `keepTail` keeps them. (No copy sharing the table reads there,
        /// and making room keeps every word's bytes: a copy sees the same words.)
        @inline(__always)
        func tail(room n: Int) -> UnsafeMutablePointer<UInt8> {
            if byteCount &+ n > byteCapacity { growBytes(to: byteCount + n) }
            return bytes + byteCount
        }

        /// Where id `id`'s bytes start, their count and their hash (an id given to ASCII bytes).
        @inline(__always)
        func location(of id: Int) -> (start: Int, count: Int, hash: UInt64) {
            let e = entries[id]
            precondition(e.start >= 0, "not an id of ASCII bytes")
            return (Int(e.start), Int(e.length), e.hash)
        }

        /// The bytes from `start` (until the table next grows them).
        @inline(__always)
        func byteAddress(at start: Int) -> UnsafePointer<UInt8> {
            UnsafePointer(bytes + start)
        }

        /// Room for `size` bytes at least (and `byteSlack`, zero), the words' bytes kept.
        private func growBytes(to size: Int) {
            let size = max(byteCapacity * 2, size)
            precondition(size < Int(Int32.max), "more word bytes than an Int32 counts")
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size + WordIds.byteSlack)
            grown.moveInitialize(from: bytes, count: byteCount)
            (grown + byteCount).initialize(repeating: 0, count: size + WordIds.byteSlack - byteCount)
            release(bytes)
            bytes = grown
            byteCapacity = size
        }

        deinit {
            release(slots)
            release(entries)
            release(bytes)
            block.deallocate()
        }

        /// Frees a buffer grown out of the block (one still in it goes with the block).
        @inline(__always)
        private func release(_ buffer: UnsafeMutableRawPointer) {
            if buffer < block || buffer >= blockEnd { buffer.deallocate() }
        }

        /// (Inlined, with the table's pointers read once: every token of an article is looked up
        /// here, and the call and the pointers read again at each step and byte were a third of it.)
        @inline(__always)
        func probe(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> Probe {
            probe(h, count: b.count) { stored in
                var j = 0
                while j < b.count, stored[j] == b[j] { j &+= 1 }
                return j == b.count
            }
        }

        /// `probe` of the `n` bytes at `tail(room:)`, compared eight bytes at a time (`sameBytes`).
        @inline(__always)
        func probeTail(_ h: UInt64, count n: Int) -> Probe {
            let word = bytes + byteCount
            return probe(h, count: n) { WordIds.sameBytes($0, word, n) }
        }

        /// The slot of the entry with hash `h`, `n` bytes and bytes that `same` accepts (given
        /// where they are stored), or the free slot where it would go.
        @inline(__always)
        private func probe(_ h: UInt64, count n: Int, same: (UnsafePointer<UInt8>) -> Bool) -> Probe {
            let slots = self.slots
            let entries = self.entries
            let bytes = self.bytes
            let mask = slotCount &- 1
            var i = WordIds.bucket(h) & mask
            while true {
                let id = Int(slots[i])
                if id < 0 { return .free(i) }
                let e = entries[id]
                if e.hash == h, Int(e.length) == n, same(bytes + Int(e.start)) { return .found(id) }
                i = (i &+ 1) & mask
            }
        }

        /// Gives `e` the next id (placed in no slot: a word that is not ASCII).
        /// (Inlined: every new word's id is given here, and the call cost a third of it.)
        @inline(__always)
        func append(_ e: Entry) -> Int {
            if count == entryCapacity {
                let grown = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
                grown.moveInitialize(from: entries, count: count)
                release(entries)
                entries = grown
                entryCapacity *= 2
            }
            (entries + count).initialize(to: e)
            count &+= 1
            return count &- 1
        }

        /// Gives the ASCII word `b` (hash `h`) the next id, in `slot`, where its probe ended.
        /// (Inlined, as `probe` is: half of an article's words are new, and the call was a
        /// fifth of giving one its id.)
        @inline(__always)
        func insert(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>, at slot: Int) -> Int {
            let tail = self.tail(room: b.count)
            if let source = b.baseAddress { tail.initialize(from: source, count: b.count) }
            return keepTail(h, count: b.count, at: slot)
        }

        /// Gives the `n` bytes at `tail(room:)` (hash `h`) the next id, in `slot`, where their
        /// probe ended: they are kept where they are.
        /// (Unchecked arithmetic: the bytes stay below `Int32.max`, as `growBytes` checks, and
        /// so do the ids, one for a byte or fewer; the checks were a tenth of a new word's cost.)
        @inline(__always)
        func keepTail(_ h: UInt64, count n: Int, at slot: Int) -> Int {
            let start = byteCount
            byteCount = start &+ n
            let id = append(Entry(hash: h, start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: n)))
            if count &* 2 > slotCount {
                grow()
            } else {
                slots[slot] = Int32(truncatingIfNeeded: id)
            }
            return id
        }

        /// Doubles the table and places every ASCII id again.
        private func grow() {
            release(slots)
            slotCount *= 2
            slots = .allocate(capacity: slotCount)
            slots.initialize(repeating: -1, count: slotCount)
            let mask = slotCount - 1
            for id in 0..<count where entries[id].start >= 0 {
                var i = WordIds.bucket(entries[id].hash) & mask
                while slots[i] >= 0 { i = (i + 1) & mask }
                slots[i] = Int32(id)
            }
        }
    }
}
