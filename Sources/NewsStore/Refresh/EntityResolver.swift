import GRDB

/// Links names across the corpus into entities, on the evidence of the whole corpus.
///
/// Each name row (a type and key some article gave) gets a `link`: the name it belongs with, or
/// none. The links draw trees; each tree is one entity, shown by its `entity` member.
///
/// - **One type per name.** The readings of one key under several types (`Chelsea` as a
///   club, a person and a place) are one entity, of the reading the corpus supports most: a
///   one-word "person" never given a full name weighs little, an unclassified reading half.
///   Two readings stay apart only when both are substantial and live in different sections of
///   the corpus (its top folders): the club in sport, the city elsewhere.
/// - **A short form links to a fuller name** that the corpus makes clear. For people: a bare
///   surname (`Blair`, `Mr Blair`), initials (`S. Waugh`), a compound surname (`Suu Kyi`), the
///   name without its middle (`George Bush`), or another spelling of the given name (`Rafa`
///   Benitez). Candidates are grouped by entity and weighed by articles; the link is made when
///   one candidate dominates, and when it is plausible: articles used the bare surname for that
///   person, or the short form names its given names (initials), or the full name is not much
///   rarer than the short form. A rare mis-span ("Amazing Grace") cannot capture a common short
///   name. Candidates that share the short name evenly leave it *ambiguous*: its own entity, flagged.
///   For organisations and places: an acronym joins the name it stands for, a company's name
///   joins the same name with its legal form (`Greyfinch Group`), and any other short form
///   joins a fuller name only when the fuller name is three times as common (`BBC Radio` never
///   joins `BBC Radio Sheffield`, nor `BBC` `BBC News`).
///
/// Only names under keys touched since the last run (`dirty_key`; every name after a first
/// build, `DirtyKeys`) are decided again; a changed name re-queues the names that could link
/// to it. Names are decided fullest first (then most used first), so a target is usually
/// decided before anything links to it. A link goes to a
/// name with more words, or to one of the same words and key that the corpus supports more, or
/// (a spelling variant) to a person of as many words and more articles, or (words glued on in
/// front) to the end of the name when that is someone far more common; a name never links to
/// a name whose chain of links leads back to it, so there are no cycles.
enum EntityResolver {
    /// Decides every name under a dirty key, then regroups the entities they touched and clears
    /// the dirty keys. Returns how many names changed link or entity.
    @discardableResult
    static func run(_ db: Database) throws -> Int {
        let changes = try plan(db)
        try changes.apply(db)
        return changes.changedNames
    }

