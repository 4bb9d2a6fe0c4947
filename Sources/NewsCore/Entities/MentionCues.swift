/// The gazetteer lists the article-level rules consult (the tagger's own table).
struct NameLists {
    let gazetteer: Gazetteer
    /// The list bits of the words asked about so far (one `NameLists` serves one article).
    private let known = BitsCache()

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    private static let firstBit = Gazetteer.bit("first")
    private static let lastBit = Gazetteer.bit("last")
    private static let placeBits = Gazetteer.bit("city") | Gazetteer.bit("country") | Gazetteer.bit("region") | Gazetteer.bit("continent")
    private static let countryBits = Gazetteer.bit("country") | Gazetteer.bit("continent")
    private static let demonymBit = Gazetteer.bit("demonym")
    // (The lists' bits read from the cache, which copies them from the globals once an article:
    // each read of a global `let` is a call to `swift_once`, and the rules ask the lists several
    // times a name. Kept there, not here: a larger `NameLists` cost more to pass and to wrap in
    // an optional than the calls saved.)
    private var first: UInt16 { known.first }
    private var last: UInt16 { known.last }
    private var place: UInt16 { known.place }
    private var country: UInt16 { known.country }
    private var demonym: UInt16 { known.demonym }

    // The lists' bits are read straight from the table, once a word: the rules ask about the
    // same words several times (first name? surname? place?), and each lookup tokenises it.
    private func bits(_ word: String) -> UInt16 {
        // A plain-ASCII word (nearly every one) by its id in a flat table, without hashing a `String`.
        if let (id, isNew) = known.ids.asciiId(word) {
            if !isNew { return known.asciiBits[id] }
            let bits = gazetteer.listBits(of: word)
            known.asciiBits.append(bits)
            return bits
        }
        let key = ExactText(word)
        if let bits = known.bits[key] { return bits }
        let bits = gazetteer.listBits(of: word)
        known.bits[key] = bits
        return bits
    }

    /// `bits(t.word(i))`, for word token `i` of the article these lists serve. A whole word of
    /// letters and digits in plain ASCII is looked up once per lower-case word, by the tokens'
    /// id of it, without hashing its bytes: such words with one lower case have one list hash
    /// (`Gazetteer.plainWordHash` folds the case), so one answer.
    ///
    /// (Kept by token as well: the rules ask several lists about the same token, "first name
    /// and not a place", and the token's answer is then read without its word.)
    private func bits(_ t: ArticleTokens, _ i: Int) -> UInt16 {
        if i >= 0, i < known.byToken.count, known.byToken[i] != BitsCache.unknown { return known.byToken[i] }
        let bits = wordBits(t, i)
        if i >= 0, i < t.count {
            if known.byToken.count < t.count { known.byToken = [UInt16](repeating: BitsCache.unknown, count: t.count) }
            known.byToken[i] = bits
        }
        return bits
    }

    /// `bits(t, i)` without the token's cache.
    private func wordBits(_ t: ArticleTokens, _ i: Int) -> UInt16 {
        guard t.isWord(i), t.isPlainAlphanumeric(i) else { return bits(t.word(i)) }
        let id = t.lowerId(i)
        if id < known.byLower.count, known.byLower[id] != BitsCache.unknown { return known.byLower[id] }
        // (Straight from the table: this cache keeps the answer by the word's lower-case id, and
        // keeping it by the word's text as well hashed the word again. Room for every id of the
        // article at once, rather than grown an id at a time.)
        // (The word's list hash from its scalars, as `phraseBits` finds a phrase's: such a word
        // is one token, its scalars its bytes, and `Gazetteer.plainWordHash` of its text gives
        // the same hash, after the word's `String` was made for it.)
        let r = t.tokens[i].range
        let h = t.scalars.withUnsafeBufferPointer { s in
            s.withMemoryRebound(to: UInt32.self) { TokenHashing.lowerHash($0, r.lowerBound, r.upperBound) }
        }
        let bits = gazetteer.lookup(FeatureHash.combine(Gazetteer.phraseSeed, h))
        if id >= known.byLower.count {
            known.byLower.append(contentsOf: repeatElement(BitsCache.unknown, count: max(id + 1, t.wordIdCount) - known.byLower.count))
        }
        known.byLower[id] = bits
        return bits
    }

    func isFirstName(_ word: String) -> Bool { bits(word) & first != 0 }

    /// `isFirstName(t.word(i))`.
    func isFirstName(_ t: ArticleTokens, _ i: Int) -> Bool { bits(t, i) & first != 0 }

