/// Finds the cue and speaker of each quotation inside one paragraph.
///
/// Rules, in order of trust: a cue clause right after the quotation (`"…," said Ms Ode`,
/// `"…," Ms Ode said`, `"…," according to the council`, `"…" ― Ada Ode`); a cue earlier in the
/// same sentence (`Ms Ode said "…"`, `Ms Ode called it a "…"`); a cue later in the same sentence
/// after a comma. Quotations left without one are filled in by `QuoteAttributor` from their
/// neighbours.
struct ParagraphAttributor {
    let tokens: [QuoteToken]
    let scalars: [Unicode.Scalar]
    let reader: SpeakerPhraseReader

    init(tokens: [QuoteToken], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
        self.reader = SpeakerPhraseReader(tokens: tokens, scalars: scalars)
    }

    static let according = WordKey("according")
    static let to = WordKey("to")

    /// The first token of the sentence that holds token `k`.
    func sentenceStart(_ k: Int) -> Int {
        var s = k
        while s > 0, tokens[s].sentence == tokens[k].sentence { s -= 1 }
        return tokens[s].sentence == tokens[k].sentence ? s : s + 1
    }

    /// One past the last token of the sentence that holds token `k`.
    func sentenceEnd(_ k: Int) -> Int {
        var e = k
        while e < tokens.count, tokens[e].sentence == tokens[k].sentence { e += 1 }
        return e
    }

    func attribution(_ p: SpeakerPhrase, cue: Int?, source: Attribution.Source) -> Attribution {
        Attribution(
            speaker: tokens[p.tokens.lowerBound].start..<tokens[p.tokens.upperBound - 1].end,
            head: tokens[p.head.lowerBound].start..<tokens[p.head.upperBound - 1].end,
            kind: p.kind,
            cue: cue.map { tokens[$0].start..<tokens[$0].end },
            source: source)
    }

    /// The attribution of the quote token at index `q`, from cues in its own sentence only.
    func attribute(quoteAt q: Int) -> Attribution? {
        if let a = after(q) { return a }
        if let a = before(q) { return a }
        if let a = laterInSentence(q) { return a }
        return nil
    }

    // MARK: - After the quotation

    func after(_ q: Int) -> Attribution? {
        var i = q + 1
        guard i < tokens.count else { return nil }
        if tokens[i].isDash {
            // `"…" ― Ada Ode`: a name after a dash, ending the paragraph or sentence.
            if let p = reader.phrase(startingAt: i + 1, ceiling: tokens.count), p.kind == .name {
                let end = p.tokens.upperBound
                if end == tokens.count || tokens[end].isClauseBreak || tokens[end].isPunct("(") {
                    return attribution(p, cue: nil, source: .after)
                }
            }
        }
        if tokens[i].isPunct(",") || tokens[i].isDash { i += 1 }
        guard i < tokens.count, !tokens[i].sentenceStart || !tokens[i].capitalised || tokens[q + 1].isPunct(",") else { return nil }
        let end = sentenceEnd(q)
        let limit = min(end, i + 16)
        // `according to the council`
        if i + 1 < limit, tokens[i].key == Self.according, tokens[i + 1].key == Self.to,
            let p = reader.phrase(startingAt: i + 2, ceiling: end)
        {
            return attribution(p, cue: i, source: .after)
        }
        // `said Ms Ode` / `said the mayor`
        if reader.isCue(i), let p = reader.phrase(startingAt: i + 1, ceiling: end), p.kind != .relative {
            return attribution(p, cue: i, source: .after)
        }
        // `Ms Ode said`, `Ada Ode, the council leader, said`
        var v = i
        while v < limit {
            if tokens[v].kind == .quote { break }
            if reader.isCue(v), v > i {
                if let p = reader.subject(ofCue: v, floor: i), p.tokens.lowerBound >= i {
                    if p.kind == .relative { return nil }
                    return attribution(p, cue: v, source: .after)
                }
                break
            }
            v += 1
        }
        return nil
    }

    // MARK: - Before the quotation

