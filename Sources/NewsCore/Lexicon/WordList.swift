/// A closed list of lower-case words, looked up by a word's text or by its `WordKey`.
///
/// Every closed list the analysis reads is a `WordList` defined once under `Lexicon/`: the
/// entity rules look words up by their lower-cased text, the quote reader by their `WordKey`, and
/// both forms are built once from the same words. A list narrower for one use is made from a
/// shared one (`filter`, `+`, `subtracting`), never written out a second time.
public struct WordList: Sendable {
    /// The words, in the order the list gives them, without repeats.
    public let words: [String]
    private let strings: Set<String>
    /// The same keys in a flat table: the quote reader asks several lists about every word.
    private let table: WordKeyTable
    /// Whether a plain-ASCII word equal to one of the words has the same bytes, and so the same
    /// key (`contains(_:)` may then rule a word out by its key): every word is plain ASCII, or
    /// has a scalar that no ASCII string's canonical equivalent has ("señor", "ó"), so that no
    /// ASCII string equals it (`WordIds.asciiEquivalent`). A list with one word that is not
    /// ASCII would otherwise hash every word asked about (the titles, asked of most names).
    private let asciiRuleOut: Bool
    /// The words' UTF-8 bytes, one after another (word `n`'s from `starts[n]` to `starts[n + 1]`),
    /// and whether each is plain ASCII: a plain-ASCII word asked about is found by its key in
    /// `table` and compared with the one word of the list that has that key, byte for byte.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let isASCII: [Bool]

    public init(_ words: [String]) {
        // (Every list is made once a process, on first use, and the command-line tools pay for
        // all of them at every call: room for every word at once, where growing the set rehashed
        // it several times; an ASCII word keyed from its bytes, without an array of its scalars.)
        var seen = Set<String>(minimumCapacity: words.count)
        self.words = words.filter { seen.insert($0).inserted }
        strings = seen
        // Each word's bytes read once, through its contiguous storage: copied out, checked for
        // ASCII and, when they are, keyed (walking the UTF-8 view three times over cost more).
        var keys: [WordKey] = []
        keys.reserveCapacity(self.words.count)
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(self.words.count + 1)
        var isASCII: [Bool] = []
        isASCII.reserveCapacity(self.words.count)
        var ruleOut = true
        for word in self.words {
            let key = word.withContiguousUTF8 { b -> WordKey? in
                bytes.append(contentsOf: b)
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for x in b {
                    guard x < 0x80 else { return nil }
                    h = (h ^ UInt64(x &- 0x41 < 26 ? x + 32 : x)) &* 0x100_0000_01b3
                }
                return WordKey(value: h)
            }
            starts.append(bytes.count)
            isASCII.append(key != nil)
            keys.append(key ?? WordKey(word))
            if key == nil, WordIds.asciiEquivalent(word) != nil { ruleOut = false }
        }
        table = WordKeyTable(keys)
        asciiRuleOut = ruleOut
        self.bytes = bytes
        self.starts = starts
        self.isASCII = isASCII
    }

    /// Whether the list holds `word`, which must already be in lower case.
    ///
    /// Nearly every word asked about is on no list: a plain-ASCII word is ruled out by its key
    /// in the flat table (an FNV pass over a few bytes) before the `Set<String>` hashes it.
    /// (Two ASCII strings are equal only byte for byte, and no ASCII string equals a word of the
    /// list that is not ASCII (`asciiRuleOut`), so a word on the list has a key in the table;
    /// any other word goes straight to the set.)
    ///
    /// A plain-ASCII word the key does not rule out is compared with the one word of the list
    /// that has its key, byte for byte, rather than hashed again for the set: two ASCII strings
    /// are equal only byte for byte, and no word of the list that is not ASCII equals it
    /// (`asciiRuleOut`). A key that two words of the list share goes to the set.
    public func contains(_ word: String) -> Bool {
        contains(word, key: nil)
    }

