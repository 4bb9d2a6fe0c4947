import Foundation
import NewsCore

/// A MinHash sketch of an article's body: what tells a duplicate or a lightly edited version
/// of a story from another story.
///
/// The body's words (letters and digits, case folded) are cut into overlapping runs of
/// `shingleLength`, and in each of `size` positions the smallest hash of the runs that fall
/// there is kept (`of`). Two sketches agree in a position with probability equal to the Jaccard
/// similarity of the two sets of runs, so the share of agreeing positions estimates it. Each
/// minimum is kept as 16 bits of a hash of it (b-bit minwise hashing): 256 bytes an article,
/// and two different minima agree by chance once in 65,536 positions, which moves an estimate
/// by nothing that matters.
///
/// Five-word runs make a story and its copy with one sentence changed over 0.8 similar, while
/// two reports of one event, written apart, share only stock phrases (under 0.1); see
/// `DuplicateGroups.threshold` for where the line is drawn and why.
public struct StorySignature: Sendable, Equatable {
    /// Words per shingle.
    public static let shingleLength = 5
    /// Positions per signature.
    public static let size = 128
    /// `size` is 2 to this power: the top bits of a shingle's hash that choose its position.
    static let positionBits = 7
    /// LSH banding: `bands` bands of `rowsPerBand` positions; two articles whose sketches agree
    /// on a whole band are compared. With 16 bands of 2, a pair at similarity 0.5 (the
    /// threshold) is compared with probability 0.99, at 0.4 with 0.93, at 0.05 with 0.04.
    public static let bands = 16
    public static let rowsPerBand = 2

    public var values: [UInt16]

    public init(values: [UInt16]) {
        self.values = values
    }

    /// The sketch of `text`; nil when it holds no word.
    ///
    /// One hash per shingle, not one per shingle and position (one-permutation hashing, Li,
    /// Owen and Zhang 2012): the top bits of a shingle's hash choose its position, and each
    /// position keeps the smallest of the rest. A position no shingle fell into takes the
    /// value of the next one that has one, to its right, with the distance mixed in
    /// (rotation densification, Shrivastava and Li 2014), so that two texts still agree there
    /// with the probability that they agree on that neighbour. 128 hash functions per shingle
    /// cost a tenth of a 10,000-article index build; this costs next to nothing.
    public static func of(_ text: String) -> StorySignature? {
        let words = wordHashes(text)
        guard !words.isEmpty else { return nil }
        var minima = [UInt64](repeating: .max, count: size)
        let k = min(shingleLength, words.count)
        let positionShift = UInt64(64 - positionBits)
        let valueMask: UInt64 = (1 << positionShift) - 1
        minima.withUnsafeMutableBufferPointer { minima in words.withUnsafeBufferPointer { words in
            // A shingle's hash is its words' hashes, each rotated by 17 bits once per word after
            // it, XORed onto the seed rotated once per word. Rotation distributes over XOR, so
            // the next shingle's hash is this one's without its first word (and the seed),
            // rotated once, with the seed and the new word put back: four operations a word
            // instead of five rotations.
            var h = seed
            for i in 0..<k { h = rotated(h, 17) ^ words[i] }
            let seedTerm = rotated(seed, 17 * shingleLength)
            for start in 0...(words.count - k) {
                if start > 0 {
                    // (A second shingle means `k` is `shingleLength`.)
                    h = rotated(h ^ seedTerm ^ rotated(words[start - 1], 17 * (shingleLength - 1)), 17) ^ seedTerm ^ words[start + k - 1]
                }
                let mixed = ContentHash.mix(h)
                let position = Int(mixed >> positionShift)
                let value = mixed & valueMask
                if value < minima[position] { minima[position] = value }
            }
        } }
        var values = [UInt16](repeating: 0, count: size)
        for j in 0..<size {
            var t = 0
            while minima[(j + t) % size] == .max { t += 1 }
            let donor = minima[(j + t) % size]
            values[j] = UInt16(truncatingIfNeeded: ContentHash.mix(donor ^ (UInt64(t) &* 0x9E37_79B9_7F4A_7C15)) >> 48)
        }
        return StorySignature(values: values)
    }

    /// The estimated Jaccard similarity of the two articles' shingle sets, 0...1.
    public func similarity(to other: StorySignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var same = 0
        for i in values.indices where values[i] == other.values[i] { same += 1 }
        return Double(same) / Double(values.count)
    }

    /// The LSH band keys: one per band, the band's number followed by its values, 16 bits
    /// each (36 bits in all), so two sketches share a key exactly when they agree on the whole
    /// band. (`SketchTable.bandKey` works them out from stored sketches.)
    public var bandKeys: [UInt64] {
        (0..<Self.bands).map { band in
            var key = UInt64(band)
            for row in 0..<Self.rowsPerBand { key = key << 16 | UInt64(values[band * Self.rowsPerBand + row]) }
            return key
        }
    }

