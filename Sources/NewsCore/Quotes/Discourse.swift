/// Who an article is talking about at each point: the people and organisations it names, in
/// text order, with the subjects of its clauses marked, and what each pronoun and description
/// in its narrative stands for.
///
/// Pronouns and descriptions resolve by salience, as a reader does: `he` and `she` take the
/// subject of the latest clause that names a person of that gender (`Hewitt said … but Geoff
/// Pollard rejected his comments. "…," he said.` is Pollard, not Hewitt), going back a few
/// sentences, and only then the latest person named at all; `it` and `they` take organisations;
/// `the Tory leader` takes the person the article has called that, and `the Scot` or `the
/// 28-year-old` the person it is talking about. Names inside quotations, inside a relative
/// clause (`Leigh, who … for Topsy Turvy, told …`) or in an object's place are mentions but
/// not subjects. A pronoun is resolved once, where it stands, and is then itself a subject that
/// the next pronoun may take: chains of `he` follow one person.
struct Discourse {
    /// What kind of thing a referent is: pronouns choose by it.
    enum Kind: Sendable, Equatable {
        case person
        case organisation
    }

    /// Someone or something the article talks about.
    struct Referent: Sendable {
        /// The entity's canonical name, or the organisation an unnamed spokesman speaks for.
        var fixedName: String?
        /// Where the light name finder's fullest form of the name is written: made a string only
        /// when a speaker resolves to it (most people the finder reads never speak).
        var nameRange: Range<Int>? = nil
        var kind: Kind
        var gender: NameMentions.Gender

        /// Whether the referent has a name (an unnamed person, `a spokesman`, has none).
        var isNamed: Bool { fixedName != nil || nameRange != nil }
    }

    /// The name of referent `r`; nil for an unnamed person (`a spokesman`).
    func name(of r: Int) -> String? {
        referents[r].fixedName ?? referents[r].nameRange.map(text)
    }

    /// One mention of a referent in the narrative.
    struct Event: Sendable {
        var range: Range<Int>
        var referent: Int
        /// The mention is the subject of its clause; nil until asked (`isSubject(_:)`), since
        /// only mentions near a pronoun ever are.
        var subject: Bool?
        var sentence: Int
        var paragraph: Int
    }

    /// The subject test of mentions by name, remembered once made.
    private final class SubjectCache {
        var known: [Int: Bool] = [:]
    }
    private let subjectCache = SubjectCache()

    /// Whether an event's mention is the subject of its clause, worked out on first asking.
    func isSubject(_ e: Event) -> Bool {
        if let known = e.subject { return known }
        if let known = subjectCache.known[e.range.lowerBound] { return known }
        let found = isSubject(e.range)
        subjectCache.known[e.range.lowerBound] = found
        return found
    }

    let scalars: [Unicode.Scalar]
    let paragraphs: [Range<Int>]
    /// The quoted stretches, marks included, in text order: no narrative there.
    let quoted: [Range<Int>]
    private(set) var referents: [Referent] = []
    /// The mentions found by name, in text order.
    private var named: [Event] = []
    /// The mentions found by pronoun or description, in text order.
    private var resolved: [Event] = []
    /// The referent each narrative pronoun and description resolved to, by its start offset.
    private(set) var resolution: [Int: Int] = [:]
    /// The first scalar of each sentence, in text order.
    private var sentenceStarts: [Int] = []

    /// How many sentences back a subject may be and still be the antecedent.
    static let subjectWindow = 3
    /// How many paragraphs back any mention may be and still be the antecedent.
    static let mentionWindow = 2

    /// How far the narrative is read: past the last speaker that needs the model, nothing counts.
    let until: Int

    init(
        scalars: [Unicode.Scalar], paragraphs: [Range<Int>], quoted: [Range<Int>], entities: [ArticleEntity],
        names: () -> NameMentions, genderOf: (Int) -> NameMentions.Gender, until: Int? = nil
    ) {
        self.until = min(until ?? scalars.count, scalars.count)
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.quoted = quoted.sorted { $0.lowerBound < $1.lowerBound }
        sentenceStarts = Self.sentenceStarts(scalars, paragraphs: paragraphs)
        // Every tagged mention is covered, places and the rest too: the light finder below
        // would otherwise take `the United States' …, he said` for a man named States.
        // (The lists made at their size, and the entities read in place rather than copied
        // one by one: this runs for every article with a pronoun or a description to resolve.)
        var mentionCount = 0
        for k in entities.indices { mentionCount += entities[k].mentions.count }
        var covered: [Range<Int>] = []
        covered.reserveCapacity(mentionCount)
        for k in entities.indices where !Self.isReferent(entities[k]) { covered += entities[k].mentions }
        // (The light finder's people, added below, are found first only to count them.)
        let found = names()
        referents.reserveCapacity(entities.count + found.mentions.count)
        named.reserveCapacity(mentionCount + found.mentions.count)
        for k in entities.indices where Self.isReferent(entities[k]) {
            let kind = Self.referentKind(type: entities[k].type, name: entities[k].name, mentions: entities[k].mentions, scalars)
            referents.append(Referent(fixedName: entities[k].name, kind: kind, gender: kind == .person ? genderOf(k) : .unknown))
            for m in entities[k].mentions {
                covered.append(m)
                addNamed(m, referents.count - 1)
            }
        }
        // People the tagger missed (or no tagger ran): the light name finder's, by surname.
        var bySurname: [WordKey: Int] = [:]
        covered.sort { $0.lowerBound < $1.lowerBound }
        for m in found.mentions where !Self.overlapsAny(m.range, covered) {
            let r: Int
            if let known = bySurname[m.surname] {
                r = known
            } else {
                let full = found.canonical[m.surname] ?? m.range
                referents.append(Referent(nameRange: full, kind: .person, gender: found.genderBySurname[m.surname] ?? m.gender))
                r = referents.count - 1
                bySurname[m.surname] = r
            }
            addNamed(m.range, r)
        }
        named.sort { $0.range.lowerBound < $1.range.lowerBound }
        resolveNarrative()
    }