    /// What `run` would write, read on `db` and written nowhere: a reader of the index will do.
    /// (`NameChanges.apply` on the writer then makes the writes and clears the dirty keys.)
    static func plan(_ db: Database) throws -> NameChanges {
        let names = try NameCache(db)
        // After a first build every name is to be decided, and no key was marked (`DirtyKeys`).
        let all = try DirtyKeys.resolvesAll(db)
        let dirtyKeys = all ? [] : try String.fetchAll(db, sql: "SELECT key FROM dirty_key")
        // After a bulk load most keys are dirty: every name is read, and one scan reads them faster.
        if try all || dirtyKeys.count * 2 >= (Int.fetchOne(db, sql: "SELECT count(*) FROM name") ?? 0) { try names.readAll() }
        var buckets: [Int: [Int64]] = [:]
        var queued = Set<Int64>()
        // (The order names are queued in does not matter: each length's are sorted below.)
        for id in all ? names.readIDs() : [] where queued.insert(id).inserted {
            buckets[try names.row(id)?.words.count ?? 1, default: []].append(id)
        }
        for key in dirtyKeys {
            for id in try names.ids(key: key) where queued.insert(id).inserted {
                buckets[try names.row(id)?.words.count ?? 1, default: []].append(id)
            }
        }
        var touched = Set<Int64>()
        var changed = Set<Int64>()
        // How often each name was decided: one whose target changed under it is decided again,
        // a few times at most.
        var decisions: [Int64: Int] = [:]
        var level = buckets.keys.max() ?? 0
        while level > 0 {
            var ids = try (buckets.removeValue(forKey: level) ?? []).compactMap { try names.row($0) }
                .sorted { ($0.articles, $1.id) > ($1.articles, $0.id) }.map(\.id)
            // The names of this length still to decide.
            var waiting = Set(ids)
            var index = 0
            while index < ids.count {
                let id = ids[index]
                index += 1
                waiting.remove(id)
                guard let row = try names.row(id) else { continue }
                touched.insert(id)
                decisions[id, default: 0] += 1
                let (link, ambiguous) = try decide(row, names)
                guard link != row.link || ambiguous != row.ambiguous else { continue }
                names.setLink(id, link, ambiguous: ambiguous)
                changed.insert(id)
                // The names that could link to this one are decided again.
                for key in try names.dependentKeys(of: row) {
                    for other in try names.ids(key: key) where other != id {
                        guard let words = try names.row(other)?.words.count, words <= level else { continue }
                        if words < level {
                            if queued.insert(other).inserted { buckets[words, default: []].append(other) }
                        } else if !waiting.contains(other), (decisions[other] ?? 0) < 3 {
                            queued.insert(other)
                            waiting.insert(other)
                            ids.append(other)
                        }
                    }
                }
            }
            level -= 1
        }
        changed.formUnion(try regroup(touched, names))
        try labelNamesakes(of: touched, names)
        var changes = names.changes
        changes.changedNames = changed.count
        return changes
    }

    // MARK: - Deciding one name

    /// The name `row` links to (itself for none), and whether it is ambiguous.
    static func decide(_ row: NameCache.Row, _ names: NameCache) throws -> (Int64, Bool) {
        guard row.articles > 0 else { return (row.id, false) }
        if let dominant = try dominantReading(of: row, names), dominant.id != row.id, try !standsApart(row, from: dominant, names) {
            return (dominant.id, false)
        }
        if row.type == NameCache.person {
            // A full name is kept by section (and sport): it is the same person as its namesake
            // in the section that names it most, unless their roles or sports say otherwise.
            // (A corpus without folders keeps a name apart only by sport.)
            if row.words.count >= 2, let sibling = try fullNameSibling(of: row, names) { return (sibling, false) }
            let (link, ambiguous) = try linkPerson(row, names)
            if link != row.id || row.scope.isEmpty || row.words.count >= 2 { return (link, ambiguous) }
            // Unlinked in its section: one entity with the same name unlinked in other sections.
            return (try unlinkedSibling(of: row, names) ?? row.id, ambiguous)
        }
        // A surname the extractor took for a team or a place ("the Dole campaign", a name in a
        // line-up) in an article or two: the person, when the corpus names one clearly.
        if row.words.count == 1, row.articles <= 2, !NameEquivalents.isKnown(row.key) {
            if let person = try personNamedBeside(row, names) { return (person, false) }
            let (link, _) = try linkPerson(row, names, attestedOnly: true)
            if link != row.id { return (link, false) }
        }
        return try linkOther(row, names)
    }

