import Foundation

/// Name normalisation shared by alias merging within an article and, later, across the corpus.
///
/// Two spellings of one name get the same `aliasKey`; a short form is recognised by
/// `isShortForm(_:of:type:)`; a person's name splits into given names and surname with
/// `PersonName`. All functions are pure and locale-independent.
public enum EntityNames {
    /// The key spellings of one name share: lower case, accents and full stops dropped, the
    /// possessive `’s` dropped, hyphens, slashes and runs of spaces made one space, and a leading
    /// "the" dropped. With a place or organisation `type`, well-known equivalents meet too
    /// (`US`, `U.S.`, `USA`, `United States` → `united states`).
    ///
    /// `aliasKey("Bolton’s") == "bolton"`, `aliasKey("U.S.") == "us"`, `aliasKey("NATO") == "nato"`.
    public static func aliasKey(_ name: String, type: EntityType? = nil) -> String {
        aliasKey(plainKey: asciiAliasKey(name) ?? generalAliasKey(name), type: type)
    }

    /// `aliasKey(name, type: type)`, given `plainKey`, `aliasKey(name)`: the place equivalent
    /// when `type` takes them and there is one.
    static func aliasKey(plainKey key: String, type: EntityType?) -> String {
        equivalent(ofPlainKey: key, type: type) ?? key
    }

    /// The place equivalent `aliasKey(plainKey: key, type: type)` gives for `key`, nil when it
    /// gives `key` itself back.
    static func equivalent(ofPlainKey key: String, type: EntityType?) -> String? {
        if let type, type != .person, mayHaveEquivalent(key), let same = equivalents[key] { return same }
        return nil
    }

    /// `aliasKey` without place equivalents, for any name: Foundation's folding, then a walk by
    /// `Character`. `asciiAliasKey` must answer exactly as this does wherever it answers.
    static func generalAliasKey(_ name: String) -> String {
        var s: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII with a carriage return: lower case is all the folding it needs.
            s = String(decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        } else {
            s = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            s = s.replacingOccurrences(of: "\u{2019}", with: "'")
        }
        if s.hasSuffix("'s") {
            s.removeLast(2)
        } else if s.hasSuffix("'") {
            s.removeLast()
        }
        var out = ""
        var pendingSpace = false
        for c in s {
            if c == "." { continue }
            if c == " " || c == "-" || c == "\u{2013}" || c == "/" || c == "\n" || c == "\t" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(c)
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }

    /// `s.count`, read from the bytes when `s` is plain ASCII without a carriage return (each
    /// byte a `Character`): the name checks compare lengths of the same names many times, and
    /// counting `Character`s walks grapheme boundaries.
    static func characterCount<S: StringProtocol>(_ s: S) -> Int {
        // (Through the contiguous bytes when there are any: iterating the view costs several
        // times more a byte.)
        let counted = s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            return bytes.count
        }
        if let counted { return counted ?? s.count }
        var n = 0
        for byte in s.utf8 {
            if byte >= 0x80 || byte == 0x0D { return s.count }
            n += 1
        }
        return n
    }

    /// `key.splitAtSpaces()`, without walking a key of one word (most keys) for its words: a
    /// key in which `containsSpace` finds no space has no `Character` that is a space, so it
    /// is its one word.
    static func words(ofKey key: String) -> [Substring] {
        if !key.isEmpty, !containsSpace(key) { return [key[...]] }
        return key.splitAtSpaces()
    }

    /// `(wordCount(ofKey: key), characterCount(key))`, counted in one pass over the bytes of a key
    /// in plain ASCII without a carriage return (each byte a `Character`, a space byte the one
    /// space); nil for any other key.
    static func asciiKeyShape(_ key: String) -> (words: Int, length: Int)? {
        let shape = key.utf8.withContiguousStorageIfAvailable { bytes -> (words: Int, length: Int)? in
            AsciiWords.count(bytes).map { ($0, bytes.count) }
        }
        return shape ?? nil
    }

