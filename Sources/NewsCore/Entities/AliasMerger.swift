/// Merges an article's mentions into entities: one entry per person, organisation or place.
///
/// Mentions with the same `EntityNames.aliasKey` form a group; groups are then taken fullest
/// first, and a group that is a short form of an entity already formed (a surname, an acronym,
/// `U.S.` for `United States`) joins it. A surname shared by two people goes, mention by
/// mention, to the one named most recently before it. The entity's type is the majority of
/// its mentions' types (a title such as "Mr" makes it a person), and its name the fullest form.
public enum AliasMerger {
    public static func merge(_ mentions: [EntityMention]) -> [ArticleEntity] {
        // Group by key, in order of first appearance.
        var groups: [Group] = []
        var groupOfKey: [String: Int] = [:]
        for (index, m) in mentions.enumerated() {
            let key = EntityNames.aliasKey(m.text, type: m.type)
            guard !key.isEmpty else { continue }
            if let g = groupOfKey[key] {
                groups[g].members.append(index)
            } else {
                groupOfKey[key] = groups.count
                groups.append(Group(key: key, members: [index]))
            }
        }
        // Fullest groups first (more words, then more letters, then earlier), so short forms
        // find the full name whatever the order in the text.
        let order = groups.indices.sorted { a, b in
            let wa = groups[a].key.split(separator: " ").count
            let wb = groups[b].key.split(separator: " ").count
            if wa != wb { return wa > wb }
            if groups[a].key.count != groups[b].key.count { return groups[a].key.count > groups[b].key.count }
            return groups[a].members[0] < groups[b].members[0]
        }

        var clusters: [[Int]] = []  // mention indices per entity
        var clusterType: [EntityType] = []
        var clusterName: [String] = []
        var forcedPerson: Set<Int> = []
        for g in order {
            let members = groups[g].members
            let type = majorityType(members.map { mentions[$0] })
            let text = mentions[members[0]].text
            var candidates = clusters.indices.filter { c in
                compatible(type, clusterType[c], members.map { mentions[$0] })
                    && EntityNames.isShortForm(text, of: clusterName[c], type: clusterType[c])
            }
            // A surname the tagger calls a person, inside a longer name it typed otherwise
            // ("Viktor Orlov" as an organisation, then "Orlov" as a person): the name is a person's.
            if candidates.isEmpty, type == .person, !text.contains(" ") {
                candidates = clusters.indices.filter { c in
                    clusterType[c] != .person && clusterName[c].contains(" ")
                        && EntityNames.isShortForm(text, of: clusterName[c], type: .person)
                }
                for c in candidates {
                    clusterType[c] = .person
                    forcedPerson.insert(c)
                }
            }
            if candidates.isEmpty {
                clusters.append(members)
                clusterType.append(type)
                clusterName.append(text)
                continue
            }
            // Each mention joins the candidate named most recently before it (else the first named).
            for m in members {
                let start = mentions[m].range.lowerBound
                var best = candidates[0]
                var bestPosition = Int.min
                for c in candidates {
                    let before = clusters[c].map { mentions[$0].range.lowerBound }.filter { $0 < start }.max() ?? Int.min
                    if before > bestPosition {
                        best = c
                        bestPosition = before
                    }
                }
                if bestPosition == Int.min {
                    best = candidates.min { firstPosition(clusters[$0], mentions) < firstPosition(clusters[$1], mentions) }!
                }
                clusters[best].append(m)
            }
        }

        var entities: [ArticleEntity] = []
        for (c, members) in clusters.enumerated() {
            let ms = members.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }.map { mentions[$0] }
            let type = forcedPerson.contains(c) ? .person : majorityType(ms, fallback: clusterType[c])
            let name = fullestName(ms, type: type)
            var aliases = [name]
            for m in ms where !aliases.contains(m.text) { aliases.append(m.text) }
            let gender = type == .person ? genderVote(ms) : nil
            entities.append(ArticleEntity(name: name, type: type, aliases: aliases, mentions: ms.map(\.range), gender: gender))
        }
        return entities.sorted { a, b in
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            return (a.mentions.first?.lowerBound ?? 0) < (b.mentions.first?.lowerBound ?? 0)
        }
    }

    struct Group {
        var key: String
        var members: [Int]
    }

    static func firstPosition(_ members: [Int], _ mentions: [EntityMention]) -> Int {
        members.map { mentions[$0].range.lowerBound }.min() ?? 0
    }

    /// Whether a group typed `short` may join an entity typed `full`: same type, or a person whose
    /// surname the tagger mistyped (it has no title saying otherwise).
    static func compatible(_ short: EntityType, _ full: EntityType, _ ms: [EntityMention]) -> Bool {
        if short == full { return true }
        if full == .person { return ms.contains { $0.type == .person } || short == .other || short == .organization }
        return false
    }

    /// The most frequent type; a title before any mention makes a person; ties go to `fallback`,
    /// then to the first mention's type.
    static func majorityType(_ ms: [EntityMention], fallback: EntityType? = nil) -> EntityType {
        if ms.contains(where: { $0.title != nil }) { return .person }
        var counts: [EntityType: Int] = [:]
        for m in ms { counts[m.type, default: 0] += 1 }
        let top = counts.values.max() ?? 0
        let tied = EntityType.allCases.filter { counts[$0] == top }
        if let fallback, tied.contains(fallback) { return fallback }
        return tied.contains(ms[0].type) ? ms[0].type : tied[0]
    }

    /// The fullest form: most words, then most letters; acronyms lose to spelled-out names.
    static func fullestName(_ ms: [EntityMention], type: EntityType) -> String {
        func rank(_ s: String) -> (Int, Int, Int) {
            let letters = s.filter(\.isLetter)
            let acronym = letters.count > 1 && letters.allSatisfy(\.isUppercase) ? 0 : 1
            return (acronym, s.split(separator: " ").count, s.count)
        }
        var best = ms[0].text
        for m in ms.dropFirst() where rank(m.text) > rank(best) { best = m.text }
        return best
    }

    /// Titles count twice, pronouns once; a gender is given only when the evidence is one-sided.
    static func genderVote(_ ms: [EntityMention]) -> Gender? {
        var female = 0
        var male = 0
        for m in ms {
            let weight = m.title != nil && PersonTitles.gender(ofTitle: m.title!) != nil ? 2 : 1
            switch m.gender {
            case .female: female += weight
            case .male: male += weight
            case nil: break
            }
        }
        if female > 2 * male { return .female }
        if male > 2 * female { return .male }
        return nil
    }
}
