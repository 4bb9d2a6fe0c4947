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

    /// The bytes of `b` that start a scalar.
    private static func scalarStarts(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in b where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
