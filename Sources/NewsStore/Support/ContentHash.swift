/// A fast 64-bit hash of a file's bytes: the content part of an article's fingerprint.
///
/// It only has to tell one version of a file from another and recognise a moved file by its
/// content, so speed matters more than cryptographic strength. Eight bytes are mixed at a
/// time with multiply–xorshift rounds (the 64-bit finaliser of MurmurHash3); with 64 bits a
/// collision among a million articles has a chance of about one in thirty million.
public enum ContentHash {
    /// The hash of `bytes`, as a signed integer so SQLite stores it in one column.
    public static func of<Bytes: Collection>(_ bytes: Bytes) -> Int64 where Bytes.Element == UInt8 {
        if let direct = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return direct
        }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    /// The hash as 16 lowercase hexadecimal digits: how the reading state names an article.
    public static func hex(_ hash: Int64) -> String {
        let digits = String(UInt64(bitPattern: hash), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func hash(_ buffer: UnsafeRawBufferPointer) -> Int64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(buffer.count)
        var i = 0
        let n = buffer.count
        while i + 8 <= n {
            let word = buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ mix(word)) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 27) | (h >> 37)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(buffer[i]) << shift
            shift += 8
            i += 1
        }
        h ^= mix(tail ^ 0xA5)
        return Int64(bitPattern: mix(h))
    }

    /// The 64-bit finaliser of MurmurHash3 (also spreads `StorySignature`'s shingle hashes).
    static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}
