extension QuoteClassifier {
    /// Title-case stretches listed with a title: `roles in "Night Desk," "Harbour Lights" and
    /// "Tide"`, `a play called "Los Hijos," or "The Sons,"`. Once one stretch of a list names a
    /// work by its shape, the title-case stretches joined to it by commas, `and` or `or` are
    /// titles too, however little their own neighbours say.
    ///
    /// Lists are read both ways, so that the shape can come from the first item (a preposition
    /// or a naming verb before it) or from a later one. Headlines are left out: in a title-case
    /// headline every stretch is in title case.
    static func settleTitleLists(_ shapes: inout [Shape], segments: [QuoteSegment], _ s: [Unicode.Scalar], headline: Int?) {
        guard shapes.contains(.term), shapes.count > 1 else { return }
        func joins(_ left: Int, _ right: Int) -> Bool {
            guard segments[left].paragraph == segments[right].paragraph, let close = segments[left].closeMark,
                let open = segments[right].openMark, close < open
            else { return false }
            return onlyListJoiners(s, (close + 1)..<open)
        }
        func isTitle(_ i: Int) -> Bool {
            shapes[i] == .open && segments[i].paragraph != headline && isTitleCase(contentWords(segments[i], s, limit: wordsRead), s)
        }
        for i in 1..<shapes.count where shapes[i - 1] == .term && joins(i - 1, i) && isTitle(i) { shapes[i] = .term }
        for i in stride(from: shapes.count - 2, through: 0, by: -1) where shapes[i + 1] == .term && joins(i, i + 1) && isTitle(i) {
            shapes[i] = .term
        }
    }
}