    /// `contains(word)`, given `key`, the `WordKey(ascii: word)` of a plain-ASCII word already
    /// at hand, so that the word is not hashed again (nil: the word's key is found here).
    func contains(_ word: String, key: WordKey?) -> Bool {
        guard asciiRuleOut, let key = key ?? WordKey(ascii: word) else { return strings.contains(word) }
        guard let n = table.index(of: key) else { return false }
        guard n >= 0 else { return strings.contains(word) }
        // (The one word with the key is not ASCII: no ASCII word equals it.)
        guard isASCII[n] else { return false }
        let start = starts[n]
        let end = starts[n + 1]
        return word.withContiguousUTF8 { w in
            guard w.count == end - start else { return false }
            return bytes.withUnsafeBufferPointer { all in
                for k in 0..<w.count where w[k] != all[start + k] { return false }
                return true
            }
        }
    }

    /// Whether a word whose key is `key` is certainly not on the list (the test `contains(_:key:)`
    /// makes first), so that a caller can rule it out before it makes the word's `String`.
    @inline(__always)
    func rulesOut(_ key: WordKey) -> Bool { asciiRuleOut && !table.contains(key) }

    /// Whether the list holds the word whose key is `key` (any case).
    func contains(_ key: WordKey) -> Bool { table.contains(key) }

    /// The words that pass `isIncluded`, in order.
    public func filter(_ isIncluded: (String) -> Bool) -> WordList {
        WordList(words.filter(isIncluded))
    }

    /// The words of this list that `other` lacks.
    public func subtracting(_ other: WordList) -> WordList {
        filter { !other.contains($0) }
    }

    /// The words of both lists, `a`'s first.
    public static func + (a: WordList, b: WordList) -> WordList {
        WordList(a.words + b.words)
    }

    /// The words as they open a sentence or a name: first letter in upper case ("Monday", "Mr").
    public var capitalised: [String] {
        words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }
}

extension WordList: ExpressibleByArrayLiteral {
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}

/// A set of word keys as an open-addressed table of their values, for look-ups by the token.
///
/// `Set.contains` goes through the standard library's generic hashing and storage; a key is a
/// 64-bit hash already, so a power-of-two table probed linearly answers in a few instructions.
struct WordKeyTable: Sendable {
    private let slots: [UInt64]
    /// By slot: where its key came in the keys the table was made of, -2 for a key given more
    /// than once.
    private let firsts: [Int32]
    private let mask: Int
    /// Whether a key whose value is 0 (the empty slot's mark) is in the set.
    private let hasZero: Bool

    /// The table of `keys` (a key given twice is entered once).
    init(_ keys: [WordKey]) {
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var firsts = [Int32](repeating: -1, count: size)
        var hasZero = false
        for (n, key) in keys.enumerated() {
            guard key.value != 0 else {
                hasZero = true
                continue
            }
            var i = Self.bucket(key.value) & (size - 1)
            while slots[i] != 0 && slots[i] != key.value { i = (i + 1) & (size - 1) }
            firsts[i] = slots[i] == key.value ? -2 : Int32(n)
            slots[i] = key.value
        }
        self.slots = slots
        self.firsts = firsts
        mask = size - 1
        self.hasZero = hasZero
    }

    @inline(__always)
    static func bucket(_ v: UInt64) -> Int {
        Int(truncatingIfNeeded: ((v ^ (v >> 31)) &* 0xbf58_476d_1ce4_e5b9) >> 29)
    }

    func contains(_ key: WordKey) -> Bool {
        let v = key.value
        if v == 0 { return hasZero }
        var i = Self.bucket(v) & mask
        while true {
            let s = slots[i]
            if s == v { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Where `key` came in the keys the table was made of (the first time); -2 when it came
    /// more than once, or is 0; nil when it is not in the table.
    func index(of key: WordKey) -> Int? {
        let v = key.value
        if v == 0 { return hasZero ? -2 : nil }
        var i = Self.bucket(v) & mask
        while true {
            let s = slots[i]
            if s == v { return Int(firsts[i]) }
            if s == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
