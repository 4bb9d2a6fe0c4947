/// Maps a speaker mention to the entity it names; for a pronoun or a description, to the one
/// it stands for.
///
/// With the article's entities (from a tagger), the entity whose mention overlaps the speaker,
/// or whose alias matches it, wins. Without them, `NameMentions` supplies the fullest form of the
/// name. Pronouns and descriptions (`he`, `it`, `the Tory leader`, `the Scot`) go to the
/// `Discourse` model, which follows who the article is talking about; `who` takes the name
/// before it. When nothing fits, there is no entity rather than a wrong one.
struct SpeakerResolver {
    struct Resolved {
        var entity: String?
    }

    let scalars: [Unicode.Scalar]
    let entities: [ArticleEntity]
    let excluded: Set<WordKey>
    /// The names found without the tagger: needed only when an entity's gender or a speaker is
    /// not settled by the entities, so found on first use.
    var names: NameMentions { memo.names(scalars, paragraphs) }
    /// The quoted stretches (marks included), which never hold a narrative antecedent.
    let quoted: [Range<Int>]
    /// The paragraph ranges, in text order.
    let paragraphs: [Range<Int>]
    /// Facts about the entities that every attribution asks for again, found once.
    private let memo = Memo()

    /// What the resolver finds on first use and keeps for the rest of the article.
    private final class Memo {
        private var nameMentions: NameMentions? = nil
        /// The discourse model, built when the first pronoun or description needs it.
        var discourse: Discourse? = nil
        /// The persons with a full name and their surnames (see `fullNames`), once asked.
        var fullNames: FullNames? = nil
        /// `fullestOrganisation` of each entity named by a speaker, by index; -1 until asked.
        var fullest: [Int] = []
        /// The words of each entity's aliases in lower case, by entity index, once asked.
        var loweredAliases: [[[Substring]]]? = nil
        /// Each organisation's index and lower-cased name words, once asked (`organisationWords`).
        var organisationWords: [(index: Int, words: [Substring])]? = nil
        /// `genderOf` of each entity, by index, once asked.
        var genders: [NameMentions.Gender?] = []

        func names(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> NameMentions {
            if let nameMentions { return nameMentions }
            let found = NameMentions(scalars, paragraphs: paragraphs)
            nameMentions = found
            return found
        }
    }

    /// Just past the last speaker mention that is a pronoun or a description: the discourse
    /// model need read no further. (Nor past the last speaker that asks the model about the
    /// narrative, when that comes sooner: see `asksNarrative`.)
    let lastDescribedSpeaker: Int

    init(scalars: [Unicode.Scalar], entities: [ArticleEntity], excluded: [String], attributor: QuoteAttributor) {
        let described = attributor.attributions.reduce(0) { last, a in
            guard let a, a.kind == .pronoun || a.kind == .nominal else { return last }
            return max(last, a.speaker.upperBound)
        }
        // From the last attribution back (speakers come nearly in text order), asking only of
        // those whose speaker ends later than the last that asks found so far.
        var asking = 0
        for a in attributor.attributions.reversed() where asking < described {
            guard let a, a.speaker.upperBound > asking, Self.asksNarrative(a, scalars) else { continue }
            asking = a.speaker.upperBound
        }
        self.lastDescribedSpeaker = min(described, asking)
        self.scalars = scalars
        self.entities = entities
        self.excluded = Set(words: excluded.map { $0.lowercased() })
        self.paragraphs = attributor.paragraphs.map(\.range)
        self.quoted = attributor.segments.map { ($0.openMark ?? $0.start)..<($0.closeMark.map { $0 + 1 } ?? $0.end) }
    }

    func text(_ r: Range<Int>) -> String { ScalarClass.text(scalars, r) }

    /// `WordKey(scalars, r)`, inline for an ASCII word (`ScalarClass.wordKey`).
    @inline(__always)
    func wordKey(_ r: Range<Int>) -> WordKey { ScalarClass.wordKey(scalars, r) }

