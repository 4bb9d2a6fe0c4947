/// The sentence around a mention, or up to 60 characters either side when the sentence is long.
enum MentionContext {
    static let reach = 60
    static let longestSentence = 320

    /// The context text and where the mention sits in it (scalar offsets into the context).
    static func around(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> (String, Range<Int>) {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var start = lower
        while start > 0 {
            let s = scalars[start - 1]
            if s == "\n" { break }
            if start >= 2, ".!?".unicodeScalars.contains(scalars[start - 2]), s == " " { break }
            start -= 1
        }
        var end = upper
        while end < scalars.count {
            let s = scalars[end]
            if s == "\n" { break }
            end += 1
            if ".!?".unicodeScalars.contains(s) {
                // A closing quote belongs to the sentence it closes.
                while end < scalars.count, "”’\"')".unicodeScalars.contains(scalars[end]) { end += 1 }
                if end >= scalars.count || scalars[end] == " " || scalars[end] == "\n" { break }
            }
        }
        if end - start > longestSentence {
            start = max(start, lower - reach)
            end = min(end, upper + reach)
        }
        while start < lower, scalars[start] == " " { start += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return (text, (lower - start)..<(upper - start))
    }
}
