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

    private struct TypedName: Hashable {
        var name: ExactText
        var type: EntityType
    }

    private var keys: [TypedName: String] = [:]
    // Keyed by exact text: equal `String`s may differ in their scalars.
    private var people: [ExactText: Person] = [:]
    private var acronyms: [ExactText: String?] = [:]
    private var wordCounts: [ExactText: Int] = [:]
    private var keyWords: [ExactText: [Substring]] = [:]

    init() {}

    /// `EntityNames.aliasKey(name, type: type)`.
    func key(_ name: String, type: EntityType) -> String {
        let typed = TypedName(name: ExactText(name), type: type)
        if let known = keys[typed] { return known }
        let key = EntityNames.aliasKey(name, type: type)
        keys[typed] = key
        return key
    }

    /// The parts of `PersonName(name)`.
    func person(_ name: String) -> Person {
        if let known = people[ExactText(name)] { return known }
        let p = PersonName(name)
        let facts = Person(surnameKey: p.surnameKey, lastWordKey: p.lastWordKey, firstGivenKey: p.given.first.map { EntityNames.aliasKey($0) })
        people[ExactText(name)] = facts
        return facts
    }

    /// `EntityNames.acronymKey(name)`.
    func acronymKey(_ name: String) -> String? {
        if let known = acronyms[ExactText(name)] { return known }
        let acronym = EntityNames.acronymKey(name)
        acronyms[ExactText(name)] = .some(acronym)
        return acronym
    }

    /// The number of words `name` splits into at spaces.
    func wordCount(_ name: String) -> Int {
        if let known = wordCounts[ExactText(name)] { return known }
        let n = name.splitAtSpaces().count
        wordCounts[ExactText(name)] = n
        return n
    }

    /// `key.splitAtSpaces()`, remembered.
    func words(_ key: String) -> [Substring] {
        if let known = keyWords[ExactText(key)] { return known }
        let split = key.splitAtSpaces()
        keyWords[ExactText(key)] = split
        return split
    }

    /// Whether `s` without its spaces equals `acronym`: compared byte for byte when both are
    /// plain ASCII without carriage returns (no allocation), as Strings otherwise.
    static func equalWithoutSpaces(_ s: String, _ acronym: String) -> Bool {
        let plain = { (t: String) in t.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        guard plain(s), plain(acronym) else { return s.filter({ $0 != " " }) == acronym }
        var a = acronym.utf8.makeIterator()
        for byte in s.utf8 where byte != 0x20 {
            guard a.next() == byte else { return false }
        }
        return a.next() == nil
    }

    /// `EntityNames.isShortForm(short, of: full, type: type)`, from the cached parts.
    func isShortForm(_ short: String, of full: String, type: EntityType) -> Bool {
        isShortForm(short, of: full, type: type, keys: (key(short, type: type), key(full, type: type)))
    }

    /// `isShortForm`, given `aliasKey` of `short` and `full` for `type`.
    func isShortForm(_ short: String, of full: String, type: EntityType, keys: (short: String, full: String)) -> Bool {
        let s = keys.short
        let f = keys.full
        if s == f { return true }
        guard !s.isEmpty, EntityNames.characterCount(s) < EntityNames.characterCount(f) else { return false }
        switch type {
        case .person:
            let p = person(full)
            let q = person(short)
            if s == p.surnameKey || s == p.lastWordKey { return true }
            guard let shortGiven = q.firstGivenKey, let fullGiven = p.firstGivenKey else { return false }
            // "Vladimir Putin" for "Vladimir V. Putin": same first given name and surname.
            return q.surnameKey == p.surnameKey && shortGiven == fullGiven
        case .organization, .place, .other:
            if let acronym = acronymKey(full), Self.equalWithoutSpaces(s, acronym) { return true }
            if type == .organization {
                let sw = words(s)
                let fw = words(f)
                return sw.count < fw.count && Array(fw.prefix(sw.count)) == sw && EntityNames.characterCount(s) >= 4
            }
            return false
        }
    }
}
