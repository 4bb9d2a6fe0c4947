// Who a sentence's subject is to quoted words that no cue attributes: a subject that undergoes
// a passive says nothing (`Ode was met with chants of "…"`), quoted words named in a passive are
// nobody's (`ravens are considered the "…"`), and the subject after an opening participial
// phrase is who does what that phrase says (`After praising the "…", Ode left`).

extension ParagraphAttributor {
    /// Whether the subject `a` of the sentence holding quote token `q` takes a passive verb before
    /// the quoted words (`Ode was met with chants of "…"`, `she is best known as the "…"`, `Ilo,
    /// a nurse, was being treated for a "…"`): a subject that undergoes something is not said to
    /// say anything, so the sentence gives the words no speaker.
    ///
    /// A participle of feeling, intent or report keeps the words the subject's (`she was convinced
    /// the plan was "…"`, `he is expected to …`, `he was quoted as …`), and so do words the
    /// subject owns or says after the verb (`he was criticised for his "…"`, `for calling it "…"`).
    func subjectUndergoesPassive(_ a: Attribution, quote q: Int) -> Bool {
        guard a.cue == nil, a.kind != .relative, let first = tokenIndex(startingAt: a.speaker.lowerBound), first < q else { return false }
        var v = first
        while v < q, tokens[v].end <= a.speaker.upperBound { v += 1 }
        guard v < q, tokens[v].sentence == tokens[q].sentence else { return false }
        // `Ilo, a nurse at the school, was …`: an apposition between the subject and its verb.
        if tokens[v].isPunct(",") {
            var c = v + 1
            while c < q, c - v < 25, !tokens[c].isPunct(","), tokens[c].kind != .quote { c += 1 }
            guard c < q, tokens[c].isPunct(",") else { return false }
            v = c + 1
        }
        // `has been`, `will be`: an auxiliary before `be`.
        if v < q, tokens[v].kind == .word, ClauseWords.haveForms.contains(tokens[v].key) { v += 1 }
        guard v < q else { return false }
        var sawBe = false
        if tokens[v].kind == .word, ClauseWords.beForms.contains(tokens[v].key) {
            sawBe = true
            v += 1
        } else if tokens[v].kind == .possessive, v > 0, reader.isPronoun(v - 1) {
            // `she's seen as …` is a passive, `she's called it …` is `has`: only `being`, `been`
            // or a participle with `as` after it make the contraction `is`.
            v += 1
        } else {
            return false
        }
        while v < q, tokens[v].kind == .word, !tokens[v].capitalised,
            PassiveWords.degreeWords.contains(tokens[v].key) || isAdverb(v) && !PassiveWords.subjectKeepsWords.contains(tokens[v].key)
        {
            if ClauseWords.beForms.contains(tokens[v].key) { sawBe = true }
            v += 1
        }
        guard v < q, tokens[v].kind == .word, !tokens[v].capitalised, isPastParticiple(v),
            !PassiveWords.subjectKeepsWords.contains(tokens[v].key), !reader.isCue(v)
        else { return false }
        if !sawBe {
            guard v + 1 < q, tokens[v + 1].kind == .word, tokens[v + 1].key == QuoteWords.asKey else { return false }
        }
        // `was said to be …`, `is known to call it …`: a raised subject does the verb after `to`.
        if v + 1 < q, tokens[v + 1].kind == .word, tokens[v + 1].key == QuoteWords.toKey { return false }
        // The words between the verb and the quotation: an owner (`for his "…"`), an `-ing`
        // verb (`for calling it a "…"`) or a cue gives the words back to the subject.
        for k in (v + 1)..<q {
            let t = tokens[k]
            if t.kind == .quote || t.kind == .possessive { return false }
            guard t.kind == .word else { continue }
            if Pronouns.possessiveDeterminers.contains(t.key) || reader.isParticiple(k) || reader.isCue(k) { return false }
        }
        return true
    }

