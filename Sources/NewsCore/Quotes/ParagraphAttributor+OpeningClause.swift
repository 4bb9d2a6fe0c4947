/// Quoted words inside a clause that opens the sentence with a subordinator (`While Ode calls
/// the plan a "…," Ilo says …`, `Even as Ode claimed that "…," officials said …`).
///
/// After such a clause the comma closes it, and the subject and verb that follow are the main
/// clause, not an attribution of the quoted words: those belong to the cue inside the clause.
extension ParagraphAttributor {
    /// Words that open a sentence's subordinate clause, with a subject and verb of its own.
    /// (Not `despite`, `amid` or `asked`: they open phrases, not clauses.)
    static let openingSubordinators: WordList = [
        "while", "although", "though", "when", "as", "after", "before", "because", "if", "since", "until", "once",
        "whereas", "unless",
    ]

    /// The attribution from a cue before quotation `q` when `q` stands in a clause that a
    /// subordinator opens at the start of its sentence and `following` (from `after(_:)`) is only
    /// the main clause's subject and verb (`"…," Ilo fixates`, `"…," one aide said the cases …`).
    /// An inverted cue (`"…," said Ilo`) or an agent (`"…" by Ilo`) is the quotation's own, and
    /// is kept.
    func cueInOpeningClause(_ q: Int, over following: Attribution) -> Attribution? {
        guard following.source == .cueAfter, let cue = following.cue,
            following.speaker.upperBound <= cue.lowerBound, endsLikeAttributed(q)
        else { return nil }
        guard let opener = openingSubordinator(sentenceOf: q), opener < q - 1 else { return nil }
        guard let b = before(q), b.kind != .relative, let c = b.cue, let ci = tokenIndex(startingAt: c.lowerBound), ci > opener else {
            return nil
        }
        // `After Ode spoke, "…," Ilo recalled …`: a comma closed the opening clause before the
        // quotation, which stands in the main clause; only a cue there (`After …, he warned, "…"`)
        // is the quotation's own.
        let floor = sentenceStart(q)
        let closed = subordinateClauseEnd(floor: floor, limit: q)
        if closed > floor, ci < closed { return nil }
        return b
    }

    /// The index of the subordinator that opens the sentence holding token `q` (after a leading
    /// `And`, `But`, `Yet` or `Even`), if one does.
    func openingSubordinator(sentenceOf q: Int) -> Int? {
        let floor = sentenceStart(q)
        var s = floor
        while s < q, tokens[s].kind == .punct { s += 1 }
        // `And while …`, `But even as …`
        if s < q, tokens[s].kind == .word, tokens[s].key == QuoteWords.andKey || tokens[s].key == QuoteWords.butKey
            || tokens[s].key == Self.yetKey
        {
            s += 1
        }
        if s < q, tokens[s].kind == .word, tokens[s].key == Self.evenKey { s += 1 }
        guard s < q, tokens[s].kind == .word, Self.openingSubordinators.contains(tokens[s].key) else { return nil }
        return s
    }

    static let yetKey = WordKey("yet")
    static let evenKey = WordKey("even")
}
