/// What the name checks derive from a name string, derived once per string.
///
/// `AliasMerger` compares every group of mentions with every entity formed before it, so the
/// same few dozen names are keyed, split into `PersonName`s and turned into acronyms hundreds
/// of times an article. One instance lives for one merge (one article, one thread); every
/// answer is the one the underlying `EntityNames` function gives.
final class NameFacts {
    /// The parts of a `PersonName` that `isShortForm` compares.
    struct Person {
        var surnameKey: String
        var lastWordKey: String
        /// `aliasKey` of the first given name, nil when there is none.
        var firstGivenKey: String?
    }

    /// Each name asked about gets an id, once (keyed by exact text: equal `String`s may differ
    /// in their scalars); its facts are then found by the id, so a merge that passes ids
    /// (`AliasMerger`) hashes each name once rather than at every question.
    /// (Unchecked exclusivity: one instance serves one merge on one thread, and no method
    /// reaches back into them while changing them; the dynamic checks cost more than the
    /// cached answers they guard.)
    @exclusivity(unchecked) private var ids: [ExactText: Int] = [:]
    @exclusivity(unchecked) private var facts: [Facts] = []
    /// Plain-ASCII names (nearly all) by their id in a `WordIds` that only ever asks
    /// `asciiId(_:)` (ids of the same bytes, without hashing an `ExactText`), and the facts'
    /// id of each.
    @exclusivity(unchecked) private var asciiIds: WordIds
    @exclusivity(unchecked) private var factOfAscii: [Int] = []

    /// What has been found so far about one name.
    /// (Plain fields, no tuples by type: an array of tuples of optional `String`s and arrays
    /// was destroyed, at every merge's end, through the runtime's generic tuple witnesses.)
    private struct Facts {
        var name: String
        /// `EntityNames.aliasKey(name)` (a person's key: no place equivalents), its words, how
        /// many they are and its `EntityNames.characterCount`; nil and -1 until found.
        var plainKey: String? = nil
        var plainWords: [Substring]? = nil
        var plainWordCount = -1
        var plainLength = -1
        /// The key of every other type: the place equivalent of the plain key (`US` → `united
        /// states`), nil when it has none (the plain key serves); found once `equivalentKnown`.
        /// (A flag beside an optional: reading a `String??` copied it through an outlined copy.)
        var equivalent: String? = nil
        var equivalentKnown = false
        var equivalentWords: [Substring]? = nil
        var equivalentLength = -1
        var person: Person? = nil
        var acronym: String?? = nil
        var wordCount = -1
        /// `EntityNames.containsSpace(name)`: 1 or 0, -1 until found.
        var hasSpace: Int8 = -1

        init(name: String) { self.name = name }
    }

    init(capacity: Int = 0) {
        facts.reserveCapacity(capacity)
        asciiIds = WordIds(capacity: capacity)
        factOfAscii.reserveCapacity(capacity)
    }

    /// The id of `name`, given on first asking.
    func id(_ name: String) -> Int {
        if let (a, isNew) = asciiIds.asciiId(name) {
            if !isNew { return factOfAscii[a] }
            let id = facts.count
            facts.append(Facts(name: name))
            factOfAscii.append(id)
            return id
        }
        let text = ExactText(name)
        if let known = ids[text] { return known }
        let id = facts.count
        ids[text] = id
        facts.append(Facts(name: name))
        return id
    }

    /// The name with id `id`.
    func name(_ id: Int) -> String { facts[id].name }

    /// `EntityNames.containsSpace(name(id))`.
    /// (Found once a name: the merger asks it of the same few names for every pair it checks.)
    func hasSpace(_ id: Int) -> Bool {
        let known = facts[id].hasSpace
        if known >= 0 { return known == 1 }
        let answer = EntityNames.containsSpace(facts[id].name)
        facts[id].hasSpace = answer ? 1 : 0
        return answer
    }

    /// The number of ids given so far (ids run from 0 below it).
    var count: Int { facts.count }

    /// `EntityNames.aliasKey(name, type: type)`.
    func key(_ name: String, type: EntityType) -> String {
        key(id(name), type: type)
    }

    /// `EntityNames.aliasKey(name(id), type: type)`.
    /// (Every type but a person's takes the place equivalent of the person key, when there is
    /// one: the key is derived from the name once, not once a type.)
    func key(_ id: Int, type: EntityType) -> String {
        if type != .person, let equivalent = equivalent(id) { return equivalent }
        return plainKey(id)
    }

    /// `EntityNames.aliasKey(name(id))`.
    private func plainKey(_ id: Int) -> String {
        if let known = facts[id].plainKey { return known }
        let key = EntityNames.aliasKey(facts[id].name)
        facts[id].plainKey = key
        return key
    }

