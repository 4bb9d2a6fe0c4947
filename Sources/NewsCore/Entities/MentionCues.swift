/// The gazetteer lists the article-level rules consult (the tagger's own table).
struct NameLists {
    let gazetteer: Gazetteer
    /// The list bits of the words asked about so far (one `NameLists` serves one article).
    private let known = BitsCache()

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    private static let first = Gazetteer.bit("first")
    private static let last = Gazetteer.bit("last")
    private static let place = Gazetteer.bit("city") | Gazetteer.bit("country") | Gazetteer.bit("region") | Gazetteer.bit("continent")

    // The lists' bits are read straight from the table, once a word: the rules ask about the
    // same words several times (first name? surname? place?), and each lookup tokenises it.
    private func bits(_ word: String) -> UInt16 {
        let key = ExactText(word)
        if let bits = known.bits[key] { return bits }
        let bits = gazetteer.listBits(of: word)
        known.bits[key] = bits
        return bits
    }

    func isFirstName(_ word: String) -> Bool { bits(word) & Self.first != 0 }

    func isSurname(_ word: String) -> Bool { bits(word) & Self.last != 0 }

    /// A city, country, region or continent.
    func isPlace(_ word: String) -> Bool {
        bits(word) & Self.place != 0
    }

    /// The words' bits, shared by the copies of one `NameLists`.
    private final class BitsCache {
        var bits: [ExactText: UInt16] = [:]
    }
}

