import Foundation

/// Turns a file's bytes into text, or says why they are not an article.
public enum TextDecoding {
    /// Why a file's bytes could not be read as text.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The bytes hold NUL characters, which no text article does.
        case binary

        public var description: String {
            switch self {
            case .binary: return "looks binary (contains NUL bytes); skipped"
            }
        }
    }

    /// The decoded text and any warning about how it was decoded.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var warnings: [String]
    }

    /// Decodes UTF-8 (dropping a leading byte-order mark), falling back to Windows-1252 with a
    /// warning, and refuses bytes that contain NUL.
    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        // Read in place: copying every file into an array first cost some 1,700 instructions.
        let decoded = data.withUnsafeBytes { raw -> Decoded? in
            let all = raw.bindMemory(to: UInt8.self)
            // (By `memchr`: the generic `contains(0)` cost a few instructions a byte of every file.)
            if let base = all.baseAddress, memchr(base, 0, all.count) != nil { return nil }
            let hasBOM = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF
            let bytes = hasBOM ? UnsafeBufferPointer(rebasing: all[3...]) : all
            if let text = String(validating: bytes, as: UTF8.self) {
                return Decoded(text: text, warnings: [])
            }
            return Decoded(
                text: Windows1252.decode(Array(bytes)),
                warnings: ["not valid UTF-8; decoded as Windows-1252"]
            )
        }
        guard let decoded else { throw .binary }
        return decoded
    }
}

/// The Windows-1252 code page, the usual encoding of text that is not UTF-8 in Western news.
enum Windows1252 {
    /// Code points for bytes 0x80–0x9F; the five bytes the code page leaves undefined become U+FFFD.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The scalar a byte 0x80–0x9F stands for (U+FFFD for the five undefined ones).
    static func scalar(forC1 byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(high[Int(byte & 0x1F)]) ?? "\u{FFFD}"
    }

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
