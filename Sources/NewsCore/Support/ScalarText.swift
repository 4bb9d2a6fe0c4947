/// Unicode scalar offsets: the one unit every span in Byline is measured in.
extension String {
    /// The number of Unicode scalars, the length unit of every span.
    public var scalarCount: Int { unicodeScalars.count }

    /// The scalars in `range`, clamped to the string.
    public func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let total = scalars.count
        let lower = Swift.max(0, Swift.min(range.lowerBound, total))
        let upper = Swift.max(lower, Swift.min(range.upperBound, total))
        let start = scalars.index(scalars.startIndex, offsetBy: lower)
        let end = scalars.index(start, offsetBy: upper - lower)
        return String(scalars[start..<end])
    }

    /// `Array(unicodeScalars)`, decoded straight from the UTF-8 bytes (a `String`'s are always
    /// valid) rather than through the scalar view's iterator, which cost several times more on
    /// any text with a curly quote or a pound sign. The quote finder and the entity tokens
    /// both start from it.
    var scalarArray: [Unicode.Scalar] {
        withContiguousUTF8 { bytes -> [Unicode.Scalar] in
            Array(unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0
                var n = 0
                let end = bytes.count
                while i < end {
                    // Eight ASCII bytes at a time (most of an article): no byte of the word has
                    // its top bit set, so each byte is its own scalar, its value widened to 32
                    // bits. (In one vector step and two stores: a byte at a time, with each
                    // offset checked for overflow, was six instructions a byte.)
                    if i &+ 8 <= end {
                        let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 == 0 {
                            let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                            UnsafeMutableRawPointer(out.baseAddress.unsafelyUnwrapped + n).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                            i &+= 8
                            n &+= 8
                            continue
                        }
                    }
                    if bytes[i] < 0x80 {
                        out[n] = Unicode.Scalar(bytes[i])
                        i += 1
                    } else {
                        out[n] = UTF8Scalar.decode(bytes, at: &i)
                    }
                    n += 1
                }
                count = n
            }
        }
    }
}

/// Finding the next scalar of a few kinds in a stretch of text, eight scalars at a time.
///
/// The quote finder looks for the next quotation mark, and the discourse model for the next
/// full stop, through every scalar of an article; nearly all are neither. Eight scalars tested
/// in one vector step cost a fraction of eight tests one at a time.
enum ScalarScan {
    /// The first offset in `from..<end` (within `b`) whose scalar value `isHit` accepts, else
    /// `end`. `anyHit` must answer for eight values at once exactly as `isHit` does for each.
    ///
    /// Write `anyHit` with vector operands only (`v .== .init(repeating: 0x22)`, not `v .== 0x22`)
    /// and `ScalarScan.any`: the standard library compares a vector with a scalar, and or-s two
    /// vectors with `|`, lane by lane, which made the scan cost four times the plain loop's.
    @inline(__always)
    static func first(
        in b: UnsafeBufferPointer<Unicode.Scalar>, from: Int, before end: Int,
        anyHit: (SIMD8<UInt32>) -> Bool, isHit: (UInt32) -> Bool
    ) -> Int {
        guard from < end, let base = b.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        var j = from
        // (A scalar is its `UInt32` value in memory: eight of them load as one vector.)
        while j + 8 <= end, !anyHit(raw.loadUnaligned(fromByteOffset: j &* 4, as: SIMD8<UInt32>.self)) { j &+= 8 }
        while j < end {
            if isHit(b[j].value) { return j }
            j += 1
        }
        return end
    }

    /// The last offset in `floor..<end` (within `b`) whose scalar value `isHit` accepts, else
    /// nil: `first(in:from:before:anyHit:isHit:)` read backwards.
    @inline(__always)
    static func last(
        in b: UnsafeBufferPointer<Unicode.Scalar>, from floor: Int, before end: Int,
        anyHit: (SIMD8<UInt32>) -> Bool, isHit: (UInt32) -> Bool
    ) -> Int? {
        guard floor < end, let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var j = end
        while j - 8 >= floor, !anyHit(raw.loadUnaligned(fromByteOffset: (j &- 8) &* 4, as: SIMD8<UInt32>.self)) { j &-= 8 }
        while j > floor {
            j -= 1
            if isHit(b[j].value) { return j }
        }
        return nil
    }

    /// Whether any lane of `mask` is set: its four 64-bit words or-ed together. (The standard
    /// `any(_:)` reduces lane by lane.)
    @inline(__always)
    static func any(_ mask: SIMDMask<SIMD8<Int32>>) -> Bool {
        let words = unsafeBitCast(mask, to: (UInt64, UInt64, UInt64, UInt64).self)
        return (words.0 | words.1 | words.2 | words.3) != 0
    }

    /// `first(in:from:before:anyHit:isHit:)` for a set that holds every scalar past ASCII,
    /// sixteen scalars at a time: a block of ASCII ones is packed into sixteen bytes, which
    /// `anyASCIIHit` tests a whole vector at once (a byte compare costs what a 32-bit one does,
    /// for four times the lanes; and SSE2 compares bytes unsigned, 32-bit lanes only signed).
    ///
    /// `isHit` must accept every value from 0x80 on; `anyASCIIHit` must answer for sixteen ASCII
    /// values, in any order, as `isHit` does for each.
    @inline(__always)
    static func firstInASCIIOrBeyond(
        in b: UnsafeBufferPointer<Unicode.Scalar>, from: Int, before end: Int,
        anyASCIIHit: (SIMD16<UInt8>) -> Bool, isHit: (UInt32) -> Bool
    ) -> Int {
        guard from < end, let base = b.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        var j = from
        while j + 16 <= end {
            let x0 = raw.loadUnaligned(fromByteOffset: j &* 4, as: SIMD4<UInt32>.self)
            let x1 = raw.loadUnaligned(fromByteOffset: (j &+ 4) &* 4, as: SIMD4<UInt32>.self)
            let x2 = raw.loadUnaligned(fromByteOffset: (j &+ 8) &* 4, as: SIMD4<UInt32>.self)
            let x3 = raw.loadUnaligned(fromByteOffset: (j &+ 12) &* 4, as: SIMD4<UInt32>.self)
            // Any bit from 0x80 up is a scalar past ASCII: the scalar loop finds it.
            let all = unsafeBitCast(x0 | x1 | x2 | x3, to: (UInt64, UInt64).self)
            if (all.0 | all.1) & 0xFFFF_FF80_FFFF_FF80 != 0 { break }
            // Each lane holds one byte: four lanes' bytes, shifted apart, share one lane.
            let packed = x0 | (x1 &<< SIMD4(repeating: 8)) | (x2 &<< SIMD4(repeating: 16)) | (x3 &<< SIMD4(repeating: 24))
            if anyASCIIHit(unsafeBitCast(packed, to: SIMD16<UInt8>.self)) { break }
            j &+= 16
        }
        while j < end {
            if isHit(b[j].value) { return j }
            j += 1
        }
        return end
    }

    /// Whether any lane of `mask` is set (`any(_:)` of sixteen byte lanes).
    @inline(__always)
    static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        return (words.0 | words.1) != 0
    }
}

/// One scalar read from the UTF-8 bytes of a `String` (always valid UTF-8), for byte loops that
/// meet a non-ASCII character now and then.
public enum UTF8Scalar {
    /// The scalar whose encoding starts at the non-ASCII lead byte `bytes[i]`, with `i` moved
    /// past it.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        var v: UInt32
        if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
        } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
        } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            i += 4
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
}
