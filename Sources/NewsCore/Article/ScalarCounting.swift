import Foundation

extension String {
    /// The number of Unicode scalars, as `unicodeScalars.count` gives it, counted as the UTF-8
    /// bytes that start a scalar (every byte but the continuation bytes `10xxxxxx`): one pass
    /// over the bytes instead of decoding scalar by scalar.
    var utf8ScalarCount: Int {
        // (Through the bytes' storage: the generic walk of the UTF-8 view, index by index, cost
        // about ten instructions a byte, and every block of every article is counted here.)
        withContiguousUTF8(Self.scalarStarts)
    }

    /// Whether the UTF-8 bytes hold `byte`: `utf8.contains(byte)`, read from the bytes' storage
    /// by `memchr` (a byte loop still cost about five instructions a byte).
    func utf8Contains(_ byte: UInt8) -> Bool {
        withContiguousUTF8 { b -> Bool in
            guard let base = b.baseAddress else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }

    /// How many of the eight UTF-8 bytes in `w` start a scalar: a continuation byte is
    /// 10xxxxxx, its top bit set and the next one clear, and eight bytes of plain ASCII have
    /// none. (Inlinable: the store counts scalars with it too, in a loop of its own.)
    @inlinable @inline(__always)
    public static func scalarStarts(inEight w: UInt64) -> Int {
        let high = w & 0x8080_8080_8080_8080
        return high == 0 ? 8 : 8 &- (high & ~(w << 1)).nonzeroBitCount
    }

    /// The bytes of `b` that start a scalar.
    static func scalarStarts(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        let n = b.count
        // Eight bytes at a time (the byte loop cost some four instructions a byte of every
        // block).
        while i + 8 <= n {
            count &+= scalarStarts(inEight: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
            i &+= 8
        }
        while i < n {
            if b[i] & 0xC0 != 0x80 { count &+= 1 }
            i &+= 1
        }
        return count
    }
}
