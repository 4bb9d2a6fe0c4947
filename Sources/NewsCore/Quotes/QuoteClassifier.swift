/// Tells a direct quotation from a few quoted words inside a paraphrase, and both from quoted
/// text that is no quotation at all (a title, a nickname, markup).
enum QuoteClassifier {
    /// The kind of segment `index`, or nil when it is not a quotation.
    static func kind(of segment: QuoteSegment, index: Int, attributor: QuoteAttributor) -> Quote.Kind? {
        let s = attributor.scalars
        if insideMarkup(segment, s) { return nil }
        return looksDirect(segment, s) ? .direct : .partial
    }

    /// An attribute value of embedded markup: `<tweet id="…">`.
    static func insideMarkup(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> Bool {
        guard let open = segment.openMark else { return false }
        var i = open - 1
        var steps = 0
        while i >= 0, steps < 400 {
            let c = s[i]
            if c == ">" || c == "\n" { return false }
            if c == "<" { return i + 1 < s.count && QuoteMarks.isWordScalar(s[i + 1]) }
            i -= 1
            steps += 1
        }
        return false
    }

    /// A direct quotation starts like a sentence (a capital letter, or after a colon) and runs to
    /// several words; shorter or lower-case stretches are words borrowed into a paraphrase.
    static func looksDirect(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> Bool {
        var words = 0
        var inWord = false
        for i in segment.start..<segment.end {
            let w = QuoteMarks.isWordScalar(s[i])
            if w, !inWord { words += 1 }
            inWord = w
        }
        let first = s[segment.start]
        return words >= 4 && (first.properties.isUppercase || segment.openEnd)
    }
}
