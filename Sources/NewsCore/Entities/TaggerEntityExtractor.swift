/// The default entity extractor: the trained two-pass tagger, then article-level rules and alias
/// merging.
///
/// The article is tokenised block by block (the headline and each paragraph are separate
/// sentences) and tagged as one document, with a title-case headline's or subheading's style
/// capitals lowered first. The tagger's spans then pass the `MentionRules` (titles and
/// possessives out of the ranges, names it missed or cut short, quoted titles, ordinary words
/// capitalised by their place, `Putin-Trump` split into two names), the document-consistency
/// pass finds names again where the tagger left them untagged, `MentionCues` reads the words
/// around each mention for evidence of its type, and `AliasMerger` makes one entity, of one
/// type, per person, organisation or place. A caption's photo credit is never read, and the
/// agency byline is never an entity.
public struct TaggerEntityExtractor: EntityExtractor {
    public let tagger: EntityTagger

    public init(tagger: EntityTagger) {
        self.tagger = tagger
    }

    /// The extractor over the model shipped in NewsCore's resources.
    public init() throws(NERModel.LoadError) {
        tagger = try EntityTagger.bundled()
    }

    /// This extractor if the bundled model loads, otherwise the rule-based `CapitalisationExtractor`.
    public static func standard() -> any EntityExtractor {
        (try? TaggerEntityExtractor()) ?? CapitalisationExtractor()
    }

    public func entities(in article: Article) -> [ArticleEntity] {
        entities(in: ArticleScalars(article))
    }

    public func entities(in text: ArticleScalars) -> [ArticleEntity] {
        let article = text.article
        let t = ArticleTokens(article: article, scalars: text.scalars)
        let dateline = Self.datelineAgency(article, t.scalars)
        // (The pronouns found once, for the hints before merging and the genders after; the
        // capitalised words in the same walk, for the rules.)
        let (pronouns, capitalised) = Self.pronounsAndCapitals(t)
        let ms = mentions(t, article, dateline: dateline, pronouns: pronouns, capitalised: capitalised)
        var entities = AliasMerger.merge(ms)
        Self.settleGenders(&entities, ms, t, pronouns: pronouns)
        // A title-case headline or subheading capitalises every word, so a name found only there is
        // too weak.
        let titleCase = article.blocks.indices.filter { t.titleCaseBlocks[$0] }.map { article.blocks[$0].range }
        if !titleCase.isEmpty {
            entities.removeAll { e in e.mentions.allSatisfy { m in titleCase.contains { $0.contains(m.lowerBound) } } }
        }
        // The agency that filed the story is its byline, never one of its entities.
        if let agency = article.agency ?? dateline {
            let key = EntityNames.aliasKey(agency)
            let acronym = EntityNames.acronymKey(agency)
            entities.removeAll { e in
                e.aliases.contains { alias in
                    let k = EntityNames.aliasKey(alias)
                    return k == key || acronym == k || EntityNames.acronymKey(alias) == key
                }
            }
        }
        return entities
    }

    /// Every entity mention in the article, in text order, before merging.
    public func mentions(in article: Article) -> [EntityMention] {
        let t = ArticleTokens(article: article)
        let (pronouns, capitalised) = Self.pronounsAndCapitals(t)
        return mentions(t, article, dateline: Self.datelineAgency(article, t.scalars), pronouns: pronouns, capitalised: capitalised)
    }

