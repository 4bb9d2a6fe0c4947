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
        var previous: UInt64 = 0
        var i = 0
        while i < bytes.count {
            guard isWordByte(bytes[i]) else {
                // A sentence's or a clause's end breaks a phrase; a space does not.
                if bytes[i] != space { previous = 0 }
                i += 1
                continue
            }
            var j = i
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            // ("rugby's", "Wales’": the word ends at its apostrophe.)
            var ended = false
            while j < bytes.count, isWordByte(bytes[j]) {
                let b = bytes[j]
                if b == UInt8(ascii: "'") || (b == 0xE2 && j + 2 < bytes.count && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99) { ended = true }
                if !ended { h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3 }
                j += 1
            }
            if let sport = words[h] { counts[sport] += 1 }
            if previous != 0, let sport = phrases[pair(previous, h)] { counts[sport] += 1 }
            previous = h
            i = j
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

    /// Letters, digits, hyphens, apostrophes and any non-ASCII byte (a letter's, or a curly
    /// apostrophe's; a dash between words joins none of the words listed).
    private static func isWordByte(_ b: UInt8) -> Bool {
        if b >= 0x80 { return true }
        let l = b | 0x20
        return (l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
    }

    private static func hash(_ word: Substring) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ b
    }

    /// Single words by hash, to the sport's index.
    private static let words: [UInt64: Int] = {
        var out: [UInt64: Int] = [:]
        for (k, sport) in sports.enumerated() {
            for w in sport.words where !w.contains(" ") { out[hash(Substring(w))] = k }
        }
        return out
    }()

    /// Two-word phrases by the hashes of both words, to the sport's index.
    private static let phrases: [UInt64: Int] = {
        var out: [UInt64: Int] = [:]
        for (k, sport) in sports.enumerated() {
            for w in sport.words where w.contains(" ") {
                let parts = w.split(separator: " ")
                out[pair(hash(parts[0]), hash(parts[1]))] = k
            }
        }
        return out
    }()
}