    /// Whether resolving `a` may ask the discourse model what the narrative before it says: a
    /// pronoun that stands for someone (`pronounAntecedent`), or a phrase ending in a noun for a
    /// person or an age (`discourse(covers:words:)`, `describedPerson`). (`describedEntity` asks
    /// only for the model's organisations, which the narrative adds none to.)
    ///
    /// What the model says at a speaker depends only on the narrative before it: the walk need
    /// go no further than the last speaker that asks. The speakers of the finder's attributions
    /// are those of the attributor's (a headline's borrows a later one's), so the last that asks
    /// is known before the first does.
    static func asksNarrative(_ a: Attribution, _ scalars: [Unicode.Scalar]) -> Bool {
        switch a.kind {
        case .pronoun: return Discourse.wanted(byPronoun: ScalarClass.wordKey(scalars, a.head)) != nil
        case .relative: return false
        case .name, .nominal:
            guard let last = lastWord(scalars, a.speaker) else { return false }
            return PersonNouns.referringNouns.contains(ScalarClass.wordKey(scalars, last)) || Discourse.isAge(scalars, last)
        }
    }

    /// `words(r).last`, found from the end without the list.
    static func lastWord(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        @inline(__always) func joins(_ c: Unicode.Scalar) -> Bool { QuoteMarks.isWordScalar(c) || c == "-" || c == "'" || c == "\u{2019}" }
        // The last letter or digit: its word runs on over letters, digits, hyphens and
        // apostrophes, and back over them to the first letter or digit of that run.
        var last = r.upperBound
        while last > r.lowerBound, !QuoteMarks.isWordScalar(scalars[last - 1]) { last -= 1 }
        guard last > r.lowerBound else { return nil }
        var end = last
        while end < r.upperBound, joins(scalars[end]) { end += 1 }
        var start = last - 1
        while start > r.lowerBound, joins(scalars[start - 1]) { start -= 1 }
        while !QuoteMarks.isWordScalar(scalars[start]) { start += 1 }
        return start..<end
    }

    /// The resolution of an attribution, or nil when the mention may not be a speaker
    /// (the agency byline or the photo credit) or the quoted words are nobody's.
    func resolve(_ a: Attribution) -> Resolved? {
        if a.unspoken { return nil }
        let head = trimmedHead(a.head)
        let key = wordKey(head)
        if excluded.contains(key) { return nil }
        if a.cue == nil, NewsAgencies.names.contains(key) { return nil }  // `"…" – Reuters` is a byline
        switch a.kind {
        case .pronoun:
            let entity = pronounAntecedent(a)
            // `It sends a clear message that "…"`: a subject `it` with no cue that stands for nothing
            // the article names is a thing or a situation, not a speaker; no speaker beats `it`.
            // (An `it` that acts, `It credited …`, `it is expecting …`, stands for an organisation
            // the article may name in a way the tagger missed, and keeps its words.)
            if entity == nil, a.cue == nil, key == QuoteWords.itKey, !itActs(after: a.speaker.upperBound) { return nil }
            return Resolved(entity: entity)
        case .relative:
            return Resolved(entity: relativeAntecedent(a))
        case .name, .nominal:
            // `The Glasgow Kelvin MP`, `The She Hate Me director`: a definite phrase ending in a
            // role is a description of someone, however capitalised.
            // (The speaker's first and last words, found once for both tests.)
            let ws = wordEnds(a.speaker)
            if isPersonDescription(ws) || discourse(covers: a.speaker, words: ws) {
                return Resolved(entity: describedPerson(a) ?? entityName(for: head, isName: false, at: a.speaker.lowerBound))
            }
            return Resolved(entity: entityName(for: head, isName: a.kind == .name, at: a.speaker.lowerBound))
        }
    }

    /// Whether the `it` ending before `offset` does something: a verb of its own follows (`It
    /// credited`, `it filed`, `it is expecting`, `It has limited`), rather than a form of `be`,
    /// a modal, `seem` or a passive (`It is being built`, `It has been called`, `It seems`), or
    /// no verb at all (`Regarding it as`).
    func itActs(after offset: Int) -> Bool {
        var words: [WordKey] = []
        var endsInIng: [Bool] = []
        var i = offset
        while i < scalars.count, words.count < 3 {
            let c = scalars[i]
            if c == " " { i += 1; continue }
            var e = i
            while e < scalars.count, ScalarClass.isLower(scalars[e]) || ScalarClass.isUpper(scalars[e]) || scalars[e] == "'" || scalars[e] == "\u{2019}" { e += 1 }
            guard e > i else { break }
            let n = e - i
            // Adverbs between `it` and its verb say nothing: `It is currently chasing`.
            let adverb = n > 3 && scalars[e - 2] == "l" && scalars[e - 1] == "y" || ClauseWords.sentenceAdverbs.contains(wordKey(i..<e))
                || wordKey(i..<e) == Self.notKey
            if !adverb {
                // `wasn't`, `isn’t`: the auxiliary without its negation.
                let negated = n > 3 && scalars[e - 3] == "n" && (scalars[e - 2] == "'" || scalars[e - 2] == "\u{2019}") && scalars[e - 1] == "t"
                words.append(wordKey(i..<(negated ? e - 3 : e)))
                endsInIng.append(n > 4 && scalars[e - 3] == "i" && scalars[e - 2] == "n" && scalars[e - 1] == "g")
            }
            i = e
        }
        guard let first = words.first else { return false }
        if ClauseWords.beForms.contains(first) || first == Self.apostropheS {
            return words.count > 1 && endsInIng[1] && words[1] != Self.beingKey
        }
        if Self.perfectAuxiliaries.contains(first) { return words.count > 1 && words[1] != Self.beenKey }
        if ClauseWords.haveForms.contains(first) || ClauseWords.nonNounPresents.contains(first) { return false }
        return !FunctionWords.prepositions.contains(first) && !FunctionWords.closedClass.contains(first)
    }

