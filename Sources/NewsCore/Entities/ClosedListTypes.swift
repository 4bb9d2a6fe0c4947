/// The types that closed lists settle inside one article, whatever the tagger called the name:
/// a people ("Dutch", "Irish Americans"), an event ("World Cup", "Oscars", "Christmas") and a
/// product ("Apple iPod", "Xbox Live") are `other`, CoNLL's MISC; the building a government
/// sits in ("the Kremlin said", "Downing Street") is an organisation, never the person its verb
/// would suggest.
///
/// The type is fixed (`DraftMention.firm`): no vote moves it, and no other name joins it, so a
/// product's name never becomes its maker's and "European" never a short form of "European
/// Union". Companies the news names alone ("Google said") and, in a sports story, clubs named
/// after places ("Chelsea", "Surrey") are organisations the way a head word makes one
/// (`DraftMention.listType`), so that their short forms and acronyms still join them.
enum ClosedListTypes {
    /// The lists `settle` asks of every draft, read through one global by `apply` and passed
    /// down: each read of a list's own global was a call to `swift_once`, two or three a draft.
    struct SettleLists: Sendable {
        let firstWords = ClosedListTypes.listFirstWords
        let eventHeads = EventNames.heads
        let peoples = Nationalities.extra
    }
    private static let settleLists = SettleLists()

    static func apply(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists) {
        // (By bounds and index: passing or walking the drafts themselves copied each one.)
        func wordCount(_ k: Int) -> Int { (ds[k].a..<ds[k].b).count { t.isWord($0) } }
        let closed = Self.settleLists
        // Names of two words or more first: what is left of the tagger's people after them gives
        // the words of the article's people's names.
        for k in ds.indices where wordCount(k) >= 2 { settle(&ds[k], t, lists, closed) }
        // The first and last words of the article's full person names: "Oscar" beside "Oscar
        // Lind" is his given name, not the award, and "Ford" beside "Ada Ford" her surname.
        // (By lower-case word id: equal ids, equal lower-case words. Flags by id, made when the
        // first name is found: a `Set` hashed every id, and grew, in every article.)
        var personWords: [Bool] = []
        for k in ds.indices where ds[k].type == .person && ds[k].firm == nil {
            let a = ds[k].a
            let b = ds[k].b
            guard b - a >= 2, t.isWord(a), t.isWord(b - 1) else { continue }
            if personWords.isEmpty { personWords = [Bool](repeating: false, count: t.wordIdCount) }
            personWords[t.lowerId(a)] = true
            personWords[t.lowerId(b - 1)] = true
        }
        for k in ds.indices where wordCount(k) == 1 {
            // ("won an Oscar": a determiner says it is no one's name.)
            let p = ds[k].a - 1
            if !personWords.isEmpty, personWords[t.lowerId(ds[k].a)], !(t.isLowercaseWord(p) && t.lower(p, isIn: FunctionWords.articles)) {
                continue
            }
            settle(&ds[k], t, lists, closed)
        }
    }

    /// Gives draft `d` the type the lists know for its name. (`closed` is `settleLists`, read
    /// once by `apply`.)
    static func settle(_ d: inout DraftMention, _ t: ArticleTokens, _ lists: NameLists, _ closed: SettleLists) {
        guard d.firm == nil, d.title == nil else { return }
        // (The first and last word found in place: an array of the name's words cost more than
        // most names' checks.)
        guard let first = (d.a..<d.b).first(where: { t.isWord($0) }), let last = (d.a..<d.b).last(where: { t.isWord($0) }) else { return }
        // Most names are on no list: their first and last words rule the lists out without
        // the name's key. (A compound's word ends where the name does: "Tarrow" of "Tarrow-based".)
        func wordKey(_ i: Int) -> String {
            let r = t.tokens[i].range
            // (A whole word's text is made already: `word(i)`.)
            if let end = d.end, end < r.upperBound { return EntityNames.aliasKey(t.text(r.lowerBound..<end)) }
            return EntityNames.aliasKey(t.word(i))
        }
        // Whether `list` holds word `i`'s key. (A whole word of letters and digits in plain ASCII
        // has its lower case for its key: the tokens hold that, and its `WordKey`, already.)
        func keyIsIn(_ i: Int, _ list: WordList) -> Bool {
            let cut = d.end.map { $0 < t.tokens[i].range.upperBound } ?? false
            if !cut, t.isPlainAlphanumeric(i) { return t.lower(i, isIn: list) }
            return list.contains(wordKey(i))
        }
        if keyIsIn(first, closed.firstWords) || keyIsIn(last, closed.eventHeads) {
            // (A name of one plain word, most of those asked, by its token: its key is its lower
            // case, and the lists are asked by the key the tokens hold, without the arrays and
            // strings of `keyAndWords`.)
            // (A name of plain words whose key and parts the lists' hashes rule out, most names
            // asked, is on no list: its key and parts are not made to be asked.)
            let answer = d.end == nil && d.b - d.a == 1 && t.isWord(d.a) && t.isPlainAlphanumeric(d.a)
                ? oneWordListAnswer(d.a, t) : tokensRuleOutLists(d, t) ? .none : listAnswer(d, t, lists)
            switch answer {
            case .firm(let type):
                d.type = type
                d.firm = type
                return
            case .listed:
                d.listType = .organization
                return
            case .none:
                break
            }
        }
        if isPeople(d, t, lists, peoples: closed.peoples) {
            d.type = .other
            d.firm = .other
        }
    }

