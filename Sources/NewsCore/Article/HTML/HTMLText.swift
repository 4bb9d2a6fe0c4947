/// Small text helpers of the web-page reader.
enum HTMLText {
    /// ASCII letters lower-cased; everything else as it is.
    static func lowercasedASCII(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
        return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Text from a page made fit for an article: whitespace runs (any Unicode space, no-break
    /// spaces included) become one space, the ends are trimmed, soft hyphens go, C1 controls
    /// that pages meant as Windows-1252 punctuation (`&#150;`) become that punctuation, and the
    /// sanitizer removes the rest of what must not reach a terminal.
    static func clean(_ s: String) -> String {
        if isPlain(s) { return s }
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in s.unicodeScalars {
            var scalar = scalar
            let v = scalar.value
            if v < 0x80 {
                // ASCII: settled by value (most of every page).
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    space = !out.isEmpty
                    continue
                }
                if v < 0x20 || v == 0x7F { continue }
                if space {
                    out.append(" ")
                    space = false
                }
                out.append(scalar)
                continue
            }
            if (0x80...0x9F).contains(v) {
                scalar = Windows1252.scalar(forC1: UInt8(v))
            }
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if scalar.value == 0xAD || TextSanitizer.isUnsafe(scalar) { continue }
            if space {
                out.append(" ")
                space = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether `clean` would leave the text as it is: printable ASCII, single spaces, no space at
    /// either end (most text runs of a page).
    private static func isPlain(_ s: String) -> Bool {
        var previousSpace = true
        for b in s.utf8 {
            if b >= 0x80 || b < 0x20 || b == 0x7F { return false }
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || s.isEmpty
    }

    /// Whether the text holds a letter or a digit: a block without one (a lone "|" or "•") is
    /// page furniture, not article text.
    static func hasWordCharacter(_ s: String) -> Bool {
        for scalar in s.unicodeScalars {
            if scalar.value < 0x80 {
                let v = scalar.value
                if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { return true }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return true
            }
        }
        return false
    }
}