    /// The reading of the row's key (under any type) the corpus supports most, when it has several.
    static func dominantReading(of row: NameCache.Row, _ names: NameCache) throws -> NameCache.Row? {
        var keys = [row.key]
        if row.type == NameCache.person, NameEquivalents.canonical(row.key) != row.key { keys.append(NameEquivalents.canonical(row.key)) }
        var readings: [NameCache.Row] = []
        for key in keys {
            for id in try names.ids(key: key) {
                if let r = try names.row(id), r.articles > 0 { readings.append(r) }
            }
        }
        guard readings.count > 1 else { return nil }
        // Readings are weighed by type (a person's one-word name counts over all its sections);
        // the type's name with the most articles stands for it.
        var scores: [Int: Double] = [:]
        var articles: [Int: Int] = [:]
        // Against a person's reading of a name of two words or more, an unclassified one counts
        // in full: the tagger calls any first name and capitalised word a person's, and only
        // the context ("the film Dark Harbour", "Dark Harbour star Ada Ode") makes it a work's.
        let personRead = readings.contains { $0.type == NameCache.person }
        for r in readings {
            let fullOther = personRead && r.type == NameCache.other && r.words.count >= 2
            scores[r.type, default: 0] += fullOther ? Double(r.articles) : try score(r, names)
            articles[r.type, default: 0] += r.articles
        }
        // A one-word key that fuller names of an organisation or place use as their short form
        // counts their articles for that type: "Greyfinch" read as a place where a story says
        // "belong to Greyfinch" is the firm that a dozen stories call "Greyfinch Shipping" and
        // then "Greyfinch". (Not a person's: a surname alone is weighed by `score`.)
        if row.words.count == 1 {
            for (id, _) in try names.aliases(key: row.key) {
                guard let m = try names.row(id), m.words.count > 1, m.articles > 0, scores[m.type] != nil,
                    m.type == NameCache.organization || m.type == NameCache.place
                else { continue }
                scores[m.type]! += Double(m.articles)
            }
        }
        // Against readings as a person's, an article whose own words said strongly what the
        // name is ("the band X", "the sixth X", "X author Y"; "Mr X" for a person) counts
        // `strongCueWeight` times, whatever that article typed it: most articles say "X won"
        // or "X and Y", which the tagger reads as a person's name. Only names of two words or
        // more, and cues of two articles or more: a cue seen once may be a misreading ("the
        // Ada Ode adaptation" is of her book), and a one-word name's title may be no title
        // ("DR Congo", "PC").
        if personRead {
            var strong: [Int: Int] = [:]
            for r in readings where r.words.count >= 2 {
                for (type, n) in try names.strongCues(r.id) { strong[type, default: 0] += n }
            }
            for (type, n) in strong where n >= 2 && scores[type] != nil { scores[type]! += strongCueWeight * Double(n) }
        }
        guard let type = scores.keys.max(by: { a, b in
            (scores[a]!, articles[a]!, typeRank(a)) < (scores[b]!, articles[b]!, typeRank(b))
        }) else { return nil }
        if type == row.type { return row }
        return readings.filter { $0.type == type }.max { ($0.articles, $1.id) < ($1.articles, $0.id) }
    }

    /// How many plain readings one article's strong cue for a type outweighs (`dominantReading`).
    static let strongCueWeight = 4.0

    /// How strongly the corpus supports a reading: its articles, less for a one-word person
    /// (a club or company the tagger took for someone says "Chelsea" alone, a person is
    /// introduced in full somewhere), still less when no person of the corpus has it as a
    /// surname, and less for an unclassified reading; more for a country or union on the
    /// curated list read as a place or organisation.
    static func score(_ row: NameCache.Row, _ names: NameCache) throws -> Double {
        var s = Double(row.articles)
        switch row.type {
        case NameCache.person:
            if row.words.count == 1 { s *= try names.isSurname(row.key) ? 0.35 : 0.15 }
            if NameEquivalents.isKnown(row.key) { s *= 0.2 }
        case NameCache.other:
            s *= 0.5
        default:
            if NameEquivalents.isKnown(row.key) { s *= 2 }
        }
        return s
    }

    /// Ties between readings go to places, then organisations, people, and unclassified last.
    static func typeRank(_ type: Int) -> Int {
        switch type {
        case NameCache.place: return 3
        case NameCache.organization: return 2
        case NameCache.person: return 1
        default: return 0
        }
    }