    /// A given name by the gazetteer's list or the team's (`PersonNameWords`): the census list
    /// behind the gazetteer is American and lacks common British and Irish names ("Rhys",
    /// "Gareth", "Liam"), which the team's list has. A rule that would cut or leave out a
    /// capitalised word as no name asks this, not `isFirstName` (the tagger's own feature,
    /// which stays as trained).
    func isGivenName(_ word: String) -> Bool {
        isFirstName(word) || Self.onTeamGivenNames(word)
    }

    /// `isGivenName(t.word(i))`.
    func isGivenName(_ t: ArticleTokens, _ i: Int) -> Bool {
        isFirstName(t, i) || Self.onTeamGivenNames(t.word(i))
    }

    /// Whether the team's lists of given names (`PersonNameWords`) hold `word`.
    private static func onTeamGivenNames(_ word: String) -> Bool {
        let key = WordKey(word)
        return PersonNameWords.maleGivenNames.contains(key) || PersonNameWords.femaleGivenNames.contains(key)
    }

    func isSurname(_ word: String) -> Bool { bits(word) & last != 0 }

    /// `isSurname(t.word(i))`.
    func isSurname(_ t: ArticleTokens, _ i: Int) -> Bool { bits(t, i) & last != 0 }

    /// A city, country, region or continent.
    func isPlace(_ word: String) -> Bool {
        bits(word) & place != 0
    }

    /// `isPlace(t.word(i))`.
    func isPlace(_ t: ArticleTokens, _ i: Int) -> Bool { bits(t, i) & place != 0 }

    /// A country or continent (whose name is a national team's in sport, and a place to CoNLL).
    func isCountry(_ word: String) -> Bool {
        bits(word) & country != 0
    }

    /// A people's name or adjective ("Dutch", "Irish", "South Korean"), from the tagger's list.
    func isDemonym(_ phrase: String) -> Bool {
        bits(phrase) & demonym != 0
    }

    /// `isDemonym(t.word(i))`.
    func isDemonym(_ t: ArticleTokens, _ i: Int) -> Bool { bits(t, i) & demonym != 0 }

    /// `bits(phrase)` for the phrase of the word tokens in `range` joined by spaces
    /// (`MentionCues.joinedWords`), when each is a whole word of plain ASCII letters and digits;
    /// nil for any other phrase.
    ///
    /// Such a phrase's tokens are its words, so its list hash is the one the tokenizer gives the
    /// phrase's text, found from the article's scalars without the text, its scalar array and
    /// tokens (`Gazetteer.tokenisedListBits`), which cost two thousand instructions a name.
    private func phraseBits(_ t: ArticleTokens, _ range: Range<Int>) -> UInt16? {
        var h = Gazetteer.phraseSeed
        for i in range where t.isWord(i) {
            guard t.isPlainAlphanumeric(i) else { return nil }
            let r = t.tokens[i].range
            let word = t.scalars.withUnsafeBufferPointer { s in
                s.withMemoryRebound(to: UInt32.self) { TokenHashing.lowerHash($0, r.lowerBound, r.upperBound) }
            }
            h = FeatureHash.combine(h, word)
        }
        return gazetteer.lookup(h)
    }

    /// `isDemonym(phrase) && !isPlace(phrase)` for the phrase of the word tokens in `range`
    /// (`phraseBits`), nil when it is not made of plain words.
    func isPeoplesPhrase(_ t: ArticleTokens, _ range: Range<Int>) -> Bool? {
        phraseBits(t, range).map { $0 & demonym != 0 && $0 & place == 0 }
    }

    /// `isPlace(MentionCues.joinedWords(d, t))`, from the tokens when the words are plain
    /// (`phraseBits`).
    func isPlacePhrase(_ d: DraftMention, _ t: ArticleTokens) -> Bool {
        if let bits = phraseBits(t, d.a..<d.b) { return bits & place != 0 }
        return isPlace(MentionCues.joinedWords(d, t))
    }

    /// The words' bits, shared by the copies of one `NameLists`.
    /// (Unchecked exclusivity: one article's lists are asked on one thread, and never inside
    /// an access to the cache itself; the dynamic checks cost more than the look-ups.)
    private final class BitsCache {
        @exclusivity(unchecked) var bits: [ExactText: UInt16] = [:]
        /// The bits of plain-ASCII words, by their id in `ids` (given in order, from 0).
        @exclusivity(unchecked) var ids = WordIds()
        @exclusivity(unchecked) var asciiBits: [UInt16] = []
        /// The bits of whole plain words by the tokens' lower-case id (`bits(_:_:)`), `unknown`
        /// where none is known yet.
        @exclusivity(unchecked) var byLower: [UInt16] = []
        /// The bits of each token asked about (`bits(_:_:)`), `unknown` where none is known yet;
        /// made, one slot a token, when a token is first asked about.
        @exclusivity(unchecked) var byToken: [UInt16] = []
        /// No word's bits: the lists' nine bits and the prefix flag never make it.
        static let unknown: UInt16 = 0x7FFF
        /// The lists' bits (`NameLists.firstBit`, …), read from the globals once.
        let first = NameLists.firstBit
        let last = NameLists.lastBit
        let place = NameLists.placeBits
        let country = NameLists.countryBits
        let demonym = NameLists.demonymBit
    }
}

