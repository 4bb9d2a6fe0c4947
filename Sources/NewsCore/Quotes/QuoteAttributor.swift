/// Attributes every quoted segment of an article: cue rules inside each paragraph, then
/// neighbours within the paragraph, then the speaker the article is following.
///
/// The article keeps a current speaker from paragraph to paragraph: the speaker of the last
/// attributed quotation, or of reported speech after it (`Ode says the plan is fair.`). A
/// quotation with no cue of its own continues that speaker; a following quotation lends its
/// speaker backwards only when its cue plainly looks back (`"…" "…," said Ode`), never when it
/// introduces words of its own (`"…" Ilo said: "…"`).
struct QuoteAttributor {
    /// One paragraph as attribution sees it.
    struct Paragraph {
        var range: Range<Int>
        /// Whether speakers may be looked for here (captions only yield quotations).
        var speakersAllowed: Bool
        var tokens: [QuoteToken] = []
        /// Whether `tokens` has been filled (a paragraph without quotations is read only when asked).
        var tokenized = false
        /// Token index of each quote token, by segment index.
        var quoteTokens: [(token: Int, segment: Int)] = []
        /// The speaker a closing colon introduces for the paragraphs after it.
        var introduction: Attribution? = nil
    }

    /// Whether a quotation's sentence, and the sentence before it, report speech: what tells
    /// quoted words that continue someone's reported speech from quoted words nobody said.
    struct CueContext: Sendable {
        var inSentence = false
        var inPreviousSentence = false
    }

    let scalars: [Unicode.Scalar]
    let segments: [QuoteSegment]
    var paragraphs: [Paragraph]
    /// Attribution of each segment, by index.
    var attributions: [Attribution?]
    /// Segments that are no quotation whatever attribution finds (markup, titles): never
    /// attributed, and never a neighbour that lends a speaker.
    let excluded: [Bool]
    var cueContext: [CueContext]
    /// Segments whose quoted words name something and are nobody's (`ParagraphAttributor.namesWithoutSpeaker`).
    var unspoken: [Bool]
    /// The indices of each paragraph's segments (the segmenter lists them in paragraph order):
    /// one list of ranges rather than a list of segments for every paragraph.
    private let segmentsByParagraph: [Range<Int>]

    init(
        scalars: [Unicode.Scalar], segments: [QuoteSegment], paragraphs: [(range: Range<Int>, speakersAllowed: Bool)],
        excluded: [Bool]? = nil
    ) {
        self.scalars = scalars
        self.segments = segments
        self.paragraphs = paragraphs.map { Paragraph(range: $0.range, speakersAllowed: $0.speakersAllowed) }
        self.attributions = Array(repeating: nil, count: segments.count)
        self.excluded = excluded ?? Array(repeating: false, count: segments.count)
        self.cueContext = Array(repeating: CueContext(), count: segments.count)
        self.unspoken = Array(repeating: false, count: segments.count)
        var byParagraph = Array(repeating: 0..<0, count: paragraphs.count)
        var k = 0
        while k < segments.count {
            let p = segments[k].paragraph
            var end = k + 1
            while end < segments.count, segments[end].paragraph == p { end += 1 }
            precondition(byParagraph[p].isEmpty, "segments out of paragraph order")
            byParagraph[p] = k..<end
            k = end
        }
        self.segmentsByParagraph = byParagraph
    }

    /// The index of the segment whose content starts at `start`.
    func segmentIndex(startingAt start: Int) -> Int? {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < segments.count && segments[low].start == start ? low : nil
    }

    /// Tokenises the paragraphs and attributes every segment it can.
    mutating func run() {
        for p in paragraphs.indices {
            // Paragraphs without quotations matter only when they introduce the next one.
            let needed = !segmentsByParagraph[p].isEmpty || Self.endsWithColon(paragraphs[p].range, scalars)
            guard needed else { continue }
            tokenize(p)
            guard paragraphs[p].speakersAllowed else { continue }
            attributeWithin(p)
        }
        attributeAcross()
        settleSubjectRoles()
        // Marked only now, so that the words still lend their attribution to the quotations
        // around them as before, and keep the kind it gives them.
        for i in unspoken.indices where unspoken[i] { attributions[i]?.unspoken = true }
    }

