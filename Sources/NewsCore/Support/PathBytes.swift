#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths as Strings that keep every byte, so a file whose name is not UTF-8 can be found,
/// read, indexed and named like any other.
///
/// A Linux file name is bytes. A String made from them with `String(cString:)` replaces each
/// byte that is not UTF-8 with U+FFFD, and the name can no longer be opened: a folder called
/// `caf\xE9` (Latin-1) vanished from the corpus. Here, as with Python's `surrogateescape`,
/// such a byte becomes a scalar of its own: byte `b` (0x80…0xFF) is U+10FF00 + `b`, in the
/// last 128 code points of Supplementary Private Use Area-B. A name that is valid UTF-8
/// but holds one of those 128 code points has each of its bytes escaped the same way, so the
/// mapping is one to one and `bytes(of: string(bytes))` gives back exactly the bytes.
///
/// Every String path Byline keeps (the corpus folder, relative paths in the index, the
/// reading state's keys) uses this form; the index stores it as UTF-8 text like any other
/// path. File-system calls take the bytes (`withFileSystemPath`), and what is shown to the
/// user writes each escaped byte as `<E9>` (`readable`, `terminalSafeName`), as `less` does.
public enum PathBytes {
    /// The first of the 128 scalars that stand for the bytes 0x80…0xFF.
    static let escapeBase: UInt32 = 0x10FF00

    /// The path as a String, with each byte that is not part of valid UTF-8 escaped.
    public static func string<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        // Nearly every name is valid UTF-8 without an escape scalar: then its bytes are its text.
        if let plain = String(validating: bytes, as: UTF8.self), !hasEscapes(plain) {
            return plain
        }
        var out = String.UnicodeScalarView()
        let array = Array(bytes)
        var i = 0
        while i < array.count {
            let length = validSequenceLength(array, at: i)
            if length > 0, let scalar = decode(array[i..<(i + length)]), !isEscape(scalar) {
                out.append(scalar)
                i += length
            } else {
                // Not UTF-8 here (or UTF-8 for one of the escape scalars themselves): the bytes of
                // the sequence go one by one.
                let count = max(length, 1)
                for byte in array[i..<(i + count)] { out.append(escape(byte)) }
                i += count
            }
        }
        return String(out)
    }

    /// The bytes a path String stands for: its UTF-8, with each escape scalar its own byte.
    public static func bytes(of path: String) -> [UInt8] {
        guard hasEscapes(path) else { return Array(path.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                out.append(UInt8(scalar.value - escapeBase))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Calls `body` with the NUL-terminated bytes of `path`, for `open`, `stat`, `opendir`.
    public static func withFileSystemPath<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard hasEscapes(path) else { return try path.withCString(body) }
        let bytes = self.bytes(of: path) + [0]
        return try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path with each escaped byte written `<E9>`: for JSON and other places that keep the
    /// rest of the name as it is.
    public static func readable(_ path: String) -> String {
        guard hasEscapes(path) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                out += "<" + hex(scalar.value - escapeBase, digits: 2) + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `scalar` stands for a byte of a name that is not UTF-8.
    public static func isEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
    }

    /// The byte an escape scalar stands for.
    static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8 {
        UInt8(scalar.value - escapeBase)
    }

    /// The absolute, symlink-free form of `path` (`realpath`), or nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        withFileSystemPath(path) { pointer -> String? in
            guard let real = realpath(pointer, nil) else { return nil }
            defer { free(real) }
            return string(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real)))
        }
    }

    // MARK: - Helpers

    /// Escape scalars are F4 8F BE/BF xx in UTF-8; any string without an F4 byte has none.
    private static func hasEscapes(_ path: String) -> Bool {
        guard path.utf8.contains(0xF4) else { return false }
        return path.unicodeScalars.contains(where: isEscape)
    }

    private static func escape(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(escapeBase + UInt32(byte))!
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 when there is none.
    private static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard i + length <= bytes.count else { return 0 }
        guard (lower...upper).contains(bytes[i + 1]) else { return 0 }
        for k in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        String(validating: bytes, as: UTF8.self)?.unicodeScalars.first
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
