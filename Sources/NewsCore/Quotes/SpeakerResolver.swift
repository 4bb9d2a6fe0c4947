/// Maps a speaker mention to the entity it names; for a pronoun, to its antecedent's entity.
///
/// With the article's entities (from a tagger), the entity whose mention overlaps the speaker,
/// or whose alias matches it, wins. Without them, `NameMentions` supplies the fullest form of the
/// name. `he` and `she` take the most recent person of that gender (known from a title, a given
/// name, or an earlier `he`/`she` speaker with that name); `who` takes the name before it.
struct SpeakerResolver {
    struct Resolved {
        var entity: String?
    }

    let scalars: [Unicode.Scalar]
    let entities: [ArticleEntity]
    let excluded: Set<WordKey>
    let names: NameMentions

    static let agencies: Set<WordKey> = Set(words: [
        "reuters", "ap", "afp", "associated press", "the associated press", "pa", "upi", "dpa", "bloomberg",
        "xinhua", "press association", "agence france-presse", "efe", "ansa", "kyodo",
    ])

    init(scalars: [Unicode.Scalar], entities: [ArticleEntity], excluded: [String], attributor: QuoteAttributor) {
        self.scalars = scalars
        self.entities = entities
        self.excluded = Set(words: excluded.map { $0.lowercased() })
        self.names = NameMentions(scalars, paragraphs: attributor.paragraphs.map(\.range))
    }

    func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }

    /// The resolution of an attribution, or nil when the mention may not be a speaker
    /// (the agency byline or the photo credit).
    func resolve(_ a: Attribution) -> Resolved? {
        let head = trimmedHead(a.head)
        let key = WordKey(scalars, head)
        if excluded.contains(key) { return nil }
        if a.cue == nil, Self.agencies.contains(key) { return nil }  // `"…" – Reuters` is a byline
        switch a.kind {
        case .pronoun:
            return Resolved(entity: pronounAntecedent(a))
        case .relative:
            return Resolved(entity: relativeAntecedent(a))
        case .name, .nominal:
            return Resolved(entity: entityName(for: head, isName: a.kind == .name))
        }
    }

    /// The head without a leading `the` and a trailing possessive.
    func trimmedHead(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        if hi - lo > 4, WordKey(scalars, lo..<(lo + 3)) == WordKey("the"), scalars[lo + 3] == " " { lo += 4 }
        if hi - lo > 2, scalars[hi - 1] == "s", scalars[hi - 2] == "'" || scalars[hi - 2] == "\u{2019}" { hi -= 2 }
        return lo..<hi
    }

    /// The entity a name or description mention stands for.
    func entityName(for head: Range<Int>, isName: Bool) -> String? {
        if !entities.isEmpty {
            if let e = entities.first(where: { $0.mentions.contains { $0.overlaps(head) } && $0.type == .person })
                ?? entities.first(where: { $0.mentions.contains { $0.overlaps(head) } })
            {
                return e.name
            }
            let written = text(head).lowercased()
            let last = written.split(separator: " ").last.map(String.init) ?? written
            if let e = entities.first(where: { $0.aliases.contains { $0.lowercased() == written } })
                ?? entities.first(where: { $0.type == .person && $0.aliases.contains { $0.lowercased().split(separator: " ").last.map(String.init) == last } })
            {
                return e.name
            }
        }
        guard isName else { return nil }
        // The fullest form of the surname the article uses.
        var lastStart = head.upperBound
        while lastStart > head.lowerBound, scalars[lastStart - 1] != " " { lastStart -= 1 }
        let surname = WordKey(scalars, lastStart..<head.upperBound)
        if let full = names.canonical[surname], full.count >= head.count { return text(full) }
        return text(head)
    }

    func pronounAntecedent(_ a: Attribution) -> String? {
        let key = WordKey(scalars, a.head)
        let gender: NameMentions.Gender
        if QuoteLexicon.malePronouns.contains(key) {
            gender = .male
        } else if QuoteLexicon.femalePronouns.contains(key) {
            gender = .female
        } else {
            return nil  // `I`, `we`, `they`, `it`: the writer or a group, not resolved here
        }
        if !entities.isEmpty {
            // The most recent person mention of the tagger's entities before the pronoun.
            var best: (offset: Int, name: String)? = nil
            for e in entities where e.type == .person {
                for m in e.mentions where m.upperBound <= a.speaker.lowerBound {
                    let g = genderOf(e)
                    if g != .unknown, g != gender { continue }
                    if best == nil || m.upperBound > best!.offset { best = (m.upperBound, e.name) }
                }
            }
            if let best { return best.name }
        }
        guard let m = names.antecedent(before: a.speaker.lowerBound, gender: gender) else { return nil }
        return names.canonical[m.surname].map(text) ?? text(m.range)
    }

    /// The gender an entity's aliases show (a title or a given name).
    func genderOf(_ e: ArticleEntity) -> NameMentions.Gender {
        for alias in e.aliases {
            let words = alias.split(separator: " ")
            guard let first = words.first else { continue }
            let key = WordKey(first.filter { $0 != "." }.lowercased())
            if QuoteLexicon.maleTitles.contains(key) || QuoteLexicon.maleFirstNames.contains(key) { return .male }
            if QuoteLexicon.femaleTitles.contains(key) || QuoteLexicon.femaleFirstNames.contains(key) { return .female }
        }
        if let g = names.genderBySurname[WordKey((e.name.split(separator: " ").last.map(String.init) ?? e.name).lowercased())] { return g }
        return .unknown
    }

    /// `Ada Ode, who said`: the name right before the relative pronoun.
    func relativeAntecedent(_ a: Attribution) -> String? {
        var i = a.speaker.lowerBound - 1
        while i >= 0, scalars[i] == " " || scalars[i] == "," { i -= 1 }
        guard i >= 0 else { return nil }
        let m = names.mentions.last { $0.range.upperBound == i + 1 }
        return m.map { names.canonical[$0.surname].map(text) ?? text($0.range) }
    }
}