    mutating func tokenize(_ p: Int) {
        guard !paragraphs[p].tokenized else { return }
        paragraphs[p].tokenized = true
        let excluded = self.excluded
        let tokens = ParagraphTokenizer.tokens(scalars, range: paragraphs[p].range, segments: segments[segmentsByParagraph[p]]) { excluded[$0] }
        paragraphs[p].quoteTokens = tokens.indices.compactMap { k in tokens[k].kind == .quote ? (k, tokens[k].segment) : nil }
        paragraphs[p].tokens = tokens
    }

    /// Whether the paragraph `range` of `scalars` ends with a colon. (Static: asked from the
    /// mutating `run` as a method, it copied the whole attributor for every paragraph.)
    static func endsWithColon(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var e = range.upperBound - 1
        while e >= range.lowerBound, QuoteMarks.isSpace(scalars[e]) { e -= 1 }
        return e >= range.lowerBound && scalars[e] == ":"
    }

    /// Own-sentence cues first, then the other quotations of the paragraph.
    mutating func attributeWithin(_ p: Int) {
        let para = paragraphs[p]
        let attributor = ParagraphAttributor(tokens: para.tokens, scalars: scalars)
        var found: [Attribution?] = para.quoteTokens.map {
            excluded[$0.segment] ? nil : transcriptSpeaker(segments[$0.segment]) ?? attributor.attribute(quoteAt: $0.token)
        }
        let lead = attributor.leadingSpeaker()
        for (k, qt) in para.quoteTokens.enumerated() {
            let q = qt.token
            let floor = attributor.sentenceStart(q)
            cueContext[qt.segment].inSentence = attributor.sentenceHasCue(q)
            cueContext[qt.segment].inPreviousSentence = floor > 0 ? attributor.sentenceHasCue(floor - 1) : false
            // `Ode: Ilo Asking Hosts To Check Facts 'Reeks of Fear'`: in a title-case headline a
            // name-and-colon lead speaks the whole line; a phrase inside it without a finite verb
            // of saying is part of what the lead said.
            if let lead, let cue = lead.cue, cue.upperBound <= para.tokens[q].start, attributor.reader.titleCase, let a = found[k],
                a.source == .sentenceSubject || a.cue.map({ attributor.isParticipleCue(at: $0) || attributor.isStanceCue(at: $0) }) ?? true
            {
                found[k] = lead
                continue
            }
            guard found[k] == nil, !excluded[qt.segment] else { continue }
            // `Ode: "…"`, a headline's `Ode: Ilo's plan "a mistake"`: a name and a colon open the paragraph.
            if let lead, let cue = lead.cue, cue.upperBound <= para.tokens[q].start {
                found[k] = lead
                continue
            }
            if floor < q {
                // Quoted words inside a sentence of narrative. With no cue in the sentence, they
                // continue the reported speech of the sentence before, if it reports any; the
                // paragraph's first sentence asks the paragraph before (`attributeAcross`).
                if !cueContext[qt.segment].inSentence {
                    // A sentence whose subject is someone, or a thing that speaks (`The ad targets a
                    // "…"`), has its own speaker all the same.
                    if let a = attributor.subjectOfSentence(holding: q), isAgent(a) {
                        // `Ode said "…". The council would "…"`: a past modal right after a report
                        // goes on with the reported speech, so the reporter keeps the words.
                        if floor > 0, attributor.subjectTakesBackshiftedModal(holding: q),
                            let prev = attributor.closingOrOpeningCue(ofSentenceEndingBefore: floor)
                        {
                            found[k] = retag(prev, .sameParagraph)
                            continue
                        }
                        found[k] = a
                        continue
                    }
                    if floor > 0, let a = attributor.closingOrOpeningCue(ofSentenceEndingBefore: floor) {
                        found[k] = retag(a, .sameParagraph)
                    } else if floor > 0, k > 0, let prev = found[k - 1], prev.source != .sentenceSubject,
                        para.tokens[para.quoteTokens[k - 1].token].sentence == para.tokens[floor - 1].sentence,
                        let cue = prev.cue, cue.lowerBound >= para.tokens[attributor.sentenceStart(floor - 1)].start,
                        cue.upperBound <= para.tokens[floor - 1].end
                    {
                        // `"…," said Ode. Unless rivals quit, "…"`: with no cue and no subject of its own,
                        // the sentence goes on with the quotation just before it, whose cue stands after
                        // its words (so the sentence's own cue phrase read above found none). The cue must
                        // be in that sentence: a speaker lent from further on says nothing here.
                        found[k] = retag(prev, .sameParagraph)
                    }
                    // Left for `attributeAcross` in the first sentence, else the sentence's subject.
                    if found[k] == nil, floor > 0, let a = attributor.subjectOfSentence(holding: q) { found[k] = a }
                    continue
                }
                // `Guns are "…" and "…," Ada Ode proclaimed`: a cue clause closing the sentence after
                // a later quotation in it reports this one too, whatever the sentence's subject.
                if let a = closingCue(after: k, in: para, found: found) {
                    found[k] = retag(a, .sameParagraph)
                    continue
                }
                if let a = attributor.subjectOfSentence(holding: q) ?? (para.tokens[q - 1].isPunct(":") ? attributor.nearestName(before: q) : nil) {
                    found[k] = a
                    continue
                }
            }
            if let a = attributor.previousSentenceCue(q) {
                found[k] = a
                continue
            }
            // The speaker of the nearest quotation before, preferring one a cue names.
            let previous = found[..<k].last { $0.map { $0.source != .sentenceSubject } ?? false } ?? found[..<k].last { $0 != nil }
            if let previous, let prev = previous {
                found[k] = retag(prev, .sameParagraph)
            } else if let next = found[(k + 1)...].first(where: { $0 != nil }) ?? nil,
                next.source == .cueAfter || next.source == .cueLaterInSentence
            {
                // `"…" "…," she said.`: a cue after the next quotation looks back over this one.
                found[k] = retag(next, .sameParagraph)
            }
        }
        for (k, qt) in para.quoteTokens.enumerated() {
            attributions[qt.segment] = found[k]
            if !excluded[qt.segment], attributor.namesWithoutSpeaker(qt.token) { unspoken[qt.segment] = true }
        }
        paragraphs[p].introduction = attributor.introduction()
    }