    /// Whether a weaker reading is a different thing of the same name (Liverpool the club and
    /// the city): both typed, neither a bare one-word "person", the weaker at least a quarter
    /// as strong, each with three articles or more, and most of each in a different section.
    static func standsApart(_ row: NameCache.Row, from dominant: NameCache.Row, _ names: NameCache) throws -> Bool {
        guard row.type != NameCache.other, dominant.type != NameCache.other, row.type != dominant.type,
            !(row.type == NameCache.person && row.words.count == 1), !(dominant.type == NameCache.person && dominant.words.count == 1),
            row.articles >= 3, dominant.articles >= 3, try score(row, names) * 4 >= score(dominant, names)
        else { return false }
        guard let mine = try names.mainSection(row.id), let theirs = try names.mainSection(dominant.id) else { return false }
        return mine != theirs
    }

    /// One candidate entity for a short name: how many articles its matching names have, and
    /// what speaks for the link.
    struct Candidate {
        var top: Int64
        var weight = 0
        /// Some article called this person by the bare surname.
        var attested = false
        /// The short form names more than a surname (initials, a given name, a compound surname).
        var specific = false
        /// The candidate's names that match the short form.
        var names: [Int64] = []
    }

    /// A person's link: to the full name the short form is, when one candidate dominates.
    static func linkPerson(_ row: NameCache.Row, _ names: NameCache, attestedOnly: Bool = false) throws -> (Int64, Bool) {
        guard let last = row.words.last else { return (row.id, false) }
        if !attestedOnly, let within = try knownNameWithin(row, names) { return (within, false) }
        var byTop: [Int64: Candidate] = [:]
        for (id, derived) in try names.aliases(key: String(last)) where id != row.id {
            guard let m = try names.row(id), m.articles > 0, m.type == NameCache.person,
                let relation = PersonRelation.of(row.words, m.words)
            else { continue }
            if relation == .variant || relation == .slip {
                // Another spelling of the given name, used less, in the same part of the corpus;
                // a slip only in an article or two, beside a name three times as common.
                guard (m.articles, row.id) > (row.articles, m.id) else { continue }
                if relation == .slip, row.articles > 2 || m.articles < 3 * row.articles { continue }
                if let mine = try names.mainSection(row.id), let theirs = try names.mainSection(id), mine != theirs { continue }
            }
            // The last part of a double-barrelled surname is no short form of it: a line-up's
            // "Francis" is not Mark Lewis-Francis, unless a story called that person so.
            if relation == .surname, derived, try names.hasDoubleBarrelledSurname(id) { continue }
            // Initials in one sport's stories (a rugby line-up's "M Owen") name a player of that
            // sport, not a namesake named only in another's.
            if relation == .initials, let mine = row.sport, let theirs = m.sport, mine != theirs { continue }
            let top = try names.top(id)
            guard top != row.id else { continue }
            // A bare name kept by section weighs its candidates by their articles in that
            // section. (A fuller form, "S Jones", is kept by section too, but names its person
            // more clearly: its candidates weigh all their articles.)
            let weight = row.scope.isEmpty || row.words.count >= 2 ? m.articles : try names.sectionCounts(id)[row.scope] ?? 0
            guard weight > 0 else { continue }
            var c = byTop[top] ?? Candidate(top: top)
            c.weight += weight
            c.names.append(id)
            if relation == .surname, !derived { c.attested = true }
            if relation != .surname { c.specific = true }
            byTop[top] = c
        }
        // Only a plausible candidate counts: articles called that person by the short form, or
        // the form names more than a surname, or the person is not much rarer than the form.
        // (A mis-span seen once, "Language Oscar", neither takes a common name nor makes it ambiguous.)
        byTop = byTop.filter { _, c in
            attestedOnly ? (c.attested && c.weight >= row.articles) || c.weight >= 2 * row.articles
                : c.attested || c.specific || c.weight * 2 >= row.articles
        }
        if byTop.isEmpty, !attestedOnly, row.words.count == 1, let given = try givenNameOwner(row, names) { return (given, false) }
        let best: Candidate
        if let found = dominant(byTop) {
            best = found
        } else if let found = try onlyOneInRole(row, byTop, names) {
            // (Its articles named the role: that is evidence enough, in any section.)
            return (found.top, false)
        } else {
            return (row.id, !byTop.isEmpty)
        }
        // A bare surname or initials ("R Kelly") used mostly in one section of the corpus do not
        // go to someone never named there (a politics story's "Charles" is not the singer's, nor
        // a music story's "R Kelly" the minister Ruth Kelly).
        if row.words.count == 1 || row.words.dropLast().allSatisfy({ $0.count == 1 }), let section = try names.mainSection(row.id) {
            var there = 0
            for id in best.names { there += try names.sectionCounts(id)[section] ?? 0 }
            if there == 0 { return (row.id, false) }
        }
        // A bare name used more than the full name it would join must keep its company: its
        // stories name some of the rarer people, teams and places the full name's stories name
        // (the "Ronaldo" of Real Madrid stories is not Manchester United's Cristiano Ronaldo).
        if row.words.count == 1, row.articles > best.weight, try keepsOtherCompany(row, best, names) { return (row.id, false) }
        return (best.top, false)
    }