    /// The mentions, given the tokens, `datelineAgency(article)` and `pronounsAndCapitals(t)`'s
    /// pronouns and capitalised words (the latter for the tagger's text and the two rules that
    /// look for names the tagger missed).
    func mentions(_ t: ArticleTokens, _ article: Article, dateline: String?, pronouns: [Gender?], capitalised: [Int]) -> [EntityMention] {
        guard t.count > 0 else { return [] }
        let text = Self.taggerText(t, capitalised: capitalised)
        let doc = TaggerDocument(
            scalars: text.scalars, tokens: t.tokens, sentenceBreak: t.sentenceBreak, wordIds: text.wordIds, wordIdCount: t.wordIdCount)
        let tags = tagger.tag(doc)
        let lists = NameLists(gazetteer: tagger.model.gazetteer)

        var drafts = MentionRules.drafts(EntityTag.spans(tags), t)
        MentionRules.extendToHeads(&drafts, t)
        MentionRules.headedNames(&drafts, t, capitalised: capitalised)
        MentionRules.quotedTitles(&drafts, t)
        MentionRules.possessivePlaces(&drafts, t)
        MentionRules.splitAtAnd(&drafts, t)
        MentionRules.trimCompounds(&drafts, t)
        MentionRules.dropOrdinaryWords(&drafts, t)
        MentionRules.dropBareTitles(&drafts, t)
        MentionRules.partyLabels(&drafts, t, lists)
        MentionRules.completePersonNames(&drafts, t, lists)
        MentionRules.trimPersonDescriptors(&drafts, t, lists)
        MentionRules.cutGluedWords(&drafts, t, lists)
        MentionRules.otherScriptNames(&drafts, t)
        MentionRules.bracketedAcronyms(&drafts, t)
        ClosedListTypes.apply(&drafts, t, lists)

        let doubleBarrelled = MentionRules.doubleBarrelledSurnames(&drafts, t)
        var pieces: [DraftMention] = []
        pieces.reserveCapacity(drafts.count + 4)
        let agency = article.agency ?? dateline
        for d in drafts {
            // (The name's key only when there is a double-barrelled surname to meet: most articles have none.)
            let whole = !doubleBarrelled.isEmpty && doubleBarrelled.contains(EntityNames.aliasKey(t.text(Self.range(d, t))))
            // (A name with no hyphen inside is its one piece: no array of pieces is made for it.)
            let mayBreak = d.firm == nil && d.end == nil && !whole && Self.mayHaveHyphenPieces(t.tokens, d.a, d.b)
            if !mayBreak {
                // The wire agency in a dateline, "LONDON (Reuters) –", is a byline, not a mention.
                if let agency, t.text(Self.range(d, t)) == agency, t.isPunctuation(d.a - 1, "(") { continue }
                pieces.append(d)
                continue
            }
            for p in Self.hyphenPieces(t.tokens, t.scalars, d.a, d.b) {
                var piece = d
                piece.a = p.lowerBound
                piece.b = p.upperBound
                if p.lowerBound != d.a { piece.title = nil }
                if let agency, t.text(Self.range(piece, t)) == agency, t.isPunctuation(piece.a - 1, "(") { continue }
                pieces.append(piece)
            }
        }
        Self.addRepeatedNames(&pieces, t, lists, capitalised: capitalised)

        var out: [EntityMention] = pieces.map { d in
            let range = Self.range(d, t)
            // (The title's word found once, for the title and the gender it gives.)
            let title = d.title(t)
            return EntityMention(
                range: range, text: Self.text(d, range, t), type: d.firm ?? d.type, title: title,
                gender: title.flatMap(PersonTitles.gender(ofTitle:)), inHeadline: range.lowerBound < t.headlineEnd,
                evidence: MentionCues.evidence(d, t, lists), sameAs: d.sameAs.map { t.text($0) })
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        Self.coordinatedPeople(&out, t)
        Self.addPronounHints(&out, t, pronouns: pronouns)
        return out
    }

    /// The agency of a dateline ("OSLO (AP) — …") opening the story's first paragraph, for when the
    /// article's own `agency` is empty (a dateline after a standfirst and caption).
    static func datelineAgency(_ article: Article) -> String? {
        datelineAgency(article, nil)
    }

    /// `datelineAgency(article)`, ruling out at once, from the article's scalars, a paragraph
    /// that opens with a word in lower case (almost every one).
    static func datelineAgency(_ article: Article, _ scalars: [Unicode.Scalar]?) -> String? {
        guard let first = article.blocks.first(where: { $0.kind == .paragraph }) else { return nil }
        if let scalars, Self.placeHasSmallLetter(scalars, first.range) { return nil }
        let text = scalars.map { ArticleTokens.string($0, first.range) } ?? article.text(of: first)
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let place = text[..<open].split(separator: ",").first ?? ""
        let letters = place.filter(\.isLetter)
        guard !letters.isEmpty, letters.count <= 40, letters.allSatisfy(\.isUppercase) else { return nil }
        let after = text[text.index(after: close)...].drop { $0 == " " }
        guard let dash = after.first, "-–—".contains(dash) else { return nil }
        let name = String(text[text.index(after: open)..<close])
        let words = name.splitAtSpaces()
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return name
    }

    /// Whether a letter in lower case comes before any "(" or "," of the paragraph at `range`, so
    /// that the dateline's place would not be in capitals. Only plain ASCII is read: anything
    /// else before that letter leaves the answer to the full check (false).
    static func placeHasSmallLetter(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var k = max(0, range.lowerBound)
        let end = min(range.upperBound, scalars.count)
        while k < end {
            let v = scalars[k].value
            if v >= 0x80 || v == 0x28 || v == 0x2C { return false }
            if v >= 0x61 && v <= 0x7A {
                // A letter alone, with no combining mark after it, is a character of its own.
                return k + 1 == end || scalars[k + 1].value < 0x80
            }
            k += 1
        }
        return false
    }

    /// "Viktor Orlov and Maria Santos met…": a full name joined by "and" to a person's full name is
    /// likely a person's too, whatever the tagger called it.
    static func coordinatedPeople(_ ms: inout [EntityMention], _ t: ArticleTokens) {
        guard ms.count >= 2 else { return }
        // (Mentions read in place, by index: copying each pair out cost more than the test.)
        func fullName(_ k: Int) -> Bool {
            EntityNames.containsSpace(ms[k].text) && ms[k].evidence.nameType == nil && ms[k].evidence.firm == nil && ms[k].title == nil
        }
        // (The names first: most mentions are no full name, and ruling them out is cheaper than
        // finding the tokens between.)
        for k in 0..<(ms.count - 1) where fullName(k + 1) && fullName(k) {
            let i = t.tokenIndex(atOrAfter: ms[k].range.upperBound)
            guard t.tokenIndex(atOrAfter: ms[k + 1].range.lowerBound) == i + 1, t.isWord(i), t.lowerIs(i, "and") || t.lowerIs(i, "or")
            else { continue }
            let xPerson = ms[k].type == .person
            let yPerson = ms[k + 1].type == .person
            if yPerson, !xPerson { ms[k].evidence.votes[.person, default: 0] += 2 }
            if xPerson, !yPerson { ms[k + 1].evidence.votes[.person, default: 0] += 2 }
        }
    }

    /// The text of draft `d`, whose scalar range is `range`: the word's own `String` for a draft
    /// of one whole token (made once for every mention that spells it so), else `t.text(range)`.
    static func text(_ d: DraftMention, _ range: Range<Int>, _ t: ArticleTokens) -> String {
        d.b - d.a == 1 && d.end == nil ? t.word(d.a) : t.text(range)
    }

    /// The scalar range of a draft.
    static func range(_ d: DraftMention, _ t: ArticleTokens) -> Range<Int> {
        t.tokens[d.a].range.lowerBound..<(d.end ?? t.tokens[d.b - 1].range.upperBound)
    }

    /// The text the tagger reads: the article's, with a title-case headline's words that the story
    /// does not capitalise put in lower case ("Port Strike Talks Collapse" reads "Port strike talks
    /// collapse"); and each token's word id for the tagger (`ArticleTokens.exactWordIds`, none
    /// for a word lowered here, whose scalars are no longer its word's).
    /// (`capitalised` is `pronounsAndCapitals(t).capitalised`: only those words are lowered, so only they are
    /// asked.)
    static func taggerText(_ t: ArticleTokens, capitalised: [Int]) -> (scalars: [UInt32], wordIds: [Int32]) {
        // (A scalar is its 32-bit value: copied as memory, not mapped one by one.)
        var out = t.scalars.withUnsafeBytes { source in
            [UInt32](unsafeUninitializedCapacity: t.scalars.count) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
                count = t.scalars.count
            }
        }
        var ids = t.exactWordIds
        for i in capitalised where t.inTitleCase(i) && !t.sentenceBreak[i] && t.isHeadlineStyleWord(i) {
            let first = t.tokens[i].range.lowerBound
            let lower = t.scalars[first].properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let l = lower.first {
                out[first] = l.value
                ids[i] = -1
            }
        }
        return (out, ids)
    }

