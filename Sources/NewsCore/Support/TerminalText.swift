/// Text as it may be written to a terminal: the one gate every line Byline prints goes through.
///
/// A file name, a query, an option value or a message quoting them can hold bytes a terminal
/// acts on (`ESC ]0;title BEL` sets the window title, `ESC [2J` clears the screen, a carriage
/// return overwrites the line) and characters that reorder what is around them (a right-to-left
/// override makes `invoice-<U+202E>txt.exe<U+202C>.txt` look like `invoice-exe.txt.txt`).
/// `visible` writes each of them as `<U+202E>`, as `less` does, so nothing acts on the
/// terminal; bytes of a name that are not UTF-8 (see `PathBytes`) print as `<E9>`. Text that was cleaned on reading (titles,
/// article text, where a soft hyphen or an emoji's joiner belongs) passes unchanged.
///
/// Names (`terminalSafeName`) go further: every invisible character is shown, so that two
/// names that differ only by a zero-width space never print alike.
public enum TerminalText {
    /// `text` with everything that acts on a terminal or reorders text written visibly;
    /// with `keepingLineBreaks`, newlines and tabs stay as they are (the text is several lines).
    public static func visible(_ text: String, keepingLineBreaks: Bool = true) -> String {
        shown(text, keepingLineBreaks: keepingLineBreaks, where: actsOnTerminal)
    }

    /// A name (a path, a query, an option value) on one line, with every invisible character
    /// written visibly as well: see `String.terminalSafeName`.
    public static func name(_ text: String) -> String {
        shown(text, keepingLineBreaks: false, where: isHidden)
    }

    /// Whether a scalar acts on a terminal or reorders the text around it: controls (C0, DEL,
    /// C1) and the bidirectional and zero-width characters `TextSanitizer` removes from articles.
    public static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        return scalar.properties.generalCategory == .control || TextSanitizer.isUnsafe(scalar)
    }

    private static func shown(_ text: String, keepingLineBreaks: Bool, where hidden: (Unicode.Scalar) -> Bool) -> String {
        guard needsWork(text, keepingLineBreaks: keepingLineBreaks, hidden) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if keepingLineBreaks, scalar == "\n" || scalar == "\t" {
                out.unicodeScalars.append(scalar)
            } else if PathBytes.isEscape(scalar) {
                out += "<" + PathBytes.hex(scalar.value - PathBytes.escapeBase, digits: 2) + ">"
            } else if hidden(scalar) {
                out += "<U+" + PathBytes.hex(scalar.value, digits: 4) + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a scalar is invisible or acts on a terminal: controls (C0, DEL, C1), format
    /// characters (bidirectional controls, zero-width spaces and joiners, the byte-order mark,
    /// the soft hyphen, tag characters) and the line and paragraph separators.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// Whether anything in `text` would be rewritten: checked on UTF-8 bytes, so that plain
    /// ASCII lines (nearly all of them) cost one pass.
    private static func needsWork(_ text: String, keepingLineBreaks: Bool, _ hidden: (Unicode.Scalar) -> Bool) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.unicodeScalars.contains { !$0.isASCII && (hidden($0) || PathBytes.isEscape($0)) } || asciiNeedsWork(text, keepingLineBreaks) }
            if byte < 0x20 || byte == 0x7F {
                if keepingLineBreaks && (byte == 0x0A || byte == 0x09) { continue }
                return true
            }
        }
        return false
    }

    private static func asciiNeedsWork(_ text: String, _ keepingLineBreaks: Bool) -> Bool {
        text.utf8.contains { byte in
            (byte < 0x20 || byte == 0x7F) && !(keepingLineBreaks && (byte == 0x0A || byte == 0x09))
        }
    }
}
