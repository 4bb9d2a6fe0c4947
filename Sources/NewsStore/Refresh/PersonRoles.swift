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
enum PersonRoles {
    /// One bit per walk of life.
    static let politics = 1
    static let sport = 2
    static let business = 4
    static let arts = 8

    /// The role bits of one person's mentions in a text (Unicode scalars, as the mention
    /// ranges count them): a role word among the three words before a mention, or after it in
    /// an apposition (", a fund manager at", ", the Labour minister").
    static func of(_ mentions: [Range<Int>], in text: [Unicode.Scalar]) -> Int {
        var bits = 0
        for mention in mentions where mention.lowerBound >= 0 && mention.upperBound <= text.count {
            let before = wordsBefore(mention.lowerBound, in: text, limit: 3)
            for word in before { bits |= role(of: word) }
            // "President Bush": a capitalised title right before a name is a head of state's (a
            // club's president is "the club president").
            if before.last == "president", isCapitalisedWord(before: mention.lowerBound, in: text) { bits |= politics }
            let after = apposition(after: mention.upperBound, in: text, limit: 6)
            for (i, word) in after.enumerated() {
                // "a fund manager": "manager" alone is no walk of life, after "fund" it is.
                bits |= role(of: word)
                if i > 0, word == "manager", ["fund", "investment", "portfolio"].contains(after[i - 1]) { bits |= business }
            }
        }
        return bits
    }

    /// The bit of one lower-cased word, 0 for none.
    static func role(of word: String) -> Int {
        words[word] ?? 0
    }

    /// Up to `limit` words (lower-cased) right before `start`, nearest last, within the
    /// sentence and line: a stop, comma, quotation mark or line break ends the walk back.
    static func wordsBefore(_ start: Int, in text: [Unicode.Scalar], limit: Int) -> [String] {
        var out: [String] = []
        var i = start - 1
        while out.count < limit {
            while i >= 0, text[i] == " " { i -= 1 }
            guard i >= 0, isWordScalar(text[i]) else { break }
            var j = i
            while j >= 0, isWordScalar(text[j]) { j -= 1 }
            out.insert(lower(text[(j + 1)...i]), at: 0)
            i = j
        }
        return out
    }

    /// The words of an apposition right after a name (", a fund manager at Corvid"), up to
    /// `limit`, lower-cased; none when no comma and article follow the name.
    static func apposition(after end: Int, in text: [Unicode.Scalar], limit: Int) -> [String] {
        var i = end
        guard i < text.count, text[i] == "," else { return [] }
        i += 1
        var out: [String] = []
        while out.count < limit {
            while i < text.count, text[i] == " " { i += 1 }
            guard i < text.count, isWordScalar(text[i]) else { break }
            var j = i
            while j < text.count, isWordScalar(text[j]) { j += 1 }
            out.append(lower(text[i..<j]))
            i = j
        }
        guard let first = out.first, ["a", "an", "the"].contains(first) else { return [] }
        return out
    }

    /// Whether the word right before `start` (after spaces) begins with a capital.
    private static func isCapitalisedWord(before start: Int, in text: [Unicode.Scalar]) -> Bool {
        var i = start - 1
        while i >= 0, text[i] == " " { i -= 1 }
        while i > 0, isWordScalar(text[i - 1]) { i -= 1 }
        return i >= 0 && text[i].properties.isUppercase
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s == "-" || s == "'" || s == "\u{2019}"
    }

    private static func lower(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s).lowercased()
    }

    /// Role words, each of one walk of life only.
    private static let words: [String: Int] = {
        var out: [String: Int] = [:]
        for w in [
            "minister", "mp", "mps", "mep", "chancellor", "senator", "congressman", "congresswoman", "councillor", "mayor",
            "secretary", "shadow", "tory", "labour", "conservative", "democrat", "republican", "peer", "candidate",
        ] { out[w] = politics }
        for w in [
            "captain", "skipper", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "fly-half",
            "scrum-half", "full-back", "flanker", "hooker", "sprinter", "athlete", "hurdler", "seed", "team-mate", "batsman",
            "bowler", "jockey",
        ] { out[w] = sport }
        for w in ["analyst", "economist", "banker", "trader", "investor", "shareholder", "entrepreneur", "tycoon", "financier"] {
            out[w] = business
        }
        for w in [
            "actor", "actress", "singer", "comedian", "presenter", "musician", "rapper", "guitarist", "drummer", "novelist",
            "author", "film-maker", "filmmaker", "songwriter", "frontman", "dj", "artist", "playwright", "screenwriter",
        ] { out[w] = arts }
        return out
    }()
}