    /// Document consistency: a capitalised word the tagger left untagged becomes a mention when the
    /// article names the same entity elsewhere (a person's surname, or a one-word name), so
    /// "Orlov’s aides" at a sentence start joins "Mr Orlov", and "a Lindqvist-backed plan" names
    /// Lindqvist. A capitalised word just before a surname that the article never writes in lower
    /// case is taken as the given name ("Viktor"), unless it opens a sentence and no list knows
    /// it as a first name ("Former Chelsea striker").
    /// (`capitalised` is `pronounsAndCapitals(t).capitalised`: only those words can start a name.)
    static func addRepeatedNames(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists, capitalised: [Int]) {
        // The names' alias keys by `WordIds` (equal keys, equal ids), and by id what the article
        // calls each: a `Set` and a `Dictionary` by `String` hashed every key with SipHash and
        // grew a few times an article.
        var names = NameKeys(capacity: ds.count, wordIdCount: t.wordIdCount)
        func isAcronym(_ s: String) -> Bool { Self.isAcronymText(s) }
        // (A name is split into a `PersonName` once: most people are named several times alike.
        // Made empty, without storage: the tokens give nearly every name's key
        // (`tokenLastWord`), and storage for every draft, made for every article, cost more
        // than the few names it held.)
        var lastWordKeys: [ExactText: String] = [:]
        // (By index: walking the drafts themselves copied each one, Strings and arrays and all.)
        // (Each name's text made only where it is read: most names are neither.)
        for k in ds.indices where ds[k].firm == nil {
            if ds[k].type == .person, NameShape.headType(t, ds[k].a..<ds[k].b) == nil {
                if let last = tokenLastWord(ds[k], t) {
                    // (The last token's lower case, found by its id: most surnames come again.)
                    names.addSurname(lowerOf: last, t)
                    continue
                }
                let text = t.text(range(ds[k], t))
                let key = ExactText(text)
                if let known = lastWordKeys[key] {
                    names.addSurname(known)
                } else {
                    let last = PersonName(text).lastWordKey
                    lastWordKeys[key] = last
                    names.addSurname(last)
                }
            } else if ds[k].b - ds[k].a == 1 {
                // (A one-word name without a cut is its word, whose text and key the tokens hold.)
                let whole = ds[k].end == nil && t.isWord(ds[k].a)
                // (A plain word's key is its lower case, found by its id.)
                if whole && t.isPlainAlphanumeric(ds[k].a) {
                    names.addOneWordName(lowerOf: ds[k].a, t, ds[k].type)
                    continue
                }
                let text = whole ? t.word(ds[k].a) : t.text(range(ds[k], t))
                let key = whole ? MentionRules.wordKey(t, ds[k].a) : EntityNames.aliasKey(text)
                guard names.oneWordType(key) == nil else { continue }
                // (A plain word's key is its lower case, whose `WordKey` the tokens hold.)
                names.addOneWordName(key, ds[k].type, acronym: isAcronym(text))
            }
        }
        guard names.hasSurnames || names.hasOneWordNames else { return }
        var covered = TokenMarks(count: t.count)
        for k in ds.indices { covered.mark(ds[k].a..<ds[k].b) }
        var added: [DraftMention] = []
        // (Only capitalised words can start a name: they are found first, in one walk through
        // the buffers, and the uncovered ones asked the rest. The checks at every token of the
        // article were most of the rule's cost.)
        for var i in capitalised where !covered[i] && !(t.capitalIsWeak(i) && t.isOrdinaryWord(i)) {
            let cut = MentionRules.compoundCut(t, i)
            var start = i
            // A double-barrelled surname written alone: "Ruiz-Whitcombe said".
            let doubleBarrelled =
                i + 2 < t.count && t.isPunctuation(i + 1, "-") && t.tokens[i + 2].hyphenJoined && !covered[i + 2]
                && names.isSurname(EntityNames.aliasKey(t.text(t.tokens[i].range.lowerBound..<t.tokens[i + 2].range.upperBound)))
            let first = i
            if doubleBarrelled { i += 2 }
            // The name's text: the word, cut where a compound's name ends, or the double-barrelled
            // surname. (Made only where it is read: most words are neither a key of their own
            // nor a known name.)
            func word() -> String {
                if doubleBarrelled { return t.text(t.tokens[first].range.lowerBound..<t.tokens[first + 2].range.upperBound) }
                return cut.map { t.text(t.tokens[first].range.lowerBound..<$0) } ?? t.word(first)
            }
            // (A whole word of plain ASCII letters and digits has its lower case for its key, whose
            // `WordKey` the tokens hold: most such words are ruled out by it, without the key's
            // `String` made and looked up. A word no key is goes on as `facts` would send it.)
            if cut == nil, start == i, t.isPlainAlphanumeric(i), let lowerKey = t.lowerKey(i), names.rulesOut(lowerKey) { continue }
            // (A whole word's key is the one the tokens give it: `word()` is then `t.word(i)`. The
            // key looked up once for all three answers.)
            let known = cut == nil && start == i ? names.facts(wordAt: i, t) : names.facts(EntityNames.aliasKey(word()))
            var type: EntityType
            if known.surname {
                type = .person
                if cut == nil, start == i, i > 0, !covered[i - 1], t.isCapitalised(i - 1), !t.tokens[i].hyphenJoined,
                    !MentionRules.isTitle(t, i - 1), !t.isWrittenInLowerCase(i - 1),
                    !t.lower(i - 1, isIn: FunctionWords.closedClass), names.facts(wordAt: i - 1, t).oneWord == nil,
                    // ("Former Chelsea striker": a sentence's first word is a given name only
                    // when a list says it is one.)
                    !t.capitalIsWeak(i - 1) || lists.isFirstName(t, i - 1)
                {
                    start = i - 1
                }
            } else if let oneWord = known.oneWord, !known.acronym || isAcronym(word()) {
                // ("WHO" is found again as "WHO", never as "Who?")
                type = oneWord
            } else {
                continue
            }
            var title: Int? = nil
            if type == .person, start > 0, t.isWord(start - 1), MentionRules.isTitle(t, start - 1) { title = start - 1 }
            covered.mark(start..<(i + 1))
            added.append(DraftMention(a: start, b: i + 1, type: type, title: title, taggerWeight: 0, end: cut))
        }
        // (In place: `(ds + added).sorted` made two arrays.)
        ds.append(contentsOf: added)
        ds.sort { $0.a < $1.a }
    }