    /// The attribution of the next quotation in the same sentence as quotation `k` of the
    /// paragraph, when a cue clause after that quotation gives it (`"…," Ode said`, `…, Ode said.`)
    /// and no attributed quotation stands between.
    func closingCue(after k: Int, in para: Paragraph, found: [Attribution?]) -> Attribution? {
        let sentence = para.tokens[para.quoteTokens[k].token].sentence
        var n = k + 1
        while n < para.quoteTokens.count, para.tokens[para.quoteTokens[n].token].sentence == sentence {
            if let a = found[n] {
                return a.source == .cueAfter || a.source == .cueLaterInSentence ? a : nil
            }
            n += 1
        }
        return nil
    }

    /// Whether a sentence's subject can be a speaker in its own right: a name or a pronoun, or a
    /// description of a person, people, an organisation or a thing that speaks (`the candidate`,
    /// `many voters`, `the council`, `the ad`), not `the aim of the new law` or `the mobile
    /// poster vans`.
    ///
    /// With `broadly` false, only the singular role, organisation and speaking-thing nouns count:
    /// what the classifier asks before it makes quoted words in a sentence about people a term
    /// (`One user has built a "dock"`), where reading more subjects as speakers would only turn
    /// more terms into quotations.
    func isAgent(_ a: Attribution, broadly: Bool = true) -> Bool {
        switch a.kind {
        case .name, .pronoun: return true
        case .relative: return false
        case .nominal:
            guard let word = QuoteClassifier.lastWord(of: a.head, scalars) else { return false }
            guard broadly else { return Self.isRoleOrOrganisationNoun(WordKey(scalars, word)) }
            return Self.namesPeople(scalars, word)
        }
    }

