extension QuoteClassifier {
    /// Quoted words that a sign, a shirt or a poster shows: `carrying signs saying "…"`, `a hat
    /// reading, "…"`, `a poster trumpeting "…"`. Words written on a thing are a slogan, nobody's
    /// speech, whoever wears or holds the thing and whatever subject the sentence gives them.
    static func isInscribed(_ segment: QuoteSegment, _ s: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        guard var i = segment.openMark else { return false }
        i -= 1
        // A comma, a colon or a dash may stand between the verb and the words.
        while i >= paragraph.lowerBound, QuoteMarks.isSpace(s[i]) || s[i] == "," || s[i] == ":" || s[i] == "-" || s[i] == "\u{2014}" { i -= 1 }
        var sawVerb = false
        for _ in 0..<6 {
            while i >= paragraph.lowerBound, QuoteMarks.isSpace(s[i]) { i -= 1 }
            guard i >= paragraph.lowerBound, QuoteMarks.isWordScalar(s[i]) else { return false }
            let end = i + 1
            while i >= paragraph.lowerBound, QuoteMarks.isWordScalar(s[i]) || s[i] == "-" { i -= 1 }
            let key = WordKey(s, (i + 1)..<end)
            if sawVerb, QuotedNameWords.inscriptions.contains(key) { return true }
            if QuotedNameWords.showingVerbs.contains(key) {
                sawVerb = true
            } else if !sawVerb || !QuotedNameWords.showingFillers.contains(key) {
                return false
            }
        }
        return false
    }
}