/// Reads the words around a mention for what they say about its type.
enum MentionCues {
    /// The context votes and name-form evidence of the mention over tokens `d.a..<d.b`.
    static func evidence(_ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> TypeEvidence {
        var e = TypeEvidence(taggerWeight: d.taggerWeight, firm: d.firm, sentenceInitial: t.capitalIsWeak(d.a), beforeBody: t.beforeBody(d.a), inQuote: t.inQuote[d.a])
        guard d.firm == nil else { return e }
        func vote(_ type: EntityType, _ n: Int) { e.votes[type, default: 0] += n }
        // The name's words by token: how many, the first and the last. (Read in place: an array
        // of the words' `String`s, made for every mention, cost an allocation and a reference
        // count a word; the few rules that ask about the whole name join them, `joinedWords`.)
        var count = 0
        var firstWord = -1
        var lastWord = -1
        for i in d.a..<d.b where t.isWord(i) {
            if count == 0 { firstWord = i }
            lastWord = i
            count += 1
        }
        guard count > 0 else { return e }
        e.nameType = NameShape.headType(t, d.a..<d.b, tagged: d.type, lists: lists)
        // A capitalised organisation noun on its own ("the Guild", "Council") names an organisation.
        if count == 1, d.end == nil, t.lower(firstWord, isIn: OrganisationWords.heads) {
            e.nameType = .organization
        }

        // The name's form.
        if count == 1, d.end == nil || d.b - d.a == 1 {
            // A place that is also a name ("Howard", "Jordan") says nothing.
            // (A whole word asked by its token, whose answers the lists keep.)
            if let end = d.end {
                let w = t.text(t.tokens[d.a].range.lowerBound..<end)
                if lists.isPlace(w), !lists.isFirstName(w), !lists.isSurname(w) { vote(.place, 2) }
            } else if lists.isPlace(t, firstWord), !lists.isFirstName(t, firstWord), !lists.isSurname(t, firstWord) {
                vote(.place, 2)
            }
        } else if e.nameType == nil, count <= 3, lists.isFirstName(t, firstWord), !lists.isPlace(t, firstWord),
            (d.a..<d.b).allSatisfy({ i in !t.isWord(i) || opensWithCapital(t, i) })
        {
            vote(.person, 2)
        }

        // A place's name of two or three words on the gazetteer ("Hong Kong", "Sri Lanka") names
        // the place, whatever the tagger said ("in Hong Kong" was a person's in business news).
        if e.nameType == nil, (2...3).contains(count), d.end == nil, lists.isPlacePhrase(d, t) {
            e.nameType = .place
        }
        if let listed = d.listType { e.nameType = listed }
        // "Marsh & Lowe": a name joined by "&" is a firm's.
        if (d.a..<d.b).contains(where: { t.isPunctuation($0, "&") }) { e.nameType = .organization }
        workAndGroupEvidence(d, count, t, lists, &e)
        if let team = teamEvidence(d, count, lastWord, t, lists) {
            if team.named { e.nameType = .organization }
            vote(.organization, team.votes)
        }

        // After the name.
        let n = d.b
        if d.end != nil {
            // "Osaka-based firm": nothing after the compound speaks for the name.
        } else if n < t.count, t.tokens[n].kind == .possessive {
            if t.isLowercaseWord(n + 1) {
                if t.lower(n + 1, isIn: OrganisationWords.possessions) { vote(.organization, 3) }
                if t.lower(n + 1, isIn: PlaceWords.possessions) { vote(.place, 2) }
            } else if t.isCapitalised(n + 1) {
                // "Merrowick’s East Quay": a place's part.
                var k = n + 1
                while k < t.count, t.isCapitalised(k), k - (n + 1) < 4 { k += 1 }
                if NameShape.headType(t, (n + 1)..<k, lists: lists) == .place { vote(.place, 3) }
            }
        } else if t.isLowercaseWord(n), t.lower(n, isIn: PlaceWords.modified) {
            vote(.place, 3)  // "the Saltings estate"
        } else if t.isPunctuation(n, ",") {
            let m = n + 1
            if t.isWord(m), t.lowerIs(m, "who") {
                vote(.person, 4)
            } else if t.isWord(m), t.lowerIs(m, "which") {
                vote(.organization, 1)
                vote(.place, 1)
            } else if m < t.count, t.tokens[m].kind == .number, t.isPunctuation(m + 1, ",") {
                vote(.person, 4)  // "Daniel Okafor, 44,"
            } else if let head = appositionHead(t, from: m) {
                classify(head.noun, withDeterminer: head.determiner, &e)
            }
        }

        // Before the name.
        var p = d.a - 1
        if p >= 0, t.isPunctuation(p, ","), t.isPunctuation(d.b, ","), let noun = nounBeforeComma(t, p) {
            classify(noun, withDeterminer: true, &e)  // "the captain, Rhys Penhallow,"
        } else {
            if t.isLowercaseWord(p), t.lowerIs(p, "the") || t.lowerIs(p, "a") { p -= 1 }
            // "in Guildford and Woolwich": the second name shares the first one's preposition.
            if t.isLowercaseWord(p), t.lowerIs(p, "and") || t.lowerIs(p, "or"), t.isCapitalised(p - 1) {
                var q = p - 1
                while q > 0, t.isCapitalised(q - 1), p - q < 4 { q -= 1 }
                if t.isLowercaseWord(q - 1), t.lower(q - 1, isIn: PlaceWords.prepositions) { vote(.place, 2) }
                return e
            }
            guard t.isLowercaseWord(p) else { return e }
            // (The word compared by its token's scalars, without its lower case's `String`.)
            if t.lowerIs(p, "of"), t.isLowercaseWord(p - 1) {
                if t.lower(p - 1, isIn: OrganisationWords.rolesOf) { vote(.organization, 3) }
                if t.lower(p - 1, isIn: PlaceWords.partsOf) { vote(.place, 3) }
            } else if t.lowerIs(p, "for"), t.isLowercaseWord(p - 1), t.lower(p - 1, isIn: PersonNouns.representatives) {
                vote(.place, 3)  // "councillor for Saltings"
            } else if t.lower(p, isIn: PlaceWords.prepositions), d.b >= t.count || t.tokens[d.b].kind != .possessive,
                !(t.isWord(p - 1) && t.lower(p - 1, isIn: OrganisationWords.investment))
            {
                vote(.place, 3)
            } else if t.lowerIs(p, "at") {
                vote(.place, 2)
                vote(.organization, 1)
            } else if t.lowerIs(p, "to"), hasMotionBefore(t, p) {
                vote(.place, 3)
            }
        }
        return e
    }

    /// The sports lists `teamEvidence` asks about a name's neighbours, read through one global:
    /// each list read as a global of its own was a call to `swift_once`, up to seven a name.
    private struct TeamLists: Sendable {
        let teamRoles = SportsWords.teamRoles
        let versus = SportsWords.versus
        let sportsStoryRoles = SportsWords.sportsStoryRoles
        let resultWordsAfter = SportsWords.resultWordsAfter
        let resultWordsBefore = SportsWords.resultWordsBefore
        let transferVerbs = SportsWords.transferVerbs
        let playedFor = SportsWords.playedFor
    }
    private static let teamLists = TeamLists()

    /// What says that a name is a club's (CoNLL: an organisation) rather than its town's: in any
    /// story, a result's figure after it ("Tarrow 2 Merrowick 1", "Tarrow 320-5", which then
    /// decides like a name's head word), a player's role ("the Tarrow striker") or "v"; in a
    /// sports story, a result's verb ("beat Tarrow", "Tarrow drew"), a team's noun ("Tarrow’s
    /// manager", "Tarrow fans") or a player's name after its possessive ("Tarrow’s Ada Ode").
    /// A country's name stays a place: CoNLL types national teams so.
    /// (`count` is the number of the name's words, `last` its last word's token.)
    static func teamEvidence(_ d: DraftMention, _ count: Int, _ last: Int, _ t: ArticleTokens, _ lists: NameLists) -> (named: Bool, votes: Int)? {
        // (A person's name with a score after it is a player's, in tennis or golf; but a name
        // that ends as a club's does, "beat Gullhaven Town 3-1", is the club's.)
        // (A compound's cut first: it rules the name out before its last word is read.)
        guard d.end == nil else { return nil }
        let clubName = endsAsClub(count, last, t)
        guard d.type != .person || clubName else { return nil }
        var named = false
        var votes = 0
        let n = d.b
        let p = d.a - 1
        // A figure after the name, then the row goes on or ends: a club whatever its name's
        // head word ("Port Vale 2", "Ross County 1").
        if n < t.count, t.tokens[n].kind == .number, isResultFigure(t, n),
            !t.isLowercaseWord(n + 1) || t.lowerIs(n + 1, "and") || t.lowerIs(n + 1, "points")
        {
            named = true
            votes += 5
        }
        // The word after the name, or after its possessive.
        // (By its token, so that the lists are asked by the key the tokens hold.)
        // (Whether the words on either side are in lower case, asked once: every cue below
        // asks it again.)
        let lowerAfter = t.isLowercaseWord(n)
        let lowerBefore = t.isLowercaseWord(p)
        var after: Int? = nil
        if lowerAfter {
            after = n
        } else if n < t.count, t.tokens[n].kind == .possessive, t.isLowercaseWord(n + 1) {
            after = n + 1
        }
        // (Each neighbour's key read once: every cue below asks a list about the same words.)
        let keyAfter = after.flatMap { t.lowerKey($0) }
        let sports = Self.teamLists
        let keyBefore = lowerBefore ? t.lowerKey(p) : nil
        if let after, t.lower(after, key: keyAfter, isIn: sports.teamRoles) { votes += 5 }
        // (Asked of the list by the keys the tokens hold: the words' `String`s are not read.)
        if lowerBefore, t.lower(p, key: keyBefore, isIn: sports.versus) { votes += 5 }
        if lowerAfter, t.lower(n, key: keyAfter, isIn: sports.versus) { votes += 5 }
        // The cues of a sports story, read before asking whether it is one.
        var sportVotes = 0
        if let after, t.lower(after, key: keyAfter, isIn: sports.sportsStoryRoles) { sportVotes += 4 }
        if n < t.count, t.tokens[n].kind == .possessive, t.isCapitalised(n + 1), !t.capitalIsWeak(n + 1) { sportVotes += 4 }
        if lowerAfter, t.lower(n, key: keyAfter, isIn: sports.resultWordsAfter) { sportVotes += 4 }
        if lowerBefore {
            // (The words compared by their tokens' scalars, without their lower case's `String`s;
            // the word before read only when the word asks about it.)
            func q(_ word: StaticString) -> Bool { t.isLowercaseWord(p - 1) && t.lowerIs(p - 1, word) }
            if t.lower(p, key: keyBefore, isIn: sports.resultWordsBefore) || t.lower(p, key: keyBefore, isIn: sports.transferVerbs)
                || (t.lowerIs(p, "with") && (q("drew") || q("draw"))) || (t.lowerIs(p, "to") && (q("lost") || q("losing") || q("defeat")))
                || (t.lowerIs(p, "for") && t.isLowercaseWord(p - 1) && t.lower(p - 1, isIn: sports.playedFor))
            {
                sportVotes += 4
            }
        }
        if sportVotes > 0, t.sportsStory { votes += sportVotes }
        guard named || votes > 0 else { return nil }
        // "Gullhaven Town" with a club's cues is named as one, whatever the tagger and a "who"
        // after its short form ("Town, who …") say.
        if clubName { named = true }
        // A national team, a venue or a dateline is its place.
        let name = joinedWords(d, t)
        if lists.isCountry(name) || SportsWords.nations.contains(EntityNames.aliasKey(name)) || isVenueOrDateline(d, t) { return nil }
        return (named, votes)
    }

    /// Whether a name of `count` words, two or more, ends in a word (token `last`) that ends
    /// clubs' names as well as places' (`SportsWords.clubEndings`).
    static func endsAsClub(_ count: Int, _ last: Int, _ t: ArticleTokens) -> Bool {
        // (`lower(last)` is the word's `lowercased()`, asked by the key the tokens hold; the
        // list first, which rules out nearly every name by that key.)
        return count >= 2 && t.lower(last, isIn: SportsWords.clubEndings) && opensWithCapital(t, last)
    }

    /// `opensWithCapital(t.word(i))`, read from token `i`'s first scalar when it is ASCII (the
    /// word is its token's scalars), without the word's `String`.
    @inline(__always)
    static func opensWithCapital(_ t: ArticleTokens, _ i: Int) -> Bool {
        let r = t.tokens[i].range
        if !r.isEmpty, t.scalars[r.lowerBound].value < 0x80 { return TokenHashing.isUpper(t.scalars[r.lowerBound].value) }
        return opensWithCapital(t.word(i))
    }

    /// `word.first?.isUppercase == true`, read from the first byte when it is ASCII: such a
    /// word opens with a capital exactly when that byte is A to Z (a combining mark after it
    /// keeps its case), and its `Character` is not made.
    static func opensWithCapital(_ word: String) -> Bool {
        if let b = word.utf8.first, b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return word.first?.isUppercase == true
    }

    /// The words of draft `d`'s word tokens joined by spaces (`words.joined(separator: " ")`
    /// of the name's words), for the rules that ask a list about the whole name.
    static func joinedWords(_ d: DraftMention, _ t: ArticleTokens) -> String {
        var out = ""
        var first = true
        for i in d.a..<d.b where t.isWord(i) {
            if !first { out += " " }
            first = false
            out += t.word(i)
        }
        return out
    }

    /// The lists `workAndGroupEvidence` asks about a name's neighbours, read through one global:
    /// each read of a list's own global was a call to `swift_once`. (A class: as a struct of
    /// sixteen lists, like `TeamLists`, it was copied field by field at every call.)
    private final class WorkLists: Sendable {
        let before = WorkWords.before
        let after = WorkWords.after
        let afterWeak = WorkWords.afterWeak
        let afterComma = WorkWords.afterComma
        let people = WorkWords.people
        let kinds = WorkWords.kinds
        let musicGroups = WorkWords.musicGroups
        let bandMembers = WorkWords.bandMembers
        let roleAdjectives = WorkWords.roleAdjectives
        let ordinals = WorkWords.ordinals
        let roleIn = WorkWords.roleIn
        let honoursFor = WorkWords.honoursFor
        let organisationBefore = OrganisationWords.before
        let personNouns = PersonNouns.nouns
        let and = SmallWords.and
        let wereAndAre = SmallWords.wereAndAre
    }
    private static let workLists = WorkLists()

    /// What the words right around a name say about a work or a group. For a name the tagger
    /// calls a person's: "the film Dark Harbour", "Dark Harbour books", "the next Tom Fennick"
    /// make it a work or a role (`other`), "goalkeeper Rhys Penhallow" a person. For any name
    /// but a place's: "Dark Harbour star Ada Ode", "Dark Harbour, starring …" and, unless the
    /// tagger calls it a person's, "an Oscar for Dark Harbour", "her role in Dark Harbour" make it
    /// a work; "the band Low Tide", "analysts
    /// Gartner" an organisation. (After a place's name the same words say something else:
    /// "Hollywood star", "US box-office".)
    /// (`count` is the number of the name's words.)
    static func workAndGroupEvidence(_ d: DraftMention, _ count: Int, _ t: ArticleTokens, _ lists: NameLists, _ e: inout TypeEvidence) {
        guard d.end == nil else { return }
        func vote(_ type: EntityType, _ n: Int) { e.votes[type, default: 0] += n }
        let w = Self.workLists
        let p = d.a - 1
        let n = d.b
        let person = d.type == .person
        // (Only words of the name's own sentence count. Whether there is such a word before it:
        // it is compared by its token's scalars, and its `String` is not read.)
        let before = t.isLowercaseWord(p) && !t.sentenceBreak[d.a]
        // (Whether there is such a word after it: the lists are asked about it by its token, and
        // its `String` is not read.)
        let after = n < t.count && !t.sentenceBreak[n] && t.isLowercaseWord(n)
        // (Their keys read once: the lists below are asked about the same two words.)
        let keyBefore = before ? t.lowerKey(p) : nil
        let keyAfter = after ? t.lowerKey(n) : nil
        // ("The film Dark Harbour Lights": a title the tagger took for a place or a firm, when
        // no gazetteer, club list or sports story speaks for that.)
        // (Asked only after a work's word: whether the story is about sport is found for the
        // whole story, and most mentions never need it.)
        func titleLike() -> Bool {
            count >= 2 && d.listType == nil && !t.sportsStory && !lists.isPlacePhrase(d, t)
        }
        // "The comedy duo Ada Ode and Tom Fennick": a pair named by its members names people.
        let namesMembers = person && before && (t.lowerIs(p, "duo") || t.lowerIs(p, "trio")) && after && t.lower(n, key: keyAfter, isIn: w.and) && t.isCapitalised(n + 1)
        // (The lists are asked by token `p` or `n`, the word `before` or `after` is, so that
        // they read the key the tokens hold.)
        if before, !namesMembers {
            if t.lower(p, key: keyBefore, isIn: w.before), person || d.type == .other || titleLike() {
                vote(.other, 8)
            } else if person, t.lower(p, key: keyBefore, isIn: w.musicGroups) {
                vote(.organization, 8)  // "the band Low Tide": no one's name follows "band"
            } else if t.lower(p, key: keyBefore, isIn: w.organisationBefore) {
                vote(.organization, 3)
            } else if t.lower(p, key: keyBefore, isIn: w.personNouns) {
                vote(.person, 3)  // "the Athletic goalkeeper Rhys Penhallow"
            } else if person, t.lower(p, key: keyBefore, isIn: w.roleAdjectives) || t.lower(p, key: keyBefore, isIn: w.ordinals), t.isLowercaseWord(p - 1),
                t.lowerIs(p - 1, "the")
            {
                vote(.other, 6)  // "the next Tom Fennick", "the sixth Dark Harbour"
            } else if person, t.lowerIs(p, "in"), t.isLowercaseWord(p - 1), t.lower(p - 1, isIn: w.roleIn),
                n >= t.count || t.tokens[n].kind != .possessive
            {
                vote(.other, 6)  // "her role in Ada Ode": a part is played in a work, not in a person
            }
        }
        // "The 21st Dark Harbour film": a number's ordinal before the name.
        if person, !before, p >= 1, !t.sentenceBreak[d.a], t.tokens[p].kind == .number, isOrdinalNumber(t.word(p)),
            t.isLowercaseWord(p - 1), t.lowerIs(p - 1, "the")
        {
            vote(.other, 6)
        }
        // "Ada Ode (Dark Harbour)": a name in brackets right after a person's names the work
        // that person made or played in, as award lists write it.
        // (Two words at least: "Saddam (Hussein)" completes the name before it.)
        if person, count >= 2, p >= 1, t.isPunctuation(p, "("), t.isPunctuation(n, ")"), t.isCapitalised(p - 1), !t.capitalIsWeak(p - 1) {
            vote(.other, 6)
        }
        if person, after {
            if t.lower(n, key: keyAfter, isIn: w.after) {
                vote(.other, 8)
            } else if t.lower(n, key: keyAfter, isIn: w.afterWeak) {
                vote(.other, 4)
            } else if t.lower(n, key: keyAfter, isIn: w.bandMembers), t.isCapitalised(n + 1) {
                vote(.organization, 8)  // "Low Tide frontman Ada Ode"
            } else if t.lower(n, key: keyAfter, isIn: w.wereAndAre), !(t.isLowercaseWord(n + 1) && t.lowerIs(n + 1, "to")), isWholeSubject(d, t) {
                vote(.organization, 4)  // "Low Tide were the only band": a person is "was"
            }
        }
        // "Low Tide, who were shortlisted": a group's relative clause.
        if person, !after, t.isPunctuation(n, ","), t.isLowercaseWord(n + 1), t.lowerIs(n + 1, "who"), t.isLowercaseWord(n + 2),
            t.lowerIs(n + 2, "were") || t.lowerIs(n + 2, "are")
        {
            vote(.organization, 6)
        }
        // Cues a place's name would take otherwise ("Hollywood star", "in Tarrow").
        var work = 0
        if after, t.lower(n, key: keyAfter, isIn: w.people), t.isCapitalised(n + 1) {
            work += 8
        } else if after, t.lower(n, key: keyAfter, isIn: w.kinds), t.isLowercaseWord(n + 1), t.lower(n + 1, isIn: w.people),
            t.isCapitalised(n + 2)
        {
            work += 8  // "Dark Harbour film star Ada Ode"
        } else if !after, t.isPunctuation(n, ","), t.isLowercaseWord(n + 1), t.lower(n + 1, isIn: w.afterComma) {
            work += 8
        }
        // ("An Oscar for Ada Ode" honours a person too: only a name the tagger did not call a
        // person's is taken for a work there.)
        if !person, before, t.isLowercaseWord(p - 1) {
            if (t.lowerIs(p, "for") && t.lower(p - 1, isIn: w.honoursFor)) || (t.lowerIs(p, "in") && t.lower(p - 1, isIn: w.roleIn)) {
                work += 8
            }
        }
        guard work > 0, person || (e.nameType == nil && !lists.isPlacePhrase(d, t)) else { return }
        vote(.other, work)
    }

    /// Whether a name is all of its clause's subject: it opens a sentence or a quotation, or
    /// follows a conjunction that opens a clause ("but Low Tide were"). After anything else it
    /// may end a longer subject ("a group headed by Ada Ode were", "Tom Fennick and Ada Ode
    /// were") or a question ("would Ada Ode have").
    static func isWholeSubject(_ d: DraftMention, _ t: ArticleTokens) -> Bool {
        let p = d.a - 1
        if p < 0 || t.sentenceBreak[d.a] { return true }
        guard t.isLowercaseWord(p) else { return t.isPunctuation(p, "\"") || t.isPunctuation(p, "“") }
        return t.lower(p, isIn: FunctionWords.clauseOpeners)
    }

    /// "21st", "3rd", "10th".
    static func isOrdinalNumber(_ s: String) -> Bool {
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        return ["st", "nd", "rd", "th"].contains(String(s.dropFirst(digits.count)).lowercased())
    }

    /// Whether the name is where a match or a story took place: a scorecard's venue ("At
    /// Tarrow : Merrowick 183", "At Kettle Park ( Tarrow ) :") or a dateline's place ("TARROW ,
    /// Harland 2026-03-14").
    static func isVenueOrDateline(_ d: DraftMention, _ t: ArticleTokens) -> Bool {
        var k = d.b
        if t.isPunctuation(k, ")") { k += 1 }
        if t.isPunctuation(k, ":") { return true }
        guard t.sentenceBreak[d.a] else { return false }
        // A dateline: capitals and commas, then a date, opening a paragraph.
        k = d.b
        while k < t.count, k - d.b < 6, t.isPunctuation(k, ",") || t.isCapitalised(k) { k += 1 }
        guard k < t.count, t.tokens[k].kind == .number else { return false }
        let s = t.word(k)
        return s.count >= 8 && s.filter { $0 == "-" || $0 == "/" }.count == 2
    }

    /// Whether number token `i` reads as a score, a total or a table's figure: not a year or a
    /// date ("Tarrow 2026", "TARROW 2026-03-14" are a heading and a dateline).
    static func isResultFigure(_ t: ArticleTokens, _ i: Int) -> Bool {
        let s = t.word(i)
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 4, digits.hasPrefix("19") || digits.hasPrefix("20") { return false }
        return true
    }

    /// Whether a verb of movement comes shortly before "to" at `p` ("diverted across the estuary to").
    static func hasMotionBefore(_ t: ArticleTokens, _ p: Int) -> Bool {
        var i = p - 1
        while i >= 0, p - i <= 5, t.isWord(i) {
            if t.lower(i, isIn: PlaceWords.motion) { return true }
            i -= 1
        }
        return false
    }

    static func classify(_ noun: String, withDeterminer: Bool, _ e: inout TypeEvidence) {
        if PersonNouns.nouns.contains(noun) {
            e.votes[.person, default: 0] += 4
        } else if withDeterminer, OrganisationWords.nouns.contains(noun) {
            e.votes[.organization, default: 0] += 3
        } else if withDeterminer, PlaceWords.nouns.contains(noun) {
            e.votes[.place, default: 0] += 3
        }
    }

    /// The head noun of an apposition that starts at token `m` (after a comma): ", the smaller
    /// port on …" → port; ", the union’s branch secretary," → secretary; ", chief executive of" →
    /// executive.
    static func appositionHead(_ t: ArticleTokens, from m: Int) -> (noun: String, determiner: Bool)? {
        var i = m
        var determiner = false
        if t.isLowercaseWord(i), t.lower(i, isIn: FunctionWords.appositionDeterminers) {
            determiner = true
            i += 1
        }
        // (The head's token: its word's `String` made only for the one that ends the walk, and
        // the lists asked by the key the tokens hold.)
        var head: Int? = nil
        var steps = 0
        while i < t.count, steps < 6 {
            let tok = t.tokens[i]
            if tok.kind == .possessive {
                head = nil
                determiner = true
            } else if t.isLowercaseWord(i) {
                if t.lower(i, isIn: FunctionWords.appositionStops) { break }
                head = i
            } else if t.isCapitalised(i), head == nil {
                determiner = true  // "the Athletic captain": a name as modifier
            } else if tok.kind == .number {
                break
            } else {
                break
            }
            i += 1
            steps += 1
        }
        return head.map { (t.lower($0), determiner) }
    }

    /// The noun that ends an apposition before a name: "the captain, Rhys Penhallow" → captain,
    /// when a determiner opens it.
    static func nounBeforeComma(_ t: ArticleTokens, _ comma: Int) -> String? {
        guard t.isLowercaseWord(comma - 1) else { return nil }
        let noun = t.lower(comma - 1)
        var i = comma - 2
        var steps = 0
        while i >= 0, steps < 5 {
            if t.tokens[i].kind == .possessive { return noun }
            guard t.isWord(i) else { return nil }
            // (Asked by the key the tokens hold, without the word's `String`.)
            if t.lower(i, isIn: FunctionWords.appositionDeterminers) { return noun }
            if t.lower(i, isIn: FunctionWords.appositionStops) { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }
}

extension ArticleTokens {
    /// `lower(i, isIn: list)` with token `i`'s key already read (`key == lowerKey(i)`, or nil,
    /// which asks by the word's `String`): the cues ask many lists about the same neighbour.
    @inline(__always)
    func lower(_ i: Int, key: WordKey?, isIn list: WordList) -> Bool {
        if let key, list.rulesOut(key) { return false }
        return list.contains(lower(i), key: key)
    }
}
