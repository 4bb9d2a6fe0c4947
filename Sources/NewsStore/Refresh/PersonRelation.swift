/// How a shorter person's name may be a form of a fuller one, compared on their keys' words.
enum PersonRelation: Equatable {
    /// The surname alone: `blair` of `tony blair`.
    case surname
    /// The last words: a compound surname (`suu kyi` of `aung san suu kyi`, `kilroy silk`).
    case suffix
    /// Initials and the surname: `s waugh` of `steve waugh`, `g w bush` of `george w bush`.
    case initials
    /// The first given name and the surname: `george bush` of `george w bush`.
    case dropMiddle
    /// Another spelling of the given name, as many words: `rafa benitez` of `rafael benitez`.
    case variant
    /// The given name one slip of the keyboard away, as many words: `malcom glazer` of `malcolm
    /// glazer`, `mihkail` of `mikhail` (`GivenNames.isSlip`).
    case slip

    /// The relation of `short` to `full`, or nil when `short` is no form of it.
    static func of(_ short: [Substring], _ full: [Substring]) -> PersonRelation? {
        guard let last = short.last, full.count >= 2, full.last == last else { return nil }
        // (Compared in place: an array of the suffix cost an allocation per candidate.)
        if short.count < full.count, full.suffix(short.count).elementsEqual(short) {
            return short.count == 1 ? .surname : .suffix
        }
        let givens = short.dropLast()
        let fullGivens = full.dropLast()
        if givens.count <= fullGivens.count, givens.allSatisfy({ $0.count == 1 }),
            zip(givens, fullGivens).allSatisfy({ $0.first == $1.first }), fullGivens[fullGivens.startIndex].count > 1
        {
            return .initials
        }
        if short.count == 2, full.count >= 3, short[0] == full[0] { return .dropMiddle }
        if short.count == full.count, short[0] != full[0], short.dropFirst() == full.dropFirst() {
            if GivenNames.areVariants(short[0], full[0]) { return .variant }
            if GivenNames.isSlip(short[0], full[0]) { return .slip }
        }
        return nil
    }
}

/// Given names that are spellings or familiar forms of each other (`Bernie`, `Bernard`).
enum GivenNames {
    /// Whether two different given names (keys) may name the same person: one begins the other
    /// and has three letters or more (`rafa`, `rafael`; `chris`, `christopher`), or the pair is
    /// a familiar form on the list.
    static func areVariants(_ a: Substring, _ b: Substring) -> Bool {
        if oneBegins(a, b) { return true }
        return isFamiliar(a, of: b) || isFamiliar(b, of: a)
    }

    /// Whether `short` is on the list as a familiar form of `formal`.
    private static func isFamiliar(_ short: Substring, of formal: Substring) -> Bool {
        // (An ASCII name longer than every familiar form is none, and is not hashed to look it
        // up. Another name might equal a form by Unicode's rules, so is looked up.)
        if short.utf8.count > longestFamiliar, isPlainASCII(short) { return false }
        return familiar[String(short)]?.contains(String(formal)) == true
    }

    /// Whether the shorter name has three letters or more and begins the longer.
    ///
    /// Names of ASCII letters are compared by their bytes: counting Characters and Unicode's
    /// `hasPrefix` were most of the cost of `areVariants`.
    static func oneBegins(_ a: Substring, _ b: Substring) -> Bool {
        guard isPlainASCII(a), isPlainASCII(b) else { return oneBeginsByCharacters(a, b) }
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        return short.utf8.count >= 3 && long.utf8.starts(with: short.utf8)
    }

    /// `oneBegins` on the names' Characters, for any name.
    static func oneBeginsByCharacters(_ a: Substring, _ b: Substring) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 3 && long.hasPrefix(short)
    }

    /// Whether two given names of five letters or more are one slip apart: a letter added,
    /// dropped, changed or two swapped (`malcom`, `malcolm`; `costas`, `kostas`; `mihkail`,
    /// `mikhail`). Names so close may be two people's (`martin`, `martyn`): the resolver takes
    /// a slip only for a rare form of a far more common name.
    static func isSlip(_ a: Substring, _ b: Substring) -> Bool {
        // (Names of ASCII letters are compared by their bytes, one a letter: making arrays of
        // Characters was half the cost of relating two names. A CR LF pair is one Character.)
        if isPlainASCII(a), isPlainASCII(b) { return isSlip(Array(a.utf8), Array(b.utf8)) }
        return isSlip(Array(a), Array(b))
    }

    /// Whether every byte of `text` is an ASCII character of its own (no CR, which a LF after it joins).
    private static func isPlainASCII(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `isSlip` on the names' letters (Characters for any name, bytes for plain ASCII ones).
    static func isSlip<Letter: Equatable>(_ x: [Letter], _ y: [Letter]) -> Bool {
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            // Two letters swapped.
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        return short[i...] == long[(i + 1)...]
    }

    /// Familiar forms of English given names, written by hand: each maps to the formal names it
    /// is short for.
    private static let familiar: [String: Set<String>] = [
        "bernie": ["bernard"], "bill": ["william"], "billy": ["william"], "will": ["william"], "bob": ["robert"], "bobby": ["robert"],
        "rob": ["robert"], "robbie": ["robert"], "dick": ["richard"], "rick": ["richard"], "ricky": ["richard"], "jim": ["james"],
        "jimmy": ["james"], "jamie": ["james"], "tony": ["anthony", "antony"], "mike": ["michael"], "mick": ["michael"],
        "tom": ["thomas"], "tommy": ["thomas"], "andy": ["andrew"], "dave": ["david"], "steve": ["stephen", "steven"],
        "ed": ["edward"], "eddie": ["edward"], "ted": ["edward"], "jack": ["john"], "johnny": ["john"], "joe": ["joseph"],
        "pete": ["peter"], "nick": ["nicholas", "nicolas"], "ben": ["benjamin"], "sam": ["samuel", "samantha"],
        "matt": ["matthew"], "jon": ["jonathan"], "greg": ["gregory"], "ken": ["kenneth"], "ron": ["ronald"],
        "don": ["donald"], "liz": ["elizabeth"], "beth": ["elizabeth"], "kate": ["katherine", "catherine"],
        "sue": ["susan"], "jenny": ["jennifer"], "meg": ["margaret"], "peggy": ["margaret"], "harry": ["henry", "harold"],
        "chuck": ["charles"], "charlie": ["charles"], "rafa": ["rafael"], "alex": ["alexander", "alexandra"], "sandy": ["alexander"],
        "fred": ["frederick"], "freddie": ["frederick"], "larry": ["lawrence"], "jerry": ["gerald", "jeremy"], "gerry": ["gerald"],
        "tim": ["timothy"], "phil": ["philip", "phillip"], "vince": ["vincent"], "walt": ["walter"], "wally": ["walter"],
        "sandra": ["alexandra"], "nat": ["nathan", "nathaniel"], "zach": ["zachary"], "josh": ["joshua"], "chris": ["christopher", "christine"],
    ]

    /// The length of the longest familiar form, in letters (all are ASCII).
    private static let longestFamiliar = familiar.keys.map(\.utf8.count).max() ?? 0
}
