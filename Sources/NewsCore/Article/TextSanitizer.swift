import Foundation

/// Makes decoded text safe and regular: one line ending, no control characters or escape
/// sequences, no invisible characters that reorder or hide text on a terminal.
public enum TextSanitizer {
    /// The cleaned text and how many characters were removed for being unsafe.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var removedControls: Int
    }

    /// Normalises line endings to LF, tabs to spaces, and removes escape sequences (CSI, OSC,
    /// DCS and the rest), C0 and C1 controls, DEL, stray byte-order marks, zero-width spaces and
    /// bidirectional controls.
    ///
    /// Escape sequences are removed whole, parameters included, so that `ESC [2J` leaves no `[2J`
    /// behind in the text.
    public static func clean(_ input: String) -> Result {
        if isAlreadyClean(input) {
            return Result(text: input, removedControls: 0)
        }
        var out = String.UnicodeScalarView()
        let scalars = Array(input.unicodeScalars)
        var removed = 0
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s.value {
            case 0x0A:
                out.append(s)
                i += 1
            case 0x0D:
                out.append("\n")
                i += (i + 1 < scalars.count && scalars[i + 1] == "\n") ? 2 : 1
            case 0x09:
                out.append(" ")
                i += 1
            case 0x2028, 0x2029:
                out.append("\n")
                i += 1
            case 0x1B:
                i = skipEscape(scalars, from: i)
                removed += 1
            case 0x9B:
                i = skipControlString(scalars, from: i + 1, csi: true)
                removed += 1
            case 0x90, 0x9D, 0x9E, 0x9F, 0x98:
                i = skipControlString(scalars, from: i + 1, csi: false)
                removed += 1
            default:
                if isUnsafe(s) {
                    removed += 1
                } else {
                    out.append(s)
                }
                i += 1
            }
        }
        return Result(text: String(out), removedControls: removed)
    }

    /// Whether the text holds nothing `clean` would change, checked on UTF-8 bytes: nearly all
    /// real articles are clean, and this makes them cost one pass over their bytes.
    static func isAlreadyClean(_ input: String) -> Bool {
        input.withContiguousUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                // Eight plain bytes at a time (nearly all of an article), each of them ASCII, none
                // below a space, none DEL: tested together on a word, they need no byte's look
                // (a line feed, an accent or a control is left to the byte below).
                if i + 8 <= n {
                    let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let high = w & 0x8080_8080_8080_8080
                    let belowSpace = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                    let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
                    let hasDEL = (del &- 0x0101_0101_0101_0101) & ~del & 0x8080_8080_8080_8080
                    if high | belowSpace | hasDEL == 0 {
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if b < 0x80 {
                    if (b < 0x20 && b != 0x0A) || b == 0x7F { return false }
                    i += 1
                    continue
                }
                // Lead bytes of the only multi-byte scalars `clean` touches: C1 controls (C2),
                // U+061C (D8), U+200B–U+206F and U+2028/9 (E2 80/81), U+FEFF (EF BB).
                switch b {
                case 0xC2:
                    if i + 1 < n, bytes[i + 1] < 0xA0 { return false }
                case 0xD8:
                    if i + 1 < n, bytes[i + 1] == 0x9C { return false }
                case 0xE2:
                    if i + 1 < n, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
                        let scalar = 0x2000 + (UInt32(bytes[i + 1] & 0x3F) << 6) + UInt32(i + 2 < n ? bytes[i + 2] & 0x3F : 0)
                        if isUnsafe(Unicode.Scalar(scalar)!) || scalar == 0x2028 || scalar == 0x2029 { return false }
                    }
                case 0xEF:
                    if i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return false }
                default:
                    break
                }
                i += 1
            }
            return true
        }
    }

    /// Whether a scalar must never reach the terminal or the text.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, 0x80...0x9F:
            return true
        case 0x200B, 0x2060, 0xFEFF:
            return true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    /// Skips an ESC-introduced sequence starting at `i`, returning the index after it.
    private static func skipEscape(_ scalars: [Unicode.Scalar], from i: Int) -> Int {
        let next = i + 1
        guard next < scalars.count else { return next }
        switch scalars[next] {
        case "[":
            return skipControlString(scalars, from: next + 1, csi: true)
        case "]", "P", "X", "^", "_":
            return skipControlString(scalars, from: next + 1, csi: false)
        default:
            // Two-character escapes (ESC c, ESC 7...) and charset selections (ESC ( B).
            if (0x20...0x2F).contains(scalars[next].value), next + 1 < scalars.count {
                return next + 2
            }
            return next + 1
        }
    }

    /// Skips a CSI body (parameters up to a final byte) or a string body (up to BEL or ST).
    private static func skipControlString(_ scalars: [Unicode.Scalar], from start: Int, csi: Bool) -> Int {
        var j = start
        if csi {
            while j < scalars.count {
                let v = scalars[j].value
                if (0x40...0x7E).contains(v) { return j + 1 }
                if !(0x20...0x3F).contains(v) { return j }
                j += 1
            }
            return j
        }
        while j < scalars.count {
            let v = scalars[j].value
            if v == 0x07 || v == 0x9C { return j + 1 }
            if v == 0x1B, j + 1 < scalars.count, scalars[j + 1] == "\\" { return j + 2 }
            // A string left unterminated ends at the line, so one bad byte cannot eat the file.
            if v == 0x0A { return j }
            j += 1
        }
        return j
    }
}

extension String {
    /// The string with anything a terminal would act on removed and line breaks made spaces:
    /// for file names and other text from outside that is printed on one line.
    public var terminalSafe: String {
        TextSanitizer.clean(self).text.replacingOccurrences(of: "\n", with: " ")
    }

    /// A file name (or a query, or any name the user gave) made safe to print on one line:
    /// each control, format or separator character written `<U+202E>` and each byte that is not
    /// UTF-8 `<E9>` (`TerminalText.visible`), so the name stays recognisable and two names
    /// that differ only by an invisible character still print differently, where
    /// `terminalSafe` would drop what it removes.
    public var terminalSafeName: String {
        TerminalText.name(self)
    }
}
