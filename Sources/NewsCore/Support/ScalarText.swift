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
                    // its top bit set, so each byte is its own scalar.
                    if i + 8 <= end {
                        let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 == 0 {
                            for k in 0..<8 { out[n + k] = Unicode.Scalar(bytes[i + k]) }
                            i += 8
                            n += 8
                            continue
                        }
                    }
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
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
                    out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
                count = n
            }
        }
    }
}