    /// Whether a description with no cue of its own may stand as a speaker: a name or a pronoun,
    /// or a description of a person, a group of people, an organisation or a thing that speaks
    /// (`officials`, `Many voters`, `the campaign`, `the report`). A sentence's subject that is a
    /// thing (`the disruptions`, `An argument`, `All the messages`) says nothing about who said
    /// the words it holds, and a wrong speaker is worse than none.
    func describesSomeone(_ a: Attribution) -> Bool {
        guard a.kind == .nominal else { return true }
        if isAgent(a) { return true }
        // Any word of the phrase after its first that is capitalised is a name or a title
        // (`the Daily News`, `former Gov.`, `A lesson from Ada Ode`), and any noun of the head or
        // the phrase's last noun may be the person or the body (`director general of the
        // chambers`, `A footnote in the report`, `Many of the protesters`, `some of them`).
        let words = QuoteClassifier.contentWords(in: a.speaker, scalars, limit: 12)
        for (i, w) in words.enumerated() {
            if i > 0, ScalarClass.isUpper(scalars[w.lowerBound]) { return true }
            let inHead = w.upperBound <= a.head.upperBound
            if inHead || i == words.count - 1, Self.namesPeople(scalars, w) || Pronouns.animateObjects.contains(WordKey(scalars, w)) { return true }
        }
        // A quantifier or a number alone stands for people: `Many say …`, `A few were …`.
        if words.count <= 2, let last = words.last {
            let key = WordKey(scalars, last)
            if FunctionWords.quantifierPronouns.contains(key) || NumberWords.all.contains(key) || key == Self.fewKey { return true }
        }
        return false
    }

    /// `A few said …`: `few` is a quantifier only after `a`, so no list holds it.
    static let fewKey = WordKey("few")

    /// Whether the noun `word` is a person, people, an organisation or a thing that speaks, in
    /// the singular or in a plural in `-s` or `-es` (`voters`, `witnesses`).
    static func namesPeople(_ scalars: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        if isSpeakerNoun(WordKey(scalars, word)) || isAgentNoun(scalars, word) { return true }
        guard word.count > 3, scalars[word.upperBound - 1] == "s" else { return false }
        if isSpeakerNoun(WordKey(scalars, word.lowerBound..<(word.upperBound - 1))) { return true }
        return scalars[word.upperBound - 2] == "e" && isSpeakerNoun(WordKey(scalars, word.lowerBound..<(word.upperBound - 2)))
    }

    /// A noun that English forms for a person from what they do or study, singular or plural:
    /// `-ist` (`columnist`, `environmentalists`), `-ician` (`physician`), `-man` (`fireman`).
    /// Short words in `-ist` and lists are no such noun (`wrist`, `playlist`).
    static func isAgentNoun(_ scalars: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        var e = word.upperBound
        if e - word.lowerBound > 4, scalars[e - 1] == "s", scalars[e - 2] == "t" { e -= 1 }
        let n = e - word.lowerBound
        func ends(_ suffix: String) -> Bool { ScalarClass.endsCaseless(scalars, word.lowerBound..<e, Array(suffix.unicodeScalars)) }
        // (`journalist`, `novelist` have a vowel before `-list`; `playlist`, `checklist` none.)
        if n >= 7, ends("ist"), !ends("list") || "aeiou".unicodeScalars.contains(scalars[e - 5]) { return true }
        if ends("ician") { return true }
        // (`-man` needs a word before it: `woman` is listed, `human` is no compound.)
        return n >= 7 && ends("man") && !ends("human")
    }

