/// Case and digit tests on single scalars, answered without the Unicode tables for ASCII.
///
/// `Unicode.Scalar.Properties` looks every scalar up in the tables, which cost the quote finder
/// several per cent of its time on text that is nearly all ASCII. For ASCII the answers are
/// these ranges exactly; anything else still asks the tables.
@usableFromInline
enum ScalarClass {
    /// `properties.isUppercase`.
    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x41 && c.value <= 0x5A }
        return tableIsUpper(c)
    }

    /// `properties.isLowercase`.
    @inline(__always)
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x61 && c.value <= 0x7A }
        return tableIsLower(c)
    }

    /// `properties.numericType != nil`.
    @inline(__always)
    static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 }
        return tableIsNumeric(c)
    }

    // The table look-ups, out of line. `Unicode.Scalar.Properties` (and `Unicode.NumericType`)
    // is a resilient type of the standard library: a function that inlines a look-up sets up
    // room for it at every call (metadata calls and stack allocations, some 150 instructions),
    // ASCII or not. Short functions that read a word a scalar at a time paid that on every call;
    // out of line, only the rare scalar beyond ASCII pays for the tables.

    /// `WordKey(scalars, r)`: hashed inline from the buffer when the word is ASCII, as nearly
    /// every word is; any other goes to the general initialiser, out of line, whose Unicode case
    /// fold would otherwise make the caller set up room for the tables at every call.
    @inline(__always)
    static func wordKey(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> WordKey {
        scalars.withUnsafeBufferPointer { WordKey(ascii: $0, r) } ?? foldedWordKey(scalars, r)
    }

    /// `WordKey(scalars, r)` by the general initialiser, out of line (`wordKey`).
    @inline(never)
    static func foldedWordKey(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> WordKey { WordKey(scalars, r) }

    /// `properties.isUppercase`, out of line (also `TokenHashing.isUpper`'s, beyond ASCII).
    @usableFromInline @inline(never)
    static func tableIsUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }

    /// `properties.isLowercase`, out of line (also `TokenHashing.isLower`'s, beyond ASCII).
    @usableFromInline @inline(never)
    static func tableIsLower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

    /// `properties.numericType != nil`, out of line.
    @inline(never)
    static func tableIsNumeric(_ c: Unicode.Scalar) -> Bool { c.properties.numericType != nil }

    /// Whether `scalars[word]` is longer than `suffix` and ends in it, whatever its case: each
    /// scalar is the suffix's (lower-case) scalar or has it for its whole lower case.
    static func endsCaseless(_ scalars: [Unicode.Scalar], _ word: Range<Int>, _ suffix: [Unicode.Scalar]) -> Bool {
        guard word.count > suffix.count else { return false }
        let start = word.upperBound - suffix.count
        for k in suffix.indices {
            let c = scalars[start + k]
            guard c == suffix[k] || lowercase(of: c, is: suffix[k]) else { return false }
        }
        return true
    }

    /// Whether the whole lower case of `c` is `s`: out of line, like `tableIsUpper`, so that
    /// `endsCaseless` sets up no room for the Unicode tables' resilient types at every call.
    @inline(never)
    static func lowercase(of c: Unicode.Scalar, is s: Unicode.Scalar) -> Bool {
        c.properties.lowercaseMapping == String(s)
    }

    /// The text of `scalars[range]`, encoded to UTF-8 in one buffer (the same string as
    /// `String(String.UnicodeScalarView(scalars[range]))`, which appends scalar by scalar).
    static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for i in range {
            let v = scalars[i].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | v >> 12))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18))
                bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
