/// Per-token hashes and classes the tagger's features are made of, computed straight from scalars.
@usableFromInline
enum TokenHashing {
    /// The lower-case form of one scalar value (ASCII fast, other scripts through Unicode data).
    @inlinable @inline(__always)
    static func lower(_ v: UInt32) -> UInt32 {
        if v < 128 { return (v >= 65 && v <= 90) ? v | 0x20 : v }
        return tableLower(v)
    }

    @inlinable @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        if v < 128 { return v >= 65 && v <= 90 }
        return Unicode.Scalar(v).map(ScalarClass.tableIsUpper) ?? false
    }

    @inlinable @inline(__always)
    static func isLower(_ v: UInt32) -> Bool {
        if v < 128 { return v >= 97 && v <= 122 }
        return Unicode.Scalar(v).map(ScalarClass.tableIsLower) ?? false
    }

    /// `lower(_:)` of a scalar beyond ASCII, from the Unicode tables: out of line, as the case
    /// tests take `ScalarClass`'s, so that the hashes inlining `lower` per scalar in hot loops
    /// set up no room for the tables' resilient types at every call.
    @usableFromInline @inline(never)
    static func tableLower(_ v: UInt32) -> UInt32 {
        guard let s = Unicode.Scalar(v), s.properties.isUppercase,
            let l = s.properties.lowercaseMapping.unicodeScalars.first
        else { return v }
        return l.value
    }

    @inlinable @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

    /// Hash of the lower-cased token with every digit read as 0 (dates and scores share features).
    @inlinable
    static func lowerHash(_ sc: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
        var h = FeatureHash.offset
        for k in start..<end {
            let v = sc[k]
            h = FeatureHash.step(h, isDigit(v) ? 48 : lower(v))
        }
        return FeatureHash.mix(h)
    }

    /// Hash of the token exactly as written.
    @inlinable
    static func exactHash(_ sc: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
        var h = FeatureHash.offset ^ 0x5555
        for k in start..<end { h = FeatureHash.step(h, sc[k]) }
        return FeatureHash.mix(h)
    }

    /// `exactHash` and the bitwise OR of the token's scalars (so whether all are within 16 bits,
    /// for `FormCache.fits`), in one pass over them instead of two.
    @inlinable
    static func exactHashAndBits(_ sc: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> (hash: UInt64, bits: UInt32) {
        var h = FeatureHash.offset ^ 0x5555
        var bits: UInt32 = 0
        for k in start..<end {
            h = FeatureHash.step(h, sc[k])
            bits |= sc[k]
        }
        return (FeatureHash.mix(h), bits)
    }

    /// Hash of the word shape: capitals X, small letters x, digits d, other scalars as they are,
    /// each run collapsed to one symbol (`Bolton` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`).
    @inlinable
    static func shapeHash(_ sc: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
        var h = FeatureHash.offset ^ 0xAAAA
        var last: UInt32 = 0xFFFF_FFFF
        for k in start..<end {
            let v = sc[k]
            let c: UInt32 = isUpper(v) ? 88 : isLower(v) ? 120 : isDigit(v) ? 100 : (v >= 128 ? 120 : v)
            if c != last { h = FeatureHash.step(h, c) }
            last = c
        }
        return FeatureHash.mix(h)
    }

    /// `lowerHash`, `shapeHash` and `capClass` of one token, in one pass over an ASCII token's
    /// scalars (each classed once, not by three loops each testing case per scalar: some 500
    /// instructions a word form the tagger had not kept, about a third of them here), through
    /// the three functions for any other token.
    @inlinable
    static func formHashes(_ sc: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> (lower: UInt64, shape: UInt64, cap: CapClass) {
        var lowered = FeatureHash.offset
        var shaped = FeatureHash.offset ^ 0xAAAA
        var last: UInt32 = 0xFFFF_FFFF
        var upper = 0
        var lowerCount = 0
        var k = start
        while k < end {
            let v = sc[k]
            guard v < 128 else {
                return (lowerHash(sc, start, end), shapeHash(sc, start, end), capClass(sc, start, end))
            }
            let isUp = v &- 65 < 26, isLow = v &- 97 < 26, isDig = v &- 48 < 10
            lowered = FeatureHash.step(lowered, isDig ? 48 : isUp ? v | 0x20 : v)
            let c: UInt32 = isUp ? 88 : isLow ? 120 : isDig ? 100 : v
            if c != last { shaped = FeatureHash.step(shaped, c) }
            last = c
            upper &+= isUp ? 1 : 0
            lowerCount &+= isLow ? 1 : 0
            k &+= 1
        }
        let cap = start < end ? capClass(first: sc[start], upper: upper, lower: lowerCount) : .other
        return (FeatureHash.mix(lowered), FeatureHash.mix(shaped), cap)
    }

    /// Coarse capitalisation of a token.
    public enum CapClass: UInt8 {
        case lower = 0, capitalised, allCaps, initial, number, other, mixed
    }

    @inlinable
    static func capClass(_ sc: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> CapClass {
        guard start < end else { return .other }
        let first = sc[start]
        if isDigit(first) { return .number }
        var upper = 0
        var lowerCount = 0
        for k in start..<end {
            let v = sc[k]
            if isUpper(v) { upper += 1 } else if isLower(v) { lowerCount += 1 }
        }
        return capClass(first: first, upper: upper, lower: lowerCount)
    }

    /// The class of a token with scalars from its first scalar and its counts of capitals and
    /// small letters: `capClass` and `formHashes` count them their own ways, and class them here.
    @inlinable @inline(__always)
    static func capClass(first: UInt32, upper: Int, lower: Int) -> CapClass {
        if isDigit(first) { return .number }
        if upper == 0 && lower == 0 { return .other }
        if isUpper(first) { return lower > 0 ? .capitalised : upper == 1 ? .initial : .allCaps }
        return upper > 0 ? .mixed : .lower
    }
}