    /// Of candidates that share a short name evenly, the one whose walk of life its articles
    /// name ("President Vell" where Tomas Vell is a minister and Ida Vell a singer), when it is
    /// the only one with that role.
    static func onlyOneInRole(_ row: NameCache.Row, _ byTop: [Int64: Candidate], _ names: NameCache) throws -> Candidate? {
        let mine = try names.roles(row.id)
        guard mine != 0 else { return nil }
        var found: Candidate? = nil
        for c in byTop.values {
            var theirs = 0
            for id in c.names { theirs |= try names.roles(id) }
            guard theirs & mine != 0 else { continue }
            if found != nil { return nil }
            found = c
        }
        return found
    }

    /// The one person whose full name ends with a one-word name, when each article of the name
    /// names that person and no other of the surname: "I'm playing against Hewitt" taken for a
    /// team in a story about Lleyton Hewitt's final. (Across the corpus the surname may be
    /// shared; in its own story it is not.)
    static func personNamedBeside(_ row: NameCache.Row, _ names: NameCache) throws -> Int64? {
        guard let surname = row.words.first else { return nil }
        var found: Int64? = nil
        for article in try names.articles(ofName: row.id, limit: 3) {
            var here = Set<Int64>()
            for id in try names.names(inArticle: article) where id != row.id {
                // (The full name too may have been taken for something else there: its entity says who.)
                guard let m = try names.row(id), m.words.count >= 2, m.words.last == surname else { continue }
                let top = try names.top(id)
                guard try names.row(top)?.type == NameCache.person else { return nil }
                here.insert(top)
            }
            guard here.count == 1, let top = here.first, top != row.id, found == nil || found == top else { return nil }
            found = top
        }
        return found
    }

    /// The person a bare given name stands for ("Elvis"), when the name is no one's surname (in
    /// two articles or more: a one-off mis-span, "Early Elvis", does not count) and articles
    /// called exactly one person of the corpus by it beside the full name, in the bare name's
    /// section. Several such people ("Andy" for two players) leave it alone.
    static func givenNameOwner(_ row: NameCache.Row, _ names: NameCache) throws -> Int64? {
        guard let given = row.words.first else { return nil }
        var owners = Set<Int64>()
        var owner: Int64? = nil
        for (id, derived) in try names.aliases(key: row.key) where id != row.id {
            guard let m = try names.row(id), m.articles > 0, m.type == NameCache.person, m.words.count >= 2 else { continue }
            if m.words.last == given, m.articles >= 2 { return nil }
            guard !derived, m.words[0] == given else { continue }
            let top = try names.top(id)
            guard top != row.id else { continue }
            if owners.insert(top).inserted { owner = id }
        }
        guard owners.count == 1, let owner, let top = owners.first else { return nil }
        if let section = try names.mainSection(row.id), (try names.sectionCounts(owner)[section] ?? 0) == 0 { return nil }
        return top
    }