    /// Whether a singular noun names a person, people, an organisation or a thing that speaks.
    static func isSpeakerNoun(_ key: WordKey) -> Bool {
        isRoleOrOrganisationNoun(key) || SpeakerNouns.people.contains(key) || OrganisationWords.spokesWords.contains(key)
    }

    /// The singular nouns for a role, an organisation or a thing that speaks.
    static func isRoleOrOrganisationNoun(_ key: WordKey) -> Bool {
        PersonNouns.referringNouns.contains(key) || OrganisationWords.nouns.contains(key)
            || OrganisationWords.institutionNouns.contains(key) || SpeechVerbs.speakingThings.contains(key)
    }

    /// `"WALLACE: Do you …"`: a transcript line names its speaker before a colon.
    func transcriptSpeaker(_ segment: QuoteSegment) -> Attribution? {
        var i = segment.start
        let limit = min(segment.end, segment.start + 40)
        var words = 0
        var upper = true
        while i < limit {
            let c = scalars[i]
            if c == ":" { break }
            if QuoteMarks.isWordScalar(c) {
                let wordStart = i
                guard ScalarClass.isUpper(c) else { return nil }
                while i < limit, QuoteMarks.isWordScalar(scalars[i]) || scalars[i] == "." || scalars[i] == "-" {
                    if ScalarClass.isLower(scalars[i]) { upper = false }
                    i += 1
                }
                if i - wordStart > 0 { words += 1 }
                continue
            }
            guard c == " " else { return nil }
            i += 1
        }
        // A colon after one to three capitalised words, all capitals unless it is a single name.
        guard i < limit, scalars[i] == ":", words >= 1, words <= 3, upper || words >= 2 else { return nil }
        var end = i
        while end > segment.start, QuoteMarks.isSpace(scalars[end - 1]) { end -= 1 }
        guard end > segment.start else { return nil }
        return Attribution(speaker: segment.start..<end, head: segment.start..<end, kind: .name, cue: i..<(i + 1), source: .cueBefore)
    }

    func retag(_ a: Attribution, _ source: Attribution.Source) -> Attribution {
        var b = a
        b.source = source
        // A neighbour lent an apposition's attribution gets its phrase, as it did before the
        // phrase was found to describe the words rather than say them.
        b.unspoken = false
        return b
    }

    /// The reported speech that closes paragraph `p` (`Ode says the plan is fair.`), if its last
    /// sentence has a cue and a speaker; the paragraph is read now if it was not before.
    mutating func reportedSpeech(closing p: Int) -> Attribution? {
        guard p >= 0, paragraphs[p].speakersAllowed else { return nil }
        tokenize(p)
        let tokens = paragraphs[p].tokens
        guard !tokens.isEmpty else { return nil }
        let attributor = ParagraphAttributor(tokens: tokens, scalars: scalars)
        return attributor.closingOrOpeningCue(ofSentenceEndingBefore: tokens.count)
    }

    /// The speaker a signature line names: paragraph `p` is a dash and a name, and at most an
    /// affiliation after a comma (`– Ada Ode.`, `― Ada Ode, Merrowick Harbour Trust`).
    mutating func signatureLine(_ p: Int) -> Attribution? {
        guard Self.signatureLinesName, p < paragraphs.count, paragraphs[p].speakersAllowed, segmentsByParagraph[p].isEmpty else { return nil }
        tokenize(p)
        let tokens = paragraphs[p].tokens
        guard tokens.count >= 2, tokens.count <= 16, tokens[0].isDash else { return nil }
        let reader = SpeakerPhraseReader(tokens: tokens, scalars: scalars)
        guard let name = reader.phrase(startingAt: 1, ceiling: tokens.count), name.kind == .name, name.tokens.lowerBound == 1 else { return nil }
        let end = name.tokens.upperBound
        guard end == tokens.count || tokens[end].isPunct(",") || tokens[end].isPunct(".") && end + 1 == tokens.count else { return nil }
        return ParagraphAttributor(tokens: tokens, scalars: scalars).attribution(name, cue: nil, source: .nextParagraph)
    }

