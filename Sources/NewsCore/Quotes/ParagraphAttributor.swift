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

    /// Whether the cue at scalar range `cue` is an `-ing` participle (`Asking`), no finite verb.
    func isParticipleCue(at cue: Range<Int>) -> Bool {
        guard let v = tokenIndex(startingAt: cue.lowerBound) else { return false }
        return tokens[v].kind == .word && reader.isParticiple(v)
    }

    /// The index of the token that starts at scalar offset `start`, if one does.
    ///
    /// Tokens are in text order, so this is a binary search: a linear scan here, once per
    /// quotation, made a long paragraph full of quotations quadratic (a 3 MB one-line file took
    /// half a minute, a 50 MB one hours).
    func tokenIndex(startingAt start: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].start == start ? low : nil
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
    ///
    /// A clause that closes the sentence (`…, the paper reported.`, `…, according to the paper.`)
    /// is the outermost source and wins; then a cue clause right after the quotation; then the
    /// outermost cue before it.
    func attribute(quoteAt q: Int) -> Attribution? {
        if Self.namedWhatOwnsItsWords, let a = namedWhat(q) { return a }
        if let a = laterInSentence(q) { return a }
        // An apposition after the words (`"…," a website linked to …`) gives way to any cue before them.
        let following = after(q).flatMap { opensNextQuotation($0, after: q) ? nil : $0 }
        if let a = following, !a.unspoken { return cueInOpeningClause(q, over: a) ?? a }
        if Self.speechNounClauseOutranksCue, let a = ownerOfSpeechNoun(q, thatClauseOnly: true) { return a }
        if let a = before(q) { return a }
        if let a = ownerOfSpeechNoun(q) { return a }
        return following
    }

    /// `under what Mr. Ode called "…," the club charged …`: a name between `what` and the cue right
    /// before the quoted words is their speaker, whatever clause comes after them.
    func namedWhat(_ q: Int) -> Attribution? {
        var v = q - 1
        if v > 0, tokens[v].kind == .word, tokens[v].key == QuoteWords.asKey { v -= 1 }
        guard v > 1, reader.isCue(v), isReportingVerb(v), let p = reader.subject(ofCue: v, floor: sentenceStart(q)), p.kind == .name,
            p.tokens.upperBound == v, p.tokens.lowerBound > 0, tokens[p.tokens.lowerBound - 1].kind == .word,
            tokens[p.tokens.lowerBound - 1].key == QuoteWords.whatKey
        else { return nil }
        return attribution(p, cue: v, source: .cueBefore)
    }

    /// Whether `what Ode called "…"` outranks a cue clause after the quotation.
    static let namedWhatOwnsItsWords = true

    /// `Ode's claim that "…"`, `her remark that "…"`: with no cue verb, quoted words inside the
    /// complement of a noun of saying belong to the noun's owner. The nearest such noun before the
    /// quotation in its sentence decides; another quotation or a cue verb on the way stops the search.
    ///
    /// With `thatClauseOnly`, only a noun whose `that` clause holds the quotation counts (`Ode's
    /// claim that the plan "…"`), and then a cue verb earlier in the sentence does not take the
    /// words: `Ilo mocked Ode's claim that the plan "…"` quotes Ode's claim, not Ilo.
    func ownerOfSpeechNoun(_ q: Int, thatClauseOnly: Bool = false) -> Attribution? {
        let floor = sentenceStart(q)
        var k = q - 1
        while k >= floor, q - k <= 30 {
            let t = tokens[k]
            // Another quotation, a clause break or a cue verb on the way: the words are not the noun's.
            if t.kind == .quote || t.isClauseBreak || reader.isCue(k) { return nil }
            if t.kind == .word, !t.capitalised, SpeechVerbs.speechNouns.contains(t.key) {
                if thatClauseOnly {
                    // The quotation inside the clause, not the predicate after it: `Ilo's claim that the
                    // plan is unfair is "nonsense"` quotes whoever calls the claim nonsense.
                    guard let that = thatClause(afterNoun: k, before: q) else { return nil }
                    var beForms = 0
                    for j in (that + 1)..<q where tokens[j].kind == .word && ClauseWords.beForms.contains(tokens[j].key) { beForms += 1 }
                    guard beForms < 2 else { return nil }
                } else if (floor..<k).contains(where: { reader.isCue($0) && isReportingVerb($0) }) {
                    // A cue verb earlier in the sentence governs the noun (`Ode called Ilo's remarks "…"`).
                    return nil
                }
                // Up to two modifiers between owner and noun: `Mr. Ode's careless suggestion`.
                var j = k - 1
                var modifiers = 0
                while j >= floor, modifiers < 2, tokens[j].kind == .word, !tokens[j].capitalised,
                    !Pronouns.possessiveDeterminers.contains(tokens[j].key), !FunctionWords.determiners.contains(tokens[j].key),
                    !FunctionWords.sentenceOpeners.contains(tokens[j].key)
                {
                    j -= 1
                    modifiers += 1
                }
                guard j >= floor else { return nil }
                // (A pronoun owner under an outer cue is most often its subject, named there: `Ode
                // repeated her claim that "…"`; only a named owner outranks the cue.)
                if !thatClauseOnly, tokens[j].kind == .word, Pronouns.possessiveDeterminers.contains(tokens[j].key) {
                    let owner = SpeakerPhrase(tokens: j..<(j + 1), head: j..<(j + 1), kind: .pronoun)
                    return attribution(owner, cue: k, source: .cueBefore)
                }
                if tokens[j].kind == .possessive, let owner = reader.phrase(endingAt: j - 1, floor: floor),
                    owner.kind == .name || owner.kind == .nominal
                {
                    return attribution(owner, cue: k, source: .cueBefore)
                }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// The `that` opening a clause the noun at `k` takes before token `q`: right after it, or
    /// after a short phrase a preposition opens (`her statement on Wednesday that`).
    func thatClause(afterNoun k: Int, before q: Int) -> Int? {
        var j = k + 1
        // `that` right after the noun, or after a phrase that a preposition opens (no verb in it:
        // `his comments were mischaracterized and that …` is another clause).
        if j < q, tokens[j].kind == .word, !tokens[j].capitalised, tokens[j].key != QuoteWords.thatKey {
            guard FunctionWords.prepositions.contains(tokens[j].key) else { return nil }
            j += 1
        }
        while j < q, j - k <= 7 {
            let t = tokens[j]
            guard t.kind == .word || t.kind == .number else { return nil }
            if t.key == QuoteWords.thatKey, !t.capitalised { return j }
            if !t.capitalised, reader.isVerbForm(j) || ClauseWords.beForms.contains(t.key) { return nil }
            j += 1
        }
        return nil
    }

    /// Whether a speech noun's `that` clause outranks an earlier cue verb.
    static let speechNounClauseOutranksCue = true

    /// The quotation's own last character (or the token after it) is a comma, question or
    /// exclamation mark or a dash: the shape of `"…," she said` rather than of quoted words.
    func endsLikeAttributed(_ q: Int) -> Bool {
        if q + 1 < tokens.count, tokens[q + 1].isPunct(",") || tokens[q + 1].isDash { return true }
        var j = tokens[q].end - 1
        while j > tokens[q].start, QuoteMarks.isAnyMark(scalars[j]) || QuoteMarks.isSpace(scalars[j]) { j -= 1 }
        let c = scalars[j]
        return c == "," || c == "?" || c == "!" || c == "\u{2014}" || c == "-"
    }

    /// The quoted words end in a letter or a digit, with no punctuation: a phrase of the
    /// narrative's (`the "positive campaign" the party hoped for`), not an utterance.
    func endsBare(_ q: Int) -> Bool {
        if endsLikeAttributed(q) { return false }
        var j = tokens[q].end - 1
        while j > tokens[q].start, QuoteMarks.isAnyMark(scalars[j]) || QuoteMarks.isSpace(scalars[j]) { j -= 1 }
        return QuoteMarks.isWordScalar(scalars[j])
    }

    /// A passive participle stands before quotation `q`: `called "…" by`, `described as "…" by`.
    func passiveBefore(_ q: Int) -> Bool {
        var k = q - 1
        // `branded a "…" by MPs`, `labelled as a "…" by critics` (the article stands next to the words)
        if k >= 0, tokens[k].kind == .word, !tokens[k].capitalised, FunctionWords.articles.contains(tokens[k].key) { k -= 1 }
        if k >= 0, tokens[k].kind == .word, tokens[k].key == QuoteWords.asKey { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, !tokens[k].capitalised else { return false }
        let t = tokens[k]
        return t.end - t.start > 3 && scalars[t.end - 2] == "e" && scalars[t.end - 1] == "d" || SpeechVerbs.pastForms.contains(t.key)
    }

    /// Token `k` ends the phrase before it: punctuation, the paragraph end, or a short tail.
    func endsClause(_ k: Int) -> Bool {
        guard k < tokens.count else { return true }
        let t = tokens[k]
        if t.kind == .punct || t.kind == .quote { return true }
        // `said one official involved in the talks`: a participle opens a reduced relative clause.
        return t.kind == .word && (ClauseWords.tailStarters.contains(t.key) || !t.capitalised && reader.isVerbForm(k))
    }

    /// Words that may stand between a quotation's comma and its speaker: roles (`campaign
    /// spokesman Ada Ode said`), but no conjunction, preposition or verb.
    func onlyRoleWords(_ range: Range<Int>) -> Bool {
        for k in range {
            let t = tokens[k]
            // `organizing director for Fight for $15 Ada Ode said`: numbers and their signs belong to names.
            if t.kind == .number || t.kind == .punct && (t.scalar == "$" || t.scalar == "&" || t.scalar == "-") { continue }
            // `the economist Ada Ode said`: an article may open the role.
            if k == range.lowerBound, t.kind == .word, !t.capitalised, FunctionWords.articles.contains(t.key),
                k + 1 < range.upperBound, tokens[k + 1].kind == .word, !tokens[k + 1].capitalised
            {
                continue
            }
            // `former Tara B. Ilo aide Ada Ode`: the full stop of an initial or an abbreviation.
            if t.isPunct("."), k > range.lowerBound, tokens[k - 1].kind == .word, tokens[k - 1].capitalised,
                tokens[k - 1].end - tokens[k - 1].start == 1 || Abbreviations.all.contains(tokens[k - 1].key)
            {
                continue
            }
            if t.kind == .word, !t.capitalised, t.key == QuoteWords.forKey || t.key == QuoteWords.ofKey { continue }
            // `…," including provisions he said …`: a preposition opens a phrase of its own.
            if Self.noPrepositionBeforeSpeaker, t.kind == .word, !t.capitalised,
                FunctionWords.prepositions.contains(t.key) || t.key == QuoteWords.includingKey
            {
                return false
            }
            guard t.kind == .word || t.kind == .possessive else { return false }
            if t.kind == .word, FunctionWords.sentenceOpeners.contains(t.key) || ClauseWords.introductoryWords.contains(t.key)
                || ClauseWords.clauseWords.contains(t.key) || reader.isCue(k), !functionWordInsideName(k, in: range)
            {
                return false
            }
        }
        return true
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
                    return attribution(p, cue: nil, source: .cueAfter)
                }
            }
        }
        if tokens[i].isPunct(",") || tokens[i].isDash { i += 1 }
        guard i < tokens.count, !tokens[i].sentenceStart || !tokens[i].capitalised || tokens[q + 1].isPunct(",") else { return nil }
        let end = sentenceEnd(q)
        let limit = min(end, i + 40)
        // `according to the council`
        if i + 1 < limit, tokens[i].key == Self.according, tokens[i + 1].key == Self.to,
            let p = reader.phrase(startingAt: i + 2, ceiling: end)
        {
            return attribution(p, cue: i, source: .cueAfter)
        }
        // `said Ms Ode` / `said the mayor`
        // Right after the quotation any cue may invert (`"…," exhorted the host`).
        if reader.isCue(i) || reader.looksLikeVerb(i) && reader.isVerbForm(i), !reader.isParticiple(i), endsLikeAttributed(q),
            let p = reader.phrase(startingAt: i + 1, ceiling: end, afterCue: true), p.kind != .relative, endsClause(p.tokens.upperBound),
            !thingWithPlainVerb(p, verb: i)
        {
            return attribution(p, cue: i, source: .cueAfter)
        }
        // `called "…" by Ada Ode`: the agent of a passive.
        if tokens[i].key == QuoteWords.byKey, tokens[i].kind == .word, q > 0, passiveBefore(q),
            let p = reader.phrase(startingAt: i + 1, ceiling: end), p.kind == .name || p.kind == .nominal
        {
            return attribution(p, cue: i, source: .cueAfter)
        }
        // `"…," Ode barked`: after a quotation that ends in a comma, a name or pronoun and then any
        // verb-like word is an attribution.
        if endsLikeAttributed(q), let p = reader.phrase(startingAt: i, ceiling: end), p.kind != .relative, p.tokens.lowerBound == i,
            p.kind != .nominal || FunctionWords.determiners.contains(tokens[i].key)
        {
            var v = p.tokens.upperBound
            while v < end, reader.isIntervener(v) { v += 1 }
            if v < end, tokens[v].kind == .word, !tokens[v].capitalised, reader.looksLikeVerb(v) || SpeechVerbs.irregularPast.contains(tokens[v].key)
                && v + 1 < end && SpeechVerbs.particles.contains(tokens[v + 1].key)
            {
                var a = attribution(p, cue: v, source: .cueAfter)
                // Kept, but speaking for no one, when the phrase describes the quoted words: a cue
                // elsewhere in the sentence may still give the speaker (`attribute(quoteAt:)`).
                a.unspoken = describesQuotedWords(p, verb: v) || thingWithPlainVerb(p, verb: v)
                return a
            }
        }
        // `"… too" Ode said after the event.`: a quotation that opens its sentence, then a name
        // and a past verb of saying, is attributed even when the comma inside it was left out.
        // (`the "harbour plan" Ode drew up` has the quoted words inside a sentence of narrative.)
        if endsBare(q), sentenceStart(q) == q, let p = reader.phrase(startingAt: i, ceiling: end), p.kind == .name, p.tokens.lowerBound == i {
            var v = p.tokens.upperBound
            while v < end, reader.isIntervener(v) { v += 1 }
            // The cue closes its clause or goes on with where and when (`said after the meeting`);
            // with words it reports (`Ode said fares would rise`) it opens a sentence of its own.
            if v < end, reader.isCue(v), SpeechVerbs.pastForms.contains(tokens[v].key),
                v + 1 == end || tokens[v + 1].kind == .punct
                    || tokens[v + 1].kind == .word
                        && (ClauseWords.introductoryWords.contains(tokens[v + 1].key) || CalendarWords.weekdays.contains(tokens[v + 1].key))
            {
                return attribution(p, cue: v, source: .cueAfter)
            }
        }
        // `Ms Ode said`, `Ada Ode, the council leader, said`
        var v = i
        while v < limit {
            if tokens[v].kind == .quote { break }
            // `an aide, who asked not to be named, said`: cue words inside a relative
            // clause set off by commas are not the attribution's.
            if tokens[v].isPunct(","), v + 1 < limit, tokens[v + 1].kind == .word, tokens[v + 1].key == QuoteWords.whoKey || tokens[v + 1].key == QuoteWords.whichKey {
                var c = v + 2
                while c < limit, !tokens[c].isPunct(","), tokens[c].kind != .quote { c += 1 }
                if c < limit, tokens[c].isPunct(",") {
                    v = c + 1
                    continue
                }
            }
            if reader.isCue(v), v > i, !reader.isParticiple(v) {
                // `the "positive campaign" the party hoped to stage`: without a comma after the
                // quotation, a subject and cue that go on with a clause of their own describe it.
                if endsBare(q), !closes(v + 1, end) { break }
                if let p = reader.subject(ofCue: v, floor: i), p.tokens.lowerBound >= i,
                    onlyRoleWords(i..<p.tokens.lowerBound)
                {
                    if p.kind == .relative { return nil }
                    return attribution(p, cue: v, source: .cueAfter)
                }
                // `"…," Nate Silver, the polling guru who founded the site, tweeted`: a name right
                // after the quotation, and an apposition too long to read, before the cue.
                if endsLikeAttributed(q), let p = reader.phrase(startingAt: i, ceiling: v), p.kind == .name, p.tokens.lowerBound == i,
                    p.tokens.upperBound < v, tokens[p.tokens.upperBound].isPunct(","), v - p.tokens.upperBound <= 25,
                    !tokens[p.tokens.upperBound..<v].contains(where: { $0.kind == .quote })
                {
                    return attribution(p, cue: v, source: .cueAfter)
                }
                break
            }
            v += 1
        }
        return nil
    }

    /// `"…," a website linked to the group`, `"…" — a reaction to the bill being pushed`: an
    /// indefinite description right after quoted words is most often in apposition to them.
    /// It speaks only with a verb of saying (`"…," a spokesman said`) or when it names a person
    /// (`"…," an aide retorted`); otherwise its attribution gives no speaker (`Attribution.unspoken`).
    func describesQuotedWords(_ p: SpeakerPhrase, verb v: Int) -> Bool {
        let first = tokens[p.tokens.lowerBound]
        guard p.kind == .nominal, first.kind == .word, FunctionWords.indefiniteArticles.contains(first.key), !reader.isCue(v) else { return false }
        let head = tokens[p.head.upperBound - 1]
        // `"…," an angry Ode retorted`: a name or a person is a speaker whatever the verb.
        return !(head.kind == .word && (head.capitalised || PersonNouns.referringNouns.contains(head.key)))
    }

    // MARK: - Before the quotation

    /// Which cue wins when a sentence holds several before the quotation.
    static let preferOutermostCue = true

    /// Whether a sentence-opening participle of a cue verb opens an adverbial phrase.
    static let cueParticiplesOpen = true

    /// Whether a participle after an inverted attribution (`said Ode, adding`) takes its speaker.
    static let participleAfterInvertedCue = true

    /// Whether a preposition between a quotation and a cue stops the speaker search.
    static let noPrepositionBeforeSpeaker = true

    /// Whether a sentence whose subject is `it` and which has no cue gives no speaker by its subject.
    static let itSaysNothing = true

    func before(_ q: Int) -> Attribution? {
        let floor = sentenceStart(q)
        var found: Attribution? = nil
        // Cues inside an opening subordinate clause (`As the crowd cheered, …`) count only when
        // the main clause has none.
        let intro = subordinateClauseEnd(floor: floor, limit: q)
        var v = q - 1
        while v >= floor {
            if v < intro, found != nil { break }
            // Another quotation with its own cue clause ends the search for an outer cue; quoted
            // words inside a noun phrase (`speaking of the "…" the party hoped for`) do not.
            // (A quotation that ends like an utterance, `"…," Ilo replied "…"`, has its own cue.)
            if found != nil, tokens[v].kind == .quote, endsLikeAttributed(v) { break }
            // `… but the government said the project had "…"`: a conjunction opens a clause with a
            // speaker of its own, comma or not.
            if found != nil, tokens[v].kind == .word, !tokens[v].capitalised, ClauseWords.contrastConjunctions.contains(tokens[v].key) { break }
            // `…, though she said "…"`: a conjunction after a comma starts a clause of its own.
            if found != nil, v + 1 < q, tokens[v].isPunct(",") || tokens[v].isPunct(";"), tokens[v + 1].kind == .word,
                ClauseWords.clauseConjunctions.contains(tokens[v + 1].key)
            {
                break
            }
            // `a woman asked for a photo and Ode said, "…"`: `and` before a subject whose cue
            // introduces the quotation itself joins a clause of its own, which the cue before
            // `and` does not report.
            if let f = found, tokens[v].kind == .word, !tokens[v].capitalised, tokens[v].key == QuoteWords.andKey, v + 1 < q,
                tokens[v + 1].start == f.speaker.lowerBound, let c = f.cue, let ci = tokenIndex(startingAt: c.lowerBound),
                ci + 2 == q, tokens[ci + 1].isPunct(",") || tokens[ci + 1].isPunct(":")
            {
                break
            }
            // `Ilo accuses Ode of "…" and Ene says he is "…"`: `and` right before the subject of the
            // cue found joins a clause of its own (not two names: `Ilo and Ene said`), which a cue
            // before `and` does not report.
            if let f = found, f.kind == .name || f.kind == .pronoun, tokens[v].kind == .word, !tokens[v].capitalised,
                tokens[v].key == QuoteWords.andKey, v + 1 < q, v > floor, tokens[v + 1].start == f.speaker.lowerBound,
                !reader.isNameWord(v - 1), !reader.isPronoun(v - 1)
            {
                break
            }
            // `Ode said as the heckler yelled "…"`: a subordinate clause has its own speaker.
            if found != nil, tokens[v].kind == .word, !tokens[v].capitalised, ClauseWords.clauseSubordinators.contains(tokens[v].key),
                v == floor || tokens[v - 1].key != QuoteWords.suchKey
            {
                break
            }
            // `…, with many marchers chanting "…"`: the noun phrase after `with` is the subject of
            // the participle, and the clause is closed: no outer cue takes its words.
            if found == nil, let a = absoluteWith(v, quote: q, floor: floor) { return a }
            if let a = cueBefore(v, quote: q, floor: floor) {
                if found == nil {
                    found = a
                    if !Self.preferOutermostCue { return a }
                    // `Ilo praised Ada Ode, who has vowed to "…"`: a relative clause set off after a name
                    // speaks for the one it describes; a cue outside it does not report what the clause
                    // says. (`Ode told voters who asked …, that "…"`: a clause that only picks out its
                    // noun, with no comma, leaves the outer cue its speaker.)
                    if a.kind == .relative, let s = tokenIndex(startingAt: a.speaker.lowerBound), s - 2 >= floor,
                        tokens[s].key == QuoteWords.whoKey, tokens[s - 1].isPunct(","), reader.isNameWord(s - 2)
                    {
                        break
                    }
                    // `O'Malley interjected: "…"`, `Ode told the mayor: "…"`: a cue that introduces the
                    // quotation itself, with at most its object between, owns it.
                    if q - 1 > v, tokens[q - 1].isPunct(":"), q - 1 - v <= 5,
                        tokens[(v + 1)..<(q - 1)].allSatisfy({ $0.kind == .word && !SpeechVerbs.cues.contains($0.key) })
                    {
                        break
                    }
                    // `When Ode said …, a man yelled "…"`: a subject right after a comma opens the main
                    // clause, and what comes before it is another clause with its own cue.
                    // Not after `Ode said,` or `According to the paper,`, which govern what follows.
                    if a.kind != .relative, let s = tokenIndex(startingAt: a.speaker.lowerBound), s - 2 > floor,
                        s < v, tokens[s - 1].isPunct(","), !reader.isCue(s - 2),
                        !tokens[max(floor, s - 8)..<(s - 1)].contains(where: { $0.key == Self.according })
                    {
                        break
                    }
                } else if a.kind != .relative, isReportingVerb(v) || tokens[v].key == Self.to
                    // `…, adding that he did not think "…"`, `speaking of the "…" the party hoped for`:
                    // a participle of saying over the clause it reports.
                    || reader.isParticiple(v) && found!.kind != .name
                    // `Graham assures his audience he will tell the "…"`: a present form right after its subject.
                    || v > floor && (reader.isPronoun(v - 1) || reader.isNameWord(v - 1) && !tokens[v - 1].sentenceStart) && !tokens[v].capitalised,
                    !insideRelativeClause(a), !relays(outer: a, inner: found!, quote: q),
                    !(Self.contactRelativeKeepsItsCue && opensContactRelative(found!, outer: v)),
                    !(Self.subordinateCueReportsNothing && insideClosedSubordinateClause(v, before: found!, floor: floor))
                {
                    // An outer reporting verb (`Ode said Ilo called it "…"`) or `according to` is the
                    // source annotators credit.
                    found = a
                }
            }
            v -= 1
        }
        // `what he called "…"`: the quoted words belong to the sentence's subject, whom the pronoun
        // stands for; `what Ode called "…"` names its own speaker.
        if let a = found, let cue = a.cue, let c = tokenIndex(startingAt: cue.lowerBound),
            let s = tokenIndex(startingAt: a.speaker.lowerBound), s > floor, tokens[s - 1].key == QuoteWords.whatKey,
            c > s, a.kind == .pronoun, tokens[s].key != QuoteWords.itKey, let p = sentenceSubject(floor: floor, before: s - 1)
        {
            return attribution(p, cue: c, source: .cueBefore)
        }
        if found == nil, q - 1 >= floor, tokens[q - 1].isPunct(":"), let p = namedAfterDash(colon: q - 1, floor: floor) {
            // `STATE POLLS SHIFT - Ada Ode: "…"`: a name set off by a dash owns the colon, not the heading before it.
            return attribution(p, cue: nil, source: .cueBefore)
        }
        if found == nil, q - 1 >= floor, tokens[q - 1].isPunct(":"), let p = documentBeforeColon(q - 1, floor: floor) {
            return attribution(p, cue: nil, source: .cueBefore)
        }
        if found == nil, q - 1 >= floor, tokens[q - 1].isPunct(":"), let p = sentenceSubject(floor: floor, before: q - 1) {
            // `Ms Ode, in her reply: "…"`: a colon introduces the quotation without a cue word.
            return attribution(p, cue: nil, source: .cueBefore)
        }
        return found
    }

    /// The name (or two names joined by `and`) between a dash and the colon at `colon`:
    /// `… - Ada Ode: "…"`, `… - Ada Ode and Tam Ilo: "…"`. A heading before a dash is another
    /// sentence in all but punctuation, and its subject says nothing of the quotation.
    func namedAfterDash(colon: Int, floor: Int) -> SpeakerPhrase? {
        guard let p = reader.phrase(endingAt: colon - 1, floor: floor), p.kind == .name else { return nil }
        let before = p.tokens.lowerBound - 1
        guard before > floor else { return nil }
        if tokens[before].isDash { return p }
        guard tokens[before].kind == .word, tokens[before].key == QuoteWords.andKey, !tokens[before].capitalised,
            let first = reader.phrase(endingAt: before - 1, floor: floor), first.kind == .name,
            first.tokens.lowerBound - 1 > floor, tokens[first.tokens.lowerBound - 1].isDash
        else { return nil }
        return SpeakerPhrase(tokens: first.tokens.lowerBound..<p.tokens.upperBound, head: first.head, kind: .name)
    }

    /// `with Ada Ode telling reporters "…"`, `with one of her ads asking "…"`: in an absolute
    /// clause opened by `with`, the noun phrase right before the participle of saying is its subject.
    func absoluteWith(_ v: Int, quote q: Int, floor: Int) -> Attribution? {
        guard v - 2 >= floor, reader.isParticiple(v), reader.isCue(v) else { return nil }
        var w = v - 1
        while w > floor, v - w <= 8, tokens[w].kind == .word || tokens[w].kind == .possessive || tokens[w].kind == .number {
            if tokens[w].kind == .word, tokens[w].key == QuoteWords.withKey, !tokens[w].capitalised { break }
            w -= 1
        }
        guard w >= floor, tokens[w].kind == .word, tokens[w].key == QuoteWords.withKey, !tokens[w].capitalised, w + 1 < v,
            let p = reader.phrase(startingAt: w + 1, ceiling: v), p.kind != .relative, p.tokens.lowerBound == w + 1, p.tokens.upperBound == v
        else { return nil }
        return attribution(p, cue: v, source: .cueBefore)
    }

    /// Whether an outer cue only passes on what the inner one's speaker said: a book, a paper or
    /// a website reporting that a person said it (`Mr Peston's book claimed that Mr Brown told
    /// Mr Blair: "…"`). The person is the speaker.
    func relays(outer: Attribution, inner: Attribution, quote q: Int) -> Bool {
        guard outer.kind == .nominal || outer.kind == .relative, inner.kind == .name || inner.kind == .pronoun else { return false }
        // The inner cue introduces the quotation itself (`told Mr Blair: "…"`), or it hangs off a
        // clause that the outer cue reports (`reported that Beattie …, insisting "…"`).
        if q > 0, tokens[q - 1].isPunct(":") { return true }
        guard let c = inner.cue, let v = tokenIndex(startingAt: c.lowerBound) else { return false }
        return reader.isParticiple(v)
    }

    /// A cue that can only be a verb here and reports speech or belief: a past form, or an
    /// `-s` form of a verb of saying (`says`, `argues`), never a plural noun (`posts`, `remarks`).
    func isReportingVerb(_ v: Int) -> Bool {
        let t = tokens[v]
        if SpeechVerbs.pastForms.contains(t.key) || SpeechVerbs.reportingPresent.contains(t.key) { return true }
        return t.end - t.start > 3 && scalars[t.end - 2] == "e" && scalars[t.end - 1] == "d"
    }

    /// `after the interview concluded, Ode stated that "…"`: the cue at `v` is inside a clause that
    /// a subordinator opens and a comma closes before the inner cue's speaker, so it reports
    /// nothing of the main clause.
    func insideClosedSubordinateClause(_ v: Int, before inner: Attribution, floor: Int) -> Bool {
        guard let s = tokenIndex(startingAt: inner.speaker.lowerBound), s > v,
            tokens[(v + 1)..<s].contains(where: { $0.isPunct(",") })
        else { return false }
        var k = v - 1
        while k >= floor, !tokens[k].isClauseBreak, tokens[k].kind != .quote {
            if tokens[k].kind == .word, !tokens[k].capitalised || tokens[k].sentenceStart, ClauseWords.subordinators.contains(tokens[k].key) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Whether a cue inside a subordinate clause closed before the inner cue is no outer cue.
    static let subordinateCueReportsNothing = true

    /// `which friends described as …`: the speaker phrase follows a relative pronoun.
    func insideRelativeClause(_ a: Attribution) -> Bool {
        guard let s = tokenIndex(startingAt: a.speaker.lowerBound), s > 0 else { return false }
        let t = tokens[s - 1]
        return t.kind == .word && Pronouns.relatives.contains(t.key)
    }

    /// The comma that closes a sentence-opening subordinate clause, or `floor` when there is none.
    func subordinateClauseEnd(floor: Int, limit: Int) -> Int {
        var s = floor
        while s < limit, tokens[s].kind == .punct { s += 1 }
        guard s < limit, tokens[s].kind == .word else { return floor }
        var k = s
        if !ClauseWords.subordinators.contains(tokens[k].key) {
            // `Two weeks after …,` `Shortly after …,`
            guard k + 2 < limit, ClauseWords.subordinators.contains(tokens[k + 2].key) || ClauseWords.subordinators.contains(tokens[k + 1].key) else {
                return floor
            }
            k += 1
        }
        while k < limit, !tokens[k].isPunct(","), tokens[k].kind != .quote { k += 1 }
        return k < limit && tokens[k].isPunct(",") ? k : floor
    }

    /// The attribution that token `v` opens, if it is a cue before quotation `q`.
    func cueBefore(_ v: Int, quote q: Int, floor: Int) -> Attribution? {
        let t = tokens[v]
        if t.kind == .word, t.key == Self.to, v > floor, tokens[v - 1].key == Self.according,
            let p = reader.phrase(startingAt: v + 1, ceiling: q)
        {
            return attribution(p, cue: v - 1, source: .cueBefore)
        }
        // `in the words of one aide, "…"`
        if t.kind == .word, t.key == QuoteWords.wordsKey, v - 2 >= floor, tokens[v - 1].key == QuoteWords.theKey, tokens[v - 2].key == QuoteWords.inKey,
            v + 1 < q, tokens[v + 1].key == QuoteWords.ofKey, let p = reader.phrase(startingAt: v + 2, ceiling: q), p.kind != .relative
        {
            return attribution(p, cue: v, source: .cueBefore)
        }
        guard reader.isCue(v) else { return nil }
        if let a = passiveAsk(v, quote: q, floor: floor) { return a }
        // `after the winner was declared`: a passive names no speaker.
        if v > floor, tokens[v - 1].kind == .word, ClauseWords.beForms.contains(tokens[v - 1].key), isReportingVerb(v) { return nil }
        let afterComma = v == floor || tokens[v - 1].isPunct(",") || tokens[v - 1].kind == .quote
        let coordinated = v > floor && tokens[v - 1].kind == .word && (tokens[v - 1].key == QuoteWords.andKey || tokens[v - 1].key == QuoteWords.butKey)
        if reader.isParticiple(v), v > floor, tokens[v - 1].kind == .word, reader.isNameWord(v - 1) || reader.isPronoun(v - 1),
            let p = reader.phrase(endingAt: v - 1, floor: floor)
        {
            return attribution(p, cue: v, source: .cueBefore)
        }
        // `AP quoted prosecutor Ada Ode as saying "…"`: a relay gives the one it quotes.
        if reader.isParticiple(v), v - 2 >= floor, tokens[v - 1].kind == .word, tokens[v - 1].key == QuoteWords.asKey,
            let quoted = (floor..<(v - 1)).last(where: { tokens[$0].kind == .word && tokens[$0].key == QuoteWords.quotedKey }),
            let p = reader.phrase(startingAt: quoted + 1, ceiling: v - 1), p.kind == .name || p.kind == .nominal,
            p.tokens.upperBound == v - 1
        {
            return attribution(p, cue: v, source: .cueBefore)
        }
        if reader.isParticiple(v) || coordinated {
            // `reported that Ode, who …, insisting "…"`: the subject of the clause `that` opens.
            // But `Ode told the paper that Ilo "…," adding "…"`: when the clause holds quoted words and no
            // cue of its own, it is what the subject said, and the participle goes on with the subject.
            if reader.isParticiple(v), let that = (floor..<v).last(where: { tokens[$0].kind == .word && tokens[$0].key == QuoteWords.thatKey && !tokens[$0].capitalised }),
                let p = reader.phrase(startingAt: that + 1, ceiling: v), p.kind == .name || p.kind == .pronoun, p.tokens.lowerBound == that + 1,
                !Self.quotedClauseKeepsSubject || !quotedWithoutCue(that + 1..<v), !opensNounComplement(that)
            {
                return attribution(p, cue: v, source: .cueBefore)
            }
            // `…, adding "…"` and `before adding that "…"` belong to the sentence's subject.
            // `"…," said Mr. Ode, adding that …`: after an inverted attribution, its speaker.
            if Self.participleAfterInvertedCue, v - 2 > floor, tokens[v - 1].isPunct(","), let p = reader.phrase(endingAt: v - 2, floor: floor),
                p.kind == .name || p.kind == .nominal, p.tokens.lowerBound - 1 > floor, reader.isCue(p.tokens.lowerBound - 1),
                tokens[p.tokens.lowerBound - 2].isPunct(",") || tokens[p.tokens.lowerBound - 2].kind == .quote
            {
                return attribution(p, cue: v, source: .cueBefore)
            }
            guard let p = sentenceSubject(floor: floor, before: v) else { return nil }
            return attribution(p, cue: v, source: .cueBefore)
        }
        // `The paradox, says Ada Ode, a historian, is that "…"`: a cue set off by commas, its
        // speaker after it.
        if v > floor, tokens[v - 1].isPunct(","), isReportingVerb(v), SpeechVerbs.invertible.contains(t.key),
            let p = reader.phrase(startingAt: v + 1, ceiling: q),
            p.kind == .name || p.kind == .nominal, p.tokens.upperBound < q, tokens[p.tokens.upperBound].isPunct(",")
        {
            return attribution(p, cue: v, source: .cueBefore)
        }
        if let p = reader.subject(ofCue: v, floor: floor) {
            return attribution(p, cue: v, source: .cueBefore)
        }
        // `Said the mayor: "…"` or `…, said the mayor, "…"`: the speaker must run up to the quotation.
        if afterComma, let p = reader.phrase(startingAt: v + 1, ceiling: q), p.kind != .relative {
            var k = p.tokens.upperBound
            while k < q, tokens[k].kind == .punct { k += 1 }
            if k == q { return attribution(p, cue: v, source: .cueBefore) }
        }
        return nil
    }

    /// Whether a clause's tokens hold a quotation but no cue verb: `that Ilo "had a plan,"`.
    func quotedWithoutCue(_ range: Range<Int>) -> Bool {
        tokens[range].contains { $0.kind == .quote } && !range.contains { reader.isCue($0) && isReportingVerb($0) }
    }

    /// Whether a participle after a quoting that-clause keeps the sentence's subject.
    static let quotedClauseKeepsSubject = true

    // MARK: - Later in the sentence

    /// The clause that closes the quotation's sentence, when it is an attribution:
    /// `…, Ms Ode said.`, `…, said Ms Ode, the council leader.`, `…, according to the council.`
    /// Only a short tail (`on Friday`, `in a statement`) may follow the cue.
    func laterInSentence(_ q: Int) -> Attribution? {
        closingClause(after: q, end: sentenceEnd(q))
    }

    /// The attribution clause that ends the sentence running from after token `q` to `end`.
    func closingClause(after q: Int, end: Int) -> Attribution? {
        guard end > q + 2 else { return nil }
        // Find the last comma (or the quotation itself) after which the closing clause starts.
        var c = end - 1
        while c > q, !tokens[c].isPunct(","), tokens[c].kind != .quote { c -= 1 }
        guard c > q || q >= 0 && tokens[c].kind == .quote else { return nil }
        // Commas inside the closing clause (an appositive) move the start further left.
        var starts: [Int] = [c]
        var k = c - 1
        while k > q, starts.count < 7 {
            if tokens[k].isPunct(",") { starts.append(k) }
            if tokens[k].kind == .quote { break }
            k -= 1
        }
        if tokens[starts.last!].kind != .quote, k == q || q < 0 || tokens[q].kind != .quote {
            starts.append(q)
        } else if tokens[starts.last!].kind != .quote, k > q, tokens[k].kind == .quote {
            // `"…" and "…," Ada Ode, the chair, said.`: a later quotation before the clause opens it,
            // as it does for that quotation; the appositive after the name is no clause of its own.
            starts.append(k)
        }
        // Earliest start first: `"…," Ada Ode, the council's leader, said.` is one clause.
        for c in starts.reversed() where c + 1 < end {
            var i = c + 1
            // A stray mark after the comma (`…,” he said`) is not part of the clause.
            while i < end, tokens[i].kind == .punct, QuoteMarks.isAnyMark(tokens[i].scalar) { i += 1 }
            guard i < end else { continue }
            if tokens[i].key == Self.according, i + 1 < end, tokens[i + 1].key == Self.to,
                let p = reader.phrase(startingAt: i + 2, ceiling: end), closes(p.tokens.upperBound, end)
            {
                return attribution(p, cue: i, source: .cueLaterInSentence)
            }
            if reader.isCue(i), SpeechVerbs.invertible.contains(tokens[i].key),
                let p = reader.phrase(startingAt: i + 1, ceiling: end, afterCue: true), p.kind != .relative,
                closes(p.tokens.upperBound, end)
            {
                return attribution(p, cue: i, source: .cueLaterInSentence)
            }
            var v = i + 1
            while v < min(end, i + 40) {
                if reader.isCue(v), !reader.isParticiple(v) {
                    // `…, as a memo put it.`: `as` may open the closing clause.
                    let from = tokens[i].kind == .word && tokens[i].key == QuoteWords.asKey && !tokens[i].capitalised
                        && (SpeechVerbs.invertible.contains(tokens[v].key) || tokens[v].key == QuoteWords.putKey) ? i + 1 : i
                    if let p = reader.subject(ofCue: v, floor: i), p.kind != .relative, p.tokens.lowerBound >= from,
                        onlyRoleWords(from..<p.tokens.lowerBound), closes(v + 1, end)
                    {
                        return attribution(p, cue: v, source: .cueLaterInSentence)
                    }
                    break
                }
                v += 1
            }
        }
        return nil
    }

    /// Whether the tokens from `k` to the sentence end are a short tail: `on Friday`, `in a
    /// statement`, `told reporters` — no further clause, no quotation.
    func closes(_ k: Int, _ end: Int) -> Bool {
        // Nothing left (the speaker ends the text): an empty tail closes.
        guard k < end else { return true }
        // An appositive may follow the speaker: `…, says Ada Ode, a consultant with Ode & Co.`
        let appositive = tokens[k].isPunct(",")
        if tokens[k..<end].contains(where: { $0.kind == .quote }) { return false }
        // `…, said Ada Ode, director of a union that endorsed Ilo.`: a relative clause inside the
        // appositive belongs to it; only the words before it count. (A lone comma ending the
        // text has no words after it.)
        var stop = end
        if appositive, k + 2 < end, let r = (k + 2..<end).first(where: { tokens[$0].kind == .word && Pronouns.relatives.contains(tokens[$0].key) && tokens[$0 - 1].kind == .word }) {
            stop = r
        }
        guard stop - k <= (appositive ? 25 : 7) else { return false }
        for j in k..<stop {
            let t = tokens[j]
            if t.kind == .quote { return false }
            if t.kind == .punct, t.scalar != "." && t.scalar != "," && t.scalar != "!" && t.scalar != "?" && t.scalar != "(" && t.scalar != ")" && t.scalar != "-" { return false }
            if t.kind == .word, t.key == QuoteWords.thatKey || reader.isCue(j) && j > k { return false }
            // A finite verb in the tail starts a clause of its own: `…, an aide said the cases were different.`
            if t.kind == .word, ClauseWords.beForms.contains(t.key) || ClauseWords.haveForms.contains(t.key) { return false }
        }
        return true
    }

    // MARK: - Sentence subject

    /// The subject of the sentence starting at `floor`: the first phrase after an introductory
    /// phrase (`In a statement, …`) and any leading quotation.
    func sentenceSubject(floor: Int, before limit: Int) -> SpeakerPhrase? {
        var s = floor
        if floor == 0 { s = datelineEnd(limit: limit) }
        while s < limit, tokens[s].kind == .quote || tokens[s].kind == .punct { s += 1 }
        guard s < limit else { return nil }
        // (`Continuing to explain …,`, `Adding,`: a participle opens no clause of its own, cue or not.)
        let participialOpening = tokens[s].kind == .word && tokens[s].capitalised && (!reader.isCue(s) || Self.cueParticiplesOpen && reader.isParticiple(s))
            && (reader.isVerbForm(s) || scalars[tokens[s].end - 1] == "y" && scalars[tokens[s].end - 2] == "l") && !opensWithGivenName(s)
            || tokens[s].kind == .number
        // `Yet she didn't …`: a lone sentence adverb before a pronoun or name and its verb.
        if tokens[s].kind == .word, ClauseWords.sentenceAdverbs.contains(tokens[s].key), s + 2 < limit,
            let p = reader.phrase(startingAt: s + 1, ceiling: limit), p.kind == .pronoun || p.kind == .name, p.tokens.lowerBound == s + 1,
            p.tokens.upperBound < limit, reader.isIntervener(p.tokens.upperBound) || reader.looksLikeVerb(p.tokens.upperBound)
                // `Then he cut into …`: after a subject pronoun, any lower-case word is its verb.
                || p.kind == .pronoun && tokens[p.tokens.upperBound].kind == .word && !tokens[p.tokens.upperBound].capitalised
        {
            s += 1
        } else if tokens[s].kind == .word && ClauseWords.introductoryWords.contains(tokens[s].key) || participialOpening {
            // Skip to the comma that ends the introductory phrase; a lone `And`, `But`, `Then` goes alone.
            var c = s + 1
            while c < limit, !tokens[c].isPunct(","), c - s < 14 { c += 1 }
            if c < limit, tokens[c].isPunct(",") {
                s = afterPlaceAbbreviation(c + 1, limit: limit)
            } else if ClauseWords.sentenceAdverbs.contains(tokens[s].key) {
                s += 1
            } else {
                return nil
            }
        }
        // `But it was Mr Milburn who took centre stage, speaking of …`: a cleft sentence's focus.
        if s + 3 < limit, tokens[s].kind == .word, tokens[s].key == QuoteWords.itKey, ClauseWords.beForms.contains(tokens[s + 1].key),
            let focus = reader.phrase(startingAt: s + 2, ceiling: limit), focus.kind == .name, focus.tokens.lowerBound == s + 2,
            focus.tokens.upperBound < limit, tokens[focus.tokens.upperBound].key == QuoteWords.whoKey
        {
            return focus
        }
        let first = reader.phrase(startingAt: s, ceiling: limit)
        // The noun phrase is the subject: a description, which the quotation's kind and speaker then
        // weigh like any other (`Ferry owners`, a group of people, may speak; `Good timetables` never).
        if let f = first, f.kind == .name, f.tokens == s..<(s + 1), modifiesCommonNoun(s, limit: limit) {
            return SpeakerPhrase(tokens: s..<(s + 2), head: (s + 1)..<(s + 2), kind: .nominal)
        }
        // `Hours later, she …`, `Outside the campaign, aides …`: a phrase that a comma closes
        // without a verb is an opening adverbial; the subject follows the comma.
        if first == nil || first!.kind == .nominal || first!.kind == .name && first!.tokens.count == 1 {
            var c = first?.tokens.upperBound ?? s
            // (a word in -s after a determiner is a plural noun: `Twelve days later,`)
            while c < limit, c - s < 8, !tokens[c].isPunct(","), !tokens[c].isClauseBreak,
                !(tokens[c].kind == .word && reader.looksLikeVerb(c) && !(c > floor && FunctionWords.determiners.contains(tokens[c - 1].key)))
            {
                c += 1
            }
            // Up to three commas on: `The day before, at a rally in Concord, N.H., Ada Ode held …`.
            var commas = 0
            while c + 1 < limit, tokens[c].isPunct(","), commas < 3 {
                commas += 1
                if let next = reader.phrase(startingAt: c + 1, ceiling: limit), next.kind != .relative {
                    var v = next.tokens.upperBound
                    // `Senator Ada Ode of Oregon endorsed …`: where a person is from belongs to the name.
                    if next.kind == .name, v + 1 < limit, tokens[v].kind == .word, tokens[v].key == QuoteWords.ofKey, tokens[v + 1].capitalised {
                        v += 1
                        while v < limit, tokens[v].kind == .word, tokens[v].capitalised { v += 1 }
                    }
                    while v < limit, reader.isIntervener(v) { v += 1 }
                    if v < limit, tokens[v].kind == .word, reader.looksLikeVerb(v) { return next }
                }
                c += 1
                while c < limit, c - s < 30, !tokens[c].isPunct(","), !tokens[c].isClauseBreak { c += 1 }
            }
        }
        guard let p = first, p.kind != .relative else { return nil }
        return p
    }

    /// `Good information can still …`, `Ode supporters have long …`: a lone capitalised word, then a
    /// lower-case word that is no verb, adverb or function word, then an auxiliary, is an adjective
    /// or a name modifying a common noun, and that noun phrase is the subject: the capitalised word
    /// alone is no one. (A name's own verb stands right after it: `Ode still has`, `Ode has`.)
    func modifiesCommonNoun(_ s: Int, limit: Int) -> Bool {
        guard s + 2 < limit else { return false }
        let noun = tokens[s + 1]
        let auxiliary = tokens[s + 2]
        guard noun.kind == .word, !noun.capitalised, noun.end - noun.start > 2, auxiliary.kind == .word, !auxiliary.capitalised,
            ClauseWords.haveForms.contains(auxiliary.key) || ClauseWords.beForms.contains(auxiliary.key)
        else { return false }
        return !reader.isIntervener(s + 1) && !reader.isPronoun(s + 1) && !reader.isVerbForm(s + 1) && !SpeechVerbs.cues.contains(noun.key)
            && !FunctionWords.closedClass.contains(noun.key) && !FunctionWords.determiners.contains(noun.key)
            && !FunctionWords.prepositions.contains(noun.key) && !FunctionWords.sentenceOpeners.contains(noun.key)
    }

    /// Where the text starts after a dateline that opens the paragraph: `MERROWICK, Ore. —`,
    /// `MERROWICK, May 3 (Reuters) —`, `Merrowick (AP) –`. A dateline names where the story was
    /// filed, never who speaks, so the sentence's subject comes after its dash. Returns 0 when
    /// the paragraph opens with no dateline.
    func datelineEnd(limit: Int) -> Int {
        guard limit > 2, tokens[0].kind == .word, tokens[0].capitalised else { return 0 }
        // The place, up to its comma, bracket or dash: in capitals (`LA CROSSE`, `ST. PAUL`), or
        // else followed by an agency in brackets (`Merrowick (AP) –`). `DJ Ada Ode - aka …` is a name.
        var k = 0
        var capitals = true
        while k < limit, tokens[k].kind == .word || tokens[k].isPunct(".") {
            if tokens[k].kind == .word, scalars[tokens[k].start..<tokens[k].end].contains(where: ScalarClass.isLower) { capitals = false }
            k += 1
        }
        var agency = false
        var bracket: Int? = nil
        while k < min(limit, 14) {
            let t = tokens[k]
            if t.isDash { return capitals || agency ? k + 1 : 0 }
            if t.kind == .quote { return 0 }
            if t.isPunct("(") { bracket = k }
            // An agency in brackets: a known one, or an initialism (`(UPI)`).
            if t.isPunct(")"), let open = bracket, k - open >= 2 {
                let inside = tokens[open + 1].start..<tokens[k - 1].end
                agency = NewsAgencies.names.contains(WordKey(scalars, inside))
                    || k - open == 2 && !scalars[inside].contains(where: ScalarClass.isLower)
            }
            // Only the words of a place, a date and an agency: capitalised words, numbers, stops,
            // commas and brackets; a word in lower case is a sentence already.
            if t.kind == .word, !t.capitalised { return 0 }
            if t.kind == .punct, !(t.scalar == "," || t.scalar == "." || t.scalar == "(" || t.scalar == ")") { return 0 }
            k += 1
        }
        return 0
    }

    /// Past a state's or region's abbreviation that follows a city's name (`in Merrowick, Ore.,
    /// Ode said`): the words after the comma still belong to the place, and are no subject.
    func afterPlaceAbbreviation(_ s: Int, limit: Int) -> Int {
        guard s + 2 < limit, tokens[s].kind == .word, tokens[s].capitalised, tokens[s + 1].isPunct("."), tokens[s + 2].isPunct(",") else {
            return s
        }
        let dotted = scalars[tokens[s].start..<tokens[s].end].contains(".")
        return dotted || Abbreviations.states.contains(tokens[s].key) ? s + 3 : s
    }

    /// The subject of the sentence holding token `k`, for quotations with no cue at all.
    func subjectOfSentence(holding k: Int) -> Attribution? {
        var floor = sentenceStart(k)
        var limit = k
        if floor == k {
            // A quotation that is a sentence of its own follows the sentence that introduced it:
            // its closing attribution (`…, Ode said.`) or else its subject.
            guard k > 0 else { return nil }
            limit = k - 1
            floor = sentenceStart(limit)
            if let a = closingClause(after: floor - 1, end: k) {
                return Attribution(speaker: a.speaker, head: a.head, kind: a.kind, cue: a.cue, source: .sentenceSubject)
            }
        }
        guard floor < limit, let p = sentenceSubject(floor: floor, before: limit) else { return nil }
        if Self.itSaysNothing, isPlaceholderIt(p, before: k) {
            return extraposedSubject(p, before: k).map { attribution($0, cue: nil, source: .sentenceSubject) }
        }
        return attribution(p, cue: nil, source: .sentenceSubject)
    }

    /// Whether the subject of the sentence holding quotation token `q` takes a past modal as its
    /// verb (`The council would "…"`): reported speech with its tense shifted back.
    func subjectTakesBackshiftedModal(holding q: Int) -> Bool {
        let floor = sentenceStart(q)
        guard floor < q, let p = sentenceSubject(floor: floor, before: q) else { return false }
        let v = p.tokens.upperBound
        return v < q && tokens[v].kind == .word && !tokens[v].capitalised && ClauseWords.backshiftedModals.contains(tokens[v].key)
    }

    /// `It has not helped that her campaign has cycled through "…"`: after a placeholder `it`,
    /// the clause that `that` opens is the real subject, and its own subject, followed by its
    /// verb, is who the sentence is about.
    func extraposedSubject(_ it: SpeakerPhrase, before k: Int) -> SpeakerPhrase? {
        guard let that = (it.tokens.upperBound..<k).first(where: { tokens[$0].kind == .word && tokens[$0].key == QuoteWords.thatKey }),
            let p = reader.phrase(startingAt: that + 1, ceiling: k), p.tokens.lowerBound == that + 1, p.kind != .relative
        else { return nil }
        let v = p.tokens.upperBound
        guard v < k, reader.isIntervener(v) || reader.looksLikeVerb(v) else { return nil }
        return p
    }

    /// `It was Ode's rejection of "…"`, `It has not helped that her campaign …`: `it` and a form of
    /// `be` or `have`, then an owner's `'s` or a `that` clause before the quoted words, is a
    /// placeholder for what follows, and says nothing; someone named nearer the words may. (`It
    /// joined the lawsuit alleging "…"`: an `it` that acts is the organisation it stands for.)
    func isPlaceholderIt(_ p: SpeakerPhrase, before k: Int) -> Bool {
        let s = p.tokens.lowerBound
        guard p.kind == .pronoun, tokens[s].key == QuoteWords.itKey, s + 1 < k else { return false }
        let verb = tokens[s + 1]
        guard verb.kind == .possessive || verb.kind == .word && (ClauseWords.beForms.contains(verb.key) || ClauseWords.haveForms.contains(verb.key)) else {
            return false
        }
        return tokens[(s + 2)..<k].contains { $0.kind == .possessive || $0.kind == .word && $0.key == QuoteWords.thatKey }
    }

    /// For a quotation that opens its sentence: the speaker of a cue in the sentence just before,
    /// when that sentence holds no quotation of its own (`She says the rule is fair. "…"`).
    func previousSentenceCue(_ q: Int) -> Attribution? {
        let floor = sentenceStart(q)
        guard floor == q, q > 0 else { return nil }
        let prevFloor = sentenceStart(q - 1)
        guard !tokens[prevFloor..<q].contains(where: { $0.kind == .quote }) else { return nil }
        for v in prevFloor..<q {
            if let a = cueBefore(v, quote: q, floor: prevFloor), a.kind != .relative {
                return Attribution(speaker: a.speaker, head: a.head, kind: a.kind, cue: a.cue, source: .sameParagraph)
            }
        }
        return nil
    }

    /// Whether quote token `q` is quoted words a passive or a participle gives as the name of
    /// something (`the bill, known as the "…"`, `it was dubbed the "…"`, `a box labelled "…"`),
    /// with no one said to say them: no agent after (`labelled "…" by MPs`) and no other verb of
    /// saying in the sentence (`Ode says the plan, known as "…"`, reports them).
    func namesWithoutSpeaker(_ q: Int) -> Bool {
        let floor = sentenceStart(q)
        var j = q - 1
        if j > floor, tokens[j].kind == .word, !tokens[j].capitalised, FunctionWords.articles.contains(tokens[j].key) { j -= 1 }
        guard j >= floor, tokens[j].kind == .word else { return false }
        var verb = j
        if tokens[j].key == QuoteWords.asKey {
            verb = j - 1
            guard verb >= floor, tokens[verb].kind == .word, QuotedNameWords.namingBeforeAs.contains(tokens[verb].key) else { return false }
        } else {
            guard QuotedNameWords.labellingVerbs.contains(tokens[j].key) else { return false }
        }
        // `Titled "…", the video …`: a participle opening the sentence describes its subject.
        if verb == floor {
            guard tokens[verb].sentenceStart else { return false }
        } else {
            guard !tokens[verb].capitalised else { return false }
            // `it was informally dubbed`, `many of them derisively known as`: adverbs between.
            var b = verb - 1
            while b > floor, tokens[b].kind == .word, !tokens[b].capitalised, isAdverb(b) { b -= 1 }
            let t = tokens[b]
            let passive = t.kind == .word && ClauseWords.beForms.contains(t.key) || t.kind == .possessive && b > floor && reader.isPronoun(b - 1)
            // `a group called "…"`: after a common noun, the participle describes it (`Ode called`,
            // `she called`, `what they called` report speech).
            let describing = t.kind == .word && !t.capitalised && !reader.isPronoun(b) && !FunctionWords.closedClass.contains(t.key)
                && !ClauseWords.haveForms.contains(t.key) && !reader.isCue(b)
            guard passive || describing else { return false }
        }
        // `labelled "top secret" by the department`: the agent is the speaker.
        var a = q + 1
        if a < tokens.count, tokens[a].isPunct(",") { a += 1 }
        if a < tokens.count, tokens[a].kind == .word, tokens[a].key == QuoteWords.byKey { return false }
        return !sentenceHasCue(q, ignoring: verb)
    }

    /// An adverb that may stand between a subject or an auxiliary and a participle: `-ly`
    /// words and the interveners that are not auxiliaries (`also`, `often`, `once`).
    func isAdverb(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.end - t.start > 3, scalars[t.end - 2] == "l", scalars[t.end - 1] == "y" { return true }
        return ClauseWords.interveners.contains(t.key) && !ClauseWords.beForms.contains(t.key) && !ClauseWords.haveForms.contains(t.key)
    }

    /// Whether the sentence holding token `k` has a cue word that is a verb there (other than the
    /// token `ignored`).
    func sentenceHasCue(_ k: Int, ignoring ignored: Int? = nil) -> Bool {
        let floor = sentenceStart(k)
        let end = sentenceEnd(k)
        // `Here's Clinton in December 1992: "…"`: a colon introducing a quotation speaks for it.
        if tokens[k].kind == .quote, k > floor, tokens[k - 1].isPunct(":") { return true }
        for v in floor..<end where v != ignored && tokens[v].kind == .word && reader.isCue(v) {
            if tokens[v].key == Self.according {
                if v + 1 < end, tokens[v + 1].key == Self.to { return true }
                continue
            }
            // A verb of saying here, not a noun (`psychedelic messages`): a past form or a participle,
            // an infinitive, a verb inverted after a comma or a quotation, or one with a subject.
            if reader.isVerbForm(v) || v > floor && (tokens[v - 1].isPunct(",") || tokens[v - 1].kind == .quote || tokens[v - 1].key == Self.to)
                || reader.subject(ofCue: v, floor: floor) != nil
            {
                return true
            }
        }
        return false
    }

    /// The speaker of the sentence that ends just before token `end`, when it reports speech:
    /// a closing cue clause (`…, Ode said.`), or a cue with its subject (`Ode says the plan is fair.`).
    func closingOrOpeningCue(ofSentenceEndingBefore end: Int) -> Attribution? {
        guard end > 0, end <= tokens.count else { return nil }
        let floor = sentenceStart(end - 1)
        if let a = closingClause(after: floor - 1, end: end), a.kind != .relative { return a }
        // The first cue whose speaker is a person named or a pronoun, else the first at all
        // (`speaking of the plan the party hoped …` is the speaker's, not the party's).
        var first: Attribution? = nil
        for v in floor..<end where tokens[v].kind == .word && reader.isCue(v) {
            guard let a = cueBefore(v, quote: end, floor: floor), a.kind != .relative else { continue }
            if a.kind == .name || a.kind == .pronoun { return a }
            if first == nil { first = a }
        }
        return first
    }

    /// `Ode: Ilo's plan a "mistake"`: a name and a colon opening the paragraph, as a headline or
    /// an interview transcript gives a speaker.
    func leadingSpeaker() -> Attribution? {
        guard let p = reader.phrase(startingAt: 0, ceiling: min(tokens.count, 8)), p.kind == .name, p.tokens.lowerBound == 0 else { return nil }
        let colon = p.tokens.upperBound
        guard colon + 1 < tokens.count, tokens[colon].isPunct(":") else { return nil }
        return attribution(p, cue: colon, source: .cueBefore)
    }

    /// The name or pronoun closest before token `k` in its sentence.
    func nearestName(before k: Int) -> Attribution? {
        let floor = sentenceStart(k)
        var j = k - 1
        while j >= floor {
            if tokens[j].kind == .word, reader.isNameWord(j) || reader.isPronoun(j), let p = reader.phrase(endingAt: j, floor: floor) {
                // (A placeholder `it` stands for no one: `It has not helped that …`.)
                if Self.itSaysNothing, isPlaceholderIt(p, before: k) { return nil }
                return attribution(p, cue: nil, source: .sentenceSubject)
            }
            // List items run on in one paragraph with no full stop (`… a UN-backed agency - Pressing
            // and using "…"`): a name in an item before is no one's in this one.
            if j + 1 < k, reader.opensListItem(j + 1), reader.opensWithParticiple(j + 1) { return nil }
            j -= 1
        }
        return nil
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