    /// The name with the same key in another section, left unlinked there too, with more
    /// articles than `row` (the most of all such), if any.
    static func unlinkedSibling(of row: NameCache.Row, _ names: NameCache) throws -> Int64? {
        var best: NameCache.Row? = nil
        for id in try names.ids(key: row.key) where id != row.id {
            guard let s = try names.row(id), s.type == row.type, s.articles > 0, s.link == s.id,
                (s.articles, row.id) > (row.articles, s.id), best.map({ (s.articles, $0.id) > ($0.articles, s.id) }) ?? true
            else { continue }
            best = s
        }
        return best?.id
    }

    /// The same full name in another section, with more articles than `row` (the most of all
    /// such), that is the same person: unless both were given roles (`PersonRoles`) and none
    /// is shared, as the Labour minister and the rugby captain of one name are. A namesake whose
    /// chain of links leads back to `row` is passed over.
    static func fullNameSibling(of row: NameCache.Row, _ names: NameCache) throws -> Int64? {
        let mine = try names.roles(row.id)
        var siblings: [NameCache.Row] = []
        for id in try names.ids(key: row.key) where id != row.id {
            guard let s = try names.row(id), s.type == row.type, s.articles > 0, (s.articles, row.id) > (row.articles, s.id) else { continue }
            siblings.append(s)
        }
        for s in siblings.sorted(by: { ($0.articles, $1.id) > ($1.articles, $0.id) }) {
            let theirs = try names.roles(s.id)
            if mine != 0, theirs != 0, mine & theirs == 0 { continue }
            if try playAnotherSport(row, s, names) { continue }
            guard try names.top(s.id) != row.id else { continue }
            return s.id
        }
        return nil
    }

    /// Whether two rows of one full name are two sportsmen: their stories are about different
    /// sports (`StorySport`), each row has three stories or more, and no other person or
    /// organisation is named in two stories of each (the footballer's stories name his club and
    /// teammates, the rugby player's his). A name in two sports' stories that keep the same
    /// company (a club's chairman, a pundit) is one person. Versions of one text
    /// (`DuplicateGroups.threshold`) are one story: copies would make one story's company look
    /// like a second one's.
    static func playAnotherSport(_ a: NameCache.Row, _ b: NameCache.Row, _ names: NameCache) throws -> Bool {
        guard let x = a.sport, let y = b.sport, x != y, a.articles >= 3, b.articles >= 3 else { return false }
        guard let mine = try names.company(of: a), let theirs = try names.company(of: b) else { return false }
        return mine.isDisjoint(with: theirs)
    }

    /// A person's name of an article or two that ends with the full name of someone the corpus
    /// names far more often, after words glued on in front ("Sceptic Kilroy-Silk", "Tory MP
    /// Boris Johnson"): that name.
    static func knownNameWithin(_ row: NameCache.Row, _ names: NameCache) throws -> Int64? {
        guard row.words.count >= 3, row.articles <= 2 else { return nil }
        for k in 1...(row.words.count - 2) {
            for id in try names.ids(key: row.words[k...].joined(separator: " ")) {
                guard let q = try names.row(id), q.type == NameCache.person, q.articles > 0 else { continue }
                let top = try names.top(id)
                guard top != row.id, let t = try names.row(top), t.articles >= 3 * row.articles else { continue }
                return id
            }
        }
        return nil
    }

    /// Whether a short name's articles keep other company than the candidate's: of its articles
    /// that name some person, organisation or place in few articles (a hundredth of the corpus
    /// at most), three or more,
    /// under a third name one the candidate's articles also name. No such articles, or none on
    /// the candidate's side, is no evidence either way.
    static func keepsOtherCompany(_ row: NameCache.Row, _ candidate: Candidate, _ names: NameCache) throws -> Bool {
        let rare = max(10, try names.articleCount() / 100)
        func company(ofArticle article: Int64) throws -> Set<Int64> {
            var out = Set<Int64>()
            for id in try names.names(inArticle: article) {
                let top = try names.top(id)
                // (Unclassified names, "Portuguese" or "Oscars", say little about who is meant.)
                guard top != candidate.top, top != row.id, let t = try names.row(top), t.articles <= rare, t.type != NameCache.other
                else { continue }
                out.insert(top)
            }
            return out
        }
        var theirs = Set<Int64>()
        for id in candidate.names {
            for article in try names.articles(ofName: id, limit: 200) { theirs.formUnion(try company(ofArticle: article)) }
        }
        guard !theirs.isEmpty else { return false }
        var withCompany = 0
        var shared = 0
        for article in try names.articles(ofName: row.id, limit: 60) {
            let mine = try company(ofArticle: article)
            guard !mine.isEmpty else { continue }
            withCompany += 1
            if !mine.isDisjoint(with: theirs) { shared += 1 }
        }
        return withCompany >= 3 && shared * 3 < withCompany
    }