    /// Whether a signature line under a quotation paragraph names its speaker.
    static let signatureLinesName = true

    /// Paragraphs whose quotations found no speaker inside them take the current speaker.
    mutating func attributeAcross() {
        // The last attribution in text order, its paragraph, and whether its quotation ran on
        // past the paragraph end.
        var last: Attribution? = nil
        var lastParagraph = -10
        var lastOpen = false
        for p in paragraphs.indices {
            // (The paragraph is copied only when it has quotations left to attribute: reading
            // it, the ones below change only other paragraphs.)
            guard paragraphs[p].speakersAllowed else { continue }
            let unattributed = paragraphs[p].quoteTokens.filter { attributions[$0.segment] == nil && !excluded[$0.segment] }
            if !unattributed.isEmpty {
                let para = paragraphs[p]
                let attributor = ParagraphAttributor(tokens: para.tokens, scalars: scalars)
                // The speaker the article is following: an introduction (`Ode wrote:`), a
                // quotation left open at the paragraph end, or else the later of the last
                // quotation's speaker and reported speech closing the paragraph just before.
                var current: Attribution? = nil
                var reported: Attribution? = nil
                if p > 0, lastParagraph < p - 1 || !lastOpen { reported = reportedSpeech(closing: p - 1) }
                if p > 0, let intro = paragraphs[p - 1].introduction {
                    current = retag(intro, .previousParagraph)
                } else if lastOpen, lastParagraph == p - 1, let last {
                    current = retag(last, .previousParagraph)
                } else if let reported, reported.speaker.lowerBound > (last?.speaker.lowerBound ?? -1) {
                    current = retag(reported, .previousParagraph)
                } else if let last {
                    current = retag(last, .previousParagraph)
                }
                // `"…"` over a line `– Ada Ode.`: a signature under a paragraph of quotation names its speaker.
                let signature = para.quoteTokens.first?.token == 0 ? signatureLine(p + 1) : nil
                for qt in unattributed {
                    let floor = attributor.sentenceStart(qt.token)
                    if let signature, floor == qt.token {
                        attributions[qt.segment] = signature
                    } else if floor == qt.token {
                        // A quotation opening its sentence continues the current speaker.
                        attributions[qt.segment] = current ?? attributor.subjectOfSentence(holding: qt.token)
                    } else if floor == 0, !cueContext[qt.segment].inSentence, let reported,
                        !(attributor.subjectOfSentence(holding: qt.token).map { isAgent($0) } ?? false)
                    {
                        // Quoted words in the paragraph's first sentence, which reports no speech and
                        // has no one as its subject, continue the reported speech that closed the
                        // paragraph before.
                        cueContext[qt.segment].inPreviousSentence = true
                        attributions[qt.segment] = retag(reported, .previousParagraph)
                    } else {
                        // Narrative with quoted words and no subject to read: the nearest person
                        // named before them in the sentence, if any (an earlier speaker rarely is).
                        if floor == 0, reported != nil { cueContext[qt.segment].inPreviousSentence = true }
                        attributions[qt.segment] = attributor.subjectOfSentence(holding: qt.token) ?? attributor.nearestName(before: qt.token)
                    }
                }
            }
            if let intro = paragraphs[p].introduction {
                last = intro
                lastParagraph = p
                lastOpen = false
            } else if let lastQuote = paragraphs[p].quoteTokens.last(where: { !excluded[$0.segment] && attributions[$0.segment] != nil }) {
                last = attributions[lastQuote.segment]
                lastParagraph = p
                lastOpen = segments[lastQuote.segment].openEnd
            }
        }
    }
}
