/// Tells a direct quotation from a few quoted words inside a paraphrase, and both from quoted
/// text that is no quotation at all: a title, a name, or markup.
///
/// Titles and names are recognised from their shape and their neighbours: quoted words in title
/// case after a possessive (`the network's "Morning Round"`), after a word for a work or a
/// programme (`the book "Long Road Home"`), after `on` (`said on "Weekend Talk"`), or before a
/// noun that they name (`"Clean Streets" campaign`, `"Night Desk" host`).
enum QuoteClassifier {
    /// The kind of segment `index`, or nil when it is not a quotation.
    static func kind(of segment: QuoteSegment, index: Int, attributor: QuoteAttributor) -> Quote.Kind? {
        let s = attributor.scalars
        if insideMarkup(segment, s) { return nil }
        let words = contentWords(segment, s)
        if isTitleCase(words, s), namesSomething(segment, s, paragraph: attributor.paragraphs[segment.paragraph].range) {
            return nil
        }
        if looksDirect(segment, words.count, s) { return .direct }
        return isUtterance(segment, attributor.attributions[index], s) ? .direct : .partial
    }

    /// `"Never again," he said`: however short, a quotation that opens like a sentence, ends in a
    /// comma, question or exclamation mark inside its marks and is followed straight away by its
    /// cue clause is a whole utterance, not words borrowed into a paraphrase.
    static func isUtterance(_ segment: QuoteSegment, _ a: Attribution?, _ s: [Unicode.Scalar]) -> Bool {
        guard let a, a.source == .cueAfter || a.source == .cueLaterInSentence, let close = segment.closeMark,
            s[segment.start].properties.isUppercase
        else { return false }
        var j = segment.end - 1
        while j > segment.start, QuoteMarks.isSpace(s[j]) { j -= 1 }
        guard s[j] == "," || s[j] == "?" || s[j] == "!" else { return false }
        let clause = min(a.speaker.lowerBound, a.cue?.lowerBound ?? a.speaker.lowerBound)
        guard clause > close else { return false }
        return s[(close + 1)..<clause].allSatisfy { QuoteMarks.isSpace($0) || $0 == "," }
    }

    /// Scalar ranges of the words inside the segment.
    static func contentWords(_ segment: QuoteSegment, _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = segment.start
        while i < segment.end {
            guard QuoteMarks.isWordScalar(s[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < segment.end, QuoteMarks.isWordScalar(s[i]) || s[i] == "'" || s[i] == "\u{2019}" || s[i] == "-" || s[i] == "&" { i += 1 }
            out.append(start..<i)
        }
        return out
    }

    /// At most eight words, every one that is not a small word capitalised (or a number).
    static func isTitleCase(_ words: [Range<Int>], _ s: [Unicode.Scalar]) -> Bool {
        guard !words.isEmpty, words.count <= 8 else { return false }
        var content = 0
        for w in words where !SmallWords.inQuotedTitles.contains(WordKey(s, w)) {
            let c = s[w.lowerBound]
            guard c.properties.isUppercase || c.properties.numericType != nil else { return false }
            content += 1
        }
        return content > 0
    }

    /// The word before the opening mark and the word after the closing mark decide whether
    /// title-case words name a work, a programme or a thing.
    static func namesSomething(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard let open = segment.openMark else { return false }
        // The two words before the opening mark.
        var before: [Range<Int>] = []
        var i = open - 1
        while i >= paragraph.lowerBound, before.count < 6 {
            if QuoteMarks.isWordScalar(s[i]) {
                let end = i + 1
                while i >= paragraph.lowerBound, QuoteMarks.isWordScalar(s[i]) || s[i] == "'" || s[i] == "\u{2019}" || s[i] == "-" { i -= 1 }
                before.append((i + 1)..<end)
                continue
            }
            if s[i] == "." || s[i] == "!" || s[i] == "?" || s[i] == ":" { break }
            i -= 1
        }
        if let prev = before.first {
            let n = prev.count
            if n > 2, s[prev.upperBound - 1] == "s", s[prev.upperBound - 2] == "'" || s[prev.upperBound - 2] == "\u{2019}" { return true }
            let key = WordKey(s, prev)
            if key == WordKey("on") { return true }
            if before.prefix(2).contains(where: { QuotedNameWords.works.contains(WordKey(s, $0)) }) { return true }
            // `the ferry "Sea Lark"`, `a new ale, "Harbour Gold",`
            if QuotedNameWords.namingNouns.contains(key) { return true }
            // `an inquiry, codenamed "Operation Kestrel"`; `a group called "…"` (after a common
            // noun; `Ode called Ilo "…"` is speech).
            if QuotedNameWords.namingVerbs.contains(key) { return true }
            if QuotedNameWords.nameGivingVerbs.contains(key), before.count > 1, !s[before[1].lowerBound].properties.isUppercase,
                !Pronouns.subjects.contains(WordKey(s, before[1])), !SpeechVerbs.cues.contains(WordKey(s, before[1])),
                WordKey(s, before[1]) != WordKey("so")  // `the so called "…"` keeps its distance: a scare quote
            {
                return true
            }
            // `known to its fans as "the Robins"`
            if key == WordKey("as"), before.dropFirst().contains(where: { WordKey(s, $0) == WordKey("known") }) { return true }
        }
        // The word after the closing mark.
        if let close = segment.closeMark {
            var j = close + 1
            while j < paragraph.upperBound, QuoteMarks.isSpace(s[j]) { j += 1 }
            let start = j
            while j < paragraph.upperBound, QuoteMarks.isWordScalar(s[j]) || s[j] == "-" { j += 1 }
            if j > start, QuotedNameWords.namedNouns.contains(WordKey(s, start..<j)) { return true }
            // `"Operation Kestrel", a six-week inquiry`: a description in apposition.
            if j == start, j < paragraph.upperBound, s[j] == "," {
                var k = j + 1
                while k < paragraph.upperBound, QuoteMarks.isSpace(s[k]) { k += 1 }
                let w = k
                while k < paragraph.upperBound, QuoteMarks.isWordScalar(s[k]) { k += 1 }
                if k > w, FunctionWords.indefiniteArticles.contains(WordKey(s, w..<k)) { return true }
            }
        }
        return false
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

    /// A direct quotation starts like a sentence (a capital letter) and runs to several words;
    /// shorter or lower-case stretches are words borrowed into a paraphrase.
    static func looksDirect(_ segment: QuoteSegment, _ words: Int, _ s: [Unicode.Scalar]) -> Bool {
        let first = s[segment.start]
        return words >= 4 && (first.properties.isUppercase || segment.openEnd || first == "." || first == "\u{2026}")
    }
}