    /// The place equivalent of `plainKey(id)`, nil when it has none.
    private func equivalent(_ id: Int) -> String? {
        if facts[id].equivalentKnown { return facts[id].equivalent }
        let plain = plainKey(id)
        // (`aliasKey(plainKey:type:)` gives the very key back when there is no equivalent, as
        // for any key of a shape no equivalent's key has: such a key is not compared.)
        var equivalent: String? = nil
        if EntityNames.mayHaveEquivalent(plain) {
            let key = EntityNames.aliasKey(plainKey: plain, type: .place)
            if !ExactText.sameBytes(key, plain) { equivalent = key }
        }
        facts[id].equivalent = equivalent
        facts[id].equivalentKnown = true
        return equivalent
    }

    /// Whether `plainKey(id)` has a place equivalent (`equivalent(id) != nil`), asked without
    /// taking the equivalent's `String`: the counts and lengths below ask it at every question,
    /// and most keys have none.
    private func hasEquivalent(_ id: Int) -> Bool {
        if facts[id].equivalentKnown { return facts[id].equivalent != nil }
        return equivalent(id) != nil
    }

    /// `key(id, type: type).splitAtSpaces()`.
    func keyWords(_ id: Int, type: EntityType) -> [Substring] {
        if type != .person, let equivalent = equivalent(id) {
            if let known = facts[id].equivalentWords { return known }
            let words = EntityNames.words(ofKey: equivalent)
            facts[id].equivalentWords = words
            return words
        }
        if let known = facts[id].plainWords { return known }
        let words = EntityNames.words(ofKey: plainKey(id))
        facts[id].plainWords = words
        return words
    }

    /// `keyWords(id, type: type).count`.
    /// (Counted without the words for a person's key, which most questions need no more of.)
    func keyWordCount(_ id: Int, type: EntityType) -> Int {
        if type != .person, hasEquivalent(id) { return keyWords(id, type: type).count }
        let known = facts[id].plainWordCount
        if known >= 0 { return known }
        let n = facts[id].plainWords?.count ?? EntityNames.wordCount(ofKey: plainKey(id))
        facts[id].plainWordCount = n
        return n
    }

    /// Records `key`, `EntityNames.aliasKey(name(id), type: .person)`, the number of its words
    /// `wordCount` and its `EntityNames.characterCount` `length`, found already by a caller, so
    /// that they are not found again.
    func setPersonKey(_ id: Int, _ key: String, wordCount: Int, length: Int) {
        facts[id].plainKey = key
        facts[id].plainWordCount = wordCount
        facts[id].plainLength = length
    }

    /// `EntityNames.characterCount(key(id, type: type))`.
    func keyLength(_ id: Int, type: EntityType) -> Int {
        if type != .person, hasEquivalent(id) {
            let known = facts[id].equivalentLength
            if known >= 0 { return known }
            let n = EntityNames.characterCount(equivalent(id)!)
            facts[id].equivalentLength = n
            return n
        }
        let known = facts[id].plainLength
        if known >= 0 { return known }
        let n = EntityNames.characterCount(plainKey(id))
        facts[id].plainLength = n
        return n
    }

    /// The parts of `PersonName(name)`.
    func person(_ name: String) -> Person {
        person(id(name))
    }

    /// The parts of `PersonName(name(id))`.
    func person(_ id: Int) -> Person {
        if let known = facts[id].person { return known }
        if Self.isOneWord(facts[id].name) {
            // (A name of one word is its own surname, and has no given name: the parts are its
            // key, found once already, without splitting it into a `PersonName`.)
            let key = plainKey(id)
            let person = Person(surnameKey: key, lastWordKey: key, firstGivenKey: nil)
            facts[id].person = person
            return person
        }
        let p = PersonName(facts[id].name)
        // (A surname without a space is its own last word: its key is found once.)
        let surnameKey = p.surnameKey
        let lastWordKey = EntityNames.containsSpace(p.surname) ? p.lastWordKey : surnameKey
        let person = Person(surnameKey: surnameKey, lastWordKey: lastWordKey, firstGivenKey: p.given.first.map { EntityNames.aliasKey($0) })
        facts[id].person = person
        return person
    }

    /// Whether `PersonName` makes `name` one word: a name in plain ASCII, not empty, without a
    /// space, line feed or carriage return (the bytes `PersonName.words(of:)` splits at, or
    /// leaves to `Character`s).
    static func isOneWord(_ name: String) -> Bool {
        let answer = name.utf8.withContiguousStorageIfAvailable { b in
            !b.isEmpty && !b.contains { $0 >= 0x80 || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }
        }
        return answer ?? false
    }

    /// `EntityNames.acronymKey(name)`.
    func acronymKey(_ name: String) -> String? {
        acronymKey(id(name))
    }

