/// Removes inline Markdown markup so only the words a reader sees remain.
enum MarkdownInline {
    /// `*emphasis*`, `**strong**`, `_x_`, `` `code` ``, `[text](url)`, `![alt](src)`, `<url>`
    /// and backslash escapes become their visible text.
    static func strip(_ line: String) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuationOrSymbol:
                out.append(chars[i + 1])
                i += 2
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                if let (text, next) = link(chars, from: i + 1) {
                    out += strip(text)
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "[":
                if let (text, next) = link(chars, from: i) {
                    out += strip(text)
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "`":
                var j = i
                while j < chars.count, chars[j] == "`" { j += 1 }
                let fence = j - i
                if let close = findRun(chars, of: "`", length: fence, from: j) {
                    out += String(chars[j..<close])
                    i = close + fence
                } else {
                    out += String(chars[i..<j])
                    i = j
                }
            case "*", "_":
                var j = i
                while j < chars.count, chars[j] == c { j += 1 }
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let after: Character? = j < chars.count ? chars[j] : nil
                // Underscores inside words (snake_case) and lone asterisks between spaces are text.
                let opens = after.map { !$0.isWhitespace } ?? false
                let closes = before.map { !$0.isWhitespace } ?? false
                let intraword = c == "_" && (before?.isLetterOrNumber ?? false) && (after?.isLetterOrNumber ?? false)
                if intraword || (!opens && !closes) {
                    out += String(chars[i..<j])
                }
                i = j
            case "<":
                if let close = chars[i...].firstIndex(of: ">"),
                    case let inner = String(chars[(i + 1)..<close]),
                    inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:")
                {
                    out += inner
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            default:
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// Parses `[text](target)` at `start`; returns the text and the index after the link.
    private static func link(_ chars: [Character], from start: Int) -> (String, Int)? {
        var depth = 0
        var j = start
        while j < chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j < chars.count, j + 1 < chars.count, chars[j + 1] == "(" else { return nil }
        guard let close = chars[(j + 1)...].firstIndex(of: ")") else { return nil }
        return (String(chars[(start + 1)..<j]), close + 1)
    }

    private static func findRun(_ chars: [Character], of c: Character, length: Int, from start: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == c {
                var k = j
                while k < chars.count, chars[k] == c { k += 1 }
                if k - j == length { return j }
                j = k
            } else {
                j += 1
            }
        }
        return nil
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
    var isLetterOrNumber: Bool { isLetter || isNumber }
}
