/// Reads speaker phrases to the left of a cue verb (`Mr Ode said`) or to its right (`said Mr Ode`).
///
/// There is no parser: phrases are read from capitalisation, closed word lists and punctuation,
/// which is enough because speakers sit right beside their cues in news prose.
struct SpeakerPhraseReader {
    let tokens: [QuoteToken]
    let scalars: [Unicode.Scalar]
    /// Most words are capitalised (a headline in title case): capitals say nothing about names.
    let titleCase: Bool

    init(tokens: [QuoteToken], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
        var words = 0
        var capitals = 0
        for t in tokens where t.kind == .word {
            words += 1
            if t.capitalised { capitals += 1 }
        }
        titleCase = words >= 3 && capitals * 10 >= words * 7
    }

    // MARK: - Word classes

    /// A closed-class word (`The`, `But`, `Will`) where capitals cannot make it a name: at the start
    /// of a sentence or clause, or anywhere in a title-case headline. Mid-sentence, `Will` is a name.
    func isFunctionWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard FunctionWords.sentenceOpeners.contains(t.key) else { return false }
        // `"…" Will Ennis, the chairman, said`, `May Orrin said`: a modal that is also a given name,
        // before a capitalised word that a comma or a cue in the past follows, is a first name
        // (`Will Ode run?` has a bare verb there).
        if t.capitalised, !titleCase, ClauseWords.givenNameModals.contains(t.key), k + 2 < tokens.count, tokens[k + 1].kind == .word,
            tokens[k + 1].capitalised, !FunctionWords.sentenceOpeners.contains(tokens[k + 1].key), !SpeechVerbs.cues.contains(tokens[k + 1].key),
            tokens[k + 2].isPunct(",") || tokens[k + 2].kind == .word && !tokens[k + 2].capitalised && SpeechVerbs.cues.contains(tokens[k + 2].key) && isVerbForm(k + 2)
        {
            return false
        }
        if !t.capitalised || titleCase || t.sentenceStart || k == 0 { return true }
        if t.end - t.start == 1 { return true }  // `I`, `A`
        let p = tokens[k - 1]
        guard p.kind == .punct || p.kind == .quote else { return false }
        // `"…," Will added`, `May said`: a modal or a preposition is never the subject of a past
        // tense, so before one it is a name.
        if ClauseWords.nameLikeFunctionWords.contains(t.key), k + 1 < tokens.count, tokens[k + 1].kind == .word,
            !tokens[k + 1].capitalised, SpeechVerbs.cues.contains(tokens[k + 1].key), isVerbForm(k + 1)
        {
            return false
        }
        return true
    }

    /// A capitalised word that can be part of a name.
    func isNameWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.capitalised else { return false }
        // (A word on none of the lists below, as most names are, is asked of one: `isFunctionWord`
        // asks first whether the word opens sentences.)
        let listed = QuoteWordLists.nameWordStops.contains(t.key)
        if listed, isFunctionWord(k) { return false }
        // `Much of Ode's anger …`, `Ever since …`, `Perhaps …`: words that only open a sentence.
        if listed, t.sentenceStart || k == 0, ClauseWords.sentenceAdverbs.contains(t.key) || ClauseWords.nonNameOpeners.contains(t.key) {
            return false
        }
        if listed, CalendarWords.weekdays.contains(t.key) { return false }
        // (A list item opens after its dash: `- Encouraging, pressing and using "…"`; items whose
        // lines were joined into one paragraph with no full stop run on after a spaced dash:
        // `… as a stopgap - Compelling "…"`. A hyphen inside a word has no space after it.)
        if t.sentenceStart || k == 0 || k == 1 && tokens[0].isDash || opensListItem(k), opensWithParticiple(k) { return false }
        if listed, CalendarWords.monthForms.contains(t.key), k + 1 < tokens.count, tokens[k + 1].kind == .number { return false }
        return true
    }

    /// Whether the word at `k` follows a dash with a space after it (`measure - Compelling`).
    func opensListItem(_ k: Int) -> Bool {
        k > 0 && tokens[k - 1].isDash && tokens[k - 1].end < tokens[k].start
    }

    /// `Using "…" for …`, `Ending the "…"`, `Encouraging, pressuring and using "…"`: an `-ing`
    /// word opening a sentence before quoted words, a determiner or a preposition, or before a
    /// comma and another `-ing` word, is a participle; a name in `-ing` (`Fleming`, `Manning`)
    /// has its verb or an apposition after it.
    func opensWithParticiple(_ k: Int) -> Bool {
        guard isParticiple(k), k + 1 < tokens.count else { return false }
        let n = tokens[k + 1]
        if n.kind == .quote { return true }
        if n.kind == .word, !n.capitalised, FunctionWords.determiners.contains(n.key) || FunctionWords.prepositions.contains(n.key) {
            return true
        }
        return n.isPunct(",") && k + 2 < tokens.count && tokens[k + 2].kind == .word && !tokens[k + 2].capitalised && isParticiple(k + 2)
    }

    func isPronoun(_ k: Int) -> Bool {
        tokens[k].kind == .word && Pronouns.subjects.contains(tokens[k].key)
    }

    func isCue(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, SpeechVerbs.cues.contains(t.key) else { return false }
        guard !t.capitalised || t.sentenceStart || titleCase else { return false }
        return !hasNounReading(k)
    }

    /// A cue word used as a noun: `his remarks`, `the report`, `her biggest worry`, `calls of`.
    func hasNounReading(_ k: Int) -> Bool {
        // `the state's party convention`, `the report's authors`: a verb owns nothing.
        if k + 1 < tokens.count, tokens[k + 1].kind == .possessive { return true }
        // `call centres`, `Call centre users`: a bare lemma before a lower-case noun modifies it.
        if SpeechVerbs.lemmas.contains(tokens[k].key), k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].capitalised,
            !isPronoun(k + 1), !QuoteWordLists.notModifiedByLemma.contains(tokens[k + 1].key),
            !(k > 0 && (isPronoun(k - 1) || ClauseWords.haveForms.contains(tokens[k - 1].key) || tokens[k - 1].key == QuoteWords.toKey))
        {
            return true
        }
        guard k > 0 else { return false }
        let p = tokens[k - 1]
        if p.kind == .possessive { return true }
        // `a new campaign message:`: a bare lemma after a singular noun is a noun itself (after
        // a pronoun, a modal, `to` or a plural subject it is a verb: `they call`, `officials call`).
        if SpeechVerbs.lemmas.contains(tokens[k].key), p.kind == .word, !p.capitalised, !isPronoun(k - 1),
            p.key != QuoteWords.toKey, !QuoteWordLists.beforeVerbLemma.contains(p.key),
            !(p.end - p.start > 2 && (scalars[p.end - 1] == "s" || scalars[p.end - 2] == "l" && scalars[p.end - 1] == "y"))
        {
            return true
        }
        // A determiner, also one that opens the sentence (`The memo said`). (A count after `of`
        // closes a noun phrase instead: `the mother of three replied`.)
        let countAfterOf = k >= 2 && NumberWords.all.contains(p.key) && tokens[k - 2].kind == .word && tokens[k - 2].key == QuoteWords.ofKey
        if p.kind == .word, !p.capitalised || titleCase || p.sentenceStart && !FunctionWords.quantifierPronouns.contains(p.key),
            FunctionWords.determiners.contains(p.key), !countAfterOf
        {
            return true
        }
        if isVerbForm(k) { return false }
        if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].key == QuoteWords.ofKey { return true }

        // `her biggest worry`: a determiner two words back, unless the cue ends the clause
        // (`the statement read.`), which only a verb does.
        if k >= 2, p.kind == .word, !p.capitalised || !tokens[k - 2].capitalised, !isPronoun(k - 1),
            !ClauseWords.interveners.contains(p.key),
            // (`Ilo's disrespectful comments`: an owner's `'s` serves as the determiner.)
            tokens[k - 2].kind == .word && FunctionWords.determiners.contains(tokens[k - 2].key) || tokens[k - 2].kind == .possessive,
            k + 1 < tokens.count, !tokens[k + 1].isPunct("."), !tokens[k + 1].isPunct(","), !tokens[k + 1].isPunct("!"),
            !isPronoun(k + 1),  // `one shopkeeper put it`: a pronoun object makes a verb
            // `the mayor calls the inquiry …`: an object opening with a determiner makes a verb too.
            !(tokens[k + 1].kind == .word && FunctionWords.determiners.contains(tokens[k + 1].key)),
            !tokens[k + 1].isPunct("?")
        {
            return true
        }
        return false
    }

    /// A past tense or participle: `said`, `added`, `told`, `saying`.
    func isVerbForm(_ k: Int) -> Bool {
        let t = tokens[k]
        if SpeechVerbs.pastForms.contains(t.key) { return true }
        let n = t.end - t.start
        guard n > 3 else { return false }
        let a = scalars[t.end - 2], b = scalars[t.end - 1]
        if a == "e" && b == "d" { return true }
        return n > 4 && scalars[t.end - 3] == "i" && a == "n" && b == "g"
    }

    /// A lower-case word that reads as a finite verb: a cue, or a word in `-ed` or `-s`.
    func looksLikeVerb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.capitalised else { return false }
        if SpeechVerbs.cues.contains(t.key) { return true }
        if FunctionWords.sentenceOpeners.contains(t.key) || FunctionWords.determiners.contains(t.key) { return false }
        let n = t.end - t.start
        guard n >= 4 else { return false }
        let b = scalars[t.end - 1]
        if b == "d", scalars[t.end - 2] == "e" { return true }
        return b == "s" && scalars[t.end - 2] != "s"
    }

    /// A lower-case word that can describe a role before a name: not a function word, cue or verb.
    func isRoleWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.capitalised else { return false }
        if FunctionWords.sentenceOpeners.contains(t.key) || SpeechVerbs.cues.contains(t.key)
            || ClauseWords.interveners.contains(t.key) || FunctionWords.roleLinks.contains(t.key)
        {
            return false
        }
        return !isVerbForm(k)
    }

    /// A negated auxiliary: `don't`, `doesn’t`, `won't` (never part of a noun phrase).
    func isNegatedVerb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.end - t.start > 3, scalars[t.end - 1] == "t", scalars[t.end - 3] == "n" else { return false }
        let mark = scalars[t.end - 2]
        return mark == "'" || mark == "\u{2019}"
    }

    /// An `-ing` form: `saying`, `adding`.
    func isParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        let n = t.end - t.start
        return n > 4 && scalars[t.end - 3] == "i" && scalars[t.end - 2] == "n" && scalars[t.end - 1] == "g"
    }

    func isIntervener(_ k: Int) -> Bool {
        let t = tokens[k]
        // `he's said` is a contraction; `Ode's said` is not a thing, and `Ode's remarks` is a possessive.
        if t.kind == .possessive { return k > 0 && isPronoun(k - 1) }
        guard t.kind == .word, !t.capitalised || CalendarWords.weekdays.contains(t.key) else { return false }
        if ClauseWords.interveners.contains(t.key) || CalendarWords.weekdays.contains(t.key) { return true }
        // Adverbs in -ly: "he flatly said".
        let n = t.end - t.start
        return t.kind == .word && n > 4 && scalars[t.end - 1] == "y" && scalars[t.end - 2] == "l"
    }

    // MARK: - Leftwards

    static let percentKey = WordKey("percent")

    /// The phrase that ends at token `e` (inclusive), read leftwards, not crossing `floor`.
    func phrase(endingAt e0: Int, floor: Int) -> SpeakerPhrase? {
        var e = e0
        // `Ada B. Ode Jr.,`: the full stop of a suffix belongs to the name.
        if e - 1 >= floor, e < tokens.count, tokens[e].isPunct("."), tokens[e - 1].kind == .word, tokens[e - 1].capitalised,
            PersonNameWords.suffixes.contains(tokens[e - 1].key)
        {
            e -= 1
        }
        guard e >= floor, e < tokens.count else { return nil }
        let t = tokens[e]
        if t.kind == .punct, t.scalar == ")" {
            // A party label or age in brackets after a name: `Sen. Reyes (D-Ore.)`.
            var j = e - 1
            while j >= floor, !tokens[j].isPunct("(") { j -= 1 }
            guard j > floor, e - j <= 8 else { return nil }
            return phrase(endingAt: j - 1, floor: floor)
        }
        // `62% said`: a share of those asked, the way polls are reported.
        if t.isPunct("%"), e - 1 >= floor, tokens[e - 1].kind == .number {
            return SpeakerPhrase(tokens: (e - 1)..<(e + 1), head: (e - 1)..<(e + 1), kind: .nominal)
        }
        if let p = numberedName(endingAt: e, floor: floor) { return p }
        guard t.kind == .word else { return nil }
        // `the 34-year-old mother of three replied`, `a father of two said`: a count after `of`
        // closes a description of a parent, and the phrase is the description before it.
        if !t.capitalised, NumberWords.all.contains(t.key), e - 2 >= floor, tokens[e - 1].kind == .word, tokens[e - 1].key == QuoteWords.ofKey,
            tokens[e - 2].kind == .word, PersonNouns.referringNouns.contains(tokens[e - 2].key) || SpeakerNouns.people.contains(tokens[e - 2].key),
            let inner = phrase(endingAt: e - 2, floor: floor), inner.kind == .nominal, inner.tokens.upperBound == e - 1
        {
            return SpeakerPhrase(tokens: inner.tokens.lowerBound..<(e + 1), head: inner.head, kind: .nominal)
        }
        // A title in quotation marks, read as one word (`a contestant on "The Show," who …`),
        // names a work, never who spoke.
        if QuoteMarks.isAnyMark(scalars[t.start]) { return nil }
        if isPronoun(e) { return SpeakerPhrase(tokens: e..<(e + 1), head: e..<(e + 1), kind: .pronoun) }
        if t.key == QuoteWords.whoKey { return SpeakerPhrase(tokens: e..<(e + 1), head: e..<(e + 1), kind: .relative) }
        if FunctionWords.quantifierPronouns.contains(t.key) { return SpeakerPhrase(tokens: e..<(e + 1), head: e..<(e + 1), kind: .nominal) }
        if isNameWord(e) || (t.capitalised && PersonNameWords.suffixes.contains(t.key)) {
            var s = e
            while s - 1 >= floor {
                let p = s - 1
                if isNameWord(p) {
                    s = p
                } else if p - 1 >= floor, joinsNames(p) {
                    s = p - 1  // `Marks & Spencer`
                } else if tokens[p].isPunct("."), p - 1 >= floor, tokens[p - 1].kind == .word, tokens[p - 1].capitalised,
                    Abbreviations.all.contains(tokens[p - 1].key) || tokens[p - 1].end - tokens[p - 1].start == 1
                {
                    s = p - 1  // `Mr.`, `Sen.`, `W.`
                } else if tokens[p].isPunct(","), p - 1 >= floor, PersonNameWords.suffixes.contains(tokens[s].key) {
                    s = p  // `Ode, Jr.`
                } else if tokens[p].kind == .word, !tokens[p].capitalised, PersonNameWords.connectors.contains(tokens[p].key), p - 1 >= floor,
                    isNameWord(p - 1)
                {
                    s = p - 1
                } else {
                    break
                }
            }
            while s <= e, tokens[s].kind != .word || isFunctionWord(s) { s += 1 }
            guard s <= e else { return nil }
            // `the Kremlin`, `the Daily Courier`: the article belongs to the name.
            if s - 1 >= floor, tokens[s - 1].kind == .word, tokens[s - 1].key == QuoteWords.theKey { s -= 1 }
            return extendWithRole(SpeakerPhrase(tokens: s..<(e + 1), head: s..<(e + 1), kind: .name), floor: floor)
        }
        // A cue word after a determiner or an owner is a noun and may head the phrase: `the memo`, `the report`.
        // (`percent` heads no speaker, `rose 5 percent, …`, but `21 percent said` is a share of the people asked.)
        let share = t.key == Self.percentKey && e - 1 >= floor && tokens[e - 1].kind == .number
        if !t.capitalised, !ClauseWords.nonSpeakerHeads.contains(t.key) || share, !SpeechVerbs.cues.contains(t.key) || hasNounReading(e),
            !ClauseWords.interveners.contains(t.key), !FunctionWords.determiners.contains(t.key),
            !Pronouns.relatives.contains(t.key)
        {
            var s = e
            var sawDeterminer = false
            var sawPossessive = false
            var steps = 0
            while s - 1 >= floor, steps < 6 {
                let p = s - 1
                let pt = tokens[p]
                if pt.kind == .word, FunctionWords.determiners.contains(pt.key) {
                    s = p
                    sawDeterminer = true
                    break
                }
                if pt.kind == .possessive {
                    // `the council's spokeswoman`: the owner is part of the phrase.
                    sawPossessive = true
                    s = p
                    steps += 1
                    continue
                }
                if pt.kind == .word, !SpeechVerbs.cues.contains(pt.key), !Pronouns.relatives.contains(pt.key),
                    !FunctionWords.roleLinks.contains(pt.key), !ClauseWords.interveners.contains(pt.key),
                    !isPronoun(p), !(pt.capitalised && isFunctionWord(p)), pt.key != QuoteWords.andKey, pt.key != QuoteWords.orKey,
                    pt.key != QuoteWords.butKey, pt.key != QuoteWords.thanKey
                {
                    s = p
                    steps += 1
                    continue
                }
                if pt.kind == .number {
                    s = p
                    steps += 1
                    continue
                }
                break
            }
            let headWord = scalars[t.end - 1]
            let plural = headWord == "s" && t.end - t.start > 3
            // `21 percent said`: the share of the people asked needs no determiner. (Any other number
            // does: `in 2008 partly because …` is no speaker.)
            guard sawDeterminer || sawPossessive || plural || share || tokens[s].capitalised else { return nil }
            return extendWithRole(SpeakerPhrase(tokens: s..<(e + 1), head: s..<(e + 1), kind: .nominal), floor: floor)
        }
        return nil
    }

    /// `a spokesman for the council`: when a role link and another phrase stand before, the
    /// phrase grows leftwards and its head becomes the role.
    func extendWithRole(_ right: SpeakerPhrase, floor: Int) -> SpeakerPhrase {
        let link = right.tokens.lowerBound - 1
        guard link - 1 >= floor, tokens[link].kind == .word, !tokens[link].capitalised,
            FunctionWords.roleLinks.contains(tokens[link].key), tokens[link].key != QuoteWords.toKey,
            tokens[link].key != QuoteWords.inKey
        else { return right }
        guard let left = phrase(endingAt: link - 1, floor: floor), left.kind == .name || left.kind == .nominal else {
            return right
        }
        return SpeakerPhrase(tokens: left.tokens.lowerBound..<right.tokens.upperBound, head: left.head, kind: left.kind)
    }

    /// Verbs that lead to a cue through `to` (`goes on to say`, `declined to comment`).
    static let chainVerbs: WordList = [
        "go", "goes", "went", "going", "continue", "continues", "continued", "proceed", "proceeds", "proceeded",
        "decline", "declines", "declined", "refuse", "refuses", "refused", "hasten", "hastens", "hastened",
    ]

    /// The speaker of cue `v`, read leftwards: skipping adverbs and auxiliaries, brackets, and an
    /// appositive or aside between commas (`Ada Ode, the council's leader, said`).
    func subject(ofCue v: Int, floor: Int) -> SpeakerPhrase? {
        var j = v - 1
        while j >= floor, isIntervener(j) { j -= 1 }
        // `went on to say`, `declined to comment`: step back over the verb chain to its subject.
        if j >= floor, tokens[j].kind == .word, tokens[j].key == QuoteWords.toKey {
            var k = j - 1
            var steps = 0
            // (After a verb of the chain, a word after an article or a possessive is the
            // subject's own noun: `The letter goes on to say`, `Her lawyer went on to say`. Without
            // one, `the latest comedy star to bemoan` is no subject and verb.)
            var sawChainVerb = false
            while k >= floor, steps < 3, tokens[k].kind == .word, !tokens[k].capitalised,
                !FunctionWords.determiners.contains(tokens[k].key), !isPronoun(k),
                !(sawChainVerb && k - 1 >= floor && (tokens[k - 1].kind == .possessive
                    || tokens[k - 1].kind == .word && (FunctionWords.articles.contains(tokens[k - 1].key)
                        || Pronouns.possessiveDeterminers.contains(tokens[k - 1].key))))
            {
                if Self.chainVerbs.contains(tokens[k].key) { sawChainVerb = true }
                k -= 1
                steps += 1
            }
            guard steps > 0 else { return nil }
            j = k
            // `Ode took to Facebook to attack …`: a medium after `to` or `on` is no subject; the
            // subject stands before the verb that goes there.
            if j - 3 >= floor, isNameWord(j), tokens[j - 1].kind == .word, tokens[j - 1].key == QuoteWords.toKey || tokens[j - 1].key == QuoteWords.onKey,
                tokens[j - 2].kind == .word, !tokens[j - 2].capitalised, !FunctionWords.determiners.contains(tokens[j - 2].key),
                !isPronoun(j - 2)
            {
                j -= 3
            }
            while j >= floor, isIntervener(j) { j -= 1 }
        }
        // `on Friday`, `last week`: a time phrase between subject and verb.
        if j - 1 >= floor, tokens[j].kind == .word, CalendarWords.weekdays.contains(tokens[j].key) || tokens[j].key == QuoteWords.weekKey {
            j -= 1
            if j >= floor, CalendarWords.timePhraseOpeners.contains(tokens[j].key) { j -= 1 }
            while j >= floor, isIntervener(j) { j -= 1 }
        } else if j - 2 >= floor, tokens[j].kind == .number, tokens[j - 1].kind == .word, tokens[j - 1].key == QuoteWords.inKey {
            // `who in 2010 said`: a year between subject and verb.
            j -= 2
            while j >= floor, isIntervener(j) { j -= 1 }
        }
        guard j >= floor else { return nil }
        if tokens[j].isPunct(",") {
            // Walk back over up to three comma-separated chunks to the phrase before the first one.
            var commas = [j]
            var k = j - 1
            while k >= floor, j - k < 45 {
                if tokens[k].kind == .quote { break }
                if tokens[k].isPunct(",") {
                    commas.append(k)
                    if commas.count > 6 { break }
                }
                if tokens[k].isClauseBreak, !tokens[k].isPunct(","), !tokens[k].isPunct(".") { break }
                k -= 1
            }
            // `Ada Ode, the council's leader, said`: the phrase before the nearest earlier comma is the
            // subject and what lies between is an appositive; a phrase after a preposition (`In an
            // interview, …`, `retired in Cambridge, Mass., …`) is not, so try the next comma out.
            // A name is preferred to a description (`Ada Ode, assistant secretary for roads, rail,
            // and ports, said`: not `rail`).
            // `Ada Ode, whose firm, Kestrel, builds boats, said`: a relative clause after a comma
            // describes the phrase before it, and the commas inside it close no appositive.
            let relative = commas.indices.last { n in
                n > 0 && commas[n] + 1 < v && tokens[commas[n] + 1].kind == .word && !tokens[commas[n] + 1].capitalised
                    && (tokens[commas[n] + 1].key == QuoteWords.whoseKey || tokens[commas[n] + 1].key == QuoteWords.whoKey)
            } ?? 1
            for wantName in [true, false] {
                for (n, c) in commas.enumerated().dropFirst() where n >= relative {
                    guard var p = phrase(endingAt: c - 1, floor: floor), p.kind != .relative else { continue }
                    if followsPreposition(p, floor: floor) {
                        // `Critics in the party, many of them ministers, said`: a sentence that opens
                        // with a noun and its prepositional phrase has that noun as its subject.
                        guard let outer = openingNoun(before: p, floor: floor) else { continue }
                        p = outer
                    }
                    // `Its chief executive, Ada Ode, said`: a description whose appositive is a
                    // name is that person, and is the name sought (`a port that the last
                    // mayor, Ada Ode, called …` is not the port's).
                    if p.kind == .nominal, let name = phrase(endingAt: commas[n - 1] - 1, floor: c + 1), name.kind == .name,
                        name.tokens.lowerBound == c + 1
                    {
                        return SpeakerPhrase(tokens: p.tokens.lowerBound..<name.tokens.upperBound, head: name.head, kind: .name)
                    }
                    if wantName, p.kind != .name, p.kind != .pronoun { continue }
                    return p
                }
            }
            // `In other words, explained Ode`: a phrase after a preposition is no subject.
            return phrase(endingAt: j - 1, floor: floor).flatMap { $0.kind == .relative || followsPreposition($0, floor: floor) ? nil : $0 }
        }
        // `the department, which reported "…"`: a relative pronoun right before the cue is its subject.
        if tokens[j].kind == .word, !tokens[j].sentenceStart, tokens[j].key == QuoteWords.whichKey {
            return SpeakerPhrase(tokens: j..<(j + 1), head: j..<(j + 1), kind: .relative)
        }
        guard let p = phrase(endingAt: j, floor: floor) else { return subjectBeforeRestrictiveRelative(endingAt: j, floor: floor) }
        // `Trump in his announcement speech called …`: a phrase after a preposition is where or
        // when; the subject stands before it.
        if p.kind == .nominal, p.tokens.lowerBound - 2 >= floor, tokens[p.tokens.lowerBound - 1].kind == .word,
            FunctionWords.prepositions.contains(tokens[p.tokens.lowerBound - 1].key), !tokens[p.tokens.lowerBound - 1].capitalised,
            let outer = phrase(endingAt: p.tokens.lowerBound - 2, floor: floor), outer.kind == .name || outer.kind == .pronoun
        {
            return outer
        }
        // `In a letter sent on Friday, …`: inside an opening prepositional phrase, the preposition's
        // object is not the subject of the participle after it.
        if p.kind == .nominal, p.tokens.lowerBound - 1 >= floor, tokens[p.tokens.lowerBound - 1].kind == .word,
            FunctionWords.prepositions.contains(tokens[p.tokens.lowerBound - 1].key),
            p.tokens.lowerBound - 1 == floor || tokens[p.tokens.lowerBound - 2].isPunct(",")
        {
            return nil
        }
        // `a source speaking to the paper said`, `a flag hung between two masts read`: the
        // phrase after a participle and its preposition is its object; the subject stands before.
        let link = p.tokens.lowerBound - 1
        if link - 2 >= floor, tokens[link].kind == .word, !tokens[link].capitalised,
            FunctionWords.roleLinks.contains(tokens[link].key) || ClauseWords.introductoryWords.contains(tokens[link].key)
                || PlaceWords.pathPrepositions.contains(tokens[link].key) || tokens[link].key == QuoteWords.betweenKey,
            isParticiple(link - 1) || ClauseWords.irregularParticiples.contains(tokens[link - 1].key),
            let outer = phrase(endingAt: link - 2, floor: floor)
        {
            return outer
        }
        return p
    }

    /// The noun phrase that opens the sentence right before the preposition that `p` follows
    /// (`Critics` of `Critics in the party`), if the sentence opens that way.
    func openingNoun(before p: SpeakerPhrase, floor: Int) -> SpeakerPhrase? {
        let preposition = p.tokens.lowerBound - 1
        guard preposition - 1 >= floor, tokens[preposition].kind == .word, !tokens[preposition].capitalised,
            let outer = phrase(endingAt: preposition - 1, floor: floor), outer.kind == .nominal || outer.kind == .name,
            outer.tokens.upperBound == preposition, outer.tokens.lowerBound == floor || tokens[outer.tokens.lowerBound].sentenceStart,
            // (`Responding to the speech, …` opens with a participle, not a subject.)
            !outer.tokens.contains(where: { tokens[$0].kind == .word && (isParticiple($0) || isVerbForm($0)) })
        else { return nil }
        return outer
    }

    /// The phrase is the object of a preposition: `in a statement to the Observer`, `In other words`.
    func followsPreposition(_ p: SpeakerPhrase, floor: Int) -> Bool {
        let before = p.tokens.lowerBound - 1
        guard before >= floor, tokens[before].kind == .word else { return false }
        let key = tokens[before].key
        // `as Ode put it`, `when Ode said`: a conjunction opens a clause, and its subject follows.
        if ClauseWords.clauseOpeners.contains(key) { return false }
        return ClauseWords.introductoryWords.contains(key) || FunctionWords.roleLinks.contains(key) || PlaceWords.pathPrepositions.contains(key)
    }

    /// Tokens that may stand right before a sentence's subject.
    func precedesSubject(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .quote { return true }
        if t.kind == .punct { return t.scalar == "," || t.scalar == ":" || t.scalar == ";" || t.scalar == "(" || t.isDash }
        if t.kind == .word { return t.key == QuoteWords.andKey || t.key == QuoteWords.butKey || t.key == QuoteWords.thatKey || t.sentenceStart && isFunctionWord(k) }
        return false
    }

    // MARK: - Rightwards

    /// The phrase that starts at token `s` or just after adverbs, read rightwards, not reaching `ceiling`.
    /// `afterCue`: the phrase follows an inverted cue (`said …`), so it holds no verb of its own.
    func phrase(startingAt s0: Int, ceiling: Int, afterCue: Bool = false) -> SpeakerPhrase? {
        var s = s0
        while s < ceiling, isIntervener(s) || tokens[s].isPunct(",") && s == s0 { s += 1 }
        // `said 9/11 widow Ada Ode`, `said 3 spokesman Tam Ilo`: a number may open the role
        // before an inverted cue's name; it is part of the description, never the speaker.
        if afterCue, s < ceiling, tokens[s].kind == .number {
            var n = s
            while n < ceiling, tokens[n].kind == .number || tokens[n].isPunct("/") && n + 1 < ceiling && tokens[n + 1].kind == .number { n += 1 }
            guard n < ceiling, isRoleWord(n), let inner = phrase(startingAt: n, ceiling: ceiling, afterCue: true), inner.tokens.lowerBound == n,
                inner.tokens.contains(where: { isNameWord($0) })
            else { return nil }
            // The name that closes the role is the head, so it resolves as the person's name.
            if let first = inner.tokens.first(where: { isNameWord($0) }),
                inner.tokens[first...].allSatisfy({ isNameWord($0) || tokens[$0].isPunct(".") })
            {
                return SpeakerPhrase(tokens: s..<inner.tokens.upperBound, head: first..<inner.tokens.upperBound, kind: .name)
            }
            return SpeakerPhrase(tokens: s..<inner.tokens.upperBound, head: inner.head, kind: inner.kind)
        }
        guard s < ceiling, tokens[s].kind == .word, tokens[s].key != QuoteWords.thatKey else { return nil }
        if isPronoun(s) { return SpeakerPhrase(tokens: s..<(s + 1), head: s..<(s + 1), kind: .pronoun) }
        var e = s
        var kind: SpeakerPhrase.Kind
        if isNameWord(s) || (tokens[s].capitalised && PersonTitles.speakerTitles.contains(tokens[s].key)) {
            kind = .name
            while e + 1 < ceiling {
                let n = e + 1
                if isNameWord(n) {
                    e = n
                } else if n + 1 < ceiling, joinsNames(n) {
                    e = n + 1  // `Marks & Spencer`
                } else if tokens[n].isPunct("."), tokens[e].kind == .word,
                    Abbreviations.all.contains(tokens[e].key) || tokens[e].end - tokens[e].start == 1,
                    n + 1 < ceiling, isNameWord(n + 1)
                {
                    e = n
                } else if tokens[n].kind == .word, !tokens[n].capitalised, PersonNameWords.connectors.contains(tokens[n].key), n + 1 < ceiling,
                    isNameWord(n + 1)
                {
                    e = n
                } else if tokens[n].kind == .word, tokens[n].capitalised, tokens[n].end - tokens[n].start == 1, n + 2 < ceiling,
                    tokens[n + 1].isPunct("."), isNameWord(n + 2)
                {
                    e = n + 1  // a middle initial: `Tara B. Ilo`
                } else if tokens[n].kind == .possessive, n + 1 < ceiling, isNameWord(n + 1) {
                    e = n  // `Florida's Ada Ode`
                } else if tokens[n].kind == .possessive, n + 1 < ceiling, isRoleWord(n + 1), !isParticiple(n + 1) {
                    // `said Ilo's deputy campaign manager, Ada Ode`: the owner's role, a description
                    // closed by a comma or the sentence end.
                    var r = n + 1
                    while r + 1 < ceiling, isRoleWord(r + 1), !isParticiple(r + 1), r - n < 5 { r += 1 }
                    guard r + 1 == ceiling || tokens[r + 1].isPunct(",") || tokens[r + 1].isPunct(".") else { break }
                    e = r
                    kind = .nominal
                    break
                } else if tokens[n].kind == .word, tokens[n].key == QuoteWords.andKey, !tokens[n].capitalised, e > s, n + 2 < ceiling,
                    isNameWord(n + 1), isNameWord(n + 2), !tokens[s..<n].contains(where: { $0.key == QuoteWords.andKey })
                {
                    e = n + 2  // two full names joined: `Ada Ode and Ilo Ene wrote`
                } else if isRoleWord(n), n + 1 < ceiling,
                    isNameWord(n + 1) || isRoleWord(n + 1) && n + 2 < ceiling && isNameWord(n + 2) || afterCue && roleRunReachesName(from: n, ceiling: ceiling)
                {
                    e = n  // `Cruz constituent Dan Golvach`, `campaign press secretary Ada Ode`
                } else {
                    break
                }
            }
        } else if FunctionWords.determiners.contains(tokens[s].key)
            || !tokens[s].capitalised && !FunctionWords.sentenceOpeners.contains(tokens[s].key)
                && !SpeechVerbs.cues.contains(tokens[s].key)
        {
            kind = .nominal
            var sawNoun = false
            while e + 1 < ceiling, e - s < 10 {
                let n = e + 1
                let t = tokens[n]
                if t.kind == .word, Pronouns.relatives.contains(t.key) { break }
                // A cue word ends the phrase unless it is a noun here (`the email read`).
                // After an inverted cue the subject is already inverted, so a bare cue word closing
                // the phrase is its noun: `said a leading Supreme Court advocate, …`.
                let closingNoun = afterCue && !t.capitalised && !isVerbForm(n) && SpeechVerbs.lemmas.contains(t.key)
                    && (n + 1 == ceiling || tokens[n + 1].isClauseBreak)
                if t.kind == .word, SpeechVerbs.cues.contains(t.key), !hasNounReading(n), !closingNoun { break }
                // A verb ends the phrase: an auxiliary, or a lower-case word in -ed after the noun.
                if t.kind == .word, !t.capitalised,
                    ClauseWords.interveners.contains(t.key) || sawNoun && (isVerbForm(n) || ClauseWords.irregularPasts.contains(t.key) || isNegatedVerb(n))
                {
                    break
                }
                // `These include …`, `Voters seem …`: a present tense that is never a noun is the verb.
                if t.kind == .word, !t.capitalised, ClauseWords.nonNounPresents.contains(t.key) { break }
                // `the group seeks to …`: an -s word before `to`, `that`, a determiner or a pronoun is a verb.
                if sawNoun, t.kind == .word, !t.capitalised, scalars[t.end - 1] == "s", n + 1 < ceiling,
                    tokens[n + 1].kind == .word && (tokens[n + 1].key == QuoteWords.toKey || tokens[n + 1].key == QuoteWords.thatKey
                        || FunctionWords.determiners.contains(tokens[n + 1].key) || isPronoun(n + 1))
                        // `The letter continues: "…"`: an -s word before a colon introduces what follows.
                        || tokens[n + 1].isPunct(":")
                {
                    break
                }
                // `others used the hashtag`, `many believed that …`: a quantifier standing alone is the
                // noun, and a past tense after it, before its object, the verb (`one unnamed
                // correspondent`, `another leading advocate` keep their adjectives).
                if e == s, FunctionWords.quantifierPronouns.contains(tokens[s].key), t.kind == .word, !t.capitalised, isVerbForm(n), !isParticiple(n),
                    n + 1 < ceiling, tokens[n + 1].kind == .word,
                    FunctionWords.determiners.contains(tokens[n + 1].key) || isPronoun(n + 1) || tokens[n + 1].key == QuoteWords.thatKey
                {
                    break
                }
                if t.kind == .word, FunctionWords.roleLinks.contains(t.key) {
                    let quantified = e == s && (FunctionWords.quantifierPronouns.contains(tokens[s].key) || NumberWords.all.contains(tokens[s].key)) && t.key == QuoteWords.ofKey
                    guard sawNoun || e > s || quantified, n + 1 < ceiling, tokens[n + 1].kind == .word else { break }
                    e = n
                    continue
                }
                if t.kind == .word || t.kind == .possessive || t.kind == .number {
                    e = n
                    sawNoun = true
                    continue
                }
                break
            }
            if e > s, tokens[e].kind == .word, FunctionWords.roleLinks.contains(tokens[e].key) { e -= 1 }
            // A determiner alone is no phrase, but a quantifier ending the clause is: `"…," read one.`
            guard e > s || !FunctionWords.determiners.contains(tokens[s].key)
                || FunctionWords.quantifierPronouns.contains(tokens[s].key) && (s + 1 == ceiling || tokens[s + 1].isClauseBreak)
            else { return nil }
        } else {
            return nil
        }
        guard tokens[e].capitalised || !ClauseWords.nonSpeakerHeads.contains(tokens[e].key) else { return nil }
        var head = s..<(e + 1)
        if kind == .nominal, let link = (s...e).first(where: { tokens[$0].kind == .word && FunctionWords.roleLinks.contains(tokens[$0].key) && $0 > s }) {
            head = s..<link
        }
        // `according to the pollster's research director, Ada Ode.`: a description followed by a
        // name in apposition that ends the clause is that person.
        if kind == .nominal, e + 2 < ceiling, tokens[e + 1].isPunct(","), isNameWord(e + 2) {
            var n = e + 2
            while n + 1 < ceiling, isNameWord(n + 1) { n += 1 }
            if n + 1 == ceiling || tokens[n + 1].isClauseBreak || tokens[n + 1].isPunct("(") {
                return SpeakerPhrase(tokens: s..<(n + 1), head: (e + 2)..<(n + 1), kind: .name)
            }
        }
        return SpeakerPhrase(tokens: s..<(e + 1), head: head, kind: kind)
    }
}
