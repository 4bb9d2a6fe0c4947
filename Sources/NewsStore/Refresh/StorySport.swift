/// The sport a story is about, read from words that one sport uses and the others do not:
/// "scrum", "fly-half" and "Six Nations" are rugby's, "striker" and "goalless" football's,
/// "wicket" cricket's.
///
/// Two sportsmen of one name, a footballer and a Wales rugby player, are both in the sports
/// section and seldom have a role word by their name; the sport of the stories that name them
/// tells them apart (`EntityResolver.fullNameSibling`). A person's full name is kept by section
/// and sport (`IndexWriter`), and the rows of two sports join unless their stories also keep
/// different company.
///
/// The words are written by the team from English sports reporting, not drawn from any corpus.
/// A word two sports share ("penalty", "captain", "centre", "Grand Slam") or that ordinary
/// prose uses ("try", "lock", "set") is left out. A story has a sport when its words name one
/// sport at least three times as often as any other, and it names one at all.
///
/// The words are read from the text's UTF-8 bytes and compared by a hash of their lower-case
/// letters (as `PersonRoles` does), and two-word phrases by the hashes of both words.
enum StorySport {
    /// The sport a story's text names, or nil for none or no clear one.
    static func of(_ text: String) -> String? {
        var text = text
        let counts = text.withUTF8 { bytes in count(bytes) }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return nil }
        let second = counts.indices.filter { $0 != best }.map { counts[$0] }.max() ?? 0
        return counts[best] >= 3 * second ? sports[best].name : nil
    }

    /// How many of each sport's words and phrases the text holds, in `sports` order.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var counts = [Int](repeating: 0, count: sports.count)
        let entries = Self.entries
        let phrases = Self.phrases
        // Most words are on no list: a bit table of the listed words' hashes rules them out
        // before a dictionary is asked (the dictionaries cost four times the rest).
        Self.filter.withUnsafeBufferPointer { filter in
            Self.folded.withUnsafeBufferPointer { folded in
                // The previous word, when it may open a phrase.
                var opener: UInt64 = 0
                var i = 0
                let n = bytes.count
                while i < n {
                    guard folded[Int(bytes[i])] != 0 else {
                        // A sentence's or a clause's end breaks a phrase; a space, or an
                        // apostrophe opening a quotation, does not.
                        if bytes[i] != space, !isApostrophe(bytes, i, n) { opener = 0 }
                        i += 1
                        continue
                    }
                    var j = i
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    while j < n {
                        let f = folded[Int(bytes[j])]
                        if f == 0 { break }
                        h = (h ^ UInt64(f)) &* 0x100_0000_01b3
                        j += 1
                    }
                    // ("rugby's", "Wales’": the word ends at its apostrophe; what follows is skipped.)
                    // Most words end at a space, which breaks no phrase: it is stepped over here
                    // rather than read again by the loop.
                    if j < n {
                        if bytes[j] == space {
                            j += 1
                        } else {
                            while j < n, isApostrophe(bytes, j, n) || folded[Int(bytes[j])] != 0 { j += 1 }
                        }
                    }
                    var opens = false
                    if filter[Int((h >> 6) & filterMask)] & (1 << (h & 63)) != 0, let entry = entries.value(h) {
                        if entry.sport >= 0 { counts[entry.sport] += 1 }
                        opens = entry.opensPhrase
                    }
                    if opener != 0, let sport = phrases.value(pair(opener, h)) { counts[sport] += 1 }
                    opener = opens ? h : 0
                    i = j
                }
            }
        }
        return counts
    }

    /// Each sport's name (as the index shows it) and its own words and two-word phrases.
    static let sports: [(name: String, words: [String])] = [
        ("football", [
            "football", "footballer", "footballers", "striker", "strikers", "midfielder", "midfielders", "goalkeeper",
            "goalkeepers", "centre-half", "centre-back", "free-kick", "free-kicks", "offside", "equaliser", "goalless",
            "hat-trick", "uefa", "fifa", "bundesliga", "penalty area", "fa cup", "champions league", "la liga",
            "serie a", "premier league", "stoppage time", "own goal", "red card", "clean sheet", "carling cup",
        ]),
        ("rugby", [
            "rugby", "scrum", "scrums", "lineout", "line-out", "fly-half", "scrum-half", "flanker", "flankers",
            "hooker", "tighthead", "loosehead", "drop-goal", "sin-bin", "sin-binned", "try-line", "springboks",
            "wallabies", "number eight", "drop goal", "six nations", "heineken cup", "celtic league", "all blacks",
        ]),
        ("cricket", [
            "cricket", "cricketer", "cricketers", "wicket", "wickets", "innings", "batsman", "batsmen", "bowler",
            "bowlers", "all-rounder", "lbw", "one-day", "spinner", "seamer", "test match",
        ]),
        ("tennis", [
            "tennis", "tie-break", "tie-breaker", "atp", "wta", "wimbledon", "break point", "break points",
            "straight sets", "double fault", "davis cup", "fed cup", "roland garros", "set point", "match point",
            "first set", "second set", "third set", "final set",
        ]),
        ("golf", [
            "golf", "golfer", "golfers", "birdie", "birdies", "bogey", "bogeys", "fairway", "fairways", "pga",
            "ryder cup", "under par", "over par",
        ]),
        ("athletics", [
            "athletics", "athlete", "athletes", "sprinter", "sprinters", "hurdles", "hurdler", "iaaf", "heptathlon",
            "decathlon", "60m", "100m", "200m", "400m", "800m", "1500m", "personal best", "triple jump", "long jump",
            "high jump", "pole vault",
        ]),
    ]

    private static let space = UInt8(ascii: " ")

    /// Each byte as a word's hash reads it: a letter in lower case, a digit, a hyphen, or any
    /// non-ASCII byte but E2 (a letter's); 0 for any other, which ends a word. (E2 opens the
    /// curly apostrophe, but also dashes and quotation marks: a dash between words joins none
    /// of the words listed.)
    private static let folded: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        if b == 0xE2 { return 0 }
        if b >= 0x80 { return b }
        if b >= UInt8(ascii: "A"), b <= UInt8(ascii: "Z") { return b | 0x20 }
        let word = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
        return word ? b : 0
    }

    /// Whether an apostrophe, straight or curly (E2 80 99), starts at byte `i`.
    private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        bytes[i] == UInt8(ascii: "'") || (bytes[i] == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
    }

    private static func hash(_ word: Substring) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ b
    }

    /// What a listed word is: one sport's word (its index), the first word of a phrase, or both.
    private struct Entry: Sendable {
        var sport = -1
        var opensPhrase = false
    }

    /// The listed words and the phrases' first words, by hash.
    private static let entries = WordHashTable(entryList)

    private static let entryList: [UInt64: Entry] = {
        var out: [UInt64: Entry] = [:]
        for (k, sport) in sports.enumerated() {
            for w in sport.words {
                let parts = w.split(separator: " ")
                if parts.count == 1 { out[hash(parts[0]), default: Entry()].sport = k } else { out[hash(parts[0]), default: Entry()].opensPhrase = true }
            }
        }
        return out
    }()

    private static let filterMask: UInt64 = 63

    /// One bit per hash of `entries`, 4,096 in all, by the hash's low 12 bits.
    private static let filter: [UInt64] = {
        var out = [UInt64](repeating: 0, count: Int(filterMask) + 1)
        for h in entryList.keys { out[Int((h >> 6) & filterMask)] |= 1 << (h & 63) }
        return out
    }()

    /// Two-word phrases by the hashes of both words, to the sport's index.
    private static let phrases = WordHashTable<Int>({
        var out: [UInt64: Int] = [:]
        for (k, sport) in sports.enumerated() {
            for w in sport.words where w.contains(" ") {
                let parts = w.split(separator: " ")
                out[pair(hash(parts[0]), hash(parts[1]))] = k
            }
        }
        return out
    }())
}