    /// `words(ofKey: key).count`, counted on the bytes of a plain-ASCII key (where a space byte is
    /// a space `Character`, and no other byte is), without making the words.
    static func wordCount(ofKey key: String) -> Int {
        // (A key holding a carriage return is counted by its words instead: the same count.)
        if let counted = key.utf8.withContiguousStorageIfAvailable(AsciiWords.count) ?? nil { return counted }
        return words(ofKey: key).count
    }

    /// `words(ofKey: full).starts(with: words(ofKey: short))`, read from the bytes when both keys
    /// are plain ASCII (where a space byte is a space `Character` and no other byte is, and two
    /// words are equal exactly when their bytes are); nil for any other keys.
    static func keyWordsStart(_ full: String, with short: String) -> Bool? {
        let answer = full.utf8.withContiguousStorageIfAvailable { f in
            short.utf8.withContiguousStorageIfAvailable { s -> Bool? in
                for x in f where x >= 0x80 { return nil }
                for x in s where x >= 0x80 { return nil }
                // Word by word: each from the next byte that is no space to the next space.
                var i = 0
                var j = 0
                while true {
                    while j < s.count, s[j] == 0x20 { j += 1 }
                    while i < f.count, f[i] == 0x20 { i += 1 }
                    if j == s.count { return true }
                    if i == f.count { return false }
                    while j < s.count, s[j] != 0x20 {
                        guard i < f.count, f[i] == s[j] else { return false }
                        i += 1
                        j += 1
                    }
                    if i < f.count, f[i] != 0x20 { return false }
                }
            }
        }
        return (answer ?? nil) ?? nil
    }