    func before(_ q: Int) -> Attribution? {
        let floor = sentenceStart(q)
        var v = q - 1
        while v >= floor {
            let t = tokens[v]
            if t.kind == .word, t.key == Self.to, v > floor, tokens[v - 1].key == Self.according,
                let p = reader.phrase(startingAt: v + 1, ceiling: q)
            {
                return attribution(p, cue: v - 1, source: .before)
            }
            if reader.isCue(v) {
                if let p = reader.subject(ofCue: v, floor: floor), p.kind != .relative {
                    return attribution(p, cue: v, source: .before)
                }
                // `Said the mayor: "…"` or `…, said the mayor, "…"`
                if let p = reader.phrase(startingAt: v + 1, ceiling: q), p.kind != .relative, reader.isCue(v) {
                    if v == floor || tokens[v - 1].isPunct(",") || tokens[v - 1].kind == .quote {
                        return attribution(p, cue: v, source: .before)
                    }
                }
                // A participle after a comma (`…, adding "…"`) belongs to the sentence subject.
                if let p = sentenceSubject(floor: floor, before: v) {
                    return attribution(p, cue: v, source: .before)
                }
            }
            v -= 1
        }
        return nil
    }

    // MARK: - Later in the sentence

    /// `The "witch hunt" has to end, Ms Ode said.`: a comma-introduced cue clause later on.
    func laterInSentence(_ q: Int) -> Attribution? {
        let end = sentenceEnd(q)
        var v = q + 1
        while v < end {
            if reader.isCue(v), v > q + 1 {
                if let p = reader.subject(ofCue: v, floor: q + 1), p.kind != .relative,
                    p.tokens.lowerBound > q + 1, tokens[p.tokens.lowerBound - 1].isPunct(",") || tokens[p.tokens.lowerBound - 1].kind == .quote
                {
                    return attribution(p, cue: v, source: .laterInSentence)
                }
                if tokens[v - 1].isPunct(","), let p = reader.phrase(startingAt: v + 1, ceiling: end), p.kind != .relative {
                    return attribution(p, cue: v, source: .laterInSentence)
                }
            }
            if tokens[v].key == Self.according, v + 1 < end, tokens[v + 1].key == Self.to,
                let p = reader.phrase(startingAt: v + 2, ceiling: end)
            {
                return attribution(p, cue: v, source: .laterInSentence)
            }
            v += 1
        }
        return nil
    }

    // MARK: - Sentence subject

    /// The subject of the sentence starting at `floor`: the first phrase after an introductory
    /// phrase (`In a statement, …`) and any leading quotation.
    func sentenceSubject(floor: Int, before limit: Int) -> SpeakerPhrase? {
        var s = floor
        while s < limit, tokens[s].kind == .quote || tokens[s].kind == .punct { s += 1 }
        guard s < limit else { return nil }
        if tokens[s].kind == .word, QuoteLexicon.introductoryWords.contains(tokens[s].key) {
            // Skip to the comma that ends the introductory phrase.
            var c = s + 1
            while c < limit, !tokens[c].isPunct(","), c - s < 14 { c += 1 }
            guard c < limit, tokens[c].isPunct(",") else { return nil }
            s = c + 1
        }
        guard let p = reader.phrase(startingAt: s, ceiling: limit), p.kind != .relative else { return nil }
        // The phrase must be followed by something verb-like, not be the start of a longer name list.
        return p
    }

    /// The subject of the sentence holding token `k`, for quotations with no cue at all.
    func subjectOfSentence(holding k: Int) -> Attribution? {
        let floor = sentenceStart(k)
        guard floor < k, let p = sentenceSubject(floor: floor, before: k) else { return nil }
        guard p.kind == .name || p.kind == .pronoun else { return nil }
        return attribution(p, cue: nil, source: .sentenceSubject)
    }

    /// A paragraph ending in a colon introduces the quotation paragraphs after it:
    /// `Ms Ode told the meeting:`. Returns the speaker of that introduction.
    func introduction() -> Attribution? {
        guard let last = tokens.last, last.isPunct(":") else { return nil }
        let floor = sentenceStart(tokens.count - 1)
        var v = tokens.count - 2
        while v >= floor {
            if reader.isCue(v), let p = reader.subject(ofCue: v, floor: floor), p.kind != .relative {
                return attribution(p, cue: v, source: .previousParagraph)
            }
            v -= 1
        }
        if let p = sentenceSubject(floor: floor, before: tokens.count - 1), p.kind == .name || p.kind == .pronoun || p.kind == .nominal {
            return attribution(p, cue: nil, source: .previousParagraph)
        }
        return nil
    }
}
