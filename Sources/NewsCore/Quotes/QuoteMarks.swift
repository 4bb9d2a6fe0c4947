/// The quotation marks the finder pairs, and the characters that may sit beside them.
enum QuoteMarks {
    static let openDouble: Unicode.Scalar = "\u{201C}"
    static let closeDouble: Unicode.Scalar = "\u{201D}"
    static let openSingle: Unicode.Scalar = "\u{2018}"
    /// Also the typographic apostrophe, which is why single marks need care.
    static let closeSingle: Unicode.Scalar = "\u{2019}"
    static let straightDouble: Unicode.Scalar = "\""
    static let straightSingle: Unicode.Scalar = "'"

    static func isDouble(_ s: Unicode.Scalar) -> Bool {
        s == openDouble || s == closeDouble || s == straightDouble
    }

    @inline(__always)
    static func isAnyMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case openDouble, closeDouble, openSingle, closeSingle, straightDouble, straightSingle: return true
        default: return false
        }
    }

    /// Characters after which a mark reads as an opener: space, brackets, dashes, other marks.
    static func isOpenContext(_ s: Unicode.Scalar) -> Bool {
        if isSpace(s) { return true }
        switch s {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/": return true
        default: return isAnyMark(s)
        }
    }

    /// Characters before which a mark reads as a closer: space, closing brackets, punctuation.
    static func isCloseContext(_ s: Unicode.Scalar) -> Bool {
        if isSpace(s) { return true }
        switch s {
        case ")", "]", "}", ".", ",", ";", ":", "!", "?", "\u{2014}", "\u{2013}", "-", "/", "\u{2026}": return true
        default: return isAnyMark(s)
        }
    }

    /// The digits `0`–`9` (0x30–0x39) as bits of the ASCII range's low 64 scalars.
    static let asciiDigits: UInt64 = 0x03FF_0000_0000_0000
    /// The letters `A`–`Z` (0x41–0x5A) and `a`–`z` (0x61–0x7A) as bits of the high 64.
    static let asciiLetters: UInt64 = 0x07FF_FFFE_07FF_FFFE

    /// A letter or a digit: what may follow an opening single mark or precede a closing one.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            // Bit `v` of a 128-bit mask, digits in the low word and letters in the high: a shift
            // and a test, where three range checks cost the quote finder several per cent.
            return v < 0x40 ? (asciiDigits &>> UInt64(v)) & 1 != 0 : (asciiLetters &>> UInt64(v - 0x40)) & 1 != 0
        }
        // General Punctuation (curly quotes and apostrophes, dashes, spaces) holds no letter or
        // digit; it is most of the non-ASCII text of English news, so it skips the tables.
        if s.value >= 0x2000, s.value <= 0x206F { return false }
        return tableIsWordScalar(s)
    }

    /// `isWordScalar` of a scalar beyond ASCII, from the Unicode tables: out of line, so that
    /// the many short functions that inline `isWordScalar` set up no room for the tables'
    /// resilient types at every call (`ScalarClass.tableIsUpper`).
    @inline(never)
    static func tableIsWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ScalarClass.isNumeric(s)
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0x0B || s.value == 0x0C }
        return tableIsSpace(s)
    }

    /// `properties.isWhitespace`, out of line (`tableIsWordScalar`).
    @inline(never)
    static func tableIsSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
}
