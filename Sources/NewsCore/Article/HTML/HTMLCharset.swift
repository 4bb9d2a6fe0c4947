import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the character set of a page's bytes and turns them into clean UTF-8 for the parser.
///
/// In order of trust: a byte-order mark; bytes that are valid UTF-8 (text in any other
/// encoding almost never is, whatever a stale meta tag claims); the charset a `<meta>` tag or
/// XML declaration names; and Windows-1252, the usual encoding of Western pages that say
/// nothing. UTF-8, UTF-16 and Windows-1252 (which pages also label ISO-8859-1 and ASCII) are
/// decoded here; any other named charset (ISO-8859-2…16, KOI8-R, Shift_JIS…) through the C
/// library's iconv. Escape sequences and control characters then go whole, as from a text
/// file: libxml2 would drop only their first byte and leave "[2J" behind.
enum HTMLCharset {
    /// UTF-8 for the parser, and what was noticed on the way.
    struct Prepared {
        var bytes: [UInt8]
        var warnings: [String]
    }

    static func prepare(_ raw: [UInt8]) -> Prepared {
        var prepared = decode(raw)
        if holdsControls(prepared.bytes) {
            let cleaned = TextSanitizer.clean(String(decoding: prepared.bytes, as: UTF8.self))
            prepared.bytes = Array(cleaned.text.utf8)
            if cleaned.removedControls > 0 {
                let n = cleaned.removedControls
                prepared.warnings.append("removed \(n) control character\(n == 1 ? "" : "s") or escape sequence\(n == 1 ? "" : "s")")
            }
        }
        return prepared
    }

    private static func decode(_ raw: [UInt8]) -> Prepared {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(raw.dropFirst(3)), warnings: [])
        }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            return Prepared(bytes: Array(utf16(raw).utf8), warnings: [])
        }
        if isValidUTF8(raw) {
            return Prepared(bytes: raw, warnings: [])
        }
        let declared = declaredCharset(raw).map(HTMLText.lowercasedASCII)
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return utf8(raw, warnings: ["not valid UTF-8 though it says so; bad bytes replaced"])
        case nil, "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1",
            "us-ascii", "ascii", "iso-ir-100", "cp819", "ibm819":
            let warnings = declared == nil ? ["no character set named and not valid UTF-8; decoded as Windows-1252"] : []
            return Prepared(bytes: Array(Windows1252.decode(raw).utf8), warnings: warnings)
        case let name?:
            if !name.hasPrefix("utf-16"), !name.hasPrefix("utf-32"), let converted = convert(raw, from: name) {
                return Prepared(bytes: converted, warnings: [])
            }
            return Prepared(bytes: Array(Windows1252.decode(raw).utf8),
                            warnings: ["unknown character set \(name.terminalSafe); decoded as Windows-1252"])
        }
    }

    /// Bytes in the named charset as UTF-8, through iconv; a byte it cannot convert becomes
    /// U+FFFD. Nil when iconv does not know the name.
    static func convert(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            guard let base = source.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                let (status, code, produced) = chunk.withUnsafeMutableBufferPointer { target -> (Int, Int32, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, errno, target.count - outLeft)
                }
                out.append(contentsOf: chunk[..<produced])
                guard status == -1 else { continue }
                if code == E2BIG { continue }
                // An invalid or cut-off sequence: a replacement character, and on past one byte.
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return out
    }

    /// Whether UTF-8 holds a control character other than whitespace (an escape sequence
    /// starts with one): C0 controls, DEL, and C1 controls (C2 80–9F).
    static func holdsControls(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { return true }
            if b == 0x7F { return true }
            if previous == 0xC2, b >= 0x80, b <= 0x9F { return true }
            previous = b
        }
        return false
    }

    /// UTF-8 with any invalid sequence replaced by U+FFFD.
    private static func utf8(_ bytes: [UInt8], warnings: [String]) -> Prepared {
        if isValidUTF8(bytes) { return Prepared(bytes: bytes, warnings: warnings) }
        return Prepared(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8), warnings: warnings)
    }

    /// Whether the bytes hold a NUL byte.
    static func holdsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    /// Whether bytes open with a UTF-16 byte-order mark (such a page is full of NUL bytes, and
    /// is not binary for it).
    static func isUTF16<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let head = Array(bytes.prefix(2))
        return head == [0xFF, 0xFE] || head == [0xFE, 0xFF]
    }


    private static func utf16(_ raw: [UInt8]) -> String {
        let bigEndian = raw[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        var i = 2
        while i + 1 < raw.count {
            units.append(bigEndian ? UInt16(raw[i]) << 8 | UInt16(raw[i + 1]) : UInt16(raw[i + 1]) << 8 | UInt16(raw[i]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Pure ASCII is settled a word at a time; only pages with other bytes are validated.
        var ascii = true
        bytes.withUnsafeBytes { raw in
            var i = 0
            let n = raw.count
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    ascii = false
                    return
                }
                i += 8
            }
            while i < n {
                if raw[i] >= 0x80 {
                    ascii = false
                    return
                }
                i += 1
            }
        }
        return ascii || String(validating: bytes, as: UTF8.self) != nil
    }

    /// The charset named by a `<meta charset>`, a `<meta http-equiv>` content type or an XML
    /// declaration in the first 4 KB, as written.
    static func declaredCharset(_ raw: [UInt8]) -> String? {
        let head = Array(raw.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        for cue in ["charset", "encoding"] {
            let pattern = Array(cue.utf8)
            var i = 0
            while i + pattern.count < head.count {
                guard head[i] == pattern[0], head[i..<(i + pattern.count)].elementsEqual(pattern) else {
                    i += 1
                    continue
                }
                var j = i + pattern.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                guard j < head.count, head[j] == UInt8(ascii: "=") else {
                    i += 1
                    continue
                }
                j += 1
                while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                var name: [UInt8] = []
                while j < head.count, name.count < 40 {
                    let b = head[j]
                    let isNameByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
                    guard isNameByte else { break }
                    name.append(raw[j])
                    j += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                i += 1
            }
        }
        return nil
    }
}