    /// Whether a name's text is written as an acronym: two scalars or more, each a capital or a
    /// full stop ("WHO", "U.N."). Read from the bytes of a plain-ASCII text, where each byte is
    /// a scalar: counting the scalars through the view cost more than the rest of the question.
    static func isAcronymText(_ s: String) -> Bool {
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var capitals = true
            for x in b {
                if x >= 0x80 { return nil }
                if !(x >= 0x41 && x <= 0x5A) && x != 0x2E { capitals = false }
            }
            return b.count >= 2 && capitals
        }
        if let known = ascii ?? nil { return known }
        return scalarIsAcronymText(s)
    }

    /// `isAcronymText` read scalar by scalar, for any text.
    static func scalarIsAcronymText(_ s: String) -> Bool {
        s.unicodeScalars.count >= 2 && s.unicodeScalars.allSatisfy { TokenHashing.isUpper($0.value) || $0 == "." }
    }

    /// The token whose lower case is `PersonName(t.text(range(d, t))).lastWordKey`, for a name in
    /// plain ASCII (no carriage return) whose last token is a whole word of letters and digits
    /// after a space or line feed, or alone, and no suffix ("Jr"). Nil for any other name. (Most
    /// people's names are such, and splitting each into a `PersonName` cost more than the rest of
    /// the rule.)
    static func tokenLastWord(_ d: DraftMention, _ t: ArticleTokens) -> Int? {
        guard d.a < d.b else { return nil }
        let l = d.b - 1
        let r = t.tokens[l].range
        if let end = d.end, end != r.upperBound { return nil }
        guard t.isWord(l), t.isPlainAlphanumeric(l), !t.lower(l, isIn: PersonNameWords.suffixes) else { return nil }
        let start = t.tokens[d.a].range.lowerBound
        let plain = t.scalars.withUnsafeBufferPointer { s -> Bool in
            // (Plain ASCII without a carriage return: `PersonName` splits it at its bytes.)
            for k in start..<r.lowerBound where s[k].value >= 0x80 || s[k].value == 0x0D { return false }
            return l == d.a || (r.lowerBound > start && (s[r.lowerBound - 1].value == 0x20 || s[r.lowerBound - 1].value == 0x0A))
        }
        return plain ? l : nil
    }

    /// The alias keys `addRepeatedNames` collects: surnames, and one-word names with their type
    /// and whether they were written as an acronym. Answers as a `Set<String>` and a
    /// `Dictionary<String, EntityType>` of the keys would (the first type given a key stays).
    struct NameKeys {
        private var ids: WordIds
        private var surname: [Bool] = []
        private var oneWord: [EntityType?] = []
        private var acronym: [Bool] = []
        private(set) var hasSurnames = false
        private(set) var hasOneWordNames = false
        /// A filter of the keys' `WordKey(ascii:)`s, 256 bits, a bit a key: a plain-ASCII word
        /// whose key's bit is clear is none of the keys. Off once a key that is not plain ASCII
        /// comes (such a key may equal an ASCII string).
        private var filter = SIMD4<UInt64>(repeating: 0)
        private var filterOn = true
        /// By the tokens' lower-case id (`ArticleTokens.lowerId`): 1 + the id of that lower case
        /// as a key, 0 while not known. Most names come back several times an article, and
        /// making and hashing each one's `String` again cost more than the rest of the rule.
        /// (Only ids found are kept: a key not there yet may come later.)
        private var byLower: [Int32]

        /// Room for `capacity` keys; `wordIdCount`: the tokens' `wordIdCount`, for asking by token.
        init(capacity: Int, wordIdCount: Int = 0) {
            ids = WordIds(capacity: capacity + 8)
            byLower = [Int32](repeating: 0, count: wordIdCount)
        }

        /// The id of `t.lower(i)` as a key, given one if new.
        private mutating func id(lowerOf i: Int, _ t: ArticleTokens) -> Int {
            let l = t.lowerId(i)
            guard l < byLower.count else { return id(t.lower(i), wordKey: t.lowerKey(i)) }
            if byLower[l] > 0 { return Int(byLower[l]) - 1 }
            let k = id(t.lower(i), wordKey: t.lowerKey(i))
            byLower[l] = Int32(k + 1)
            return k
        }

        /// `addSurname(t.lower(i))`.
        mutating func addSurname(lowerOf i: Int, _ t: ArticleTokens) {
            surname[id(lowerOf: i, t)] = true
            hasSurnames = true
        }

        /// `addOneWordName(t.lower(i), type, acronym: isAcronymText(t.word(i)))` unless the key
        /// has a type already (the first one given stays, and with it whether it was an acronym).
        mutating func addOneWordName(lowerOf i: Int, _ t: ArticleTokens, _ type: EntityType) {
            let k = id(lowerOf: i, t)
            guard oneWord[k] == nil else { return }
            oneWord[k] = type
            if TaggerEntityExtractor.isAcronymText(t.word(i)) { acronym[k] = true }
            hasOneWordNames = true
        }

        /// `facts(MentionRules.wordKey(t, i))`, a plain word's found by its lower-case id.
        mutating func facts(wordAt i: Int, _ t: ArticleTokens) -> (surname: Bool, oneWord: EntityType?, acronym: Bool) {
            let l = t.lowerId(i)
            guard t.isPlainAlphanumeric(i), l < byLower.count else { return facts(MentionRules.wordKey(t, i)) }
            var id = Int(byLower[l]) - 1
            if id < 0 {
                guard let found = ids.find(t.lower(i)) else { return (false, nil, false) }
                byLower[l] = Int32(found + 1)
                id = found
            }
            return (surname[id], oneWord[id], acronym[id])
        }

        /// The filter's word and bit for a key.
        @inline(__always)
        private static func filterBit(_ key: WordKey) -> (word: Int, bit: UInt64) {
            let x = key.value &* 0x9E37_79B9_7F4A_7C15
            return (Int(truncatingIfNeeded: x >> 62), 1 << ((x >> 56) & 63))
        }

        /// Whether no key is the plain-ASCII word whose `WordKey(ascii:)` is `key`, so that
        /// `facts` of the word would give no surname, type or acronym. (False: it may be one.)
        func rulesOut(_ key: WordKey) -> Bool {
            guard filterOn else { return false }
            let (word, bit) = Self.filterBit(key)
            return filter[word] & bit == 0
        }

        /// The id of `key`, with room for its facts; `wordKey` is its `WordKey(ascii:)` when the
        /// caller has it (nil: found here).
        private mutating func id(_ key: String, wordKey: WordKey?) -> Int {
            if filterOn {
                if let k = wordKey ?? WordKey(ascii: key) {
                    let (word, bit) = Self.filterBit(k)
                    filter[word] |= bit
                } else {
                    filterOn = false
                }
            }
            let id = ids.id(key)
            while surname.count <= id {
                surname.append(false)
                oneWord.append(nil)
                acronym.append(false)
            }
            return id
        }

        /// Records a surname (`wordKey`: its `WordKey(ascii:)`, when at hand).
        mutating func addSurname(_ key: String, wordKey: WordKey? = nil) {
            surname[id(key, wordKey: wordKey)] = true
            hasSurnames = true
        }

        /// Records a one-word name's type (the first one given stays) and, if `acronym`, that it
        /// was written as one (`wordKey`: the key's `WordKey(ascii:)`, when at hand).
        mutating func addOneWordName(_ key: String, _ type: EntityType, acronym isAcronym: Bool, wordKey: WordKey? = nil) {
            let k = id(key, wordKey: wordKey)
            if oneWord[k] == nil { oneWord[k] = type }
            if isAcronym { acronym[k] = true }
            hasOneWordNames = true
        }

        func isSurname(_ key: String) -> Bool {
            ids.find(key).map { surname[$0] } ?? false
        }

        func oneWordType(_ key: String) -> EntityType? {
            ids.find(key).flatMap { oneWord[$0] }
        }

        func isAcronym(_ key: String) -> Bool {
            ids.find(key).map { acronym[$0] } ?? false
        }

        /// `(isSurname(key), oneWordType(key), isAcronym(key))`, found by one look-up.
        func facts(_ key: String) -> (surname: Bool, oneWord: EntityType?, acronym: Bool) {
            guard let id = ids.find(key) else { return (false, nil, false) }
            return (surname[id], oneWord[id], acronym[id])
        }
    }

    // MARK: - Pieces

    /// Where a caption's photo credit ("Photograph: …") begins, if it has one.
    static func creditStart(_ article: Article, _ block: Block) -> Int? {
        creditStart(article.text(of: block), block)
    }

    /// `creditStart(article, block)`, given the block's text.
    ///
    /// Scans the text's UTF-8 from the end for the last cue (the cues are ASCII, and an ASCII
    /// byte in UTF-8 is always that character): Foundation's `range(of:)` took about 33k
    /// instructions a caption. Where a mark could join the match's first or last character
    /// (a non-ASCII scalar from U+0300 on beside it), Foundation's matching decides, as before.
    static func creditStart(_ text: String, _ block: Block) -> Int? {
        var text = text
        let opensCue = PhotoCredits.opensCue
        // The credit's start in scalars, `.some(nil)` for no credit, `nil` to ask Foundation.
        let found: Int?? = text.withUTF8 { bytes in
            var p = bytes.count
            while p > 0 {
                p -= 1
                guard opensCue[Int(bytes[p])], let cueEnd = PhotoCredits.cueEnd(in: bytes, at: p) else { continue }
                // A combining mark (or any scalar from U+0300 on) after the colon, or a
                // non-ASCII byte before the cue: let Foundation's rules for joined marks answer.
                if cueEnd < bytes.count, bytes[cueEnd] >= 0xCC { return nil }
                if p > 0, bytes[p - 1] >= 0x80 { return nil }
                // Keep an opening bracket around the credit out of the caption, too.
                var start = p
                var q = p
                while q > 0, bytes[q - 1] == UInt8(ascii: " ") { q -= 1 }
                if q > 0, bytes[q - 1] == UInt8(ascii: "(") { start = q - 1 }
                // Scalars before `start`: every byte but UTF-8's continuation bytes.
                var scalars = 0
                for k in 0..<start where bytes[k] & 0xC0 != 0x80 { scalars += 1 }
                return .some(scalars)
            }
            return .some(nil)
        }
        guard let found else { return creditStartByFoundation(text, block) }
        return found.map { block.range.lowerBound + $0 }
    }

    /// `creditStart(text, block)` by Foundation's `range(of:)`: the general path, taken where a
    /// joined mark beside a cue could change the match (and what the tests compare with).
    static func creditStartByFoundation(_ text: String, _ block: Block) -> Int? {
        var best: String.Index? = nil
        for cue in PhotoCredits.cues {
            if let r = text.range(of: cue, options: .backwards), best.map({ r.lowerBound > $0 }) ?? true { best = r.lowerBound }
        }
        guard let best else { return nil }
        var start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: best)
        // Keep an opening bracket around the credit out of the caption, too.
        let before = Array(text.unicodeScalars.prefix(start))
        if let last = before.last(where: { $0 != " " }), last == "(" {
            start = before.lastIndex(of: "(")!
        }
        return block.range.lowerBound + start
    }

    /// Splits `Putin-Trump` (two names joined for a modifier: "Putin-Trump summit") into its names,
    /// but keeps `Jean-Paul Sartre` and `Al-Hassan` whole.
    static func hyphenPieces(_ tokens: [WordToken], _ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Range<Int>] {
        guard mayHaveHyphenPieces(tokens, a, b) else { return [a..<b] }
        // Only a compound that is the whole span: word - word (- word …).
        for k in a..<b {
            let isWord = (k - a) % 2 == 0
            if isWord {
                guard tokens[k].kind == .word, k == a || tokens[k].hyphenJoined, tokens[k].range.count >= 3 else { return [a..<b] }
            } else {
                guard tokens[k].kind == .punctuation else { return [a..<b] }
            }
        }
        guard (b - a) % 2 == 1 else { return [a..<b] }
        let first = String(String.UnicodeScalarView(scalars[tokens[a].range])).lowercased()
        if PersonNameWords.particles.contains(first) { return [a..<b] }
        // A capitalised word after the compound means it is a name's first part (Jean-Paul Sartre).
        if b < tokens.count, tokens[b].kind == .word, let s = scalars[tokens[b].range].first, TokenHashing.isUpper(s.value) {
            return [a..<b]
        }
        return stride(from: a, to: b, by: 2).map { $0..<($0 + 1) }
    }

    /// Whether `hyphenPieces` may split tokens `a..<b`: three tokens or more, one of them joined
    /// by a hyphen. (Any other span is its one piece.)
    static func mayHaveHyphenPieces(_ tokens: [WordToken], _ a: Int, _ b: Int) -> Bool {
        b - a >= 3 && (a..<b).contains(where: { tokens[$0].hyphenJoined })
    }

    /// Pronoun hints again once the types are settled, so that only people stop a pronoun's search
    /// (before merging, a company the tagger called a person stood between "Nordby said …" and
    /// "She"); then each person's gender by `AliasMerger.genderVote`.
    static func settleGenders(_ entities: inout [ArticleEntity], _ ms: [EntityMention], _ t: ArticleTokens, pronouns: [Gender?]) {
        let people = entities.indices.filter { entities[$0].type == .person }
        guard !people.isEmpty else { return }
        let starts = Self.tokensStarting(at: people.flatMap { entities[$0].mentions.map(\.lowerBound) }, t)
        for k in people {
            // (Each mention read in place, by index: copying them out, strings and all, cost more
            // than the count.)
            var tally = AliasMerger.GenderTally()
            for range in entities[k].mentions {
                guard let i = Self.mentionIndex(of: range, in: ms) else { continue }
                let titled = ms[i].title.flatMap(PersonTitles.gender(ofTitle:)) != nil
                let gender = titled ? ms[i].gender : nextPronoun(after: ms[i].range, t, stops: starts, pronouns: pronouns)
                tally.add(gender, gendered: titled)
            }
            entities[k].gender = tally.gender
        }
    }

    /// The index of the last of `ms` (in text order, as `mentions` gives them) whose range is
    /// `range`, found by halving: a `Dictionary` by range, built for every article, hashed each
    /// range with SipHash.
    static func mentionIndex(of range: Range<Int>, in ms: [EntityMention]) -> Int? {
        var lo = 0
        var hi = ms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ms[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var found: Int? = nil
        while lo < ms.count, ms[lo].range.lowerBound == range.lowerBound {
            if ms[lo].range == range { found = lo }
            lo += 1
        }
        return found
    }

    /// The gender of the next he, she, his or herself after `range`, before a mention starting at
    /// one of `stops` (within 30 tokens).
    /// `stops` marks the tokens that start such a mention (`tokensStarting(at:_:)`), and
    /// `pronouns` gives each token's gender as such a pronoun (`pronounsAndCapitals(_:)`).
    static func nextPronoun(after range: Range<Int>, _ t: ArticleTokens, stops: [Bool], pronouns: [Gender?]) -> Gender? {
        var i = t.tokenIndex(atOrAfter: range.upperBound)
        // "Zoë Whitlock, his new cabinet member": an apposition's "his" is someone else's.
        if t.isPunctuation(i, ","), t.isWord(i + 1), t.lower(i + 1, isIn: Pronouns.thirdPersonPossessives) { i += 2 }
        // (Both arrays read through their buffers, within their bounds: the search runs for
        // every mention, and the arrays' checks were most of its steps.)
        let limit = min(t.count, stops.count, pronouns.count, i + 30)
        guard i < limit else { return nil }
        return stops.withUnsafeBufferPointer { stops in
            pronouns.withUnsafeBufferPointer { pronouns -> Gender? in
                var k = i
                while k < limit {
                    if stops[k] { return nil }
                    if let g = pronouns[k] { return g }
                    k += 1
                }
                return nil
            }
        }
    }

    /// Each token's gender as the pronoun `nextPronoun` looks for (nil for any other token), and
    /// the word tokens that open with a capital letter, in order (`(0..<t.count).filter(t.isCapitalised)`).
    /// Found once an article, in one walk of the tokens: every mention's search reads the same
    /// pronouns, and the capitals and the pronouns both read each word's first scalar.
    static func pronounsAndCapitals(_ t: ArticleTokens) -> (pronouns: [Gender?], capitalised: [Int]) {
        var out = [Gender?](repeating: nil, count: t.count)
        // (Room for a capital a few words: grown from empty, the array was made again several
        // times an article.)
        var capitalised: [Int] = []
        capitalised.reserveCapacity(t.count / 4 + 8)
        // (The lists taken into locals once: each read of a global `let` in the loop was a call
        // to `swift_once`, three for every word that might be a pronoun.)
        let male = Pronouns.male
        let female = Pronouns.female
        let listsAreASCII = Self.pronounListsAreASCII
        // (The tokens and scalars read through their buffers: the arrays' checks at each token
        // were most of the walk's cost.)
        t.tokens.withUnsafeBufferPointer { tokens in
            t.scalars.withUnsafeBufferPointer { scalars in
                for i in tokens.indices where tokens[i].kind == .word {
                    let r = tokens[i].range
                    let first = scalars[r.lowerBound].value
                    if TokenHashing.isUpper(first) { capitalised.append(i) }
                    // Nearly every token is ruled out as a pronoun by its scalars: more than seven
                    // (its lower case has at least as many bytes), or an ASCII first one other than
                    // "h" or "s" in either case.
                    guard r.count <= 7 else { continue }
                    guard first >= 0x80 || first | 0x20 == 0x68 || first | 0x20 == 0x73 else { continue }
                    // A plain-ASCII word whose key is in neither list is in neither (their words are plain
                    // ASCII, keyed by their bytes): ruled out without making its lower case a `String`,
                    // which the tokens make only when a rule reads it.
                    if listsAreASCII, let key = t.lowerKey(i), !male.contains(key), !female.contains(key) {
                        continue
                    }
                    // "him" and "her" are often someone else, the object of the sentence ("X thanked her").
                    let w = t.lower(i)
                    guard Self.mayBePronoun(w), w != "him", w != "her" else { continue }
                    // (`Pronouns.gender(ofLowercased:)`, asked by the key the tokens hold.)
                    if t.lower(i, isIn: male) {
                        out[i] = .male
                    } else if t.lower(i, isIn: female) {
                        out[i] = .female
                    }
                }
            }
        }
        return (out, capitalised)
    }

    /// Whether every word of the gendered pronoun lists is plain ASCII, so that a plain-ASCII
    /// word is on one only if its `WordKey` is (`pronounsAndCapitals`).
    static let pronounListsAreASCII = (Pronouns.male.words + Pronouns.female.words).allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }

    /// Whether a lower-case word could be one of the third-person pronouns (2 to 7 bytes, opening
    /// with "h" or "s"): a cheap test before comparing it with each of them.
    @inline(__always)
    static func mayBePronoun(_ word: String) -> Bool {
        let n = word.utf8.count
        guard n >= 2, n <= 7, let first = word.utf8.first else { return false }
        return first == 0x68 || first == 0x73
    }

    /// Marks the tokens that start at one of the scalar offsets `starts`.
    static func tokensStarting(at starts: [Int], _ t: ArticleTokens) -> [Bool] {
        var marks = [Bool](repeating: false, count: t.count)
        for start in starts {
            let k = t.tokenIndex(atOrAfter: start)
            if k < t.count, t.tokens[k].range.lowerBound == start { marks[k] = true }
        }
        return marks
    }

    /// Gives each mention that may name a person, and has no title, the gender of the next he, she,
    /// his or herself before another person is named (within 30 tokens).
    static func addPronounHints(_ ms: inout [EntityMention], _ t: ArticleTokens, pronouns: [Gender?]) {
        // (Read in place: filtering the mentions first copied every person's.)
        // (The people's starts gathered in a plain loop: filtering the indices by a closure over
        // the mentions copied each one out, strings and all, and made two arrays.)
        var starts: [Int] = []
        for k in ms.indices where ms[k].type == .person { starts.append(ms[k].range.lowerBound) }
        let personStarts = Self.tokensStarting(at: starts, t)
        for k in ms.indices where ms[k].gender == nil && ms[k].evidence.firm == nil && ms[k].evidence.nameType == nil {
            ms[k].gender = nextPronoun(after: ms[k].range, t, stops: personStarts, pronouns: pronouns)
        }
    }

    /// Whether the headline capitalises most of its longer words (so capitals there say little).
    static func isTitleCase(_ article: Article) -> Bool {
        guard let headline = article.blocks.first(where: { $0.kind == .headline }) else { return false }
        return isTitleCase(article.text(of: headline))
    }

    /// Whether a line capitalises most of its longer words.
    static func isTitleCase(_ line: String) -> Bool {
        let words = line.splitAtSpaces().filter { $0.count >= 4 }
        guard words.count >= 3 else { return false }
        let capitalised = words.filter { w in w.first?.isUppercase == true && w.contains(where: \.isLowercase) }
        return capitalised.count * 10 >= words.count * 7
    }
}
