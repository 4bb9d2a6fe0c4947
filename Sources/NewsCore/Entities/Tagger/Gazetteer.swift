import CTaggerKernels

/// Hashed lists of known names (first names, surnames, cities, countries…) the tagger uses as evidence.
///
/// Phrases are stored only as 32-bit hashes of their token sequence, with a bitmask of the lists
/// that hold them and a flag for "prefix of a longer phrase", so a lookup allocates nothing and
/// stops as soon as no longer phrase can match. The source lists are `gazetteers.txt`, made by
/// `Scripts/make-gazetteers.py`; the trained model file carries this table.
public struct Gazetteer: Sendable, Equatable {
    /// The lists, in the order of their bits; `## name` headers in the text pick them.
    public static let categories = ["first", "last", "city", "country", "region", "continent", "demonym", "title", "orgword"]
    /// Longest phrase, in tokens, that is kept.
    public static let maxPhraseTokens = 4
    static let prefixFlag: UInt16 = 0x8000

    var keys: [UInt32]
    var values: [UInt16]

    init(keys: [UInt32], values: [UInt16]) {
        self.keys = keys
        self.values = values
    }

    /// An empty gazetteer (for tests and for training without lists).
    public init() {
        keys = [0]
        values = [0]
    }

    /// Builds the table from the text format: `## category` headers, then one phrase a line.
    public init(text: String) {
        var entries: [(UInt64, UInt16)] = []
        var category = -1
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("## ") {
                category = Self.categories.firstIndex(of: String(line.dropFirst(3))) ?? -1
                continue
            }
            guard category >= 0, !line.hasPrefix("#") else { continue }
            let scalars = line.unicodeScalars.map(\.value)
            let tokens = WordTokenizer.tokens(in: String(line))
            guard !tokens.isEmpty, tokens.count <= Self.maxPhraseTokens else { continue }
            var h = Self.phraseSeed
            scalars.withUnsafeBufferPointer { sc in
                for (n, t) in tokens.enumerated() {
                    h = FeatureHash.combine(h, TokenHashing.lowerHash(sc, t.range.lowerBound, t.range.upperBound))
                    entries.append((h, n == tokens.count - 1 ? UInt16(1) << UInt16(category) : Self.prefixFlag))
                }
            }
        }
        // Sort then merge duplicates so the table size depends on distinct phrases (and so the
        // insertion order, hence the probe layout, is fixed by content rather than list order).
        entries.sort { $0.0 < $1.0 }
        var distinct = 0
        for k in entries.indices where k == 0 || entries[k].0 != entries[k - 1].0 { distinct += 1 }
        // Load factor at most 0.75: probes stay short and the table stays small.
        var capacity = 1024
        while capacity * 3 < distinct * 4 { capacity *= 2 }
        keys = [UInt32](repeating: 0, count: capacity)
        values = [UInt16](repeating: 0, count: capacity)
        for (h, bits) in entries {
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            let key = Self.key(h)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] |= bits
        }
    }

    @usableFromInline static let phraseSeed: UInt64 = 0x6761_7A65_7474_6565

    @inlinable @inline(__always)
    static func key(_ h: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: h >> 32) | 1
    }

    /// The list bits (and prefix flag) of a phrase hash; 0 when unknown.
    @inline(__always)
    func lookup(_ h: UInt64) -> UInt16 {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        let key = Self.key(h)
        return keys.withUnsafeBufferPointer { k in
            while true {
                let found = k[slot]
                if found == key { return values[slot] }
                if found == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Asks for the slot where `lookup(h)` starts, its key's line and its value's, without
    /// waiting for them (see `TaggerBuffers.markGazetteer`).
    @inline(__always)
    func prefetch(_ h: UInt64) {
        let slot = Int(truncatingIfNeeded: h) & (keys.count - 1)
        keys.withUnsafeBufferPointer { byline_prefetch($0.baseAddress! + slot) }
        values.withUnsafeBufferPointer { byline_prefetch($0.baseAddress! + slot) }
    }

    /// The list names a phrase belongs to (for tests and diagnostics).
    public func categories(of phrase: String) -> [String] {
        let bits = listBits(of: phrase)
        return Self.categories.indices.filter { bits & (1 << UInt16($0)) != 0 }.map { Self.categories[$0] }
    }

    /// The bits of the lists a phrase belongs to (bit `i` for `categories[i]`, and the prefix
    /// flag), without naming them.
    func listBits(of phrase: String) -> UInt16 {
        if let h = Self.plainWordHash(phrase) { return lookup(h) }
        return tokenisedListBits(of: phrase)
    }

    /// `listBits` by way of the tokenizer, for any phrase (the fast path's reference).
    func tokenisedListBits(of phrase: String) -> UInt16 {
        // One scalar array for the tokenizer and the hashes (mapping the string's scalars a
        // second time, to their values, cost as much as tokenising it).
        let scalars = phrase.scalarArray
        let tokens = WordTokenizer.tokens(in: scalars, range: 0..<scalars.count)
        var h = Self.phraseSeed
        scalars.withUnsafeBufferPointer { all in
            // (A `Unicode.Scalar` is its `UInt32` value.)
            all.withMemoryRebound(to: UInt32.self) { sc in
                for t in tokens { h = FeatureHash.combine(h, TokenHashing.lowerHash(sc, t.range.lowerBound, t.range.upperBound)) }
            }
        }
        return lookup(h)
    }

    /// The phrase hash of a word made only of ASCII letters and digits, read straight from its
    /// UTF-8 bytes; nil for anything else (empty, punctuation, spaces, other scripts).
    ///
    /// Such a word is one token to `WordTokenizer` (it splits only at what is not a letter or
    /// digit), and its bytes are its scalars, so the hash equals the tokenised one without
    /// building the scalar and token arrays (NameLists asks about every new word).
    static func plainWordHash(_ word: String) -> UInt64? {
        var word = word
        return word.withUTF8 { bytes -> UInt64? in
            guard !bytes.isEmpty else { return nil }
            var h = FeatureHash.offset
            for byte in bytes {
                let v = UInt32(byte)
                let value: UInt32
                if v >= 48 && v <= 57 {
                    value = 48  // digits read as 0, as in `TokenHashing.lowerHash`
                } else if v >= 65 && v <= 90 {
                    value = v | 0x20
                } else if v >= 97 && v <= 122 {
                    value = v
                } else {
                    return nil
                }
                h = FeatureHash.step(h, value)
            }
            return FeatureHash.combine(phraseSeed, FeatureHash.mix(h))
        }
    }

    /// The bit of the list named `category`.
    static func bit(_ category: String) -> UInt16 {
        UInt16(1) << UInt16(categories.firstIndex(of: category)!)
    }

    /// Marks each token of a sentence with its position (1 B, 2 I, 3 L, 4 U; 3 bits a list) in the
    /// longest phrase of each list that covers it, matching left to right.
    func mark(lowerHashes: UnsafeBufferPointer<UInt64>, range: Range<Int>, into codes: UnsafeMutableBufferPointer<UInt32>) {
        for i in range { codes[i] = 0 }
        var i = range.lowerBound
        while i < range.upperBound {
            var h = Self.phraseSeed
            var lengths: UInt64 = 0  // 4 bits per list: the longest match starting here
            var n = 0
            while n < Self.maxPhraseTokens, i + n < range.upperBound {
                h = FeatureHash.combine(h, lowerHashes[i + n])
                let bits = lookup(h)
                if bits == 0 { break }
                n += 1
                Self.record(bits, length: n, in: &lengths)
                if bits & Self.prefixFlag == 0 { break }
            }
            Self.write(lengths, at: i, into: codes)
            i += 1
        }
    }

    /// `mark(lowerHashes:range:into:)`, with each token's one-word phrase hash and its list bits
    /// found already, once for its form: token `i`'s are `phrases[forms[i]]` and
    /// `bits[forms[i]]`. A token on no list is settled by that one read.
    func mark(
        lowerHashes: UnsafeBufferPointer<UInt64>, range: Range<Int>, forms: UnsafePointer<Int32>, phrases: UnsafePointer<UInt64>,
        bits firstBits: UnsafePointer<UInt16>, into codes: UnsafeMutableBufferPointer<UInt32>
    ) {
        for i in range { codes[i] = 0 }
        var i = range.lowerBound
        while i < range.upperBound {
            let f = Int(forms[i])
            var bits = firstBits[f]
            if bits == 0 {
                i += 1
                continue
            }
            var h = phrases[f]
            var lengths: UInt64 = 0  // 4 bits per list: the longest match starting here
            var n = 0
            while true {
                n += 1
                Self.record(bits, length: n, in: &lengths)
                if bits & Self.prefixFlag == 0 { break }
                guard n < Self.maxPhraseTokens, i + n < range.upperBound else { break }
                h = FeatureHash.combine(h, lowerHashes[i + n])
                bits = lookup(h)
                if bits == 0 { break }
            }
            Self.write(lengths, at: i, into: codes)
            i += 1
        }
    }

    /// Records a phrase of `length` tokens as the longest match so far of each list in `bits`
    /// (`lengths`: 4 bits a list).
    @inline(__always)
    private static func record(_ bits: UInt16, length: Int, in lengths: inout UInt64) {
        var b = bits & ~prefixFlag
        while b != 0 {
            let c = UInt64(b.trailingZeroBitCount)
            b &= b - 1
            lengths = (lengths & ~(0xF << (4 * c))) | (UInt64(length) << (4 * c))
        }
    }

    /// Writes the BILU codes of the longest match of each list starting at token `i` (`lengths`:
    /// 4 bits a list), leaving a token a list has already coded as it is.
    @inline(__always)
    private static func write(_ lengths: UInt64, at i: Int, into codes: UnsafeMutableBufferPointer<UInt32>) {
        var l = lengths
        while l != 0 {
            let shift = UInt64(l.trailingZeroBitCount) & ~3
            let c = UInt32(shift / 4)
            let length = Int((l >> shift) & 0xF)
            l &= ~(0xF << shift)
            for k in 0..<length where (codes[i + k] >> (3 * c)) & 7 == 0 {
                let code: UInt32 = length == 1 ? 4 : k == 0 ? 1 : k == length - 1 ? 3 : 2
                codes[i + k] |= code << (3 * c)
            }
        }
    }
}