    /// An organisation's, place's or unclassified name's link: an acronym to what it stands for,
    /// a short form to a fuller name at least as common.
    static func linkOther(_ row: NameCache.Row, _ names: NameCache) throws -> (Int64, Bool) {
        var byTop: [Int64: Candidate] = [:]
        for (id, _) in try names.aliases(key: row.key) where id != row.id {
            guard let m = try names.row(id), m.articles > 0, m.words.count > row.words.count else { continue }
            let acronym = row.words.count == 1 && isAcronym(row.key, of: m.words)
            let typeFits = m.type == row.type || row.type == NameCache.other
                || (acronym && m.type != NameCache.person && m.type != NameCache.other)
            // (A fuller name only as common is often a part of the short one's: `BBC News`.)
            guard typeFits, acronym || m.articles >= 3 * row.articles || isLegalForm(of: row.words, m.words) else { continue }
            let top = try names.top(id)
            guard top != row.id else { continue }
            var c = byTop[top] ?? Candidate(top: top)
            c.weight += m.articles
            byTop[top] = c
        }
        guard let best = dominant(byTop) else { return (row.id, byTop.count > 1) }
        return (best.top, false)
    }

    /// The candidate with the most articles, when it has at least three times as many as all the
    /// others together; nil when there is none or no candidate dominates.
    static func dominant(_ byTop: [Int64: Candidate]) -> Candidate? {
        let sorted = byTop.values.sorted { ($0.weight, $1.top) > ($1.weight, $0.top) }
        guard let best = sorted.first else { return nil }
        let rest = sorted.dropFirst().reduce(0) { $0 + $1.weight }
        guard rest == 0 || best.weight >= 3 * rest else { return nil }
        return best
    }

    /// Whether a one-word key is the initials of a name's words (`eu` for `european union`),
    /// with or without its small words.
    static func isAcronym(_ key: String, of words: [Substring]) -> Bool {
        let letters = Array(key)
        guard letters.count >= 2, letters.count <= words.count else { return false }
        if letters == words.compactMap(\.first) { return true }
        let content = words.filter { !smallWords.contains($0) }
        return letters == content.compactMap(\.first)
    }

    /// Whether `full` is `short` with a company's legal form or group word after it
    /// (`Greyfinch Group`, `Corvid plc`): the same company, whichever form is more used.
    static func isLegalForm(of short: [Substring], _ full: [Substring]) -> Bool {
        full.count == short.count + 1 && Array(full.prefix(short.count)) == short && legalForms.contains(full[full.count - 1])
    }

    private static let legalForms: Set<Substring> = [
        "plc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company", "group", "holdings", "llc",
        "ag", "sa", "nv", "gmbh", "spa", "bv", "ab", "asa", "se", "pty",
    ]

    private static let smallWords: Set<Substring> = ["of", "the", "and", "for", "de", "du", "des", "la", "le", "in", "on", "at", "to"]

    // MARK: - Groups

