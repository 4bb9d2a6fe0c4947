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

    /// What has been found so far about one name; by `EntityType` slot where the type matters.
    private struct Facts {
        var name: String
        var keys: (String?, String?, String?, String?) = (nil, nil, nil, nil)
        var keyWords: ([Substring]?, [Substring]?, [Substring]?, [Substring]?) = (nil, nil, nil, nil)
        var keyLengths: (Int, Int, Int, Int) = (-1, -1, -1, -1)
        var person: Person? = nil
        var acronym: String?? = nil
        var wordCount = -1

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

    /// `EntityNames.aliasKey(name, type: type)`.
    func key(_ name: String, type: EntityType) -> String {
        key(id(name), type: type)
    }

    /// `EntityNames.aliasKey(name(id), type: type)`.
    func key(_ id: Int, type: EntityType) -> String {
        // (The one field read in place: passing the tuple to `slot` copied all four keys.)
        let known: String?
        switch type {
        case .person: known = facts[id].keys.0
        case .organization: known = facts[id].keys.1
        case .place: known = facts[id].keys.2
        case .other: known = facts[id].keys.3
        }
        if let known { return known }
        let key = EntityNames.aliasKey(facts[id].name, type: type)
        Self.set(&facts[id].keys, type, key)
        return key
    }

    /// `key(id, type: type).splitAtSpaces()`.
    func keyWords(_ id: Int, type: EntityType) -> [Substring] {
        let known: [Substring]?
        switch type {
        case .person: known = facts[id].keyWords.0
        case .organization: known = facts[id].keyWords.1
        case .place: known = facts[id].keyWords.2
        case .other: known = facts[id].keyWords.3
        }
        if let known { return known }
        let words = EntityNames.words(ofKey: key(id, type: type))
        Self.set(&facts[id].keyWords, type, words)
        return words
    }

    /// Records `key`, `EntityNames.aliasKey(name(id), type: .person)`, its words `words` and its
    /// `EntityNames.characterCount` `length`, found already by a caller, so that they are not
    /// found again.
    func setPersonKey(_ id: Int, _ key: String, words: [Substring], length: Int) {
        facts[id].keys.0 = key
        facts[id].keyWords.0 = words
        facts[id].keyLengths.0 = length
    }

    /// `EntityNames.characterCount(key(id, type: type))`.
    func keyLength(_ id: Int, type: EntityType) -> Int {
        let known: Int
        switch type {
        case .person: known = facts[id].keyLengths.0
        case .organization: known = facts[id].keyLengths.1
        case .place: known = facts[id].keyLengths.2
        case .other: known = facts[id].keyLengths.3
        }
        if known >= 0 { return known }
        let n = EntityNames.characterCount(key(id, type: type))
        Self.set(&facts[id].keyLengths, type, n)
        return n
    }

    /// Sets the value for `type` of four, one a type.
    private static func set<T>(_ values: inout (T, T, T, T), _ type: EntityType, _ value: T) {
        switch type {
        case .person: values.0 = value
        case .organization: values.1 = value
        case .place: values.2 = value
        case .other: values.3 = value
        }
    }

    /// The parts of `PersonName(name)`.
    func person(_ name: String) -> Person {
        person(id(name))
    }

    /// The parts of `PersonName(name(id))`.
    func person(_ id: Int) -> Person {
        if let known = facts[id].person { return known }
        let p = PersonName(facts[id].name)
        // (A surname without a space is its own last word: its key is found once.)
        let surnameKey = p.surnameKey
        let lastWordKey = EntityNames.containsSpace(p.surname) ? p.lastWordKey : surnameKey
        let person = Person(surnameKey: surnameKey, lastWordKey: lastWordKey, firstGivenKey: p.given.first.map { EntityNames.aliasKey($0) })
        facts[id].person = person
        return person
    }

    /// `EntityNames.acronymKey(name)`.
    func acronymKey(_ name: String) -> String? {
        acronymKey(id(name))
    }

    /// `EntityNames.acronymKey(name(id))`.
    func acronymKey(_ id: Int) -> String? {
        if let known = facts[id].acronym { return known }
        // (`aliasKey` without a type is the person key: only other types take equivalents; its
        // words are kept for the next question.)
        let acronym = EntityNames.acronymKey(words: keyWords(id, type: .person))
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
            if !Self.longerThanAcronym(s, keyLength(short, type: type), words: keyWords(full, type: .person).count),
                let acronym = acronymKey(full), Self.equalWithoutSpaces(s, acronym)
            {
                return true
            }
            if type == .organization {
                let sw = keyWords(short, type: type)
                let fw = keyWords(full, type: type)
                return sw.count < fw.count && Array(fw.prefix(sw.count)) == sw && keyLength(short, type: type) >= 4
            }
            return false
        }
    }
}