/// Reads the words around a mention for what they say about its type.
enum MentionCues {
    /// The context votes and name-form evidence of the mention over tokens `d.a..<d.b`.
    static func evidence(_ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> TypeEvidence {
        var e = TypeEvidence(taggerWeight: d.taggerWeight, firm: d.firm, sentenceInitial: t.capitalIsWeak(d.a), beforeBody: t.beforeBody(d.a), inQuote: t.inQuote[d.a])
        guard d.firm == nil else { return e }
        func vote(_ type: EntityType, _ n: Int) { e.votes[type, default: 0] += n }
        let words = (d.a..<d.b).filter { t.isWord($0) }.map { t.word($0) }
        guard !words.isEmpty else { return e }
        e.nameType = NameShape.headType(words, tagged: d.type, isFirstName: lists.isFirstName, isSurname: lists.isSurname)
        // A capitalised organisation noun on its own ("the Guild", "Council") names an organisation.
        if words.count == 1, d.end == nil, OrganisationWords.heads.contains(words[0].lowercased()) { e.nameType = .organization }

        // The name's form.
        if words.count == 1, d.end == nil || d.b - d.a == 1 {
            let w = d.end.map { t.text(t.tokens[d.a].range.lowerBound..<$0) } ?? words[0]
            // A place that is also a name ("Howard", "Jordan") says nothing.
            if lists.isPlace(w), !lists.isFirstName(w), !lists.isSurname(w) { vote(.place, 2) }
        } else if e.nameType == nil, words.count <= 3, lists.isFirstName(words[0]), !lists.isPlace(words[0]),
            words.allSatisfy({ w in w.first?.isUppercase == true })
        {
            vote(.person, 2)
        }

        // After the name.
        let n = d.b
        if d.end != nil {
            // "Osaka-based firm": nothing after the compound speaks for the name.
        } else if n < t.count, t.tokens[n].kind == .possessive {
            if t.isLowercaseWord(n + 1) {
                let w = t.lower(n + 1)
                if OrganisationWords.possessions.contains(w) { vote(.organization, 3) }
                if PlaceWords.possessions.contains(w) { vote(.place, 2) }
            } else if t.isCapitalised(n + 1) {
                // "Merrowick’s East Quay": a place's part.
                var k = n + 1
                var words: [String] = []
                while k < t.count, t.isCapitalised(k), words.count < 4 {
                    words.append(t.word(k))
                    k += 1
                }
                if NameShape.headType(words, isFirstName: lists.isFirstName, isSurname: lists.isSurname) == .place { vote(.place, 3) }
            }
        } else if t.isLowercaseWord(n), PlaceWords.modified.contains(t.lower(n)) {
            vote(.place, 3)  // "the Saltings estate"
        } else if t.isPunctuation(n, ",") {
            let m = n + 1
            if t.isWord(m), t.lower(m) == "who" {
                vote(.person, 4)
            } else if t.isWord(m), t.lower(m) == "which" {
                vote(.organization, 1)
                vote(.place, 1)
            } else if m < t.count, t.tokens[m].kind == .number, t.isPunctuation(m + 1, ",") {
                vote(.person, 4)  // "Daniel Okafor, 44,"
            } else if let head = appositionHead(t, from: m) {
                classify(head.noun, withDeterminer: head.determiner, &e)
            }
        }

        // Before the name.
        var p = d.a - 1
        if p >= 0, t.isPunctuation(p, ","), t.isPunctuation(d.b, ","), let noun = nounBeforeComma(t, p) {
            classify(noun, withDeterminer: true, &e)  // "the captain, Rhys Penhallow,"
        } else {
            if t.isLowercaseWord(p), t.lower(p) == "the" || t.lower(p) == "a" { p -= 1 }
            // "in Guildford and Woolwich": the second name shares the first one's preposition.
            if t.isLowercaseWord(p), t.lower(p) == "and" || t.lower(p) == "or", t.isCapitalised(p - 1) {
                var q = p - 1
                while q > 0, t.isCapitalised(q - 1), p - q < 4 { q -= 1 }
                if t.isLowercaseWord(q - 1), PlaceWords.prepositions.contains(t.lower(q - 1)) { vote(.place, 2) }
                return e
            }
            guard t.isLowercaseWord(p) else { return e }
            let w = t.lower(p)
            if w == "of", t.isLowercaseWord(p - 1) {
                let role = t.lower(p - 1)
                if OrganisationWords.rolesOf.contains(role) { vote(.organization, 3) }
                if PlaceWords.partsOf.contains(role) { vote(.place, 3) }
            } else if w == "for", t.isLowercaseWord(p - 1), PersonNouns.representatives.contains(t.lower(p - 1)) {
                vote(.place, 3)  // "councillor for Saltings"
            } else if PlaceWords.prepositions.contains(w), d.b >= t.count || t.tokens[d.b].kind != .possessive,
                !(t.isWord(p - 1) && OrganisationWords.investment.contains(t.lower(p - 1)))
            {
                vote(.place, 3)
            } else if w == "at" {
                vote(.place, 2)
                vote(.organization, 1)
            } else if w == "to", hasMotionBefore(t, p) {
                vote(.place, 3)
            }
        }
        return e
    }

    /// Whether a verb of movement comes shortly before "to" at `p` ("diverted across the estuary to").
    static func hasMotionBefore(_ t: ArticleTokens, _ p: Int) -> Bool {
        var i = p - 1
        while i >= 0, p - i <= 5, t.isWord(i) {
            if PlaceWords.motion.contains(t.lower(i)) { return true }
            i -= 1
        }
        return false
    }

    static func classify(_ noun: String, withDeterminer: Bool, _ e: inout TypeEvidence) {
        if PersonNouns.nouns.contains(noun) {
            e.votes[.person, default: 0] += 4
        } else if withDeterminer, OrganisationWords.nouns.contains(noun) {
            e.votes[.organization, default: 0] += 3
        } else if withDeterminer, PlaceWords.nouns.contains(noun) {
            e.votes[.place, default: 0] += 3
        }
    }

    /// The head noun of an apposition that starts at token `m` (after a comma): ", the smaller
    /// port on …" → port; ", the union’s branch secretary," → secretary; ", chief executive of" →
    /// executive.
    static func appositionHead(_ t: ArticleTokens, from m: Int) -> (noun: String, determiner: Bool)? {
        var i = m
        var determiner = false
        if t.isLowercaseWord(i), FunctionWords.appositionDeterminers.contains(t.lower(i)) {
            determiner = true
            i += 1
        }
        var head: String? = nil
        var steps = 0
        while i < t.count, steps < 6 {
            let tok = t.tokens[i]
            if tok.kind == .possessive {
                head = nil
                determiner = true
            } else if t.isLowercaseWord(i) {
                let w = t.lower(i)
                if FunctionWords.appositionStops.contains(w) { break }
                head = w
            } else if t.isCapitalised(i), head == nil {
                determiner = true  // "the Athletic captain": a name as modifier
            } else if tok.kind == .number {
                break
            } else {
                break
            }
            i += 1
            steps += 1
        }
        return head.map { ($0, determiner) }
    }

    /// The noun that ends an apposition before a name: "the captain, Rhys Penhallow" → captain,
    /// when a determiner opens it.
    static func nounBeforeComma(_ t: ArticleTokens, _ comma: Int) -> String? {
        guard t.isLowercaseWord(comma - 1) else { return nil }
        let noun = t.lower(comma - 1)
        var i = comma - 2
        var steps = 0
        while i >= 0, steps < 5 {
            if t.tokens[i].kind == .possessive { return noun }
            guard t.isWord(i) else { return nil }
            let w = t.lower(i)
            if FunctionWords.appositionDeterminers.contains(w) { return noun }
            if FunctionWords.appositionStops.contains(w) { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }
}