    /// Recomputes the entity of every group a touched name was or is in: its member of the
    /// group's type with a full name (for a person: given name and surname) used in the most
    /// articles. Returns the names whose entity changed.
    static func regroup(_ touched: Set<Int64>, _ names: NameCache) throws -> Set<Int64> {
        var members = Set<Int64>()
        var pendingRoots = Set<Int64>()
        var seenRoots = Set<Int64>()
        func add(_ id: Int64) throws {
            guard members.insert(id).inserted, let row = try names.row(id) else { return }
            if !seenRoots.contains(row.entity) { pendingRoots.insert(row.entity) }
            let top = try names.top(id)
            if let topRow = try names.row(top), !seenRoots.contains(topRow.entity) { pendingRoots.insert(topRow.entity) }
            if top != id { try add(top) }
        }
        for id in touched { try add(id) }
        while let root = pendingRoots.popFirst() {
            guard seenRoots.insert(root).inserted else { continue }
            try add(root)
            for id in try names.members(ofEntity: root) { try add(id) }
        }
        var groups: [Int64: [Int64]] = [:]
        for id in members { groups[try names.top(id), default: []].append(id) }
        var changed = Set<Int64>()
        for (top, ids) in groups {
            guard let topRow = try names.row(top) else { continue }
            let rows = try ids.compactMap { try names.row($0) }
            let best = rows.filter { $0.articles > 0 && $0.type == topRow.type }.max { a, b in
                (a.isFullForm ? 1 : 0, a.articles, b.id) < (b.isFullForm ? 1 : 0, b.articles, a.id)
            } ?? topRow
            // Of that name's rows (one per section), the oldest shows the group: the entity's id
            // then stays the same while a refresh adds articles to other sections, and a page
            // open on it keeps its mentions.
            let shown = rows.filter { $0.articles > 0 && $0.type == best.type && $0.key == best.key }.min { $0.id < $1.id } ?? best
            for row in rows where row.entity != shown.id {
                names.setEntity(row.id, shown.id)
                changed.insert(row.id)
            }
        }
        return changed
    }

    /// Gives each of two people of one full name a name of its own, so that `byline mentions`
    /// and the people view can tell them apart: the better-known keeps the name, the other
    /// shows its section or sport after it ("Gareth Thomas (politics)", "Ada Ode (rugby)") and
    /// answers to that too. A
    /// namesake that joins the other again loses the label.
    static func labelNamesakes(of touched: Set<Int64>, _ names: NameCache) throws {
        var keys = Set<String>()
        for id in touched {
            guard let row = try names.row(id), row.type == NameCache.person, row.words.count >= 2 else { continue }
            keys.insert(row.key)
        }
        for key in keys.sorted() {
            let rows = try names.ids(key: key).compactMap { try names.row($0) }.filter { $0.type == NameCache.person }
            // How many articles each entity's rows of the name have.
            var totals: [Int64: Int] = [:]
            for row in rows where row.articles > 0 { totals[row.entity, default: 0] += row.articles }
            for row in rows {
                // Shown for its entity, and another entity has the name in more articles.
                let mine = totals[row.entity] ?? 0
                let labelled = row.entity == row.id && mine > 0 && totals.contains { entity, n in
                    entity != row.entity && (n, row.entity) > (mine, entity)
                }
                try names.setLabel(row.id, labelled && !row.label.isEmpty ? row.label : nil)
            }
        }
    }

    // MARK: - Keys

    /// The keys of the shorter names a person's full name may stand for, which must be decided
    /// again when it appears or its weight changes: its surname and the words ending it
    /// (`waugh`, `kyi`, `suu kyi`), initials with the surname (`s waugh`, `g w bush`), and the
    /// name without its middle (`george bush`).
    static func shorterKeys(ofPerson key: String) -> Set<String> {
        let words = key.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return [] }
        var out = Set<String>()
        for k in 1..<words.count { out.insert(words[k...].joined(separator: " ")) }
        let givens = words.dropLast()
        out.insert("\(givens[givens.startIndex].prefix(1)) \(last)")
        out.insert((givens.map { String($0.prefix(1)) } + [String(last)]).joined(separator: " "))
        if words.count >= 3 { out.insert("\(words[0]) \(last)") }
        return out
    }

    static func words(_ key: String) -> Int {
        key.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
    }
}