    // MARK: - Storage

    /// The sketch as stored: `size` little-endian 16-bit values.
    public var packed: Data {
        // Bytes go into an array first: `Data.append` of one byte at a time cost 800
        // instructions a byte, 213,000 an article (an eighth of the writer's work).
        var bytes = [UInt8](repeating: 0, count: values.count * 2)
        for (i, v) in values.enumerated() {
            bytes[2 * i] = UInt8(v & 0xFF)
            bytes[2 * i + 1] = UInt8(v >> 8)
        }
        return Data(bytes)
    }

    /// A stored sketch, or nil when the blob is not one (damaged, or of another size).
    public init?(packed data: Data) {
        guard data.count == Self.size * 2 else { return nil }
        values = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [UInt16] in
            (0..<Self.size).map { (i: Int) -> UInt16 in
                let low = UInt16(raw[2 * i])
                let high = UInt16(raw[2 * i + 1])
                return low | high << 8
            }
        }
    }

    // MARK: - Hashing

    /// The value a shingle's hash starts from.
    private static let seed: UInt64 = 0x243F_6A88_85A3_08D3

    /// `value` rotated left by `bits` (modulo 64).
    @inline(__always)
    static func rotated(_ value: UInt64, _ bits: Int) -> UInt64 {
        let r = UInt64(bits & 63)
        return value &<< r | value &>> (64 &- r)
    }

    /// A hash of each word of `text`, in order: runs of letters and digits, folded to lower case.
    static func wordHashes(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { wordHashes($0) }
    }

    /// `wordHashes` of a text's UTF-8 bytes.
    ///
    /// Read byte by byte, an ASCII letter or digit by a table, and only a non-ASCII scalar
    /// decoded and asked its Unicode properties: walking the string's scalars decoded every one
    /// of them, most of this function's time. Each word's hash is FNV-1a over its scalars'
    /// values, the same whichever way the text is read. A run of ASCII letters and digits, the
    /// bulk of any word, is hashed by an inner loop that does nothing else.
    ///
    /// A text longer than `sliceBytes` is hashed a slice at a time, each cut just before a
    /// space (no word crosses one): the room made for a slice's words is four times its bytes,
    /// and for a file of many megabytes that much address space could fail under `ulimit -v`.
    static func wordHashes(_ bytes: UnsafeBufferPointer<UInt8>, sliceBytes: Int = 1 << 20) -> [UInt64] {
        guard bytes.count > sliceBytes else { return sliceWordHashes(bytes) }
        var hashes: [UInt64] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + max(sliceBytes, 1), bytes.count)
            while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
            hashes += sliceWordHashes(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
        return hashes
    }

    /// `wordHashes` of bytes that start and end at a word's edge (or the text's).
    private static func sliceWordHashes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        let n = bytes.count
        // A word takes at least one byte and is followed by a byte of no word.
        return [UInt64](unsafeUninitializedCapacity: n / 2 + 1) { hashes, count in
            count = 0
            var h: UInt64 = fnvOffset
            var inWord = false
            var i = 0
            byteClasses.withUnsafeBufferPointer { classes in
                scan: while i < n {
                    var f = classes[Int(bytes[i])]
                    if f &+ 1 > 1 {
                        repeat {
                            h = (h ^ UInt64(f)) &* fnvPrime
                            i += 1
                            guard i < n else {
                                inWord = true
                                break scan
                            }
                            f = classes[Int(bytes[i])]
                        } while f &+ 1 > 1
                        inWord = true
                    }
                    // (The byte that ended a run is read from `f`, not looked up again.)
                    var v: UInt32 = 0
                    if f == nonASCII {
                        let scalar = UTF8Scalar.decode(bytes, at: &i)
                        if scalar.properties.isAlphabetic {
                            v = scalar.value
                            // (Rare in English text, so the cost of the lookup does not matter.)
                            if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                                v = lower.value
                            }
                        }
                    } else {
                        i += 1
                    }
                    if v != 0 {
                        h = (h ^ UInt64(v)) &* fnvPrime
                        inWord = true
                    } else if inWord {
                        hashes[count] = h
                        count += 1
                        h = fnvOffset
                        inWord = false
                    }
                }
            }
            if inWord {
                hashes[count] = h
                count += 1
            }
        }
    }

    /// What a byte is to a word's hash: an ASCII letter in lower case or a digit, as the hash
    /// takes it; 0 for any other ASCII byte, which ends a word; `nonASCII` for a byte of a
    /// non-ASCII scalar. (No scalar's value is 0 inside a word: NUL is not alphabetic.)
    private static let byteClasses: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        if b >= 0x80 { return nonASCII }
        if b >= 0x41 && b <= 0x5A { return b + 0x20 }
        return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) ? b : 0
    }

    private static let nonASCII: UInt8 = 0xFF

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
}