    /// A past participle: a lower-case word in `-ed`, or one of the irregular ones.
    func isPastParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word else { return false }
        if PassiveWords.irregularParticiples.contains(t.key) { return true }
        return t.end - t.start > 3 && scalars[t.end - 2] == "e" && scalars[t.end - 1] == "d"
    }

    /// Whether quote token `q` is a name a passive puts on something, with nobody said to give it
    /// (`ravens are considered the "…"`, `it was designated as "…"`, `what is being criticised as
    /// a "…"`, `the bill, known as the "…"`), beyond the frames `namesWithoutSpeaker` reads: no
    /// agent after the words (`… as a "…" by critics`) and no other cue in the sentence that
    /// could report them (`Ode said the bill, known as "…"`). A participle clause after the words
    /// reports something else (`…, saying that …`) and does not count.
    func namedInPassive(_ q: Int) -> Bool {
        let floor = sentenceStart(q)
        var j = q - 1
        if j > floor, tokens[j].kind == .word, !tokens[j].capitalised, FunctionWords.articles.contains(tokens[j].key) { j -= 1 }
        guard j > floor, tokens[j].kind == .word, !tokens[j].capitalised else { return false }
        var verb = j
        if tokens[j].key == QuoteWords.asKey {
            verb = j - 1
            // `referred to as`
            if verb > floor, tokens[verb].kind == .word, tokens[verb].key == QuoteWords.toKey { verb -= 1 }
            guard verb > floor, tokens[verb].kind == .word, PassiveWords.namingBeforeAs.contains(tokens[verb].key) else { return false }
        } else {
            guard PassiveWords.namingWithoutAs.contains(tokens[j].key) || QuotedNameWords.labellingVerbs.contains(tokens[j].key) else { return false }
        }
        guard !tokens[verb].capitalised else { return false }
        var b = verb - 1
        while b > floor, tokens[b].kind == .word, !tokens[b].capitalised, isAdverb(b) || tokens[b].key == Self.beingKey { b -= 1 }
        let t = tokens[b]
        let passive = t.kind == .word && ClauseWords.beForms.contains(t.key) || t.kind == .possessive && b > floor && reader.isPronoun(b - 1)
        // `the bill, known as the "…"`: a participle with `as` after a common noun and a comma
        // describes the noun. (`called`, `named` after a comma are a verb as often: `Ode, for one,
        // called it "…"`; after a name, only the participles that are only ever passive count.)
        let reducedRelative = t.isPunct(",") && b > floor && tokens[b - 1].kind == .word && !reader.isPronoun(b - 1)
            && !FunctionWords.closedClass.contains(tokens[b - 1].key) && !NumberWords.all.contains(tokens[b - 1].key)
            && (verb != j || QuotedNameWords.namingVerbs.contains(tokens[verb].key))
            && (!tokens[b - 1].capitalised || QuotedNameWords.namingBeforeAs.contains(tokens[verb].key))
        guard passive || reducedRelative else { return false }
        // `jobs that are considered "…"`: a relative clause's passive describes the noun for
        // whoever the sentence reports, and is left to the attribution.
        if passive, b > floor, tokens[b - 1].kind == .word, tokens[b - 1].key == QuoteWords.thatKey || tokens[b - 1].key == QuoteWords.whichKey {
            return false
        }
        // `in what is being criticised as a "…"`: a free relative's passive names the thing for
        // nobody in particular, whatever cue the sentence has before it.
        var w = b - 1
        if w > floor, tokens[w].kind == .word, ClauseWords.haveForms.contains(tokens[w].key) { w -= 1 }
        let freeRelative = passive && w >= floor && tokens[w].kind == .word && tokens[w].key == QuoteWords.whatKey
        var a = q + 1
        if a < tokens.count, tokens[a].isPunct(",") { a += 1 }
        if a < tokens.count, tokens[a].kind == .word, tokens[a].key == QuoteWords.byKey { return false }
        let end = sentenceEnd(q)
        for v in floor..<end where v != verb && tokens[v].kind == .word && reader.isCue(v) {
            // (The comma may stand inside the closing mark: `the "Golden Week," saying …`.)
            if v > q, reader.isParticiple(v), tokens[v - 1].isPunct(",") || v == q + 1 && endsLikeAttributed(q) { continue }
            if freeRelative, v < verb { continue }
            if sentenceHasCueAt(v, floor: floor, end: end) { return false }
        }
        return true
    }

    static let beingKey = WordKey("being")

    /// Whether the cue word at `v` is a verb there, as `sentenceHasCue` reads it.
    func sentenceHasCueAt(_ v: Int, floor: Int, end: Int) -> Bool {
        if tokens[v].key == Self.according { return v + 1 < end && tokens[v + 1].key == Self.to }
        return reader.isVerbForm(v) || v > floor && (tokens[v - 1].isPunct(",") || tokens[v - 1].kind == .quote || tokens[v - 1].key == Self.to)
            || reader.subject(ofCue: v, floor: floor) != nil
    }

    /// For quote token `q` inside a participial phrase that opens its sentence (`After praising
    /// the "…", Ode left`, `In explaining why the "…" failed, she blamed …`, `Conceding a "…" he
    /// warned`): the subject of the main clause after the phrase, who is the one doing what the
    /// phrase says. Nil when the sentence has no such phrase or its main clause no such subject.
    func subjectAfterOpeningParticiple(_ q: Int) -> SpeakerPhrase? {
        let floor = sentenceStart(q)
        var s = floor
        if s < q, tokens[s].kind == .word, PassiveWords.leadingConjunctions.contains(tokens[s].key) { s += 1 }
        if s < q, tokens[s].kind == .word, PassiveWords.participleOpeners.contains(tokens[s].key) { s += 1 }
        if s < q, tokens[s].kind == .word, isAdverb(s) { s += 1 }
        // (A cue among them, `Saying the plan was "…", Ode left`, has the same subject.)
        guard s < q, tokens[s].kind == .word, reader.isParticiple(s) else { return nil }
        // `Despite being told he was a "…"`: a passive phrase's subject heard the words, not said them.
        guard tokens[s].key != Self.beingKey else { return nil }
        // The phrase runs on to the quotation without a clause break or another quotation.
        for k in (s + 1)..<q where tokens[k].isClauseBreak || tokens[k].kind == .quote { return nil }
        let end = sentenceEnd(q)
        // The main clause opens right after the quoted words (`… "…" he warned`) or after the
        // comma that ends the phrase (`… "…" had failed, Ode said`).
        var starts = [q + 1]
        var c = q + 1
        while c < end, c - q <= 25, !tokens[c].isPunct(","), tokens[c].kind != .quote, !tokens[c].isClauseBreak { c += 1 }
        if c < end, tokens[c].isPunct(","), c + 1 < end { starts.append(c + 1) }
        for (n, m) in starts.enumerated() where m < end {
            guard let p = reader.phrase(startingAt: m, ceiling: end), p.tokens.lowerBound == m, p.kind != .relative else { continue }
            // Right after the words only a name or a pronoun can open a clause (`"…" approach` is a noun).
            if n == 0, p.kind == .nominal { continue }
            var v = p.tokens.upperBound
            // `… she was "whisked off"`: a form of `be` or `have` is the verb, whatever follows it.
            if v < end, tokens[v].kind == .word, ClauseWords.beForms.contains(tokens[v].key) || ClauseWords.haveForms.contains(tokens[v].key) {
                return p
            }
            while v < end, reader.isIntervener(v) { v += 1 }
            // `Ode on Monday ripped into …`: a day between the subject and its verb.
            if v + 1 < end, tokens[v].kind == .word, tokens[v].key == QuoteWords.onKey, CalendarWords.weekdays.contains(tokens[v + 1].key) { v += 2 }
            guard v < end, tokens[v].kind == .word, !tokens[v].capitalised else { continue }
            if reader.looksLikeVerb(v) || ClauseWords.beForms.contains(tokens[v].key) || ClauseWords.haveForms.contains(tokens[v].key)
                || ClauseWords.irregularPasts.contains(tokens[v].key)
            {
                return p
            }
        }
        return nil
    }
}