    static let notKey = WordKey("not")
    static let apostropheS = WordKey("'s")
    static let beingKey = WordKey("being")
    static let beenKey = WordKey("been")
    static let perfectAuxiliaries: WordList = ["has", "have", "had"]

    /// The discourse model of the article, built on first use.
    var discourse: Discourse {
        if let known = memo.discourse { return known }
        let built = Discourse(
            scalars: scalars, paragraphs: paragraphs, quoted: quoted, entities: entities, names: { self.names },
            genderOf: { self.entityGender(at: $0) }, until: lastDescribedSpeaker)
        memo.discourse = built
        return built
    }

    /// A definite description of a person (`the Tory leader`, `The Scot`, `the 28-year-old`):
    /// `the` or `this` first, a noun for a person last; `ws` are the ends of the phrase's `words`.
    func isPersonDescription(_ ws: WordEnds?) -> Bool {
        guard let ws, ws.several else { return false }
        let first = ws.first
        let last = ws.last
        let opener = wordKey(first)
        guard opener == QuoteWords.theKey || opener == QuoteWords.thisKey else { return false }
        let key = wordKey(last)
        if PersonNouns.referringNouns.contains(key), !OrganisationWords.spokesWords.contains(key) { return true }
        return Discourse.isAge(scalars, last)
    }

    /// Whether the discourse model read a description over the speaker phrase (`The She Hate Me
    /// director`, which the phrase reader cuts at `She`). Only asked of phrases ending in a noun
    /// for a person, so names never build the model; `ws` are the ends of the phrase's `words`.
    func discourse(covers r: Range<Int>, words ws: WordEnds?) -> Bool {
        guard let last = ws?.last, PersonNouns.referringNouns.contains(wordKey(last)) else { return false }
        return discourse.referent(covering: r) != nil
    }

    /// The person a definite description at the attribution stands for, by the discourse model.
    func describedPerson(_ a: Attribution) -> String? {
        var model = discourse
        if let r = model.referent(covering: a.speaker) { return model.name(of: r) }
        let paragraph = paragraphs[model.paragraphIndex(a.speaker.lowerBound)]
        guard let (_, r) = model.description(startingAt: a.speaker.lowerBound, paragraph: paragraph) else { return nil }
        return model.name(of: r)
    }

    /// The head without a leading `the` and a trailing possessive.
    func trimmedHead(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        if hi - lo > 4, wordKey(lo..<(lo + 3)) == QuoteWords.theKey, scalars[lo + 3] == " " { lo += 4 }
        if hi - lo > 2, scalars[hi - 1] == "s", scalars[hi - 2] == "'" || scalars[hi - 2] == "\u{2019}" { hi -= 2 }
        return lo..<hi
    }

    /// The words of a range, split at spaces and other non-letters (apostrophes and hyphens kept).
    func words(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        forEachWord(r) { out.append($0) }
        return out
    }