    /// Whether `name` contains a space, as `name.contains(" ")` answers: Foundation's search,
    /// which never matches a space that a combining mark modifies, but a byte scan for plain ASCII
    /// (where no mark can follow), without the bridge to `NSString` it costs per call.
    public static func containsSpace(_ name: String) -> Bool {
        // (Through the contiguous bytes when there are any, as `characterCount`.)
        let found = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // (A space after ASCII bytes only, and before an ASCII byte or at the end, is a space
            // `Character` whatever comes later: a scalar beyond ASCII joins a space only as a
            // mark right after it or a sign right before it. The scan stops there: most names
            // asked have a space after their first word.)
            let n = bytes.count
            var k = 0
            while k < n {
                let byte = bytes[k]
                if byte >= 0x80 { return nil }
                if byte == 0x20, k + 1 == n || bytes[k + 1] < 0x80 { return true }
                k += 1
            }
            return false
        }
        if let found { return found ?? name.contains(" ") }
        var ascii = true
        var space = false
        for byte in name.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte == 0x20 { space = true }
        }
        return ascii ? space : name.contains(" ")
    }

    /// `aliasKey` without place equivalents for a name in plain ASCII (most names in English news),
    /// worked on bytes: lower case is all the folding such a name needs, and Foundation's folding
    /// and a walk by `Character` cost far more, many times an article. Nil for any other name,
    /// and for one with a carriage return (where "\r\n" is one `Character` that is no line break).
    static func asciiAliasKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var end = bytes.count
            for b in bytes where b >= 0x80 || b == 0x0D { return nil }
            // The possessive: "'s", or a lone "'" after a plural.
            if end >= 2, bytes[end - 2] == 0x27, bytes[end - 1] | 0x20 == 0x73 {
                end -= 2
            } else if end >= 1, bytes[end - 1] == 0x27 {
                end -= 1
            }
            return String(unsafeUninitializedCapacity: max(end, 1)) { out in
                var n = 0
                var pendingSpace = false
                for i in 0..<end {
                    var b = bytes[i]
                    if b == 0x2E { continue }  // "."
                    // space, "-", "/", "\n", "\t"
                    if b == 0x20 || b == 0x2D || b == 0x2F || b == 0x0A || b == 0x09 {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                    out[n] = b
                    n += 1
                }
                // A leading "the ".
                if n >= 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 {
                    for k in 4..<n { out[k - 4] = out[k] }
                    n -= 4
                }
                return n
            }
        }
    }

    /// Spellings of places that are the same place whatever the letters (keys, not surface forms).
    static let equivalents: [String: String] = [
        "us": "united states", "usa": "united states", "united states of america": "united states",
        "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
        "uae": "united arab emirates", "ussr": "soviet union", "drc": "democratic republic of the congo",
    ]

    /// Whether `key` may be one of `equivalents`' keys, by its UTF-8 length and first byte: every
    /// mention not of a person is keyed, nearly none is such a key, and this costs less than
    /// hashing the key for the lookup. (Never false for a key of the table.)
    static func mayHaveEquivalent(_ key: String) -> Bool {
        let (lengths, firsts) = equivalentShapes
        return lengths & shapeBit(key.utf8.count) != 0 && firsts & shapeBit(Int(key.utf8.first ?? 0)) != 0
    }

    /// The `shapeBit`s of `equivalents`' keys' lengths and of their first bytes.
    private static let equivalentShapes: (lengths: UInt64, firsts: UInt64) = equivalents.keys.reduce((0, 0)) { shapes, key in
        (shapes.0 | shapeBit(key.utf8.count), shapes.1 | shapeBit(Int(key.utf8.first ?? 0)))
    }

    /// One bit of 64 for `n` (numbers 64 apart share it).
    private static func shapeBit(_ n: Int) -> UInt64 { 1 << UInt64(n & 63) }

    /// The lower-case initials of a name of two or more words (`"European Union"` → `"eu"`), or nil.
    public static func acronymKey(_ name: String) -> String? {
        acronymKey(words: aliasKey(name).splitAtSpaces())
    }

    /// `acronymKey(words: words(ofKey: key))`, read from the bytes of a plain-ASCII key without a
    /// carriage return (where each word's first byte is its first `Character`), without making
    /// an array of its words.
    static func acronymKey(ofKey key: String) -> String? {
        // (Whether the key was read on its bytes, and the acronym if so.)
        let read = key.utf8.withContiguousStorageIfAvailable { b -> (plain: Bool, acronym: String?) in
            var words = 0
            var inWord = false
            for x in b {
                if x >= 0x80 || x == 0x0D { return (false, nil) }
                if x == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            guard words >= 2 else { return (true, nil) }
            var count = 0
            let initials = String(unsafeUninitializedCapacity: words) { out in
                var start = 0
                for k in 0...b.count where k == b.count || b[k] == 0x20 {
                    defer { start = k + 1 }
                    guard start < k else { continue }
                    // (The list asked by the word's bytes: a `String` a word was most of the cost.)
                    let bytes = UnsafeBufferPointer(rebasing: b[start..<k])
                    let skip = SmallWords.acronymSkips.contains(ascii: bytes)
                        ?? SmallWords.acronymSkips.contains(String(decoding: bytes, as: UTF8.self))
                    guard !skip else { continue }
                    out[count] = b[start]
                    count += 1
                }
                return count
            }
            return (true, count >= 2 ? initials : nil)
        }
        if let read, read.plain { return read.acronym }
        return acronymKey(words: words(ofKey: key))
    }

    /// `acronymKey` of the name whose alias key splits into `words` at spaces.
    static func acronymKey<S: StringProtocol>(words: [S]) -> String? {
        guard words.count >= 2 else { return nil }
        // Plain-ASCII words without a carriage return (nearly all): each first byte is the
        // word's first `Character`, written into the string's bytes (finding the `Character`
        // and appending it cost several times more).
        if words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) {
            var count = 0
            let initials = String(unsafeUninitializedCapacity: words.count) { out in
                for word in words where !SmallWords.acronymSkips.contains(String(word)) {
                    guard let first = word.utf8.first else { continue }
                    out[count] = first
                    count += 1
                }
                return count
            }
            return count >= 2 ? initials : nil
        }
        // (Appended one by one: the same string as the initials joined, without their array.)
        var initials = ""
        var count = 0
        for word in words where !SmallWords.acronymSkips.contains(String(word)) {
            guard let first = word.first else { continue }
            initials.append(first)
            count += 1
        }
        return count >= 2 ? initials : nil
    }

    /// Whether `short` is a form of `full` an article may use after introducing `full`:
    /// the same key; for people, the surname, the given name or the name without a middle part;
    /// otherwise an acronym (`Nato`, `NATO` for North Atlantic Treaty Organization) or, for
    /// organisations, the name's leading words (`Barclays` for `Barclays Bank`).
    public static func isShortForm(_ short: String, of full: String, type: EntityType) -> Bool {
        NameFacts().isShortForm(short, of: full, type: type)
    }
}