extension QuoteAttributor {
    /// Settles what a sentence's roles say about quoted words no cue attributes, once every
    /// quotation has its attribution: a passive subject or a passive name gives no speaker, and
    /// the subject after an opening participial phrase speaks the words inside it.
    mutating func settleSubjectRoles() {
        for p in paragraphs.indices where paragraphs[p].speakersAllowed {
            let para = paragraphs[p]
            guard !para.quoteTokens.isEmpty else { continue }
            let attributor = ParagraphAttributor(tokens: para.tokens, scalars: scalars)
            for (q, i) in para.quoteTokens where !excluded[i] {
                let a = attributions[i]
                let floor = attributor.sentenceStart(q)
                // The subject read inside the opening phrase, or none: the main clause's subject.
                let inside = a.map { $0.source == .sentenceSubject && $0.speaker.lowerBound >= para.tokens[floor].start && $0.speaker.upperBound <= para.tokens[q].start }
                if inside ?? cueContext[i].inSentence,
                    Self.openingParticipleGivesSubject, let p = attributor.subjectAfterOpeningParticiple(q)
                {
                    let b = attributor.attribution(p, cue: nil, source: .sentenceSubject)
                    if isAgent(b) {
                        attributions[i] = b
                        continue
                    }
                }
                guard let a else { continue }
                if Self.passiveSubjectSaysNothing, a.source == .sentenceSubject, attributor.subjectUndergoesPassive(a, quote: q) {
                    unspoken[i] = true
                } else if Self.passiveNameIsNobodys, !QuoteClassifier.isCued(a) || a.source == .cueBefore, attributor.namedInPassive(q) {
                    unspoken[i] = true
                }
            }
        }
    }

    /// Whether the subject after an opening participial phrase speaks quoted words inside it.
    static let openingParticipleGivesSubject = true
    /// Whether a passive subject gives quoted words after its verb no speaker.
    static let passiveSubjectSaysNothing = true
    /// Whether quoted words a passive names (`are considered the "…"`) get no speaker.
    static let passiveNameIsNobodys = true
}