    /// Calls `body` with each of `words(r)` in order, without making the list.
    @inline(__always)
    func forEachWord(_ r: Range<Int>, _ body: (Range<Int>) -> Void) {
        var i = r.lowerBound
        while i < r.upperBound {
            guard QuoteMarks.isWordScalar(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < r.upperBound, QuoteMarks.isWordScalar(scalars[i]) || scalars[i] == "-" || scalars[i] == "'" || scalars[i] == "\u{2019}" {
                i += 1
            }
            body(start..<i)
        }
    }

    /// The first and last of a range's `words`, and whether it has two or more.
    struct WordEnds: Equatable {
        var first: Range<Int>
        var last: Range<Int>
        var several: Bool
    }

    /// The ends of `words(r)`, nil when it has none: found without the list, which every speaker
    /// named or described made for these alone.
    func wordEnds(_ r: Range<Int>) -> WordEnds? {
        var found: WordEnds? = nil
        forEachWord(r) { w in
            if found == nil {
                found = WordEnds(first: w, last: w, several: false)
            } else {
                found!.last = w
                found!.several = true
            }
        }
        return found
    }

    func isQuoted(_ r: Range<Int>) -> Bool {
        quoted.contains { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }
    }

    /// The entity a name or description mention stands for.
    func entityName(for head: Range<Int>, isName: Bool, at offset: Int) -> String? {
        if !entities.isEmpty {
            if isName, let k = namedEntity(head) { return entities[fullestOrganisation(at: k)].name }
            if !isName, let e = describedEntity(head, before: offset) { return fullestOrganisation(e).name }
            let written = text(head).lowercased()
            let last = written.splitAtSpaces().last.map(String.init) ?? written
            if let k = entities.indices.first(where: { entities[$0].aliases.contains { Self.lowered($0, is: written) } })
                ?? entities.indices.first(where: { entities[$0].type == .person && entities[$0].aliases.contains { Self.lowered($0, endsWith: last) } })
            {
                return entities[k].name
            }
        }
        guard isName else { return nil }
        // The fullest form of the surname the article uses.
        var lastStart = head.upperBound
        while lastStart > head.lowerBound, scalars[lastStart - 1] != " " { lastStart -= 1 }
        let surname = wordKey(lastStart..<head.upperBound)
        if let full = names.canonical[surname], full.count >= head.count { return text(full) }
        return text(head)
    }

    /// The index of the entity a name mention belongs to: the one tagged over its last word (the
    /// surname, not a title before it: `Mayor Ode`), a person rather than anything else, and the
    /// person with the fullest name of that surname when the tagger left a titled short form apart
    /// (`DI Ode`).
    func namedEntity(_ head: Range<Int>) -> Int? {
        guard let ws = wordEnds(head) else { return nil }
        let lastWord = ws.last
        // One pass in entity order keeps the first entity of each kind the choice below ranks,
        // without lists or copies (every speaker asks). A mention over the last word is over the
        // head too, and the first person over the last word ranks first: nothing later can win.
        var overlapping: Int? = nil
        var onLast: Int? = nil
        var personOverlapping: Int? = nil
        var personOnLast: Int? = nil
        for k in entities.indices where entities[k].mentions.contains(where: { $0.overlaps(head) }) {
            let isPerson = entities[k].type == .person
            if overlapping == nil { overlapping = k }
            if isPerson, personOverlapping == nil { personOverlapping = k }
            guard onLast == nil || isPerson, entities[k].mentions.contains(where: { $0.overlaps(lastWord) }) else { continue }
            if onLast == nil { onLast = k }
            if isPerson {
                personOnLast = k
                break
            }
        }
        let chosen = personOnLast ?? personOverlapping ?? onLast ?? overlapping
        // A person with a full name keeps the mention whoever shares the surname (below): the
        // article's table of surnames is needed only for any other choice.
        if let chosen, memo.fullNames?.isFull[chosen] ?? Self.hasFullName(type: entities[chosen].type, name: entities[chosen].name) { return chosen }
        let full = fullNames()
        let lastKey = EntityNames.aliasKey(text(lastWord))
        guard let same = full.surnames.first(where: { $0.key == lastKey }), same.count == 1 else { return chosen }
        // A person of that surname with a full name wins over a non-person, a single word, or a
        // title and surname tagged apart.
        guard let chosen else { return same.first }
        if full.isFull[chosen] { return chosen }
        let titled = ws.several && Self.isTitle(wordKey(ws.first))
        if entities[chosen].type != .person || titled || full.personWords[chosen] < 2 { return same.first }
        return chosen
    }

    /// The persons with a full name (two words or more, the first no title), found once an
    /// article: what `namedEntity` compares each speaker's last word with.
    struct FullNames {
        /// Each surname key: how many such persons have it, and the first of them in entity order.
        /// (An article has a few such persons: a list read in order costs less than a dictionary.)
        var surnames: [(key: String, count: Int, first: Int)] = []
        /// By entity index: whether the entity is such a person.
        var isFull: [Bool]
        /// By entity index: the number of words in a person's name (0 for any other entity).
        var personWords: [Int]
    }

    /// Whether `e` is a person with a full name (`FullNames.isFull`).
    static func hasFullName(_ e: ArticleEntity) -> Bool { hasFullName(type: e.type, name: e.name) }

    /// `hasFullName(_:)` from the entity's fields, read in place in the list (passing the entity copied it).
    static func hasFullName(type: EntityType, name: String) -> Bool {
        guard type == .person else { return false }
        // (Asked at every speaker until `fullNames` is made: without the list of the name's words.)
        let words = NameWords(name)
        guard words.several, let first = words.firstWithoutStops else { return false }
        return !isTitle(first)
    }

    /// Whether a person's name of these words is a full name: two words or more, the first no title.
    static func isFullName(_ parts: [Substring]) -> Bool {
        parts.count >= 2 && !isTitle(keyWithoutStops(parts[0]))
    }

    /// The article's `FullNames`, made on first use.
    func fullNames() -> FullNames {
        if let known = memo.fullNames { return known }
        var found = FullNames(isFull: Array(repeating: false, count: entities.count), personWords: Array(repeating: 0, count: entities.count))
        for (k, e) in entities.enumerated() where e.type == .person {
            let parts = e.name.splitAtSpaces()
            found.personWords[k] = parts.count
            guard Self.isFullName(parts) else { continue }
            found.isFull[k] = true
            let key = EntityNames.aliasKey(String(parts.last!))
            if let n = found.surnames.firstIndex(where: { $0.key == key }) {
                found.surnames[n].count += 1
            } else {
                found.surnames.append((key, 1, k))
            }
        }
        memo.fullNames = found
        return found
    }

    /// `fullestOrganisation(entities[k])` as an index, found once per entity (speakers name the
    /// same few entities again and again).
    func fullestOrganisation(at k: Int) -> Int {
        if memo.fullest.isEmpty { memo.fullest = Array(repeating: -1, count: entities.count) }
        if memo.fullest[k] >= 0 { return memo.fullest[k] }
        let found = fullestOrganisationIndex(entities[k]) ?? k
        memo.fullest[k] = found
        return found
    }

    /// The words of each entity's aliases in lower case, by entity index: what a description's
    /// words are matched against, found once an article rather than for every speaker.
    func loweredAliases() -> [[[Substring]]] {
        if let known = memo.loweredAliases { return known }
        let found: [[[Substring]]] = entities.map { e in e.aliases.map { $0.lowercased().splitAtSpaces() } }
        memo.loweredAliases = found
        return found
    }

    /// `alias.lowercased() == written`, where `written` is in lower case already.
    ///
    /// A written speaker is compared with every alias of the article: when both are plain ASCII,
    /// equal only byte for byte, the bytes are compared with the alias's capitals folded, without
    /// its lower-case string.
    static func lowered(_ alias: String, is written: String) -> Bool {
        let ascii = alias.withContiguousUTF8 { a in
            written.withContiguousUTF8 { w in Self.foldedEqual(a, w) }
        }
        return ascii ?? (alias.lowercased() == written)
    }

    /// `alias.lowercased().splitAtSpaces().last.map(String.init) == last`, where `last` is in
    /// lower case already: without the lower-case string when both are plain ASCII (`lowered(_:is:)`).
    static func lowered(_ alias: String, endsWith last: String) -> Bool {
        let ascii = alias.withContiguousUTF8 { a -> Bool? in
            guard !a.contains(where: { $0 >= 0x80 }) else { return nil }
            // The last word: the bytes after the last space, trailing spaces left out (every
            // byte is a `Character` but for CR LF, which is no space: the split's words).
            var end = a.count
            while end > 0, a[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, a[start - 1] != 0x20 { start -= 1 }
            guard start < end else { return false }
            return last.withContiguousUTF8 { w in Self.foldedEqual(UnsafeBufferPointer(rebasing: a[start..<end]), w) }
        }
        return ascii ?? (alias.lowercased().splitAtSpaces().last.map(String.init) == last)
    }

    /// Whether `a` with its ASCII capitals folded is `w`, when both are plain ASCII; nil when
    /// either is not.
    static func foldedEqual(_ a: UnsafeBufferPointer<UInt8>, _ w: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !a.contains(where: { $0 >= 0x80 }), !w.contains(where: { $0 >= 0x80 }) else { return nil }
        guard a.count == w.count else { return false }
        for k in 0..<a.count where (a[k] &- 0x41 < 26 ? a[k] | 0x20 : a[k]) != w[k] { return false }
        return true
    }

    /// The organisation a short form stands for when the article also names it in full: an
    /// organisation whose words are all in a longer organisation's name (`Rovers` → `Harbour
    /// Rovers`), or a one-word name with no sign of being a person that opens an organisation's
    /// name (`Kestrel` → `Kestrel Freight`).
    func fullestOrganisation(_ e: ArticleEntity) -> ArticleEntity {
        fullestOrganisationIndex(e).map { entities[$0] } ?? e
    }

    /// The index of `fullestOrganisation(e)`, nil when it is `e` itself.
    func fullestOrganisationIndex(_ e: ArticleEntity) -> Int? {
        let parts = e.name.lowercased().splitAtSpaces()
        if e.type == .person {
            // More than one distinct word, as the set of them below counts.
            let personLike = parts.contains { $0 != parts[0] } || genderOf(e) != .unknown
            if personLike { return nil }
        }
        // The distinct words, as a set of them would count them; the names are a few words
        // long, where making sets of them cost more than reading the lists.
        var distinct = 0
        for (i, w) in parts.enumerated() where !parts[..<i].contains(w) { distinct += 1 }
        var longer: [Int] = []
        for (k, ow) in organisationWords() {
            // (Only an organisation's name is split: most entities are people and places.)
            guard ow.count > distinct else { continue }
            let fits = e.type == .organization ? parts.allSatisfy { ow.contains($0) } : ow.first.map { parts.contains($0) } ?? false
            if fits { longer.append(k) }
        }
        guard let full = longer.first, longer.count == 1 || longer.allSatisfy({ entities[$0].name == entities[full].name }) else { return nil }
        return full
    }

    /// Each organisation's index and the words of its name in lower case, in entity order: what
    /// `fullestOrganisation` compares a short form with, split once an article rather than at
    /// every speaker.
    func organisationWords() -> [(index: Int, words: [Substring])] {
        if let known = memo.organisationWords { return known }
        let found = entities.indices.filter { entities[$0].type == .organization }.map { k in
            (index: k, words: entities[k].name.lowercased().splitAtSpaces())
        }
        memo.organisationWords = found
        return found
    }

    /// `WordKey(String(word).lowercased().filter { $0 != "." })`, the key titles and given names
    /// are looked up by (`Dr.` is `dr`), without making either string when the word is plain
    /// ASCII with no stop in it, as nearly every name's word is.
    static func keyWithoutStops(_ word: Substring) -> WordKey {
        let w = String(word)
        if !w.utf8.contains(0x2E), let key = WordKey(ascii: w) { return key }
        return WordKey(w.lowercased().filter { $0 != "." })
    }

    /// `WordKey(String(word).lowercased())`, without the lower-case string when the word is ASCII.
    static func key(_ word: Substring) -> WordKey {
        let w = String(word)
        return WordKey(ascii: w) ?? WordKey(w.lowercased())
    }

    static func isTitle(_ key: WordKey) -> Bool {
        PersonTitles.speakerTitles.contains(key)
    }

    /// The entity a description stands for: a person whose title is its head (`the mayor` after
    /// `Mayor Ada Ode`), or an organisation (`the council`, `the port authority`, `a council
    /// spokeswoman`): one whose name holds the noun, else the organisation last mentioned before.
    func describedEntity(_ head: Range<Int>, before offset: Int) -> ArticleEntity? {
        var ws = words(head)
        while let f = ws.first, FunctionWords.determiners.contains(wordKey(f)) { ws.removeFirst() }
        guard !ws.isEmpty, ws.count <= 3 else { return nil }
        var nounIndex = ws.count - 1
        if nounIndex > 0, OrganisationWords.spokesWords.contains(wordKey(ws[nounIndex])) { nounIndex -= 1 }
        let noun = wordKey(ws[nounIndex])
        let nounText = text(ws[nounIndex]).lowercased()
        if ws.count <= 2, PersonNouns.roles.contains(noun), !OrganisationWords.institutionNouns.contains(noun) || nounIndex == ws.count - 1,
            let person = personTitled(nounText, before: offset)
        {
            return person
        }
        guard OrganisationWords.institutionNouns.contains(noun) else { return nil }
        let wanted = ws[...nounIndex].map { text($0).lowercased() }
        let lowered = loweredAliases()
        let named = entities.indices.filter { k in
            entities[k].type == .organization && lowered[k].contains { words in wanted.allSatisfy { w in words.contains { $0 == w } } }
        }.map { entities[$0] }
        if let e = lastMentioned(named, before: offset) ?? named.max(by: { $0.mentions.count < $1.mentions.count }) { return e }
        // Only a general noun may stand for an organisation whose name does not hold it (`the
        // company`, `the union`); and not for one whose name says it is another kind of body.
        guard OrganisationWords.generalInstitutionNouns.contains(noun) else { return nil }
        // Also the entities the tagger took for people that the article treats as an organisation
        // (`Laura Ashley, which floated in 1995`).
        // The names of the discourse model's organisations, made once rather than once for each
        // person; found from the entities (the model's only organisations), without the model.
        let organisationNames = Discourse.organisationNames(of: entities, scalars)
        let orgs = entities.filter { $0.type == .organization }
        let treatedAsOrganisations = entities.filter { e in e.type == .person && organisationNames.contains(e.name) }
        let compatible = (orgs + treatedAsOrganisations).filter { e in
            !e.name.splitAtSpaces().contains { word in
                let key = Self.key(word)
                return key != noun && (OrganisationWords.institutionNouns.contains(key) || OrganisationWords.memberBodyWords.contains(key))
                    && !(OrganisationWords.memberBodyWords.contains(key) && noun == QuoteWords.unionKey)
            }
        }
        // `the union`: an association of members when there is one.
        var kindFitting = compatible
        if noun == QuoteWords.unionKey {
            let members = compatible.filter { $0.name.splitAtSpaces().contains { OrganisationWords.memberBodyWords.contains(Self.key($0)) } }
            if !members.isEmpty { kindFitting = members }
        }
        let compatibleKind = kindFitting
        // The organisation that is the subject of this sentence or one of the two before, else the
        // one the article is about (its first as a subject), else the last one named.
        return lastSubject(compatibleKind, before: offset, sentences: 3) ?? firstSubject(compatibleKind, before: offset)
            ?? lastMentioned(compatibleKind, before: offset)
    }

    /// Whether the mention at `r` opens its sentence (after an optional `The` or a title), the
    /// usual place of a sentence's subject.
    func opensSentence(_ r: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        while j >= 0, scalars[j] == " " { j -= 1 }
        if j >= 0, QuoteMarks.isWordScalar(scalars[j]) {
            // One word before: `The` or a title.
            let end = j + 1
            while j >= 0, QuoteMarks.isWordScalar(scalars[j]) || scalars[j] == "." { j -= 1 }
            let word = wordKey((j + 1)..<end)
            guard word == QuoteWords.theKey || Self.isTitle(word) else { return false }
            while j >= 0, scalars[j] == " " { j -= 1 }
        }
        guard j >= 0 else { return true }
        let c = scalars[j]
        return c == "\n" || c == "." || c == "!" || c == "?" || c == "\u{201D}" && j > 0 && ".!?".unicodeScalars.contains(scalars[j - 1])
    }

    /// The start of the sentence `n` sentences back from `offset` (1: the sentence holding it).
    func sentenceStart(before offset: Int, sentences n: Int) -> Int {
        var j = offset - 1
        var found = 0
        while j > 0 {
            let c = scalars[j]
            if c == "\n" || (c == "." || c == "!" || c == "?") && j + 1 < scalars.count && QuoteMarks.isSpace(scalars[j + 1]) {
                found += 1
                if found == n { return j + 1 }
            }
            j -= 1
        }
        return 0
    }

    /// Of `candidates`, the one whose mention opening a sentence comes last before `offset`, within
    /// the last `sentences` sentences, outside quotations.
    func lastSubject(_ candidates: [ArticleEntity], before offset: Int, sentences: Int) -> ArticleEntity? {
        let floor = sentenceStart(before: offset, sentences: sentences)
        var best: (end: Int, entity: ArticleEntity)? = nil
        for e in candidates {
            for m in e.mentions where m.upperBound <= offset && m.lowerBound >= floor && !isQuoted(m) && opensSentence(m) {
                if best == nil || m.upperBound > best!.end { best = (m.upperBound, e) }
            }
        }
        return best?.entity
    }

    /// Of `candidates`, the one whose mention opening a sentence comes first in the text.
    func firstSubject(_ candidates: [ArticleEntity], before offset: Int) -> ArticleEntity? {
        var best: (start: Int, entity: ArticleEntity)? = nil
        for e in candidates {
            for m in e.mentions where m.upperBound <= offset && !isQuoted(m) && opensSentence(m) {
                if best == nil || m.lowerBound < best!.start { best = (m.lowerBound, e) }
            }
        }
        return best?.entity
    }

    /// Of `candidates`, the one mentioned last before `offset` outside quotations.
    func lastMentioned(_ candidates: [ArticleEntity], before offset: Int) -> ArticleEntity? {
        var best: (end: Int, entity: ArticleEntity)? = nil
        for e in candidates {
            for m in e.mentions where m.upperBound <= offset && !isQuoted(m) {
                if best == nil || m.upperBound > best!.end { best = (m.upperBound, e) }
            }
        }
        return best?.entity
    }

    /// The person last named before `offset` with `title` right before the name (`Mayor Ada Ode`).
    func personTitled(_ title: String, before offset: Int) -> ArticleEntity? {
        let key = WordKey(title)
        var best: (end: Int, entity: ArticleEntity)? = nil
        for e in entities where e.type == .person {
            for m in e.mentions where m.upperBound <= offset {
                // The word right before the mention.
                var j = m.lowerBound - 1
                while j >= 0, scalars[j] == " " { j -= 1 }
                let end = j + 1
                while j >= 0, QuoteMarks.isWordScalar(scalars[j]) { j -= 1 }
                guard end > j + 1, wordKey((j + 1)..<end) == key else { continue }
                if best == nil || m.upperBound > best!.end { best = (m.upperBound, e) }
            }
        }
        return best?.entity
    }

    /// What a pronoun stands for, from the discourse model: `he` and `she` a person of that
    /// gender, `it` and `they` an organisation. `I`, `we` and `you` are left unresolved.
    func pronounAntecedent(_ a: Attribution) -> String? {
        let key = wordKey(a.head)
        guard let wanted = Discourse.wanted(byPronoun: key) else { return nil }
        let model = discourse
        guard let r = model.resolution[a.head.lowerBound] ?? model.antecedent(before: a.head.lowerBound, wanted) else { return nil }
        return model.name(of: r)
    }

    /// `genderOf(entities[k])`, found once per entity (each pronoun asks it of every person, twice).
    func entityGender(at k: Int) -> NameMentions.Gender {
        if memo.genders.isEmpty { memo.genders = Array(repeating: nil, count: entities.count) }
        if let known = memo.genders[k] { return known }
        let found = genderOf(entities[k])
        memo.genders[k] = found
        return found
    }

    /// The gender the tagger gave an entity, else what its aliases show (a title or a given name).
    func genderOf(_ e: ArticleEntity) -> NameMentions.Gender {
        switch e.gender {
        case .male: return .male
        case .female: return .female
        case nil: break
        }
        for alias in e.aliases {
            guard let key = NameWords(alias).firstWithoutStops else { continue }
            if PersonTitles.male.contains(key) || PersonNameWords.maleGivenNames.contains(key) { return .male }
            if PersonTitles.female.contains(key) || PersonNameWords.femaleGivenNames.contains(key) { return .female }
        }
        let surname = NameWords(e.name).last ?? Self.key(e.name[...])
        if let g = names.genderBySurname[surname] { return g }
        return .unknown
    }

    /// `Ada Ode, who said`: the person named last before the relative pronoun in its sentence,
    /// past an organisation or place attached to them (`Prof Ode of the Centre for …, who said`).
    func relativeAntecedent(_ a: Attribution) -> String? {
        var i = a.speaker.lowerBound - 1
        while i >= 0, scalars[i] == " " || scalars[i] == "," { i -= 1 }
        guard i >= 0 else { return nil }
        if !entities.isEmpty {
            // The sentence start: the last full stop before, within 300 characters.
            var floor = i
            while floor > 0, i - floor < 300, scalars[floor - 1] != "." || floor < 2 || !QuoteMarks.isSpace(scalars[floor]) { floor -= 1 }
            var best: (end: Int, name: String)? = nil
            for e in entities where e.type == .person {
                for m in e.mentions where m.upperBound <= i + 1 && m.lowerBound >= floor && !isQuoted(m) {
                    if best == nil || m.upperBound > best!.end { best = (m.upperBound, e.name) }
                }
            }
            if let best { return best.name }
        }
        let m = names.mentions.last { $0.range.upperBound == i + 1 }
        return m.map { names.canonical[$0.surname].map(text) ?? text($0.range) }
    }
}