    /// `EntityNames.acronymKey(name(id))`.
    func acronymKey(_ id: Int) -> String? {
        if let known = facts[id].acronym { return known }
        // (`aliasKey` without a type is the person key: only other types take equivalents. Its
        // words when they are at hand, else its bytes: most keys asked about were never split.)
        let acronym = facts[id].plainWords.map { EntityNames.acronymKey(words: $0) } ?? EntityNames.acronymKey(ofKey: plainKey(id))
        facts[id].acronym = .some(acronym)
        return acronym
    }

    /// The number of words `name` splits into at spaces.
    func wordCount(_ name: String) -> Int {
        wordCount(id(name))
    }

    /// The number of words `name(id)` splits into at spaces.
    func wordCount(_ id: Int) -> Int {
        let known = facts[id].wordCount
        if known >= 0 { return known }
        let n = facts[id].name.splitAtSpaces().count
        facts[id].wordCount = n
        return n
    }

    /// Whether `s` without its spaces equals `acronym`: compared byte for byte when both are
    /// plain ASCII without carriage returns (no allocation), as Strings otherwise.
    static func equalWithoutSpaces(_ s: String, _ acronym: String) -> Bool {
        // (On the contiguous bytes when both have them: walking the views cost several times
        // more a byte.)
        let answer = s.utf8.withContiguousStorageIfAvailable { p in
            acronym.utf8.withContiguousStorageIfAvailable { q in plainEqualWithoutSpaces(p, q) }
        }
        if let known = (answer ?? nil) ?? plainEqualWithoutSpaces(s.utf8, acronym.utf8) { return known }
        return s.filter({ $0 != " " }) == acronym
    }

    /// `equalWithoutSpaces` of two strings' UTF-8 bytes when both are plain ASCII without
    /// carriage returns, nil otherwise.
    @inline(__always)
    private static func plainEqualWithoutSpaces<S: Sequence<UInt8>, A: Sequence<UInt8>>(_ s: S, _ acronym: A) -> Bool? {
        for byte in s where byte >= 0x80 || byte == 0x0D { return nil }
        for byte in acronym where byte >= 0x80 || byte == 0x0D { return nil }
        var a = acronym.makeIterator()
        for byte in s where byte != 0x20 {
            guard a.next() == byte else { return false }
        }
        return a.next() == nil
    }

    /// Whether `s`, of `length` characters, is plain ASCII without a space or a carriage return
    /// and longer than `words`, so that it equals no acronym of a name of `words` words without
    /// its spaces (`equalWithoutSpaces`): such an acronym has at most `words` characters, and a
    /// string equal to `s` has as many characters as `s` has bytes.
    static func longerThanAcronym(_ s: String, _ length: Int, words: Int) -> Bool {
        guard length > words else { return false }
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 >= 0x80 || $0 == 0x0D || $0 == 0x20 }
        }
        return plain ?? !s.utf8.contains { $0 >= 0x80 || $0 == 0x0D || $0 == 0x20 }
    }

    /// `EntityNames.isShortForm(short, of: full, type: type)`, from the cached parts.
    func isShortForm(_ short: String, of full: String, type: EntityType) -> Bool {
        isShortForm(id(short), of: id(full), type: type)
    }

    /// `isShortForm` of the names with ids `short` and `full`.
    func isShortForm(_ short: Int, of full: Int, type: EntityType) -> Bool {
        let s = key(short, type: type)
        let f = key(full, type: type)
        if s == f { return true }
        guard !s.isEmpty, keyLength(short, type: type) < keyLength(full, type: type) else { return false }
        switch type {
        case .person:
            let p = person(full)
            if s == p.surnameKey || s == p.lastWordKey { return true }
            // (The short name is split into a `PersonName` only when its given name is asked:
            // most short forms are a surname, answered above.)
            guard let fullGiven = p.firstGivenKey else { return false }
            let q = person(short)
            guard let shortGiven = q.firstGivenKey else { return false }
            // "Vladimir Putin" for "Vladimir V. Putin": same first given name and surname.
            return q.surnameKey == p.surnameKey && shortGiven == fullGiven
        case .organization, .place, .other:
            // (The acronym has at most a letter a word of the full name: a short form longer
            // than that, in plain ASCII without a space, is none, and the acronym is not made.)
            if !Self.longerThanAcronym(s, keyLength(short, type: type), words: keyWordCount(full, type: .person)),
                let acronym = acronymKey(full), Self.equalWithoutSpaces(s, acronym)
            {
                return true
            }
            if type == .organization {
                // (The counts and the length first, and the words compared in place: the prefix
                // was an array made for each pair.)
                guard keyWordCount(short, type: type) < keyWordCount(full, type: type), keyLength(short, type: type) >= 4 else { return false }
                // (On the keys' bytes when they are plain ASCII: splitting them cost more.)
                return EntityNames.keyWordsStart(f, with: s) ?? keyWords(full, type: type).starts(with: keyWords(short, type: type))
            }
            return false
        }
    }
}