/// A person's name split into given names, surname and suffix (`Jr`, `III`), titles removed.
///
/// Name particles stay with the surname (`Ludwig van Beethoven` → surname `van Beethoven`),
/// but `lastWordKey` lets `Beethoven` alone find it.
public struct PersonName: Sendable, Equatable, Hashable {
    public var given: [String]
    public var surname: String
    public var suffix: String?

    public init(_ name: String) {
        var words = Self.words(of: name)
        while words.count > 1, PersonTitles.isTitle(words[0]) { words.removeFirst() }
        var suffix: String? = nil
        if words.count > 2, let last = words.last,
            PersonNameWords.suffixes.contains(EntityNames.aliasKey(Self.trimmingCommas(last))) {
            suffix = last
            words.removeLast()
            if let l = words.last, l.hasSuffix(",") { words[words.count - 1] = String(l.dropLast()) }
        }
        guard let last = words.last else {
            given = []
            surname = ""
            self.suffix = nil
            return
        }
        var start = words.count - 1
        while start > 0, PersonNameWords.particles.contains(words[start - 1].lowercased()) { start -= 1 }
        if start == 0 { start = words.count - 1 }
        surname = start == words.count - 1 ? last : words[start...].joined(separator: " ")
        // (The given names cut from the words in place: copied out as `Array(words[..<start])`,
        // they cost an allocation and a retain a word at every name.)
        words.removeSubrange(start...)
        given = words
        self.suffix = suffix
    }

    /// `name.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)`, split on the
    /// bytes when the name is plain ASCII without a carriage return (where each byte is a
    /// `Character`): the merger and the rules split names into `PersonName`s many times an
    /// article, and `split` compares `Character`s.
    static func words(of name: String) -> [String] {
        var out: [String] = []
        let ascii = name.utf8.withContiguousStorageIfAvailable { b -> Bool in
            // (The words counted first, so the array is allocated once at its size: grown word
            // by word, it was reallocated for most names.)
            var count = 0
            var inWord = false
            for x in b {
                if x >= 0x80 || x == 0x0D { return false }
                if x == 0x20 || x == 0x0A {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            out.reserveCapacity(count)
            var start = 0
            for k in 0..<b.count {
                let x = b[k]
                guard x == 0x20 || x == 0x0A else { continue }
                if start < k { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            if start < b.count { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self)) }
            return true
        }
        if ascii == true { return out }
        return name.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// `word.trimmingCharacters(in: CharacterSet(charactersIn: ","))`: commas off both ends,
    /// scalar by scalar, without building a `CharacterSet` at every name.
    static func trimmingCommas(_ word: String) -> String {
        let scalars = word.unicodeScalars
        guard scalars.first == "," || scalars.last == "," else { return word }
        guard let first = scalars.firstIndex(where: { $0 != "," }), let last = scalars.lastIndex(where: { $0 != "," }) else { return "" }
        return String(scalars[first...last])
    }

    /// `aliasKey` of the surname (with its particles).
    public var surnameKey: String { EntityNames.aliasKey(surname) }
    /// `aliasKey` of the surname's last word.
    /// (A surname in which `containsSpace` finds no space is its one word, as in
    /// `EntityNames.words(ofKey:)`: its key is found without splitting it.)
    public var lastWordKey: String {
        guard EntityNames.containsSpace(surname) else { return EntityNames.aliasKey(surname) }
        return EntityNames.aliasKey(String(surname.splitAtSpaces().last ?? ""))
    }
}
