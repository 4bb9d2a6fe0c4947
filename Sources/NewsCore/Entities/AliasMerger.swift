/// Merges an article's mentions into entities: one entry per person, organisation or place.
///
/// Mentions with the same `EntityNames.aliasKey` form a group, whatever the tagger typed each
/// of them; groups are then taken fullest first, and a group that is a short form of an entity
/// already formed joins it: a surname or a person's name without its middle part; an acronym or
/// `U.S.` for `United States`; an organisation's leading words (`Greyfinch` for `Greyfinch
/// Shipping`, unless they name a place of their own, as `Merrowick` in `Merrowick City Council`)
/// or its trailing words (`Athletic` for `Merrowick Athletic`). A surname shared by two people
/// goes, mention by mention, to the one named most recently before it; a given name alone
/// (`Dele`) joins the one person of the article who has it.
///
/// Each entity then gets one type, weighed over all its mentions: a title before any mention
/// makes a person; a type fixed by a rule (a quoted title) stands; a name's head word decides
/// next (`… Brewery`, `… Street`); otherwise the tagger's labels and the context votes add up.
/// Its name is the fullest form.
public enum AliasMerger {
    public static func merge(_ mentions: [EntityMention]) -> [ArticleEntity] {
        // Each mention's text by id (`NameFacts`), so the name checks below hash no name again.
        let names = NameFacts(capacity: mentions.count)
        // (By index: a closure over each mention copied it.)
        let textIds = mentions.indices.map { names.id(mentions[$0].text) }
        // Group by key, in order of first appearance.
        // (Keys by id, given in order from 0: the group of key id `k` is group `k`; a
        // `Dictionary` of `String`s hashed each key, and grew, at every mention.)
        var groups: [Group] = []
        // (Room for a group a mention, the most there can be: grown a few times a merge, the
        // groups were copied each time.)
        groups.reserveCapacity(mentions.count)
        var keyIds = WordIds(capacity: mentions.count)
        // The group of each text, typed a person (odd slots) or not (even slots): the key is the
        // text's, with place equivalents unless a person's, so a text of one kind met again
        // joins the group it joined before without its key being hashed again (most mentions
        // repeat a spelling). -1 until met, -2 for a text of no key.
        var groupOfText = [Int](repeating: -1, count: 2 * names.count)
        // The members each group has, counted here and gathered below into one array, each
        // group's a slice of it: an array a group, grown a member at a time, was made and freed
        // at every merge.
        var memberEnds: [Int] = []
        memberEnds.reserveCapacity(mentions.count)
        // (By index: binding each mention copied it.)
        for index in mentions.indices {
            let slot = 2 * textIds[index] + (mentions[index].type == .person ? 1 : 0)
            let known = groupOfText[slot]
            if known >= 0 {
                memberEnds[known] += 1
                continue
            }
            if known == -2 { continue }
            // (The plain key first, kept for the group its mention founds: `Group.plainKey`. It
            // is the person key of the text, found once a spelling: most mentions repeat one.)
            let plain = names.key(textIds[index], type: .person)
            // (`groupKey(type, plainKey: plain)`, knowing whether a place equivalent replaced the
            // plain key: the group's facts are the plain key's when none did.)
            let equivalent = EntityNames.equivalent(ofPlainKey: plain, type: mentions[index].type == .person ? .person : .place)
            let key = equivalent ?? plain
            guard !key.isEmpty else {
                groupOfText[slot] = -2
                continue
            }
            let k = keyIds.id(key)
            if k == groups.count {
                groups.append(Group(key: key, plainKey: plain, members: [], keyIsPlain: equivalent.map { ExactText.sameBytes($0, plain) } ?? true))
                memberEnds.append(0)
            }
            groupOfText[slot] = k
            memberEnds[k] += 1
        }
        // (Each group's count made the start of its slice, then each mention placed, in order,
        // at its group's next place, which leaves there the slice's end.)
        var memberCount = 0
        for g in memberEnds.indices {
            let count = memberEnds[g]
            memberEnds[g] = memberCount
            memberCount += count
        }
        var memberArena = [Int](repeating: 0, count: memberCount)
        for index in mentions.indices {
            let g = groupOfText[2 * textIds[index] + (mentions[index].type == .person ? 1 : 0)]
            guard g >= 0 else { continue }
            memberArena[memberEnds[g]] = index
            memberEnds[g] += 1
        }
        for g in groups.indices {
            groups[g].members = memberArena[(g == 0 ? 0 : memberEnds[g - 1])..<memberEnds[g]]
            groups[g].settle(mentions)
            groups[g].textId = textIds[groups[g].members.first!]
            // (A person's key is the plain key: the group's words are the name's key words.)
            names.setPersonKey(groups[g].textId, groups[g].plainKey, wordCount: groups[g].plainWordCount, length: groups[g].plainKeyLength)
        }

        // The keys' words by id (equal ids, equal words), each interned once here: the checks
        // below compare words of every group with words of every entity, and the entities' index
        // by word (`clustersWithWord`) looks them up, so hashing them as `String`s there cost more
        // than the checks. (The key's first word again only where a place equivalent replaced it.)
        var wordIds = WordIds(capacity: groups.count * 2)
        // (All groups' word ids in one array, each group's a slice of it, taken once the array is
        // full: an array a group was made and freed at every merge.)
        var wordIdArena: [Int] = []
        wordIdArena.reserveCapacity(groups.count * 2)
        for g in groups.indices { groups[g].plainIsASCII = appendWordIds(ofKey: groups[g].plainKey, to: &wordIdArena, &wordIds) }
        var arenaStart = 0
        for g in groups.indices {
            let end = arenaStart + groups[g].plainWordCount
            groups[g].plainWordIds = wordIdArena[arenaStart..<end]
            arenaStart = end
            if groups[g].keyWordCount > 0 {
                // (The key's first word is the plain key's when the keys have the same bytes.)
                groups[g].firstKeyWordId =
                    groups[g].keyIsPlain ? groups[g].plainWordIds.first! : wordIds.id(String(EntityNames.words(ofKey: groups[g].key)[0]))
            }
        }

        // A word that opens two or more different names ("Merrowick City Council", "Merrowick
        // Port Authority") is a place they are named after, not a short form of either.
        // (Counted: each group has a key of its own, so the names a word opens are its groups.)
        // (By word id; a key with a space is no word, so only a one-word key is looked up.)
        var openers = [Int](repeating: 0, count: wordIds.count)
        // (By index: walking the groups themselves copied each one.)
        for g in groups.indices where EntityNames.containsSpace(groups[g].key) {
            openers[groups[g].firstKeyWordId] += 1
        }

        // Fullest groups first (more words, then more letters, then earlier), so short forms
        // find the full name whatever the order in the text.
        let order = groups.indices.sorted { a, b in
            let wa = groups[a].keyWordCount
            let wb = groups[b].keyWordCount
            if wa != wb { return wa > wb }
            if groups[a].keyLength != groups[b].keyLength { return groups[a].keyLength > groups[b].keyLength }
            return groups[a].members.first! < groups[b].members.first!
        }

        // Pairs are many (every group against every entity formed before it); the strings each
        // check derives are derived once per merge.
        var clusters: [Cluster] = []
        clusters.reserveCapacity(groups.count)
        // The entities each key word occurs in: a group can only join an entity that has its
        // first word (or, as an acronym, enough words), so only those are checked.
        // (By the key word's id: hashing each word as a `Substring` cost more than the checks.)
        // (One `EntitiesByWord` for the merge: an array a word was made, grown and freed.)
        var clustersWithWord = EntitiesByWord(wordCount: wordIds.count, capacity: groups.count * 2)
        func indexKey(_ c: Int, _ k: Int) {
            for w in groups[clusters[c].forms[k].group].plainWordIds { clustersWithWord.add(c, word: w) }
        }
        // The entities with a group's first word, latest first (`joinCandidates` only marks
        // them), in a buffer kept for the merge.
        var withFirstWord: [Int] = []
        withFirstWord.reserveCapacity(groups.count)
        // The entities a group may join, and the marks `joinCandidates` sorts them by, made once
        // for the merge: three arrays a group (the candidates, their marks, those that pass) were
        // made and freed for every group of every article.
        var candidates: [Int] = []
        candidates.reserveCapacity(groups.count)
        var marked: [Bool] = []
        for g in order {
            // (The group read in place: copying it out cost more than most of its checks.)
            let placeLike = groups[g].keyWordCount == 1 && openers[groups[g].firstKeyWordId] >= 2
            withFirstWord.removeAll(keepingCapacity: true)
            if let w = groups[g].plainWordIds.first { clustersWithWord.appendEntities(word: w, to: &withFirstWord) }
            joinCandidates(groups, g, clusters, withFirstWord, into: &candidates, marks: &marked)
            // (The candidates that can join kept in order, in place: `removeAll(where:)`'s closure
            // over the merge's arrays checked each access to them, some hundred instructions a
            // candidate.)
            var kept = 0
            for k in candidates.indices where canJoin(groups, g, clusters, candidates[k], mentions, placeLike: placeLike, names) {
                candidates[kept] = candidates[k]
                kept += 1
            }
            candidates.removeLast(candidates.count - kept)
            if candidates.isEmpty {
                // (Made in place: an entity made aside was copied into the array, and destroyed.)
                clusters.append(Cluster(type: groups[g].type, name: mentions[groups[g].members.first!].text, nameId: groups[g].textId, group: g))
                let c = clusters.count - 1
                clusters[c].takeFounding(groups[g].members, mentions)
                clusters[c].foundingCount = groups[g].members.count
                indexKey(c, 0)
                continue
            }
            // Each mention joins the candidate named most recently before it (else the first named),
            // among those whose titles so far do not give the other gender ("Mr Ellis" after "Ms Ellis").
            for m in groups[g].members {
                let start = mentions[m].range.lowerBound
                var pool = candidates
                if let g = mentions[m].title.flatMap(PersonTitles.gender(ofTitle:)) {
                    let fitting = candidates.filter { c in
                        let titles = Set(clusters[c].members.compactMap { mentions[$0].title.flatMap(PersonTitles.gender(ofTitle:)) })
                        return titles.isEmpty || titles.contains(g)
                    }
                    if !fitting.isEmpty { pool = fitting }
                }
                var best = pool[0]
                var bestPosition = Int.min
                for c in pool {
                    var before = Int.min
                    for member in clusters[c].members {
                        let position = mentions[member].range.lowerBound
                        if position < start, position > before { before = position }
                    }
                    if before > bestPosition {
                        best = c
                        bestPosition = before
                    }
                }
                if bestPosition == Int.min {
                    best = pool.min { firstPosition(clusters[$0].members, mentions) < firstPosition(clusters[$1].members, mentions) }!
                }
                clusters[best].take(m, mentions)
                let keyCount = clusters[best].forms.count
                clusters[best].add(textIds[m], group: g, names)
                if clusters[best].forms.count > keyCount { indexKey(best, keyCount) }
            }
        }
        joinOtherScripts(&clusters, mentions, names)
        joinGivenNames(&clusters, groups, mentions, names)

        var entities: [ArticleEntity] = []
        entities.reserveCapacity(clusters.count)
        for c in clusters.indices where !clusters[c].members.isEmpty {
            // (By index, the clusters and each member's mention: copying them out cost more than
            // reading their fields.)
            // (Members already in text order, as most entities' are, are taken as they are: sorting
            // them, stably, gives the same order in a new array.)
            let members = clusters[c].members
            let inOrder = zip(members, members.dropFirst()).allSatisfy { mentions[$0].range.lowerBound <= mentions[$1].range.lowerBound }
            let ms = inOrder ? members : ArraySlice(members.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound })
            // An entity of one group's mentions, in the order that group voted over, has the type
            // that vote gave (`vote(ms, fallback: vote(ms))` is `vote(ms)`): not voted again.
            let type =
                clusters[c].members.count == clusters[c].foundingCount && ms == clusters[c].members
                ? clusters[c].type : vote(ms, of: mentions, fallback: clusters[c].type)
            let name = fullestName(ms, of: mentions)
            var aliases = [name]
            for m in ms where !aliases.contains(mentions[m].text) { aliases.append(mentions[m].text) }
            let gender = type == .person ? genderVote(ms, of: mentions) : nil
            entities.append(
                ArticleEntity(
                    name: name, type: type, aliases: aliases, mentions: ms.map { mentions[$0].range }, gender: gender,
                    strongCues: strongCues(ms, of: mentions)))
        }
        // (Sorted in place: `sorted` copied every entity, strings and arrays, into a new array
        // first, and sorts the copy the same way.)
        entities.sort { a, b in
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            return (a.mentions.first?.lowerBound ?? 0) < (b.mentions.first?.lowerBound ?? 0)
        }
        return entities
    }

    struct Group {
        var key: String
        /// Its mentions, in order (a slice of the merge's one array of members).
        var members: ArraySlice<Int>
        var type: EntityType = .other
        /// The `NameFacts` id of its first mention's text.
        var textId = 0
        /// The alias key of its first mention's text, without place equivalents.
        var plainKey = ""
        /// Characters in `plainKey`, and in its first mention's text.
        var plainKeyLength = 0
        /// Facts `canJoin` asks of the group against every entity, found once (`settle`): the
        /// words of `key` and of `plainKey` (as `EntityNames.words(ofKey:)` splits them), and the
        /// characters of `key`.
        /// (Counted, not kept: an array of words a group was made and freed at every merge; the
        /// checks compare the words by id.)
        var keyWordCount = 0
        var keyLength = 0
        var plainWordCount = 0
        /// The ids of the plain key's words in the merge's `WordIds` (a slice of the merge's one
        /// array of them).
        var plainWordIds: ArraySlice<Int> = []
        /// Whether `plainKey` is plain ASCII, its word ids found from its bytes (`appendWordIds`).
        var plainIsASCII = false
        /// Whether `key` has the bytes of `plainKey` (no place equivalent replaced it).
        let keyIsPlain: Bool
        /// The id of the first word of `key` in the merge's `WordIds` (0 for a key of no words).
        var firstKeyWordId = 0
        /// Its first mention's text looks like an acronym ("NATO", "MoD").
        var acronymLike = false
        /// Its first mention's text is plain ASCII whose letters fail the checks of a mixed-case
        /// acronym (`asciiMixedCaseShape` is false): it is no short form `isMixedCaseAcronym`
        /// finds, whatever the entity. (Found once: `canJoin` asked it of every entity's forms.)
        var notMixedCaseAcronym = false
        var firm: EntityType? = nil
        var hasTitle = false
        var nameType: EntityType? = nil
        /// The context calls some mention a place.
        var placeVoted = false

        init(key: String, plainKey: String, members: ArraySlice<Int>, keyIsPlain: Bool) {
            self.key = key
            self.plainKey = plainKey
            self.members = members
            self.keyIsPlain = keyIsPlain
        }

        /// Fills in the type and the facts derived from the members, once they are all known.
        mutating func settle(_ mentions: [EntityMention]) {
            type = vote(members, of: mentions)
            let short = mentions[members.first!].text
            // (The plain key's words and characters counted in one pass over its bytes when it
            // is plain ASCII: two walks over it were a tenth of the groups' cost.)
            if let shape = EntityNames.asciiKeyShape(plainKey) {
                plainWordCount = shape.words
                plainKeyLength = shape.length
            } else {
                plainWordCount = EntityNames.wordCount(ofKey: plainKey)
                plainKeyLength = EntityNames.characterCount(plainKey)
            }
            // (The same bytes, the same counts: most keys are their plain keys.)
            keyWordCount = keyIsPlain ? plainWordCount : EntityNames.wordCount(ofKey: key)
            keyLength = keyIsPlain ? plainKeyLength : EntityNames.characterCount(key)
            acronymLike = AliasMerger.isAcronymLike(short)
            notMixedCaseAcronym = acronymLike && AliasMerger.asciiMixedCaseShape(short) == false
            // (The first fixed type and name type, and whether any title or place vote, in one
            // pass reading the fields: the lazy filters over the members copied each mention's
            // evidence out and destroyed it again.)
            firm = nil
            nameType = nil
            hasTitle = false
            placeVoted = false
            for m in members {
                if firm == nil { firm = mentions[m].evidence.firm }
                if nameType == nil { nameType = mentions[m].evidence.nameType }
                if mentions[m].title != nil { hasTitle = true }
                if (mentions[m].evidence.votes[.place] ?? 0) > 0 { placeVoted = true }
            }
        }
    }

    /// `!EntityNames.containsSpace(short) && looksLikeAcronym(short)`, read in one pass over the
    /// bytes of a plain-ASCII text without a carriage return (each byte a `Character`).
    static func isAcronymLike(_ short: String) -> Bool {
        let answer = short.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var capitals = 0
            var space = false
            for x in b {
                if x >= 0x80 || x == 0x0D { return nil }
                if x == 0x20 { space = true }
                if x >= 0x41 && x <= 0x5A { capitals += 1 }
            }
            return !space && capitals >= 2 && b.count <= 10
        }
        return (answer ?? nil) ?? (!EntityNames.containsSpace(short) && looksLikeAcronym(short))
    }

    /// Two capitals or more in at most ten characters, counted on bytes for plain ASCII (no
    /// carriage return, the one pair of ASCII scalars that is one character), by `Character`
    /// otherwise.
    static func looksLikeAcronym(_ short: String) -> Bool {
        // (On the contiguous bytes when there are any, as `asciiRank`; nil for a name that is
        // not plain ASCII.)
        func ascii<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool? {
            var capitals = 0
            var length = 0
            for b in bytes {
                if b >= 0x80 || b == 0x0D { return nil }
                if b >= 0x41 && b <= 0x5A { capitals += 1 }
                length += 1
            }
            return capitals >= 2 && length <= 10
        }
        let answer = short.utf8.withContiguousStorageIfAvailable { ascii($0) } ?? ascii(short.utf8)
        return answer ?? characterLooksLikeAcronym(short)
    }

    /// `looksLikeAcronym` read by `Character`s, for a name that is not plain ASCII: out of line,
    /// because the `Character` case tests look up the Unicode tables, whose resilient types a
    /// function inlining them sets up room for at every call, ASCII or not.
    @inline(never)
    static func characterLooksLikeAcronym(_ short: String) -> Bool {
        short.filter(\.isUppercase).count >= 2 && short.count <= 10
    }

    /// A form an entity has taken in: its text's `NameFacts` id, and the group it came with
    /// (whose key, words and word ids are the form's).
    struct Form {
        let nameId: Int
        let group: Int
    }

    /// An entity's forms, the founding one first and held in place: most entities never take
    /// in another, and an array of one form was made and freed for each.
    struct Forms: RandomAccessCollection {
        let founding: Form
        private var more: [Form] = []

        init(founding: Form) { self.founding = founding }

        var startIndex: Int { 0 }
        var endIndex: Int { 1 + more.count }
        subscript(k: Int) -> Form { k == 0 ? founding : more[k - 1] }

        mutating func append(_ form: Form) { more.append(form) }
    }

    struct Cluster {
        private(set) var members: ArraySlice<Int> = []
        /// The type of the group that founded it.
        var type: EntityType
        /// Its fullest name (the founding group's), and the name's `NameFacts` id.
        var name: String
        let nameId: Int
        /// Every form it has taken in, first the founding one.
        /// (One collection of ids: the forms' texts, keys and words in arrays of their own were five
        /// arrays an entity to make and free.)
        private(set) var forms: Forms
        /// How many members the founding group brought (its type is their vote).
        var foundingCount = 0
        /// Whether a rule fixed the type of any member.
        private(set) var hasFirm = false
        /// The type the words of its first member that has one give.
        private(set) var nameType: EntityType? = nil

        /// An entity founded by the form `name` (id `nameId`) of group `group`.
        init(type: EntityType, name: String, nameId: Int, group: Int) {
            self.type = type
            self.name = name
            self.nameId = nameId
            forms = Forms(founding: Form(nameId: nameId, group: group))
        }

        /// Takes in mention `m` as a member.
        mutating func take(_ m: Int, _ mentions: [EntityMention]) {
            members.append(m)
            if mentions[m].evidence.firm != nil { hasFirm = true }
            if nameType == nil { nameType = mentions[m].evidence.nameType }
        }

        /// Takes in `members`, in order, as the members of an entity that has none yet: as many
        /// `take`s would, but sharing the founding group's array rather than growing one of
        /// its own a member at a time (most entities never take another member).
        mutating func takeFounding(_ founders: ArraySlice<Int>, _ mentions: [EntityMention]) {
            precondition(members.isEmpty, "an entity is founded once")
            members = founders
            for m in founders {
                if mentions[m].evidence.firm != nil { hasFirm = true }
                if nameType == nil { nameType = mentions[m].evidence.nameType }
            }
        }

        /// Takes in every member of `other`, which is left empty.
        mutating func absorb(_ other: inout Cluster, _ mentions: [EntityMention], _ names: NameFacts) {
            for m in other.members { take(m, mentions) }
            for form in other.forms { add(form.nameId, group: form.group, names) }
            other.members = []
        }

        /// Takes in the form of text id `nameId` of group `group`, unless it has a form of that
        /// text (by `String` equality, as the texts were compared before they had ids).
        mutating func add(_ nameId: Int, group: Int, _ names: NameFacts) {
            let name = names.name(nameId)
            guard !forms.contains(where: { $0.nameId == nameId || names.name($0.nameId) == name }) else { return }
            forms.append(Form(nameId: nameId, group: group))
        }
    }

    /// The key a mention groups by: its alias key, with place equivalents (`US`, `U.S.`).
    static func groupKey(_ m: EntityMention) -> String {
        EntityNames.aliasKey(m.text, type: m.type == .person ? .person : .place)
    }

    /// `groupKey(m)` of a mention of type `type`, given `plainKey`, `EntityNames.aliasKey(m.text)`.
    static func groupKey(_ type: EntityType, plainKey: String) -> String {
        EntityNames.aliasKey(plainKey: plainKey, type: type == .person ? .person : .place)
    }

    static func firstPosition(_ members: ArraySlice<Int>, _ mentions: [EntityMention]) -> Int {
        members.map { mentions[$0].range.lowerBound }.min() ?? 0
    }

    /// The entities, in order, for which `canJoin` can say yes to group `groups[g]`: those with a key that holds the
    /// group's first word (`withFirstWord`), or, for a one-word group that could be an acronym,
    /// a key of as many words as it has letters; every entity when the group's text looks like
    /// an acronym (or has no words). Any other entity has no key `canJoin` finds related to the
    /// group.
    static func joinCandidates(_ groups: [Group], _ g: Int, _ clusters: [Cluster], _ withFirstWord: [Int]) -> [Int] {
        var pool: [Int] = []
        var marks: [Bool] = []
        joinCandidates(groups, g, clusters, withFirstWord, into: &pool, marks: &marks)
        return pool
    }

    /// `joinCandidates(groups, g, clusters, withFirstWord)` written into `pool` (emptied first),
    /// with `marks` a scratch array the caller keeps between calls (all false between them).
    static func joinCandidates(
        _ groups: [Group], _ g: Int, _ clusters: [Cluster], _ withFirstWord: [Int], into pool: inout [Int], marks marked: inout [Bool]
    ) {
        pool.removeAll(keepingCapacity: true)
        if groups[g].acronymLike || groups[g].plainWordCount == 0 {
            pool.append(contentsOf: clusters.indices)
            return
        }
        // (Marked by index, then read in order: a `Set` to sort cost more than the few entities.)
        let acronymSized = groups[g].plainWordCount == 1 && groups[g].plainKeyLength >= 2
        if !acronymSized && withFirstWord.isEmpty { return }
        if marked.count < clusters.count { marked.append(contentsOf: repeatElement(false, count: clusters.count - marked.count)) }
        for c in withFirstWord { marked[c] = true }
        if acronymSized {
            let letters = groups[g].plainKeyLength
            for c in clusters.indices where !marked[c] && clusters[c].forms.contains(where: { groups[$0.group].plainWordCount >= letters }) { marked[c] = true }
        }
        // (Each mark cleared as it is read, for the next call.)
        for c in clusters.indices where marked[c] {
            pool.append(c)
            marked[c] = false
        }
    }

    /// Whether group `groups[g]` is a short form of entity `clusters[c]`. (Both name their
    /// mentions by index, and both are read in place: copying the mentions, the group or the
    /// entity out cost more than most checks.)
    static func canJoin(
        _ groups: [Group], _ g: Int, _ clusters: [Cluster], _ c: Int, _ mentions: [EntityMention], placeLike: Bool, _ names: NameFacts
    ) -> Bool {
        // Most pairs share no word and are no acronym of each other: rule them out cheaply.
        // (Words compared by id: equal ids, equal words.)
        let shortIds = groups[g].plainWordIds
        let acronymLike = groups[g].acronymLike
        let oneWordOfLetters = shortIds.count == 1 && groups[g].plainKeyLength >= 2
        func related(_ k: Int) -> Bool {
            let fullIds = groups[clusters[c].forms[k].group].plainWordIds
            // An acronym has a letter a word, give or take the small words ("Nato").
            let acronymSized = oneWordOfLetters && groups[g].plainKeyLength <= fullIds.count
            return acronymLike || acronymSized || shortIds.allSatisfy(fullIds.contains)
        }
        // (A fixed type is asked first: it rules the pair out whatever the words.)
        if groups[g].firm != nil || clusters[c].hasFirm { return false }
        guard clusters[c].forms.indices.contains(where: related) else { return false }
        let short = mentions[groups[g].members.first!].text
        let hasTitle = groups[g].hasTitle
        let shortNameType = groups[g].nameType
        let clusterNameType = clusters[c].nameType

        if clusters[c].type == .person {
            guard shortNameType == nil else { return false }
            // "Prince Charles" beside "Charles Ode": a royal's given name under a rank names
            // someone else than the commoner who shares it.
            // (Unless the full name takes the rank too: "Prince Naseem Hamed".)
            if shortIds.count == 1, let surname = groups[clusters[c].forms[0].group].plainWordIds.last, shortIds.first! != surname, groups[g].members.contains(where: { hasRank(mentions[$0]) }),
                !clusters[c].members.contains(where: { hasRank(mentions[$0]) })
            {
                return false
            }
            // (A person's alias key has no place equivalents: the keys are the plain ones.)
            return names.isShortForm(groups[g].textId, of: clusters[c].nameId, type: .person)
        }
        // A surname with a title, or called a person, inside a name the tagger typed otherwise
        // ("Viktor Orlov" as an organisation, then "Mr Orlov"): the name is a person's.
        if hasTitle || groups[g].type == .person, clusterNameType == nil, shortNameType == nil,
            (2...3).contains(names.wordCount(clusters[c].nameId)),
            names.isShortForm(groups[g].textId, of: clusters[c].nameId, type: .person)
        {
            return true
        }
        let type = clusterNameType ?? clusters[c].type
        if hasTitle || (shortNameType != nil && shortNameType != type) { return false }
        // A place of its own: the word opens several names, or the context calls it a place.
        let placeLike = placeLike || (groups[g].type == .place && groups[g].placeVoted)
        for k in clusters[c].forms.indices where related(k) {
            let form = clusters[c].forms[k]
            let full = names.name(form.nameId)
            // (The short form's length counted only here, where a one-word full form needs it.)
            guard names.hasSpace(form.nameId) || EntityNames.characterCount(full) > EntityNames.characterCount(short) else { continue }
            let fIds = groups[form.group].plainWordIds
            let wordPrefix = shortIds.count < fIds.count && fIds.starts(with: shortIds)
            if !wordPrefix, names.isShortForm(groups[g].textId, of: form.nameId, type: type == .other ? .place : type) {
                return true  // an acronym or an equivalent
            }
            if acronymLike, !groups[g].notMixedCaseAcronym, isMixedCaseAcronym(short, keyWords: { names.keyWords(form.nameId, type: .person) }) {
                return true
            }
            guard type == .organization, shortIds.count < fIds.count,
                introduced(full, before: groups[g].members, in: clusters[c].members, mentions)
            else { continue }
            // (The words as strings only here, where few pairs get: the groups keep their ids.)
            if wordPrefix, joinedLength(groups[g].plainKey) >= 3, !placeLike || shortIds.count >= 2 {
                return true
            }
            if fIds.suffix(shortIds.count).elementsEqual(shortIds), joinedLength(groups[g].plainKey) >= 4, groups[g].type != .place,
                !EntityNames.words(ofKey: groups[form.group].plainKey).contains(where: { $0 == "of" || $0 == "for" }),
                !FunctionWords.closedClass.contains(groups[g].plainKey)
            {
                return true
            }
        }
        return false
    }

    /// `EntityNames.characterCount` of the words of `key` joined without their spaces.
    static func joinedLength(_ key: String) -> Int {
        EntityNames.characterCount(EntityNames.words(ofKey: key).joined())
    }

    /// Appends the ids in `wordIds` of the words of `key`, as `EntityNames.words(ofKey:)` splits
    /// them, to `ids`: on the bytes when the key is plain ASCII (where a space byte is a space
    /// `Character`, and no other byte is), without making the words. Returns whether it was.
    @discardableResult
    static func appendWordIds(ofKey key: String, to ids: inout [Int], _ wordIds: inout WordIds) -> Bool {
        let done = key.utf8.withContiguousStorageIfAvailable { b -> Bool in
            for x in b where x >= 0x80 { return false }
            var start = 0
            for k in 0...b.count where k == b.count || b[k] == 0x20 {
                if start < k {
                    let word = UnsafeBufferPointer(rebasing: b[start..<k])
                    ids.append(wordIds.asciiId(hashed: WordIds.hash(ascii: word), word).id)
                }
                start = k + 1
            }
            return true
        }
        if done == true { return true }
        for word in EntityNames.words(ofKey: key) { ids.append(wordIds.id(String(word))) }
        return false
    }

    /// Whether the story names `full` before it first uses the short form in its body's own words
    /// (a headline, standfirst or caption, or a quotation, may use the short form first): the
    /// short form's mentions are `short`, the entity's `members`, indices into `mentions`.
    static func introduced(_ full: String, before short: ArraySlice<Int>, in members: ArraySlice<Int>, _ mentions: [EntityMention]) -> Bool {
        var firstShort = Int.max
        for m in short where !mentions[m].evidence.beforeBody && !mentions[m].evidence.inQuote {
            firstShort = min(firstShort, mentions[m].range.lowerBound)
        }
        guard firstShort < Int.max else { return true }
        var firstFull = Int.max
        for m in members where mentions[m].text == full { firstFull = min(firstFull, mentions[m].range.lowerBound) }
        return firstFull < firstShort
    }

    /// "MoD" for "Ministry of Defence": an acronym whose lower-case letters stand for the small
    /// words the usual acronym skips.
    static func isMixedCaseAcronym(_ short: String, of full: String) -> Bool {
        isMixedCaseAcronym(short) { EntityNames.aliasKey(full).splitAtSpaces() }
    }

    /// `isMixedCaseAcronym(short, of: full)`, given `keyWords`, which gives
    /// `EntityNames.aliasKey(full).splitAtSpaces()` (asked only when the letters pass).
    static func isMixedCaseAcronym(_ short: String, keyWords: () -> [Substring]) -> Bool {
        // Nearly every short form asked about fails the letter checks: on plain ASCII, read them
        // from the bytes before filtering and counting `Character`s.
        switch asciiMixedCaseShape(short) {
        case false?: return false
        case true?:
            // (Plain ASCII that passed: the letters are the bytes but full stops, each its own
            // `Character`, and their checks are the shape's.)
            let words = keyWords()
            var k = 0
            for b in short.utf8 where b != 0x2E {
                guard k < words.count, words[k].first == Character(Unicode.Scalar(b | 0x20)) else { return false }
                k += 1
            }
            return k == words.count
        case nil: return characterMixedCaseAcronym(short, keyWords: keyWords)
        }
    }

    /// `isMixedCaseAcronym` read by `Character`s, for a form that is not plain ASCII: out of
    /// line, as `characterLooksLikeAcronym`.
    @inline(never)
    static func characterMixedCaseAcronym(_ short: String, keyWords: () -> [Substring]) -> Bool {
        let letters = short.filter { $0 != "." }
        guard letters.count >= 2, letters.count <= 8, letters.allSatisfy(\.isLetter), letters.first!.isUppercase,
            letters.contains(where: \.isLowercase), letters.filter(\.isUppercase).count >= 2
        else { return false }
        let words = keyWords()
        guard words.count == letters.count else { return false }
        return zip(letters, words).allSatisfy { l, w in w.first.map { String($0) == l.lowercased() } ?? false }
    }

    /// `isMixedCaseAcronym`'s checks of the short form's letters (dots aside: two to eight, all
    /// letters, the first a capital, some small, two capitals or more), read from the bytes of a
    /// plain-ASCII form, where each byte is a `Character`; nil for any other form, and for one
    /// with a carriage return ("\r\n" is one `Character`).
    static func asciiMixedCaseShape(_ short: String) -> Bool? {
        // (On the contiguous bytes when there are any, as `asciiRank`.)
        if let shape = short.utf8.withContiguousStorageIfAvailable({ asciiMixedCaseShape(bytes: $0) }) { return shape }
        return asciiMixedCaseShape(bytes: short.utf8)
    }

    /// `asciiMixedCaseShape` of a short form's UTF-8 bytes.
    @inline(__always)
    private static func asciiMixedCaseShape<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool? {
        var count = 0
        var capitals = 0
        var small = false
        var firstCapital = false
        for b in bytes {
            if b >= 0x80 || b == 0x0D { return nil }
            if b == 0x2E { continue }
            let capital = b >= 0x41 && b <= 0x5A
            let lower = b >= 0x61 && b <= 0x7A
            if !capital && !lower { return false }
            if count == 0 { firstCapital = capital }
            count += 1
            if capital { capitals += 1 } else { small = true }
        }
        return count >= 2 && count <= 8 && firstCapital && small && capitals >= 2
    }

    /// A name written in another script beside a name ("Misaki Tanaka (田中 美咲)") joins that
    /// name's entity.
    static func joinOtherScripts(_ clusters: inout [Cluster], _ mentions: [EntityMention], _ names: NameFacts) {
        for c in clusters.indices where !clusters[c].members.isEmpty {
            // (Every member asked first: when all have a name in another script, the first
            // member's is the first of them, without an array of them made for every entity.)
            guard clusters[c].members.allSatisfy({ mentions[$0].sameAs != nil }),
                let same = mentions[clusters[c].members.first!].sameAs,
                let target = clusters.indices.first(where: { o in
                    o != c && clusters[o].members.contains { mentions[$0].text == same && mentions[$0].sameAs == nil }
                })
            else { continue }
            var source = clusters[c]
            clusters[target].absorb(&source, mentions, names)
            clusters[c] = source
        }
    }

    /// Whether a mention in the story proper has a rank of royalty or nobility before it
    /// ("Prince", "Duchess"). (A headline may give a fighter his ring name, "PRINCE NASEEM".)
    static func hasRank(_ m: EntityMention) -> Bool {
        !m.evidence.beforeBody && (m.title.map { PersonTitles.nobility.contains(PersonTitles.normalised($0)) } ?? false)
    }

    /// A one-word name the tagger calls a person ("Dele", "Sir Digby", "President Xi") that opens the
    /// name of exactly one person of the article ("Dele Amadi"), and is nobody's surname, joins that
    /// person.
    static func joinGivenNames(_ clusters: inout [Cluster], _ groups: [Group], _ mentions: [EntityMention], _ names: NameFacts) {
        /// The alias key of entity `o`'s founding form.
        func firstKey(_ o: Int) -> String { groups[clusters[o].forms[0].group].plainKey }
        /// `opens(firstKey(o), firstKey(c))`, by the keys' word ids when both keys are plain
        /// ASCII: such a key is its words with one space between them, so it opens the other
        /// exactly when its words begin the other's and are fewer (and equal ids are equal
        /// words). (Asked of every person for every one-word name: the bytes of both keys were
        /// walked, and the keys retained, at each.)
        func opensKey(_ o: Int, _ c: Int) -> Bool {
            // (The groups read in place: copying one out retained its strings and slices.)
            let full = clusters[o].forms[0].group
            let word = clusters[c].forms[0].group
            guard groups[full].plainIsASCII, groups[word].plainIsASCII else { return opens(groups[full].plainKey, groups[word].plainKey) }
            return wordIdsOpen(groups[full].plainWordIds, groups[word].plainWordIds)
        }
        for c in clusters.indices where !clusters[c].members.isEmpty {
            // With a title too: knights and dames go by their given names ("Sir Digby"), and names
            // written family name first are cut to it ("President Xi" for Xi Jinping).
            guard clusters[c].forms.allSatisfy({ !names.hasSpace($0.nameId) }) else { continue }
            let members = clusters[c].members
            let key = firstKey(c)
            // (Under a royal's rank, only someone named with a rank too: "Prince Harold" is not
            // the Harold Vance of the same story.)
            // (Found once, when a possible owner first needs it.)
            var rankedKnown: Bool? = nil
            func ranked() -> Bool {
                if let known = rankedKnown { return known }
                let known = members.contains { hasRank(mentions[$0]) }
                rankedKnown = known
                return known
            }
            // The one owner, counted without an array of them (two are as many as none), and the
            // surnames asked about only then: most one-word names have no owner.
            var owner: Int? = nil
            var owners = 0
            for o in clusters.indices
            where o != c && !clusters[o].members.isEmpty && clusters[o].type == .person && opensKey(o, c)
                && names.person(clusters[o].nameId).firstGivenKey == key
                && (!ranked() || clusters[o].members.contains { hasRank(mentions[$0]) })
            {
                owners += 1
                if owners > 1 { break }
                owner = o
            }
            guard owners == 1, let owner else { continue }
            let surname = clusters.indices.contains { o in
                o != c && clusters[o].type == .person && ends(firstKey(o), key) && names.person(clusters[o].nameId).lastWordKey == key
            }
            // (The vote last: it weighs every mention, and few names get this far.)
            guard !surname, vote(members, of: mentions, fallback: clusters[c].type) == .person else { continue }
            var source = clusters[c]
            clusters[owner].absorb(&source, mentions, names)
            clusters[c] = source
        }
    }

    /// `s.hasPrefix(word + " ")`: compared on the bytes when both are plain ASCII (where a
    /// prefix's bytes are a prefix of `Character`s: no ASCII scalar joins a space), without
    /// making the string with its space.
    static func opens(_ s: String, _ word: String) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { p in
            word.utf8.withContiguousStorageIfAvailable { q -> Bool? in
                for x in p where x >= 0x80 { return nil }
                for x in q where x >= 0x80 { return nil }
                guard p.count > q.count, p[q.count] == 0x20 else { return false }
                for k in 0..<q.count where p[k] != q[k] { return false }
                return true
            }
        }
        if let known = (answer ?? nil) ?? nil { return known }
        return s.hasPrefix(word + " ")
    }

    /// `opens(s, word)` for two plain-ASCII alias keys, given the ids of their words (as
    /// `appendWordIds` gives them): the words of `word` begin those of `s`, which has more.
    static func wordIdsOpen(_ s: ArraySlice<Int>, _ word: ArraySlice<Int>) -> Bool {
        guard s.count > word.count else { return false }
        var k = s.startIndex
        for w in word {
            guard s[k] == w else { return false }
            k += 1
        }
        return true
    }

    /// `s.hasSuffix(" " + word)`, on the bytes when both are plain ASCII (as `opens`).
    static func ends(_ s: String, _ word: String) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { p in
            word.utf8.withContiguousStorageIfAvailable { q -> Bool? in
                for x in p where x >= 0x80 { return nil }
                for x in q where x >= 0x80 { return nil }
                let start = p.count - q.count
                guard start > 0, p[start - 1] == 0x20 else { return false }
                for k in 0..<q.count where p[start + k] != q[k] { return false }
                return true
            }
        }
        if let known = (answer ?? nil) ?? nil { return known }
        return s.hasSuffix(" " + word)
    }

    /// A mention's context votes for one type at least this high are a strong cue (`strongCues`).
    public static let strongVote = 6

    /// The types the mentions' own contexts speak for strongly (`ArticleEntity.strongCues`).
    static func strongCues(_ ms: [EntityMention]) -> EntityTypes {
        strongCues(ArraySlice(ms.indices), of: ms)
    }

    /// `strongCues` of the mentions `members` (indices into `mentions`).
    static func strongCues(_ members: ArraySlice<Int>, of mentions: [EntityMention]) -> EntityTypes {
        var out: EntityTypes = []
        for m in members {
            if mentions[m].title != nil { out.insert(EntityTypes(.person)) }
            if let firm = mentions[m].evidence.firm { out.insert(EntityTypes(firm)) }
            for (type, votes) in mentions[m].evidence.votes where votes >= strongVote { out.insert(EntityTypes(type)) }
        }
        return out
    }

    /// One type for mentions of one entity: a title before any mention makes a person; a type a
    /// rule fixed stands; then the head word of the name's longer forms; then the tagger's labels
    /// and the context votes, added up. A one-word name with no title and nothing in its context
    /// saying "person" needs more than the tagger's word for it (a place named after a
    /// preposition, "diverted to Gullhaven", outvotes it). Ties go to `fallback`, then to the
    /// first mention's type.
    public static func vote(_ ms: [EntityMention], fallback: EntityType? = nil) -> EntityType {
        vote(ArraySlice(ms.indices), of: ms, fallback: fallback)
    }

    /// `vote` of the mentions `members` (indices into `mentions`, at least one, in order).
    /// (By index, reading the fields used: copying the mentions out, four references each, cost
    /// more than most of the vote; the merger votes for every group and entity of an article.)
    static func vote(_ members: ArraySlice<Int>, of mentions: [EntityMention], fallback: EntityType? = nil) -> EntityType {
        // (Most groups have one mention: its vote without the loops, closures and counts.)
        if members.count == 1 { return vote(one: members.first!, of: mentions, fallback: fallback) }
        return voteOverAll(members, of: mentions, fallback: fallback)
    }

    /// `vote` of the one mention `mentions[m]`, as `voteOverAll` gives it: its title, fixed type
    /// or name type decides; else its label and votes score, and the surname rule, which needs a
    /// text with a space and one without, cannot apply.
    static func vote(one m: Int, of mentions: [EntityMention], fallback: EntityType?) -> EntityType {
        if mentions[m].title != nil { return .person }
        if let firm = mentions[m].evidence.firm { return firm }
        if let named = mentions[m].evidence.nameType { return named }
        let type = mentions[m].type
        let votes = mentions[m].evidence.votes
        var score = TypeScores()
        score.add(type, Double(mentions[m].evidence.taggerWeight) * (type == .other ? 0.5 : 1))
        for (t, v) in votes { score.add(t, Double(v)) }
        // (The text asked for a space only when there is a person's score to halve.)
        if let p = score[.person], (votes[.person] ?? 0) <= 0, !EntityNames.containsSpace(mentions[m].text) { score[.person] = p / 2 }
        for (t, v) in votes { score.add(t, 0.001 * Double(v)) }
        return score.winner(fallback: fallback, firstType: type)
    }

    /// `vote` of the mentions `members` (at least one, in order), whatever their number.
    static func voteOverAll(_ members: ArraySlice<Int>, of mentions: [EntityMention], fallback: EntityType? = nil) -> EntityType {
        if members.contains(where: { mentions[$0].title != nil }) { return .person }
        if let firm = majority(members, { mentions[$0].evidence.firm }) { return firm }
        if let named = majority(members, { mentions[$0].evidence.nameType }) { return named }
        // Scores by type, in `EntityType.allCases` order; a type no mention speaks of has none.
        var score = TypeScores()
        for m in members {
            // The tagger's "other" is its least certain label: it counts half.
            let type = mentions[m].type
            score.add(type, Double(mentions[m].evidence.taggerWeight) * (type == .other ? 0.5 : 1))
            let votes = mentions[m].evidence.votes
            for (t, v) in votes { score.add(t, Double(v)) }
        }
        // A name of two or three words whose last word the article also uses alone reads as a
        // person's full name and surname ("Viktor Orlov" … "Orlov").
        var texts: Set<String>? = nil
        // (When every text is plain ASCII, the last word is compared with each text byte by
        // byte, A to Z folded, without lower-casing them into a set.)
        var allASCII: Bool? = nil
        // (Most mentions repeat a form: a form found wanting once is not tried again.)
        // (The forms tried are few, and compared byte for byte: hashing each into a set cost more.)
        var tried: [String] = []
        // (Whether some text has a space and some has none, each text asked once: the checks
        // below asked most texts two or three times.)
        var spaced = false
        var unspaced = false
        for m in members {
            if EntityNames.containsSpace(mentions[m].text) { spaced = true } else { unspaced = true }
            if spaced && unspaced { break }
        }
        // (Only a text without a space can be a last word, and only one with a space has a
        // last word to look for: unless there are both, as for most names, no form is split.)
        if spaced, unspaced, members.contains(where: { m in
            let text = mentions[m].text
            guard EntityNames.containsSpace(text), mentions[m].evidence.nameType == nil, mentions[m].evidence.firm == nil,
                !tried.contains(where: { ExactText.sameBytes($0, text) })
            else { return false }
            tried.append(text)
            let words = text.splitAtSpaces()
            guard words.count <= 3 else { return false }
            if allASCII == nil { allASCII = members.allSatisfy { isPlainASCII(mentions[$0].text) } }
            if allASCII! { return members.contains { sameIgnoringASCIICase(mentions[$0].text, words.last!) } }
            if texts == nil { texts = Set(members.map { mentions[$0].text.lowercased() }) }
            return texts!.contains(words.last!.lowercased())
        }) {
            score.add(.person, 3)
        }
        let personSupport = spaced || members.contains { (mentions[$0].evidence.votes[.person] ?? 0) > 0 }
        if !personSupport, let p = score[.person] { score[.person] = p / 2 }
        // Ties go to the type the context speaks for.
        for m in members {
            let votes = mentions[m].evidence.votes
            for (t, v) in votes { score.add(t, 0.001 * Double(v)) }
        }
        return score.winner(fallback: fallback, firstType: mentions[members.first!].type)
    }

    /// Whether every byte of `s` is ASCII (its lower case is then ASCII too, and equal to another
    /// ASCII string exactly when their bytes are).
    static func isPlainASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in
            for x in b where x >= 0x80 { return false }
            return true
        } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `a.lowercased() == b.lowercased()` for plain-ASCII `a` and `b`: their bytes equal once A
    /// to Z are made a to z.
    static func sameIgnoringASCIICase(_ a: String, _ b: Substring) -> Bool {
        @inline(__always) func fold(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x + 0x20 : x }
        let answer = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q -> Bool in
                guard p.count == q.count else { return false }
                for k in 0..<p.count where fold(p[k]) != fold(q[k]) { return false }
                return true
            }
        }
        return (answer ?? nil) ?? a.utf8.map(fold).elementsEqual(b.utf8.map(fold))
    }

    /// A score per entity type, absent until something adds to it (a dictionary's semantics,
    /// in four slots).
    struct TypeScores {
        private var values: (Double, Double, Double, Double) = (0, 0, 0, 0)
        private var present: (Bool, Bool, Bool, Bool) = (false, false, false, false)

        subscript(type: EntityType) -> Double? {
            get {
                switch type {
                case .person: return present.0 ? values.0 : nil
                case .organization: return present.1 ? values.1 : nil
                case .place: return present.2 ? values.2 : nil
                case .other: return present.3 ? values.3 : nil
                }
            }
            set {
                let v = newValue ?? 0
                let p = newValue != nil
                switch type {
                case .person: (values.0, present.0) = (v, p)
                case .organization: (values.1, present.1) = (v, p)
                case .place: (values.2, present.2) = (v, p)
                case .other: (values.3, present.3) = (v, p)
                }
            }
        }

        /// `EntityType.allCases`, made once (the synthesised `allCases` makes its array at each use).
        static let types: [EntityType] = EntityType.allCases

        mutating func add(_ type: EntityType, _ amount: Double) {
            self[type] = (self[type] ?? 0) + amount
        }

        /// The type with the highest score: `fallback` when it ties for it, then `firstType`,
        /// then the first in `types`, else `firstType`.
        func winner(fallback: EntityType?, firstType: EntityType) -> EntityType {
            let top = max ?? 0
            // (Tied types asked of the scores in place: an array of them, from `allCases`, was two
            // arrays a vote.)
            func tied(_ t: EntityType) -> Bool { (self[t] ?? -1) == top }
            if let fallback, tied(fallback) { return fallback }
            if tied(firstType) { return firstType }
            return Self.types.first(where: tied) ?? firstType
        }

        /// The highest score there is, nil when there is none.
        var max: Double? {
            var best: Double? = nil
            for t in Self.types {
                if let v = self[t], best.map({ v > $0 }) ?? true { best = v }
            }
            return best
        }
    }

    /// The most frequent type `value` gives the mentions (ties to the first seen), nil for none.
    /// (Counted in four slots: `vote` runs for every group and entity of every article.)
    static func majority(_ members: ArraySlice<Int>, _ value: (Int) -> EntityType?) -> EntityType? {
        var counts = SIMD4<Int>(repeating: 0)
        var first: EntityType? = nil
        for m in members {
            guard let t = value(m) else { continue }
            counts[slot(t)] += 1
            if first == nil { first = t }
        }
        guard let first else { return nil }
        let top = counts.max()
        if counts[slot(first)] == top { return first }
        return members.lazy.compactMap(value).first { counts[slot($0)] == top }
    }

    /// A type's place in `majority`'s counts.
    static func slot(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .other: 3
        }
    }

    /// The fullest form: most words, then most letters; acronyms lose to spelled-out names.
    static func fullestName(_ ms: [EntityMention], type: EntityType) -> String {
        fullestName(ArraySlice(ms.indices), of: ms)
    }

    /// `fullestName` of the mentions `members` (indices into `mentions`, at least one).
    static func fullestName(_ members: ArraySlice<Int>, of mentions: [EntityMention]) -> String {
        func rank(_ s: String) -> (Int, Int, Int) { asciiRank(s) ?? characterRank(s) }
        var best = mentions[members.first!].text
        // (Ranked only once another form is met: most entities have one form.)
        var bestRank: (Int, Int, Int)? = nil
        // (A form spelled like the best so far ranks the same: most mentions repeat one.)
        for m in members.dropFirst() where !ExactText.sameBytes(mentions[m].text, best) {
            let r = rank(mentions[m].text)
            if bestRank == nil { bestRank = rank(best) }
            if r > bestRank! {
                best = mentions[m].text
                bestRank = r
            }
        }
        return best
    }

    /// `fullestName`'s rank of a name read by `Character`s, for one that is not plain ASCII: out
    /// of line, as `characterLooksLikeAcronym`.
    @inline(never)
    static func characterRank(_ s: String) -> (Int, Int, Int) {
        let letters = s.filter(\.isLetter)
        let acronym = letters.count > 1 && letters.allSatisfy(\.isUppercase) ? 0 : 1
        return (acronym, s.splitAtSpaces().count, s.count)
    }

    /// `fullestName`'s rank of a plain-ASCII name, read from its bytes: (0 for an acronym of two
    /// letters or more, else 1; words; characters). Nil for any other name, and for one with a
    /// carriage return ("\r\n" is one character).
    static func asciiRank(_ s: String) -> (Int, Int, Int)? {
        // (Through the contiguous bytes when there are any: iterating the view cost several
        // times more a byte.)
        if let rank = s.utf8.withContiguousStorageIfAvailable({ asciiRank(bytes: $0) }) { return rank }
        return asciiRank(bytes: s.utf8)
    }

    /// `asciiRank` of a name's UTF-8 bytes.
    @inline(__always)
    private static func asciiRank<Bytes: Sequence<UInt8>>(bytes: Bytes) -> (Int, Int, Int)? {
        var letters = 0
        var small = false
        var words = 0
        var inWord = false
        var length = 0
        for b in bytes {
            if b >= 0x80 || b == 0x0D { return nil }
            length += 1
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            if b >= 0x61 && b <= 0x7A {
                letters += 1
                small = true
            } else if b >= 0x41 && b <= 0x5A {
                letters += 1
            }
        }
        return (letters > 1 && !small ? 0 : 1, words, length)
    }

    /// Titles count twice, pronouns once; a gender is given only when the evidence is one-sided.
    static func genderVote(_ ms: [EntityMention]) -> Gender? {
        genderVote(ArraySlice(ms.indices), of: ms)
    }

    /// `genderVote` of the mentions `members` (indices into `mentions`).
    static func genderVote(_ members: ArraySlice<Int>, of mentions: [EntityMention]) -> Gender? {
        var tally = GenderTally()
        for m in members {
            let title = mentions[m].title
            tally.add(mentions[m].gender, gendered: title != nil && PersonTitles.gender(ofTitle: title!) != nil)
        }
        return tally.gender
    }

    /// `genderVote`'s count: each mention's gender, twice for a mention whose title gives one.
    /// (Kept apart from the mentions, so that a caller that knows each mention's gender and
    /// title need not copy the mentions to ask.)
    struct GenderTally {
        private var female = 0
        private var male = 0

        /// Counts a mention of gender `gender` (nil counts for neither), whose title gives a
        /// gender when `gendered`.
        mutating func add(_ gender: Gender?, gendered: Bool) {
            let weight = gendered ? 2 : 1
            switch gender {
            case .female: female += weight
            case .male: male += weight
            case nil: break
            }
        }

        /// The gender the count gives when the evidence is one-sided, else nil.
        var gender: Gender? {
            if female > 2 * male { return .female }
            if male > 2 * female { return .male }
            return nil
        }
    }
}
