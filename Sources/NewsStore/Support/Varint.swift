/// LEB128 variable-length integers: the packing of the index's small integer lists.
///
/// Mention spans and an article's entity list are short runs of small numbers; stored as
/// varints they take one or two bytes each instead of eight, which keeps the index under
/// the size of the corpus it describes.
enum Varint {
    /// Appends `value` (non-negative) to `bytes`.
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var v = UInt64(max(0, value))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// The largest number the index packs: offsets, lengths and ids all stay far below it, so
    /// sums of two never overflow. A larger one can only come from a damaged blob.
    static let maxValue = Int(Int32.max)

    /// Every number packed in `bytes`, in order; stops quietly at a truncated last number or at
    /// one above `maxValue` (a damaged blob gives the numbers before the damage).
    static func decode(_ bytes: [UInt8]) -> [Int] {
        var out: [Int] = []
        bytes.withUnsafeBytes { buffer in forEach(buffer.baseAddress, buffer.count) { out.append($0) } }
        return out
    }

    /// Calls `body` with each number packed in the `count` bytes at `bytes`, without making an
    /// array (for the thousands of blobs an entity's page reads); stops as `decode` does.
    static func forEach(_ bytes: UnsafeRawPointer?, _ count: Int, _ body: (Int) -> Void) {
        guard let bytes, count > 0 else { return }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in UnsafeRawBufferPointer(start: bytes, count: count) {
            value |= UInt64(byte & 0x7F) << shift
            if value > UInt64(maxValue) { return }
            if byte & 0x80 == 0 {
                body(Int(value))
                value = 0
                shift = 0
            } else {
                shift += 7
                if shift > 63 { return }
            }
        }
    }

    /// Scalar ranges packed as (gap from the previous end, length) pairs.
    static func packRanges(_ ranges: [Range<Int>]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ranges.count * 3)
        var previousEnd = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            // Overlapping spans (rare, from a generous extractor) fall back to an absolute start.
            let gap = r.lowerBound - previousEnd
            append(gap >= 0 ? gap * 2 : r.lowerBound * 2 + 1, to: &bytes)
            append(r.count, to: &bytes)
            previousEnd = r.upperBound
        }
        return bytes
    }

    /// The ranges `packRanges` packed.
    static func unpackRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        let numbers = decode(bytes)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(numbers.count / 2)
        var previousEnd = 0
        var i = 0
        while i + 1 < numbers.count {
            let code = numbers[i]
            let start = code & 1 == 0 ? previousEnd + code / 2 : code / 2
            let end = start + numbers[i + 1]
            ranges.append(start..<end)
            previousEnd = end
            i += 2
        }
        return ranges
    }
}
