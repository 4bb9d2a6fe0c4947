/// A closed list of lower-case words, looked up by a word's text or by its `WordKey`.
///
/// Every closed list the analysis reads is a `WordList` defined once under `Lexicon/`: the
/// entity rules look words up by their lower-cased text, the quote reader by their `WordKey`, and
/// both forms are built once from the same words. A list narrower for one use is made from a
/// shared one (`filter`, `+`, `subtracting`), never written out a second time.
public struct WordList: Sendable {
    /// The words, in the order the list gives them, without repeats.
    public let words: [String]
    /// The words the bytes cannot answer for, asked about as `String`s: the words that are not
    /// plain ASCII and those whose key another word of the list shares (every word when
    /// `asciiRuleOut` is false). Most lists hold none: a set of every word, hashed with SipHash
    /// a word, was a third of making the lists, which every command-line call pays.
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
        // all of them at every call. Each word's bytes are read once, through its contiguous
        // storage: copied out, checked for ASCII and, when they are, keyed. Two plain-ASCII
        // words are equal only byte for byte, so repeats among them are found by key and bytes,
        // without hashing each word for a set.)
        var kept: [String] = []
        kept.reserveCapacity(words.count)
        var keys: [WordKey] = []
        keys.reserveCapacity(words.count)
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(words.count + 1)
        var isASCII: [Bool] = []
        isASCII.reserveCapacity(words.count)
        var others = Set<String>()
        var ruleOut = true
        // The kept plain-ASCII words by key, probed linearly from the key's bucket.
        var size = 16
        while size < words.count * 2 { size <<= 1 }
        var keptAt = [Int32](repeating: -1, count: size)
        for word in words {
            let mark = bytes.count
            let key = word.withContiguousUTF8 { b -> WordKey? in
                bytes.append(contentsOf: b)
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for x in b {
                    guard x < 0x80 else { return nil }
                    h = WordKey.asciiStep(h, UInt32(x))
                }
                return WordKey(value: h)
            }
            if let key {
                var i = WordKeyTable.bucket(key.value) & (size - 1)
                var repeated = false
                while keptAt[i] >= 0 {
                    let m = Int(keptAt[i])
                    if keys[m] == key, isASCII[m], bytes[starts[m]..<starts[m + 1]] == bytes[mark...] {
                        repeated = true
                        break
                    }
                    i = (i + 1) & (size - 1)
                }
                if repeated {
                    bytes.removeSubrange(mark...)
                    continue
                }
                keptAt[i] = Int32(kept.count)
            } else {
                guard others.insert(word).inserted else {
                    bytes.removeSubrange(mark...)
                    continue
                }
                if WordIds.asciiEquivalent(word) != nil { ruleOut = false }
            }
            kept.append(word)
            keys.append(key ?? WordKey(word))
            starts.append(bytes.count)
            isASCII.append(key != nil)
        }
        guard ruleOut else {
            // A word that is not ASCII equals an ASCII string ("\u{212A}" is "K"): it may repeat
            // a plain-ASCII word, and every word is asked about as a `String`.
            var seen = Set<String>(minimumCapacity: words.count)
            self = WordList(unique: words.filter { seen.insert($0).inserted }, strings: seen)
            return
        }
        let table = WordKeyTable(keys)
        // (A key two words share is answered by the set.)
        for n in kept.indices where isASCII[n] && table.index(of: keys[n]) == -2 { others.insert(kept[n]) }
        self.words = kept
        self.strings = others
        self.table = table
        self.asciiRuleOut = true
        self.bytes = bytes
        self.starts = starts
        self.isASCII = isASCII
    }

    /// The list of `words`, which hold no repeats, asked about as `strings` (the same words)
    /// whatever their bytes: some word that is not ASCII equals an ASCII string.
    private init(unique words: [String], strings: Set<String>) {
        self.words = words
        self.strings = strings
        table = WordKeyTable(words.map { WordKey(ascii: $0) ?? WordKey($0) })
        asciiRuleOut = false
        bytes = []
        starts = [0]
        isASCII = []
    }

    /// Whether the list holds `word`, which must already be in lower case.
    ///
    /// Nearly every word asked about is on no list: a plain-ASCII word is ruled out by its key
    /// in the flat table (an FNV pass over a few bytes). One the key does not rule out is
    /// compared with the one word of the list that has its key, byte for byte: two ASCII
    /// strings are equal only byte for byte, and no word of the list that is not ASCII equals
    /// it (`asciiRuleOut`). A word that is not ASCII equals a word of the list that is not
    /// either, or, by canonical equivalence, the ASCII string `WordIds.asciiEquivalent` gives.
    public func contains(_ word: String) -> Bool {
        contains(word, key: nil)
    }

    /// `contains(word)`, given `key`, the `WordKey(ascii: word)` of a plain-ASCII word already
    /// at hand, so that the word is not hashed again (nil: the word's key is found here).
    func contains(_ word: String, key: WordKey?) -> Bool {
        guard asciiRuleOut else { return strings.contains(word) }
        // (Keyed and compared in one pass over the bytes: `nil` asks the set.)
        let answer = word.withContiguousUTF8 { w -> Bool? in
            if let key { return matches(w, key) }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for x in w {
                guard x < 0x80 else { return nil }
                h = WordKey.asciiStep(h, UInt32(x))
            }
            return matches(w, WordKey(value: h))
        }
        if let answer { return answer }
        if !strings.isEmpty, strings.contains(word) { return true }
        // (Bytes compared: as `String`s the word and its ASCII equivalent are equal. A plain-ASCII
        // word is its own equivalent, and the set has answered for it.)
        guard key == nil, let plain = WordIds.asciiEquivalent(word), !plain.utf8.elementsEqual(word.utf8) else { return false }
        return contains(plain, key: nil)
    }

    /// `contains(String(decoding: word, as: UTF8.self))` for the bytes of a plain-ASCII word,
    /// without making the `String`; nil when the bytes cannot tell (a byte beyond ASCII, a key
    /// two words share, a list asked about as `String`s), and only the `String` can.
    func contains(ascii word: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard asciiRuleOut else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in word {
            guard x < 0x80 else { return nil }
            h = WordKey.asciiStep(h, UInt32(x))
        }
        return matches(word, WordKey(value: h))
    }

    /// Whether the plain-ASCII word of bytes `w`, whose key is `key`, is on the list; nil when
    /// the set must answer (a key two words share).
    @inline(__always)
    private func matches(_ w: UnsafeBufferPointer<UInt8>, _ key: WordKey) -> Bool? {
        guard let n = table.index(of: key) else { return false }
        guard n >= 0 else { return nil }
        // (The one word with the key is not ASCII: no ASCII word equals it.)
        guard isASCII[n] else { return false }
        let start = starts[n]
        guard w.count == starts[n + 1] - start else { return false }
        return bytes.withUnsafeBufferPointer { all in
            for k in 0..<w.count where w[k] != all[start + k] { return false }
            return true
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

    /// The words of `lists`, in order, without repeats: `lists[0] + lists[1] + …`, made at once
    /// rather than as a whole list for each `+` on the way (the lists are made at every
    /// command-line call).
    public init(joining lists: WordList...) {
        self.init(lists.flatMap(\.words))
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
