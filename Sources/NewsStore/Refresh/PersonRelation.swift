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

    /// The relation of `short` to `full`, or nil when `short` is no form of it.
    static func of(_ short: [Substring], _ full: [Substring]) -> PersonRelation? {
        guard let last = short.last, full.count >= 2, full.last == last else { return nil }
        if short.count < full.count, Array(full.suffix(short.count)) == short {
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
        if short.count == full.count, short[0] != full[0], short.dropFirst() == full.dropFirst(), GivenNames.areVariants(short[0], full[0]) {
            return .variant
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
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 3, long.hasPrefix(short) { return true }
        return familiar[String(a)]?.contains(String(b)) == true || familiar[String(b)]?.contains(String(a)) == true
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
}
