/// The hashing every tagger feature goes through: token strings to 64-bit keys, keys to buckets.
///
/// Features are never built as strings: each is a template number mixed with one or two token
/// hashes, and the top bits of the mix pick a weight row. The functions are fixed (no seeding
/// from the process), so a model trained today scores the same features tomorrow.
@usableFromInline
enum FeatureHash {
    @usableFromInline static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// A strong 64-bit finaliser (MurmurHash3's fmix64), so neighbouring inputs spread over all bits.
    @inlinable @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Combines two keys, order-sensitively.
    @inlinable @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x9E37_79B9_7F4A_7C15 &+ b)
    }

    /// One FNV-1a step over a scalar value.
    @inlinable @inline(__always)
    static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* prime
    }

    /// The key of a template with one value.
    @inlinable @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix((template &+ 1) &* 0xD6E8_FEB8_6659_FD93 ^ value)
    }

    /// The key of a template with two values.
    @inlinable @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        feature(template, combine(a, b))
    }
}
