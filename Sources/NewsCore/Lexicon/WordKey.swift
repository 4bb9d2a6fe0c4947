/// A case-folded hash of a word, so lexicon look-ups need no `String` per token.
///
/// FNV-1a over the lower-cased scalars, with the typographic apostrophe folded into the straight
/// one (`’s` and `'s` are the same key). Collisions between the few hundred lexicon words and
/// the words of an article are possible in principle and harmless in practice.
struct WordKey: Hashable, Sendable {
    var value: UInt64

    static let empty = WordKey(value: 0xcbf2_9ce4_8422_2325)

    init(value: UInt64) { self.value = value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The bucket hash that `Set` and `Dictionary` use, mixed straight from the FNV value.
    ///
    /// The value is a hash already, so running it through `Hasher` (SipHash) again only costs:
    /// lexicon look-ups were about a tenth of the quote finder's time. A 64-bit finaliser mixes
    /// the seed in and spreads the bits the table takes its bucket from.
    func _rawHashValue(seed: Int) -> Int {
        var x = value ^ UInt64(UInt(bitPattern: seed))
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    /// The key of `scalars[range]`.
    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            var v = scalars[i].value
            if v >= 0x41, v <= 0x5A {
                v += 32
            } else if v == 0x2019 {
                v = 0x27
            } else if v >= 0x80 {
                v = Self.tableLower(scalars[i])
            }
            h = (h ^ UInt64(v)) &* 0x100_0000_01b3
        }
        value = h
    }

    /// The first scalar of `s`'s lower-case mapping (`s` itself when it maps to nothing), out of
    /// line: `Unicode.Scalar.Properties` is a resilient type, and a function that inlines a look-up
    /// of it sets up room for it at every call (metadata calls and stack allocations), ASCII or
    /// not; out of line, only words with a scalar beyond ASCII pay for the tables.
    @inline(never)
    static func tableLower(_ s: Unicode.Scalar) -> UInt32 {
        s.properties.lowercaseMapping.unicodeScalars.first?.value ?? s.value
    }

    /// The key of `word` when it is plain ASCII (read from its bytes, the same key as
    /// `init(_:)` gives), nil otherwise.
    init?(ascii word: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let done = word.withContiguousUTF8 { bytes -> Bool in
            for b in bytes {
                guard b < 0x80 else { return false }
                var v = UInt64(b)
                if b >= 0x41, b <= 0x5A { v += 32 }
                h = (h ^ v) &* 0x100_0000_01b3
            }
            return true
        }
        guard done else { return nil }
        value = h
    }

    /// `init(scalars, range)` read from a buffer of the scalars, when every scalar of the word is
    /// ASCII; nil otherwise, and the caller asks `init(_:_:)`, which folds other letters.
    ///
    /// The quote tokenizer keys every word of each paragraph with quotations: hashed inline from
    /// the buffer, without the array's retain and bounds checks, a word costs a fraction of the
    /// general init. The fold is the ASCII part of `init(_:_:)`'s; a test holds the two equal.
    @inline(__always)
    init?(ascii b: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            let v = b[i].value
            guard v < 0x80 else { return nil }
            h = Self.asciiStep(h, v)
        }
        self.init(value: h)
    }

    /// One ASCII scalar or byte `v` into a key's hash `h`: the FNV-1a step of `init(_:_:)`, a
    /// capital folded to small. For the fast paths that key ASCII words from their bytes or
    /// while reading them; every such path must take this step to give the same keys.
    @inline(__always)
    static func asciiStep(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v &- 0x41 < 26 ? v + 32 : v)) &* 0x100_0000_01b3
    }

    /// The key of a lexicon word.
    init(_ word: String) {
        let scalars = Array(word.unicodeScalars)
        self.init(scalars, 0..<scalars.count)
    }
}

extension Set where Element == WordKey {
    /// A lexicon from its words.
    init(words: [String]) {
        self.init(words.map { WordKey($0) })
    }
}