    /// What the lists say of a name.
    enum ListAnswer: Equatable {
        /// A type no vote moves (`DraftMention.firm`).
        case firm(EntityType)
        /// A company or, in a sports story, a club: an organisation as a head word makes one
        /// (`DraftMention.listType`).
        case listed
        case none
    }

    /// What the lists say of draft `d`, by its alias key and the key's words.
    static func listAnswer(_ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> ListAnswer {
        let (key, words) = keyAndWords(d, t)
        if let type = type(key, words, d, t, lists) { return .firm(type) }
        if CompanyNames.names.contains(key) || (SportsClubs.names.contains(key) && t.sportsStory) { return .listed }
        return .none
    }

    /// `listAnswer` of a name that is word token `i` alone, a whole word of plain ASCII letters
    /// and digits: its key is its lower case, its one word, so only the lists of whole names
    /// can know it (an event's or a product's name of one word, a seat of government, a
    /// company, a club).
    static func oneWordListAnswer(_ i: Int, _ t: ArticleTokens) -> ListAnswer {
        if t.lower(i, isIn: OrganisationWords.seats) { return .firm(.organization) }
        if t.lower(i, isIn: EventNames.names) { return .firm(.other) }
        if t.lower(i, isIn: ProductNames.names), !t.lower(i, isIn: ProductNames.onlyAfterMaker) { return .firm(.other) }
        if t.lower(i, isIn: CompanyNames.names) || (t.lower(i, isIn: SportsClubs.names) && t.sportsStory) { return .listed }
        return .none
    }

    /// Whether `listAnswer(d, t, lists)` is certainly `.none`, read from the tokens of a draft of
    /// plain words (those `tokenKeyAndWords` reads): the key and each part of it the lists are
    /// asked about hash to no entry of the list asked (`WordList.rulesOut`), and the first and
    /// last words are no maker's and no event's head. False when the tokens cannot tell. (The
    /// key and its parts, as `String`s made, joined and looked up, cost some six thousand
    /// instructions a name, and nearly every name asked is on no list.)
    static func tokensRuleOutLists(_ d: DraftMention, _ t: ArticleTokens) -> Bool {
        guard isPlainWords(d, t) else { return false }
        return t.scalars.withUnsafeBufferPointer { s -> Bool in
            // The key's words: a leading "the" left out of two or more.
            let first = d.b - d.a >= 2 && t.lowerIs(d.a, "the") ? d.a + 1 : d.a
            /// `WordKey(ascii:)` of the lower-case words of tokens `from..<to` joined by spaces.
            func key(_ from: Int, _ to: Int) -> WordKey {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for i in from..<to {
                    if i > from { h = (h ^ 0x20) &* 0x100_0000_01b3 }
                    for k in t.tokens[i].range {
                        let v = s[k].value
                        h = WordKey.asciiStep(h, v)
                    }
                }
                return WordKey(value: h)
            }
            let whole = key(first, d.b)
            guard OrganisationWords.seats.rulesOut(whole), EventNames.names.rulesOut(whole), ProductNames.names.rulesOut(whole),
                CompanyNames.names.rulesOut(whole), SportsClubs.names.rulesOut(whole)
            else { return false }
            // An event's name before "of" ("World Series of Golf").
            if let of = (first..<d.b).first(where: { t.lowerIs($0, "of") }), of > first, !EventNames.names.rulesOut(key(first, of)) {
                return false
            }
            // (A last word that is a number is no plain word: the numbered events are not asked.)
            guard d.b - first >= 2 else { return true }
            return !t.lower(d.b - 1, isIn: EventNames.heads) && !t.lower(first, isIn: ProductNames.makers)
        }
    }

    /// Whether `word` is one or more ASCII letters and digits only (its alias key is then its
    /// lower case).
    static func isPlainAlphanumeric(_ word: String) -> Bool {
        @inline(__always) func alphanumeric(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        // (Through the contiguous bytes when there are any: iterating the view cost several
        // times more a byte, and the rules ask this of every name's first and last words.)
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.isEmpty else { return false }
            for b in bytes where !alphanumeric(b) { return false }
            return true
        }
        if let answer { return answer }
        guard !word.isEmpty else { return false }
        for b in word.utf8 where !alphanumeric(b) { return false }
        return true
    }

    /// Draft `d`'s alias key and the key's words: `EntityNames.aliasKey` of its text, split at
    /// spaces.
    static func keyAndWords(_ d: DraftMention, _ t: ArticleTokens) -> (key: String, words: [String]) {
        if let known = tokenKeyAndWords(d, t) { return known }
        let key = EntityNames.aliasKey(t.text(TaggerEntityExtractor.range(d, t)))
        return (key, key.splitAtSpaces().map(String.init))
    }

    /// `keyAndWords(d, t)` made from the tokens' lower-case words, for a draft of whole words of
    /// plain ASCII letters and digits with only spaces, line feeds and tabs between them (most
    /// names that reach the lists): their key is those words, a leading "the" left out. Nil for
    /// any other draft. (Building the name's text, its key and then splitting the key again
    /// cost a thousand instructions or more a name.)
    static func tokenKeyAndWords(_ d: DraftMention, _ t: ArticleTokens) -> (key: String, words: [String])? {
        guard isPlainWords(d, t) else { return nil }
        var words: [String] = []
        words.reserveCapacity(d.b - d.a)
        for i in d.a..<d.b { words.append(t.lower(i)) }
        if words.count >= 2, words[0] == "the" { words.removeFirst() }
        return (words.joined(separator: " "), words)
    }

    /// Whether draft `d` is whole words of plain ASCII letters and digits with only spaces, line
    /// feeds and tabs between them, at least one (the separators its key turns into one space):
    /// the drafts whose key the tokens' lower-case words make.
    static func isPlainWords(_ d: DraftMention, _ t: ArticleTokens) -> Bool {
        guard d.a < d.b else { return false }
        // A cut inside the last word leaves part of it: its lower case is not the key's word.
        if let end = d.end, end != t.tokens[d.b - 1].range.upperBound { return false }
        return t.scalars.withUnsafeBufferPointer { s -> Bool in
            var previousEnd = -1
            for i in d.a..<d.b {
                guard t.isWord(i), t.isPlainAlphanumeric(i) else { return false }
                let r = t.tokens[i].range
                if previousEnd >= 0 {
                    guard r.lowerBound > previousEnd else { return false }
                    for k in previousEnd..<r.lowerBound {
                        let v = s[k].value
                        guard v == 0x20 || v == 0x0A || v == 0x09 else { return false }
                    }
                }
                previousEnd = r.upperBound
            }
            return true
        }
    }

    /// The first words of every name on the lists `settle` reads by key.
    /// (A `WordList`, so that the many names on no list are ruled out without hashing a `String`.)
    static let listFirstWords: WordList = {
        var words: [String] = []
        let lists = [OrganisationWords.seats, EventNames.names, EventNames.numberedOpeners, ProductNames.names, ProductNames.makers,
            CompanyNames.names, SportsClubs.names]
        for list in lists {
            for name in list.words { words.append(String(EntityNames.aliasKey(name).splitAtSpaces().first ?? "")) }
        }
        return WordList(words)
    }()

    /// The fixed type the lists give a name (its alias key and the key's words), if they know it.
    static func type(_ key: String, _ words: [String], _ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> EntityType? {
        if OrganisationWords.seats.contains(key) { return .organization }
        if isEvent(key, words, d, t, lists) || isProduct(key, words) { return .other }
        return nil
    }

    /// "World Cup", "Tarrow Open", "World Series of Golf", "Euro 2028".
    static func isEvent(_ key: String, _ words: [String], _ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> Bool {
        if EventNames.names.contains(key) { return true }
        if let of = words.firstIndex(of: "of"), of >= 1, EventNames.names.contains(words[..<of].joined(separator: " ")) { return true }
        if words.count >= 2, t.tokens[d.b - 1].kind == .number, EventNames.numberedOpeners.contains(words.dropLast().joined(separator: " ")) {
            return true
        }
        // A head word: the name of two words or more ends in "Cup", "Open", "Games"… unless it
        // reads as a person's ("Colin Masters").
        guard words.count >= 2, let last = words.last, EventNames.heads.contains(last), !OrganisationWords.heads.contains(last) else { return false }
        return !(d.type == .person && lists.isFirstName(words[0]))
    }

    /// "iPod", "Xbox Live", "Apple iPod", "Microsoft Office".
    static func isProduct(_ key: String, _ words: [String]) -> Bool {
        if ProductNames.names.contains(key), !ProductNames.onlyAfterMaker.contains(key) { return true }
        guard words.count >= 2, ProductNames.makers.contains(words[0]) else { return false }
        return ProductNames.names.contains(words.dropFirst().joined(separator: " "))
    }

    /// Whether a lower-case word ends as a people's name does: "-an", "-ans", "-ese", "-er",
    /// "-ers", "-i", "-is", "-ish". Read from the last bytes of a plain-ASCII word (where a byte
    /// is a `Character` unless a carriage return pairs with a line feed, and no suffix here ends
    /// in one), by `hasSuffix` otherwise.
    static func hasPeoplesEnding(_ l: String) -> Bool {
        var l = l
        let ascii = l.withUTF8 { b -> Bool? in
            for x in b where x >= 0x80 { return nil }
            func ends(_ s: StaticString) -> Bool {
                let n = s.utf8CodeUnitCount
                guard b.count >= n else { return false }
                for k in 0..<n where b[b.count - n + k] != s.utf8Start[k] { return false }
                return true
            }
            return ends("an") || ends("ans") || ends("ese") || ends("er") || ends("ers") || ends("i") || ends("is") || ends("ish")
        }
        return ascii ?? ["an", "ans", "ese", "er", "ers", "i", "is", "ish"].contains { l.hasSuffix($0) }
    }

    /// `hasPeoplesEnding(t.lower(i))`, asked of the token (`ArticleTokens.lowerEnds`) without
    /// the lower case's `String`.
    static func hasPeoplesEnding(_ t: ArticleTokens, _ i: Int) -> Bool {
        t.lowerEnds(i, with: "an") || t.lowerEnds(i, with: "ans") || t.lowerEnds(i, with: "ese") || t.lowerEnds(i, with: "er")
            || t.lowerEnds(i, with: "ers") || t.lowerEnds(i, with: "i") || t.lowerEnds(i, with: "is") || t.lowerEnds(i, with: "ish")
    }

    /// "Dutch", "Irish Americans", "Bosnian Serbs", "South Korean", "Moslem": every word a
    /// people's, or the whole a people's name of two or three words ending in one.
    /// (`peoples` is `Nationalities.extra`, read once by `apply`.)
    static func isPeople(_ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists, peoples: WordList) -> Bool {
        // The words as the text writes them (the rules before asked the lists about them so),
        // a compound's cut where the name ends ("Russian" of "Russian-born").
        // (Read token by token, without arrays of the name's tokens and words: most names are
        // ruled out at their first word.)
        func word(_ i: Int) -> String {
            d.end.map { t.text(t.tokens[i].range.lowerBound..<min($0, t.tokens[i].range.upperBound)) } ?? t.word(i)
        }
        // (A whole word's lower case, and its key, were found with the tokens.)
        func lower(_ i: Int) -> String { d.end == nil ? t.lower(i) : word(i).lowercased() }
        func people(_ i: Int) -> Bool {
            let extra = d.end == nil ? t.lower(i, isIn: peoples) : peoples.contains(lower(i))
            if extra { return true }
            // (A whole word asked by its token: the lists answer it by the tokens' id of it.)
            if d.end == nil { return lists.isDemonym(t, i) && !lists.isPlace(t, i) }
            let w = word(i)
            return lists.isDemonym(w) && !lists.isPlace(w)
        }
        var count = 0
        var last = -1
        var allPeople = true
        for i in d.a..<d.b where t.isWord(i) {
            count += 1
            last = i
            if allPeople, !people(i) { allPeople = false }
        }
        guard count > 0 else { return false }
        if allPeople { return true }
        // (A people's name ends as one does: "-an", "-ese", "-er", "-i", "-ish".)
        guard count <= 3, d.end == nil ? hasPeoplesEnding(t, last) : hasPeoplesEnding(lower(last)) else { return false }
        // (A name of one word is its own phrase, and that word, not all people's, is no
        // people's name: the phrase would be asked again.)
        guard count >= 2 else { return false }
        if d.end == nil, let known = lists.isPeoplesPhrase(t, d.a..<d.b) { return known }
        var phrase = ""
        var firstWord = true
        for i in d.a..<d.b where t.isWord(i) {
            if !firstWord { phrase += " " }
            firstWord = false
            phrase += word(i)
        }
        return lists.isDemonym(phrase) && !lists.isPlace(phrase)
    }
}
