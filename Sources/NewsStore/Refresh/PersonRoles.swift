import NewsCore

/// The walks of life an article gives a person by the role words next to the name: "Development
/// Minister Ada Ode", "captain Ada Ode", "Ada Ode, a fund manager at…".
///
/// Two people of one full name are told apart by them (`EntityResolver.fullNameSibling`): the
/// minister in a politics story and the rugby captain in sport. A person seen in another
/// section is usually the same one (the prime minister in a technology story is still "Prime
/// Minister X"), so roles split a name only when both sides have some and none is shared.
/// The words are few and written by hand; a word that names a role in several walks of life
/// ("manager", "director", "chairman", "international", "premier") is left out, and
/// "president" counts only as a capitalised title ("President X").
///
/// The words are read from the text's UTF-8 bytes and compared by a hash of their lower-case
/// letters: building a `String` per word near every mention cost a twentieth of the analysis.
enum PersonRoles {
    /// One bit per walk of life.
    static let politics = 1
    static let sport = 2
    static let business = 4
    static let arts = 8

    /// The role bits of each entity, in order (empty when no person is named): 0 for none, and
    /// for any name that is not a person's.
    static func of(_ entities: [ArticleEntity], in text: String) -> [Int] {
        guard entities.contains(where: { $0.type == .person }) else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            let offsets = ByteOffsets(entities, bytes)
            // (Through the array's buffer: mapping the array copied each entity's fields out.)
            return entities.withUnsafeBufferPointer { entities in
                entities.indices.map { index in
                    guard entities[index].type == .person else { return 0 }
                    var bits = 0
                    for mention in entities[index].mentions {
                        guard let start = offsets.byte(mention.lowerBound), let end = offsets.byte(mention.upperBound) else { continue }
                        bits |= of(start..<end, bytes)
                    }
                    return bits
                }
            }
        }
    }

    /// The role bits of one mention (byte range): a role word among the three words before
    /// it, or after it in an apposition (", a fund manager at", ", the Labour minister").
    static func of(_ mention: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var bits = 0
        var i = mention.lowerBound - 1
        var nearest = true
        for _ in 0..<3 {
            while i >= 0, bytes[i] == space { i -= 1 }
            guard i >= 0, isWordByte(bytes, i) else { break }
            var j = i
            while j >= 0, isWordByte(bytes, j) { j -= 1 }
            let word = hash(bytes, j + 1, i + 1)
            bits |= words.value(word) ?? 0
            // "President Bush": a capitalised title right before a name is a head of state's (a
            // club's president is "the club president").
            if nearest, word == president, isUpper(bytes[j + 1]) { bits |= politics }
            nearest = false
            i = j
        }
        // An apposition: a comma, then "a", "an" or "the", then the role.
        var k = mention.upperBound
        guard k < bytes.count, bytes[k] == UInt8(ascii: ",") else { return bits }
        k += 1
        var previous: UInt64 = 0
        for n in 0..<6 {
            while k < bytes.count, bytes[k] == space { k += 1 }
            guard k < bytes.count, isWordByte(bytes, k) else { break }
            var j = k
            while j < bytes.count, isWordByte(bytes, j) { j += 1 }
            let word = hash(bytes, k, j)
            if n == 0 {
                guard articles.contains(word) else { break }
            } else {
                bits |= words.value(word) ?? 0
                // "a fund manager": "manager" alone is no walk of life, after "fund" it is.
                if word == manager, moneyWords.contains(previous) { bits |= business }
            }
            previous = word
            k = j
        }
        return bits
    }

    /// Scalar offsets (as mention ranges count them) to byte offsets, for the bounds of the
    /// people's mentions: found in one walk over the bytes.
    struct ByteOffsets {
        private var scalars: [Int] = []
        private var bytes: [Int] = []

        init(_ entities: [ArticleEntity], _ text: UnsafeBufferPointer<UInt8>) {
            var bounds: [Int] = []
            // (Through the array's buffer, and into room made first: walking the array copied
            // each entity's fields out, and the bounds grew their array several times.)
            entities.withUnsafeBufferPointer { entities in
                var count = 0
                for index in entities.indices where entities[index].type == .person { count += entities[index].mentions.count }
                bounds.reserveCapacity(2 * count)
                for index in entities.indices where entities[index].type == .person {
                    for m in entities[index].mentions { bounds.append(m.lowerBound); bounds.append(m.upperBound) }
                }
            }
            bounds.sort()
            guard let last = bounds.last else { return }
            scalars.reserveCapacity(bounds.count)
            bytes.reserveCapacity(bounds.count)
            // Only the bytes up to the last bound are walked; each scalar is one byte that is
            // no UTF-8 continuation byte.
            var scalar = 0
            var k = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(text)
            let n = text.count
            while i < n {
                // Eight bytes at a time while the next bound is eight scalars on or more (eight
                // bytes hold at most eight scalars' starts).
                let next = bounds[k]
                while scalar &+ 8 <= next, i &+ 8 <= n {
                    scalar &+= String.scalarStarts(inEight: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    i &+= 8
                }
                guard i < n else { break }
                if text[i] & 0xC0 != 0x80 {
                    if bounds[k] == scalar {
                        scalars.append(scalar)
                        bytes.append(i)
                        while k < bounds.count, bounds[k] == scalar { k += 1 }
                        if k == bounds.count { return }
                    }
                    if scalar == last { return }
                    scalar += 1
                }
                i += 1
            }
            if k < bounds.count, bounds[k] == scalar { scalars.append(scalar); bytes.append(text.count) }
        }

        func byte(_ scalar: Int) -> Int? {
            scalars.sortedIndex(of: scalar).map { bytes[$0] }
        }
    }

    private static let space = UInt8(ascii: " ")

    /// Whether the byte at `i` is part of a word: letters, hyphens, apostrophes and non-ASCII
    /// letters; not the dashes and quotation marks of U+2010…U+203F (E2 80 xx, E2 81 xx),
    /// bar the curly apostrophe (E2 80 99).
    private static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b == UInt8(ascii: "-") || b == UInt8(ascii: "'") }
        // The start of the three-byte sequence holding byte i, if it is one starting E2.
        var s = i
        while s > i - 2, s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        guard bytes[s] == 0xE2, s + 2 < bytes.count, bytes[s + 1] == 0x80 || bytes[s + 1] == 0x81 else { return true }
        return bytes[s + 1] == 0x80 && bytes[s + 2] == 0x99
    }

    private static func isUpper(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
    }

    /// FNV-1a of a word's bytes, ASCII letters lower-cased.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in from..<to {
            let b = bytes[i]
            h = (h ^ UInt64(isUpper(b) ? b | 0x20 : b)) &* 0x100_0000_01b3
        }
        return h
    }

    private static func hash(_ word: String) -> UInt64 {
        var w = word
        return w.withUTF8 { hash($0, 0, $0.count) }
    }

    private static let president = hash("president")
    private static let manager = hash("manager")
    private static let moneyWords: Set<UInt64> = Set(["fund", "investment", "portfolio"].map(hash))
    private static let articles: Set<UInt64> = Set(["a", "an", "the"].map(hash))

    /// Role words (by hash), each of one walk of life only.
    private static let words = WordHashTable<Int>({
        var out: [UInt64: Int] = [:]
        for w in [
            "minister", "mp", "mps", "mep", "chancellor", "senator", "congressman", "congresswoman", "councillor", "mayor",
            "secretary", "shadow", "tory", "labour", "conservative", "democrat", "republican", "peer", "candidate",
        ] { out[hash(w)] = politics }
        for w in [
            "captain", "skipper", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "fly-half",
            "scrum-half", "full-back", "flanker", "hooker", "sprinter", "athlete", "hurdler", "seed", "team-mate", "batsman",
            "bowler", "jockey",
        ] { out[hash(w)] = sport }
        for w in ["analyst", "economist", "banker", "trader", "investor", "shareholder", "entrepreneur", "tycoon", "financier"] {
            out[hash(w)] = business
        }
        for w in [
            "actor", "actress", "singer", "comedian", "presenter", "musician", "rapper", "guitarist", "drummer", "novelist",
            "author", "film-maker", "filmmaker", "songwriter", "frontman", "dj", "artist", "playwright", "screenwriter",
        ] { out[hash(w)] = arts }
        return out
    }())
}