    /// The words the model compares often, hashed once.
    enum Keys {
        static let he = WordKey("he"), she = WordKey("she"), it = WordKey("it"), they = WordKey("they")
        static let the = WordKey("the"), which = WordKey("which"), who = WordKey("who"), whose = WordKey("whose"), whom = WordKey("whom")
        static let spokesman = WordKey("spokesman"), spokeswoman = WordKey("spokeswoman")
        static let a = WordKey("a"), an = WordKey("an"), this = WordKey("this"), that = WordKey("that")
    }

    /// The first letters of `he`, `she`, `the`, `this`, `that`, `a` and `an`, either case.
    static func mayOpenPhrase(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "h", "H", "s", "S", "t", "T", "a", "A": return true
        default: return false
        }
    }

    // MARK: - Building

    func text(_ r: Range<Int>) -> String { ScalarClass.text(scalars, r) }

    static func overlapsAny(_ r: Range<Int>, _ sorted: [Range<Int>]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].upperBound <= r.lowerBound { low = middle + 1 } else { high = middle }
        }
        // Ranges are short and seldom nest: a few steps settle it.
        var i = max(0, low - 2)
        while i < sorted.count, sorted[i].lowerBound < r.upperBound {
            if sorted[i].overlaps(r) { return true }
            i += 1
        }
        return false
    }

    func isQuoted(_ r: Range<Int>) -> Bool { Self.overlapsAny(r, quoted) }

    /// A person the tagger typed as one, unless its name ends like an organisation's or the text
    /// goes on about it with `which` (`Laura Ashley, which floated in 1995`).
    func referentKind(of e: ArticleEntity) -> Kind { Self.referentKind(of: e, scalars) }

    /// `referentKind(of:)` of an entity of the text `scalars`, asked without building a model
    /// (`SpeakerResolver.describedEntity` wants only the organisations' names).
    static func referentKind(of e: ArticleEntity, _ scalars: [Unicode.Scalar]) -> Kind {
        referentKind(type: e.type, name: e.name, mentions: e.mentions, scalars)
    }

    /// `referentKind(of:_:)` from the entity's fields: `init` reads them in place in its list,
    /// where passing the entity copied it (and released the copy) for every person and organisation.
    static func referentKind(type: EntityType, name: String, mentions: [Range<Int>], _ scalars: [Unicode.Scalar]) -> Kind {
        guard type == .person else { return .organisation }
        let words = NameWords(name)
        if words.last != nil {
            // Most names' last word is plain ASCII and no head: ruled out by its key, without
            // the lower-case string (`WordList.rulesOut`) or the list of the name's words.
            let ruledOut = words.lastASCII.map { OrganisationWords.heads.rulesOut($0) } ?? false
            if !ruledOut, let last = name.splitAtSpaces().last, OrganisationWords.heads.contains(String(last).lowercased()) {
                return .organisation
            }
        }
        for m in mentions where m.upperBound + 8 < scalars.count && scalars[m.upperBound] == "," {
            var i = m.upperBound + 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
            if let w = word(scalars, startingAt: i), ScalarClass.wordKey(scalars, w) == Keys.which { return .organisation }
        }
        return .person
    }

    /// The names of the entities the model takes for organisations (those of `referentKind`
    /// `.organisation` among its people and organisations), found from the entities alone:
    /// `SpeakerResolver.describedEntity` wants only these, without building a model.
    static func organisationNames(of entities: [ArticleEntity], _ scalars: [Unicode.Scalar]) -> Set<String> {
        Set(entities.lazy.filter { isReferent($0) && referentKind(of: $0, scalars) == .organisation }.map(\.name))
    }

    /// Whether the model follows entity `e`: people and organisations (places and the rest are
    /// only kept from the light name finder's reach).
    static func isReferent(_ e: ArticleEntity) -> Bool { e.type == .person || e.type == .organization }

    /// `WordKey(scalars, w)`, inline for an ASCII word (`ScalarClass.wordKey`).
    @inline(__always)
    func wordKey(_ w: Range<Int>) -> WordKey { ScalarClass.wordKey(scalars, w) }

    /// `word(startingAt:)` of `scalars`, for `referentKind(of:_:)`, which has no model.
    static func word(_ scalars: [Unicode.Scalar], startingAt i: Int) -> Range<Int>? {
        scalars.withUnsafeBufferPointer { word(in: $0, startingAt: i) }
    }

    mutating func addNamed(_ m: Range<Int>, _ referent: Int) {
        guard m.upperBound <= scalars.count, !isQuoted(m) else { return }
        named.append(Event(range: m, referent: referent, subject: nil, sentence: sentenceIndex(m.lowerBound), paragraph: paragraphIndex(m.lowerBound)))
    }

    /// Walks the narrative in order, resolving each pronoun and each description that stands as
    /// a subject, so that later ones can take them as antecedents.
    mutating func resolveNarrative() {
        var q = 0
        // Before the start of quotation `q` no quotation can begin or end the walk's stretch
        // (they are in order of their starts): the quotations are asked again only there.
        // (No buffer pointer: a closure here copies the model at every call it makes.)
        var nextQuoted = Int.min
        // The keys compared at every word that may open a phrase, read once: each read of a
        // static goes through its lazy initialiser's check.
        let he = Keys.he, she = Keys.she, the = Keys.the, a = Keys.a, an = Keys.an, this = Keys.this, that = Keys.that
        for p in paragraphs where p.lowerBound < until {
            var i = p.lowerBound
            let stop = min(p.upperBound, until)
            while i < stop {
                if i >= nextQuoted {
                    while q < quoted.count, quoted[q].upperBound <= i { q += 1 }
                    if q < quoted.count, quoted[q].lowerBound <= i {
                        i = quoted[q].upperBound
                        continue
                    }
                    nextQuoted = q < quoted.count ? quoted[q].lowerBound : Int.max
                }
                // Only `he`, `she`, an article or `this`/`that` start a phrase the model reads:
                // every other word is passed over at once, up to the next quotation.
                let limit = min(stop, nextQuoted)
                let from = i
                // (The word found read in the same pass over the buffer: `word(startingAt:)`,
                // called, cost the walk a call and a second look-up of the buffer at every word.)
                let (opening, found) = scalars.withUnsafeBufferPointer { b in
                    let at = Self.nextPhraseOpening(in: b, from: from, before: limit, paragraphStart: p.lowerBound)
                    return (at, at < limit ? Self.word(in: b, startingAt: at) : nil)
                }
                i = opening
                guard i < limit else { continue }
                guard let w = found, w.upperBound <= p.upperBound else {
                    i += 1
                    continue
                }
                guard w.count <= 4 else {
                    i = w.upperBound
                    continue
                }
                let key = wordKey(w)
                if key == he || key == she {
                    // `it` and `they` are resolved when a speaker needs them: most are no one's.
                    if let wanted = Self.wanted(byPronoun: key), let r = antecedent(before: w.lowerBound, wanted) {
                        resolution[w.lowerBound] = r
                        resolved.append(Event(range: w, referent: r, subject: true, sentence: sentenceIndex(w.lowerBound), paragraph: paragraphIndex(w.lowerBound)))
                    }
                } else if key == the || key == a || key == an || key == this || key == that,
                    leftContext(of: w) == .clauseStart, let (phrase, r) = description(startingAt: w.lowerBound, paragraph: p), isSubject(phrase)
                {
                    resolution[w.lowerBound] = r
                    resolved.append(Event(range: phrase, referent: r, subject: true, sentence: sentenceIndex(w.lowerBound), paragraph: paragraphIndex(w.lowerBound)))
                    i = phrase.upperBound
                    continue
                }
                i = w.upperBound
            }
        }
    }

    /// The first offset in `from..<limit` (within `s`, in a paragraph starting at or before
    /// `from`) where a word starts whose first letter may open a phrase the narrative walk reads
    /// (`mayOpenPhrase`), else `limit`: the stretch the walk passes over between such words.
    ///
    /// Eight scalars at a time, each beside the one before it: about one word in three starts
    /// with `h`, `s`, `t` or `a`, in no pattern, so the scalar-by-scalar test
    /// (`nextPhraseOpeningByScalar`) mispredicted its branches at most letters. A lane whose
    /// scalar before is no ASCII letter is only a candidate, which `isWordScalar` settles.
    static func nextPhraseOpening(in s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, before limit: Int, paragraphStart: Int) -> Int {
        guard from < limit, let base = s.baseAddress else { return limit }
        var i = from
        // (The paragraph's first scalar starts a word whatever stands before it.)
        if i == paragraphStart {
            if mayOpenPhrase(s[i]) { return i }
            i += 1
        }
        let raw = UnsafeRawPointer(base)
        // From here `i - 1` is in the paragraph: the block before each block of scalars loads too.
        while i &+ 8 <= limit {
            let folded = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self) | .init(repeating: 0x20)
            let opens = (folded .== .init(repeating: 0x68)) .| (folded .== .init(repeating: 0x73)) .| (folded .== .init(repeating: 0x74))
                .| (folded .== .init(repeating: 0x61))
            // Only a letter before rules a lane out here (a digit before a letter is rare: the
            // test below settles it).
            // (Signed lanes: SSE compares 32-bit lanes signed only, and no scalar reaches the sign.)
            let before = raw.loadUnaligned(fromByteOffset: (i &- 1) &* 4, as: SIMD8<Int32>.self) | .init(repeating: 0x20)
            let letter = (before .> .init(repeating: 0x60)) .& (before .< .init(repeating: 0x7B))
            let candidates = opens .& .!letter
            let lanes = unsafeBitCast(candidates, to: (UInt64, UInt64, UInt64, UInt64).self)
            guard lanes.0 | lanes.1 | lanes.2 | lanes.3 != 0 else {
                i &+= 8
                continue
            }
            // The first candidate: two 32-bit lanes to a word.
            let lane = lanes.0 != 0 ? lanes.0.trailingZeroBitCount >> 5
                : lanes.1 != 0 ? 2 + lanes.1.trailingZeroBitCount >> 5
                : lanes.2 != 0 ? 4 + lanes.2.trailingZeroBitCount >> 5 : 6 + lanes.3.trailingZeroBitCount >> 5
            let j = i &+ lane
            if !QuoteMarks.isWordScalar(s[j &- 1]) { return j }
            i = j &+ 1
        }
        return nextPhraseOpeningByScalar(in: s, from: i, before: limit, paragraphStart: paragraphStart)
    }

    /// `nextPhraseOpening(in:from:before:paragraphStart:)` one scalar at a time: its tail, and
    /// what its tests hold it to.
    static func nextPhraseOpeningByScalar(in s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, before limit: Int, paragraphStart: Int) -> Int {
        var i = from
        while i < limit {
            // (A letter that may open a phrase is a word's scalar: it starts a word when the
            // scalar before is none, or the paragraph starts there.)
            if mayOpenPhrase(s[i]), i == paragraphStart || !QuoteMarks.isWordScalar(s[i - 1]) { return i }
            i += 1
        }
        return limit
    }

    /// What a pronoun wants of its antecedent: a person of a gender, or an organisation.
    enum Wanted: Sendable, Equatable {
        case person(NameMentions.Gender)
        case organisation
    }

    static func wanted(byPronoun key: WordKey) -> Wanted? {
        if key == Keys.he { return .person(.male) }
        if key == Keys.she { return .person(.female) }
        if key == Keys.it || key == Keys.they { return .organisation }
        return nil
    }

    func fits(_ r: Int, _ wanted: Wanted, strictGender: Bool) -> Bool {
        let ref = referents[r]
        switch wanted {
        case .organisation: return ref.kind == .organisation
        case .person(let g):
            guard ref.kind == .person else { return false }
            return ref.gender == g || !strictGender && ref.gender == .unknown
        }
    }

    // MARK: - Resolving

    /// The referent a pronoun at `offset` stands for: the latest subject that fits in this
    /// sentence or the few before, else the latest fitting mention of known gender, else any
    /// fitting mention, within the last paragraphs.
    func antecedent(before offset: Int, _ wanted: Wanted) -> Int? {
        let sentence = sentenceIndex(offset)
        var best: Int? = nil
        var loose: Int? = nil
        var any: Int? = nil
        var found: Int? = nil
        forEachEventBackwards(from: offset) { e in
            if e.sentence >= sentence - Self.subjectWindow, fits(e.referent, wanted, strictGender: false), isSubject(e) {
                found = e.referent
                return false
            }
            // `It is also a debut`: `it` is often no one; it takes only a subject organisation.
            if wanted == .organisation { return true }
            if best == nil, fits(e.referent, wanted, strictGender: true) { best = e.referent }
            if loose == nil, e.sentence >= sentence - Self.subjectWindow, fits(e.referent, wanted, strictGender: false) { loose = e.referent }
            if any == nil, fits(e.referent, wanted, strictGender: false) { any = e.referent }
            return true
        }
        return found ?? best ?? loose ?? any
    }

    /// Calls `body` with the events before `offset`, latest first, by name and by pronoun alike,
    /// back to the paragraph window, until it returns false.
    func forEachEventBackwards(from offset: Int, _ body: (Event) -> Bool) {
        func lastBefore(_ events: [Event]) -> Int {
            var low = 0
            var high = events.count
            while low < high {
                let middle = (low + high) / 2
                if events[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            return low - 1
        }
        var a = lastBefore(named)
        var b = lastBefore(resolved)
        let floorParagraph = paragraphIndex(offset) - Self.mentionWindow
        while a >= 0 || b >= 0 {
            let takeNamed = b < 0 || a >= 0 && named[a].range.lowerBound >= resolved[b].range.lowerBound
            let e = takeNamed ? named[a] : resolved[b]
            if takeNamed { a -= 1 } else { b -= 1 }
            if e.paragraph < floorParagraph { return }
            if !body(e) { return }
        }
    }

    /// The events before `offset`, latest first, by name and by pronoun alike.
    func eventsBackwards(from offset: Int) -> [Event] {
        func lastBefore(_ events: [Event]) -> Int {
            var low = 0
            var high = events.count
            while low < high {
                let middle = (low + high) / 2
                if events[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            return low - 1
        }
        var a = lastBefore(named)
        var b = lastBefore(resolved)
        var out: [Event] = []
        // Enough for the windows: stop once both lists are past the paragraph window.
        let floorParagraph = paragraphIndex(offset) - Self.mentionWindow
        while a >= 0 || b >= 0 {
            let takeNamed = b < 0 || a >= 0 && named[a].range.lowerBound >= resolved[b].range.lowerBound
            let e = takeNamed ? named[a] : resolved[b]
            if takeNamed { a -= 1 } else { b -= 1 }
            if e.paragraph < floorParagraph { break }
            out.append(e)
        }
        return out
    }

    /// A description standing for a person or an organisation the article has named:
    /// `the Tory leader`, `The Scot`, `the 28-year-old`, `the company`, `A spokesman`. Returns the
    /// phrase and its referent (an unnamed person is added for `a spokesman`).
    mutating func description(startingAt start: Int, paragraph: Range<Int>) -> (Range<Int>, Int)? {
        guard let first = word(startingAt: start) else { return nil }
        let definite = !FunctionWords.indefiniteArticles.contains(wordKey(first))
        // Up to seven words after the article, the last of them the head noun: how many were
        // read, the one before the last, and the keys of the capitalised ones before the last
        // (the description's modifiers), kept as the words are read rather than in a list.
        var count = 0
        var previous: Range<Int>? = nil
        var capitalisedKeys: [WordKey] = []
        var i = first.upperBound
        // Whether the word about to be read is a person noun, when the word before already asked.
        var knownNoun: Bool? = nil
        // The word about to be read and its key, when the word before already read them (the
        // next word starts where the spaces after the last one end, as the loop finds it).
        var ahead: (word: Range<Int>?, key: WordKey?)? = nil
        while count < 7 {
            while i < paragraph.upperBound, scalars[i] == " " { i += 1 }
            let candidate: Range<Int>? = if let ahead { ahead.word } else { word(startingAt: i) }
            guard let w = candidate, w.upperBound <= paragraph.upperBound else { break }
            count += 1
            i = w.upperBound
            let key = ahead?.key ?? wordKey(w)
            let next = word(startingAt: skipSpaces(i, paragraph))
            let nextKey: WordKey? = if let next { wordKey(next) } else { nil }
            ahead = (next, nextKey)
            let nextIsNoun = next.map { isPersonNoun($0, key: nextKey!) } ?? false
            let isNoun = knownNoun ?? isPersonNoun(w, key: key)
            knownNoun = nextIsNoun
            if isNoun, !nextIsNoun {
                let phrase = start..<w.upperBound
                if !definite {
                    // `A spokesman said`: someone unnamed, who takes the pronouns after. One who speaks
                    // for an organisation (`a spokesman for the Press`, `a Cairn Energy spokesman`,
                    // or the organisation the story is about) stands for it.
                    guard OrganisationWords.spokesWords.contains(key) || PersonNouns.nouns.contains(key) else { return nil }
                    let gender: NameMentions.Gender = key == Keys.spokeswoman ? .female : key == Keys.spokesman ? .male : .unknown
                    var name: String? = nil
                    if OrganisationWords.spokesWords.contains(key) {
                        name = organisation(within: start..<w.upperBound, after: w.upperBound, paragraph: paragraph)
                            .map { self.name(of: $0) } ?? latestSubjectOrganisation(before: start).map { self.name(of: $0) } ?? nil
                    }
                    referents.append(Referent(fixedName: name, kind: .person, gender: gender))
                    return (phrase, referents.count - 1)
                }
                if let r = personDescribed(as: key, modifiers: capitalisedKeys, before: start) ?? latestSubjectPerson(before: start) { return (phrase, r) }
                return nil
            }
            if OrganisationWords.generalInstitutionNouns.contains(key), definite, !nextIsNoun {
                guard let r = latestOrganisation(before: start, named: key) else { return nil }
                return (start..<w.upperBound, r)
            }
            // Stop at anything that cannot be inside the description: a function word, a verb
            // of saying, a preposition (`the inquiry into the …`). Capitalised words are a name's
            // (`The She Hate Me director`), and so are the small words between them (`A
            // Department for Education and Skills spokeswoman`).
            let capitalised = ScalarClass.isUpper(scalars[w.lowerBound])
            let smallInName = SmallWords.inTitles.contains(key) && previous.map { ScalarClass.isUpper(scalars[$0.lowerBound]) } ?? false
            if !capitalised, !smallInName, QuoteWordLists.closedPrepositionsOrInterveners.contains(key) || SpeechVerbs.cues.contains(key) {
                break
            }
            if capitalised { capitalisedKeys.append(key) }
            previous = w
        }
        return nil
    }

    func skipSpaces(_ i: Int, _ paragraph: Range<Int>) -> Int {
        var j = i
        while j < paragraph.upperBound, scalars[j] == " " { j += 1 }
        return j
    }

    /// A noun that names a person by role, trade, origin or age: `leader`, `Scot`, `28-year-old`.
    func isPersonNoun(_ w: Range<Int>) -> Bool {
        isPersonNoun(w, key: wordKey(w))
    }

    /// `isPersonNoun(w)`, given the word's key.
    func isPersonNoun(_ w: Range<Int>, key: WordKey) -> Bool {
        if QuoteWordLists.personNouns.contains(key) { return true }
        // `28-year-old`
        return Self.isAge(scalars, w)
    }

    /// `28-year-old`: digits, then `-year-old`.
    static func isAge(_ s: [Unicode.Scalar], _ w: Range<Int>) -> Bool {
        let suffix: [Unicode.Scalar] = ["-", "y", "e", "a", "r", "-", "o", "l", "d"]
        return w.count > suffix.count && ScalarClass.isNumeric(s[w.lowerBound]) && ScalarClass.endsCaseless(s, w, suffix)
    }

    /// Whether word `w` ends in the two scalars given (lower case).
    func ends(_ w: Range<Int>, _ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        w.count >= 2 && scalars[w.upperBound - 2] == a && scalars[w.upperBound - 1] == b
    }

    /// The person last named with `title` right before the name (`Tory leader Michael Howard`
    /// for `the Tory leader`), the description's capitalised words among the three before it
    /// (`the Glasgow Kelvin MP` is not `Labour MP Oona King`).
    func personDescribed(as title: WordKey, modifiers: [WordKey], before offset: Int) -> Int? {
        for e in named.reversed() where e.range.upperBound <= offset && referents[e.referent].kind == .person {
            var before: [WordKey] = []
            var j = e.range.lowerBound - 1
            while before.count < 4 {
                while j >= 0, scalars[j] == " " { j -= 1 }
                let end = j + 1
                while j >= 0, QuoteMarks.isWordScalar(scalars[j]) || scalars[j] == "'" || scalars[j] == "\u{2019}" { j -= 1 }
                guard end > j + 1 else { break }
                before.append(wordKey((j + 1)..<end))
                // Most names have no such title before them: read on only when the first word is it.
                if before.count == 1, before[0] != title { break }
            }
            guard before.first == title else { continue }
            if modifiers.allSatisfy({ before.dropFirst().contains($0) }) { return e.referent }
        }
        return nil
    }

    /// An organisation named inside `phrase` (`a Cairn Energy spokesman`) or right after it
    /// (`a spokesman for the Oxford University Press`).
    func organisation(within phrase: Range<Int>, after end: Int, paragraph: Range<Int>) -> Int? {
        var j = skipSpaces(end, paragraph)
        if let link = word(startingAt: j), FunctionWords.roleLinks.contains(wordKey(link)) {
            j = skipSpaces(link.upperBound, paragraph)
            if let the = word(startingAt: j), wordKey(the) == Keys.the { j = skipSpaces(the.upperBound, paragraph) }
        } else {
            j = -1
        }
        for e in named where referents[e.referent].kind == .organisation {
            if e.range.lowerBound >= phrase.lowerBound && e.range.upperBound <= phrase.upperBound || e.range.lowerBound == j { return e.referent }
        }
        return nil
    }

    /// The referent of a pronoun or description resolved in the narrative whose words cover `r`.
    func referent(covering r: Range<Int>) -> Int? {
        if let known = resolution[r.lowerBound] { return known }
        return resolved.first { $0.range.lowerBound <= r.lowerBound && r.upperBound <= $0.range.upperBound }?.referent
    }

    /// The person who is the latest subject in this sentence or the two before.
    func latestSubjectPerson(before offset: Int) -> Int? {
        let sentence = sentenceIndex(offset)
        for e in eventsBackwards(from: offset) where e.sentence >= sentence - 2 {
            if referents[e.referent].kind == .person, referents[e.referent].isNamed, isSubject(e) { return e.referent }
        }
        return nil
    }

    /// The organisation `the company` stands for: the latest subject organisation nearby, else
    /// the latest organisation named.
    func latestOrganisation(before offset: Int, named noun: WordKey) -> Int? {
        latestSubjectOrganisation(before: offset) ?? eventsBackwards(from: offset).first { referents[$0.referent].kind == .organisation }?.referent
    }

    /// The organisation that is the latest subject in this sentence or the few before.
    func latestSubjectOrganisation(before offset: Int) -> Int? {
        let sentence = sentenceIndex(offset)
        return eventsBackwards(from: offset).first {
            $0.sentence >= sentence - Self.subjectWindow && referents[$0.referent].kind == .organisation && isSubject($0)
        }?.referent
    }

    // MARK: - Clauses

    /// Whether the mention at `r` is the subject of its clause: nothing but the words of its own
    /// noun phrase (an article, titles, roles, an owner `Tennis Australia's`) stands between it and
    /// the clause's start (a sentence or paragraph start, a comma or colon, a conjunction, a
    /// quotation), it is no owner itself (`Hewitt's comments`), and it is not inside a relative
    /// clause. Inverted after a cue at the end of a clause (`said Tim Danton, editor …`), it is too.
    func isSubject(_ r: Range<Int>) -> Bool {
        let n = scalars.count
        if r.upperBound + 1 < n, scalars[r.upperBound] == "'" || scalars[r.upperBound] == "\u{2019}",
            scalars[r.upperBound + 1] == "s" || scalars[r.upperBound + 1] == "S"
        {
            return false
        }
        if insideRelativeClause(r) { return false }
        // `Staunton, 49, who told …`: the subject of the relative clause that follows.
        if opensRelativeClause(after: r) { return true }
        // A clause's subject is followed by its verb (`Closer and Hotel Rwanda respectively` is no
        // clause), unless it stands inverted after its cue.
        switch leftContext(of: r) {
        case .clauseStart: return verbFollows(r)
        case .inverted: return true
        case .inside: return false
        }
    }

    /// What stands before a mention, past the words of its own noun phrase.
    enum LeftContext {
        /// A clause starts there: a sentence start, a comma, a conjunction, a quotation.
        case clauseStart
        /// A cue verb, with the clause ending after the mention: `said Tim Danton, editor …`.
        case inverted
        /// A verb or a preposition: the mention is an object.
        case inside
    }

    func leftContext(of r: Range<Int>) -> LeftContext {
        let floor = paragraphs[paragraphIndex(r.lowerBound)].lowerBound
        var i = r.lowerBound
        var steps = 0
        // Once a role is seen, lower-case words before it belong to it: `energy analyst Adam Landes`.
        var sawRole = false
        while steps < 7 {
            var j = i - 1
            while j >= floor, scalars[j] == " " { j -= 1 }
            guard j >= floor else { return .clauseStart }
            let c = scalars[j]
            if QuoteMarks.isWordScalar(c) {
                var b = j
                while b > floor, QuoteMarks.isWordScalar(scalars[b - 1]) || scalars[b - 1] == "-" || scalars[b - 1] == "'" || scalars[b - 1] == "\u{2019}" { b -= 1 }
                let w = b..<(j + 1)
                let key = wordKey(w)
                if QuoteWordLists.clauseOpeners.contains(key) { return .clauseStart }
                if SpeechVerbs.cues.contains(key), !ScalarClass.isUpper(scalars[w.lowerBound]) {
                    return endsClause(after: r) ? .inverted : .inside
                }
                // The words of the noun phrase itself.
                let capitalised = ScalarClass.isUpper(scalars[w.lowerBound])
                let owner = w.count > 2 && scalars[w.upperBound - 1] == "s" && (scalars[w.upperBound - 2] == "'" || scalars[w.upperBound - 2] == "\u{2019}")
                let role = QuoteWordLists.roleNouns.contains(key)
                let roleModifier = sawRole && !capitalised && !QuoteWordLists.closedOrPrepositions.contains(key) && !ends(w, "e", "d")
                if capitalised && !FunctionWords.sentenceOpeners.contains(key) || owner || FunctionWords.articles.contains(key) || role
                    || roleModifier || PersonNouns.modifiers.contains(key) || ScalarClass.isNumeric(c)
                {
                    sawRole = sawRole || role
                    i = w.lowerBound
                    steps += 1
                    continue
                }
                return capitalised ? .clauseStart : .inside  // `But`, `And`, `Then` opening the sentence
            }
            if c == "." {
                // `Mr. Ode`, `Sen. Ode`: an abbreviation's stop belongs to the phrase.
                var b = j
                while b > floor, QuoteMarks.isWordScalar(scalars[b - 1]) { b -= 1 }
                if b < j, Abbreviations.all.contains(wordKey(b..<j)) || j - b == 1 {
                    i = b
                    steps += 1
                    continue
                }
                return .clauseStart
            }
            let opens = c == "," || c == ";" || c == ":" || c == "!" || c == "?" || c == "(" || c == "\u{2014}" || c == "\u{2013}" || c == "-"
                || QuoteMarks.isAnyMark(c)
            return opens ? .clauseStart : .inside
        }
        return .inside
    }

    /// `, who` (or `, 49, who`) follows the mention.
    func opensRelativeClause(after r: Range<Int>) -> Bool {
        var j = r.upperBound
        for _ in 0..<2 {
            guard j < scalars.count, scalars[j] == "," else { return false }
            j += 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard let w = word(startingAt: j) else { return false }
            if wordKey(w) == Keys.who { return true }
            // An age in apposition: `, 49,`.
            guard ScalarClass.isNumeric(scalars[w.lowerBound]) else { return false }
            j = w.upperBound
        }
        return false
    }

    /// A verb follows the mention, after any apposition between commas, a bracket or an
    /// adverb: `Pollard rejected`, `Ada Ode, the council's leader, said`, `Owen has already`.
    func verbFollows(_ r: Range<Int>) -> Bool {
        let paragraph = paragraphs[paragraphIndex(r.lowerBound)]
        var j = skipSpaces(r.upperBound, paragraph)
        // `A spokesman for the Oxford University Press said`: a role's organisation comes first.
        if let link = word(startingAt: j), FunctionWords.roleLinks.contains(wordKey(link)) {
            var k = skipSpaces(link.upperBound, paragraph)
            if let the = word(startingAt: k), wordKey(the) == Keys.the { k = skipSpaces(the.upperBound, paragraph) }
            var named = false
            while let w = word(startingAt: k), w.upperBound <= paragraph.upperBound,
                ScalarClass.isUpper(scalars[w.lowerBound]) || named && SmallWords.inTitles.contains(wordKey(w))
            {
                named = true
                k = skipSpaces(w.upperBound, paragraph)
            }
            if named { j = k }
        }
        // Skip one apposition or relative clause between commas, or a bracket.
        if j < paragraph.upperBound, scalars[j] == "," || scalars[j] == "(" {
            let close: Unicode.Scalar = scalars[j] == "," ? "," : ")"
            var k = j + 1
            var words = 0
            while k < paragraph.upperBound, scalars[k] != close, scalars[k] != ".", words < 30 {
                if scalars[k] == " " { words += 1 }
                k += 1
            }
            guard k < paragraph.upperBound, scalars[k] == close else { return false }
            j = skipSpaces(k + 1, paragraph)
        }
        for _ in 0..<3 {
            guard let w = word(startingAt: j), w.upperBound <= paragraph.upperBound, !ScalarClass.isUpper(scalars[w.lowerBound]) else { return false }
            let key = wordKey(w)
            if QuoteWordLists.beOrHaveForms.contains(key) || SpeechVerbs.cues.contains(key) { return true }
            // Adverbs and the like between subject and verb: `also`, `later`, `initially`.
            if ClauseWords.interveners.contains(key) || ends(w, "l", "y") {
                j = skipSpaces(w.upperBound, paragraph)
                continue
            }
            if QuoteWordLists.closedOrPrepositions.contains(key) { return false }
            return w.count > 3 && (ends(w, "e", "d") || scalars[w.upperBound - 1] == "s" && !ends(w, "s", "s"))
        }
        return false
    }

    /// The clause ends right after `r`: punctuation or the paragraph's end follows.
    func endsClause(after r: Range<Int>) -> Bool {
        var j = r.upperBound
        while j < scalars.count, scalars[j] == " " { j += 1 }
        guard j < scalars.count else { return true }
        let c = scalars[j]
        return c == "," || c == "." || c == ";" || c == ":" || c == "\n" || c == "(" || c == "!" || c == "?"
    }

    /// Whether `r` lies inside `, who …,` or `, which …,`: back to the nearest comma in the
    /// sentence, the word after it is a relative pronoun.
    func insideRelativeClause(_ r: Range<Int>) -> Bool {
        let floor = paragraphs[paragraphIndex(r.lowerBound)].lowerBound
        var j = r.lowerBound - 1
        var steps = 0
        while j >= floor, steps < 300 {
            let c = scalars[j]
            if c == "." || c == "!" || c == "?" || QuoteMarks.isAnyMark(c) || c == ":" || c == ";" { return false }
            if c == "," {
                var k = j + 1
                while k < r.lowerBound, scalars[k] == " " { k += 1 }
                guard let w = word(startingAt: k), w.upperBound <= r.lowerBound else { return false }
                let key = wordKey(w)
                return key == Keys.who || key == Keys.which || key == Keys.whose || key == Keys.whom
            }
            j -= 1
            steps += 1
        }
        return false
    }

    /// The word (letters, digits, inner hyphens and apostrophes) starting at `i`.
    ///
    /// Asked of every word the narrative walk meets that may open a phrase: read from the buffer,
    /// without bounds checks.
    func word(startingAt i: Int) -> Range<Int>? {
        scalars.withUnsafeBufferPointer { Self.word(in: $0, startingAt: i) }
    }

    /// `word(startingAt:)` in `s`. (Always inlined: called, it cost the narrative walk 1.9 M
    /// instructions over 300 bbc articles.)
    @inline(__always)
    private static func word(in s: UnsafeBufferPointer<Unicode.Scalar>, startingAt i: Int) -> Range<Int>? {
        guard i >= 0, i < s.count, QuoteMarks.isWordScalar(s[i]) else { return nil }
        var j = i + 1
        while j < s.count {
            if QuoteMarks.isWordScalar(s[j]) {
                j += 1
            } else if s[j] == "-" || s[j] == "'" || s[j] == "\u{2019}", j + 1 < s.count, QuoteMarks.isWordScalar(s[j + 1]),
                !(s[j + 1] == "s" && (j + 2 >= s.count || !QuoteMarks.isWordScalar(s[j + 2])))
            {
                j += 1
            } else {
                break
            }
        }
        return i..<j
    }

    // MARK: - Positions

    /// Where sentences start: after a full stop, question or exclamation mark (and any closing
    /// mark) followed by a space, except after an abbreviation or an initial; and at each paragraph.
    static func sentenceStarts(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [Int] {
        var out: [Int] = []
        // Every scalar of the article is read: without bounds checks, inside the paragraph
        // clamped to the text.
        scalars.withUnsafeBufferPointer { s in
            for p in paragraphs {
                out.append(p.lowerBound)
                var i = p.lowerBound
                let end = min(p.upperBound, s.count)
                while i < end {
                    // The next stop, or a scalar beyond ASCII, which is passed over below as
                    // every other scalar that is no stop: nothing else acts here.
                    i = Self.nextStopOrBeyondASCII(in: s, from: i, before: end)
                    guard i < end else { break }
                    let c = s[i]
                    if c == "." || c == "!" || c == "?" {
                        var j = i + 1
                        while j < end, QuoteMarks.isAnyMark(s[j]) { j += 1 }
                        if j < end, s[j] == " " {
                            var b = i
                            while b > p.lowerBound, QuoteMarks.isWordScalar(s[b - 1]) { b -= 1 }
                            let abbreviation = c == "." && b < i
                                && (i - b == 1 && ScalarClass.isUpper(s[b])
                                    || Abbreviations.all.contains(WordKey(ascii: s, b..<i) ?? ScalarClass.foldedWordKey(scalars, b..<i)))
                            if !abbreviation {
                                while j < end, s[j] == " " { j += 1 }
                                if j < end { out.append(j) }
                            }
                        }
                        i = j
                        continue
                    }
                    i += 1
                }
            }
        }
        return out
    }

    /// The first offset in `from..<end` (within `s`) holding a full stop, a question or an
    /// exclamation mark, or a scalar beyond ASCII, else `end`: sixteen ASCII scalars at a time,
    /// packed into bytes (`ScalarScan.firstInASCIIOrBeyond`), where eight 32-bit lanes cost
    /// twice as much a scalar. `sentenceStarts` reads every scalar of the article here.
    @inline(__always)
    static func nextStopOrBeyondASCII(in s: UnsafeBufferPointer<Unicode.Scalar>, from: Int, before end: Int) -> Int {
        ScalarScan.firstInASCIIOrBeyond(
            in: s, from: from, before: end,
            anyASCIIHit: { v in
                ScalarScan.any((v .== .init(repeating: 0x2E)) .| (v .== .init(repeating: 0x21)) .| (v .== .init(repeating: 0x3F)))
            },
            isHit: { v in v == 0x2E || v == 0x21 || v == 0x3F || v >= 0x80 })
    }

    func sentenceIndex(_ offset: Int) -> Int {
        var low = 0
        var high = sentenceStarts.count
        while low < high {
            let middle = (low + high) / 2
            if sentenceStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    func paragraphIndex(_ offset: Int) -> Int {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return min(low, max(0, paragraphs.count - 1))
    }
}
