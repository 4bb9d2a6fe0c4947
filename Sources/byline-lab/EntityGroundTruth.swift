import Foundation
import NewsCore

/// The hand-made ground truth of the sample world (`sample-world.json`): people, organisations
/// and places with every surface form, and the articles that name them.
struct EntityWorld: Decodable {
    struct Entry: Decodable {
        var name: String
        var forms: [String]
        var articles: [String]
        var role: String?
        var gender: String?
    }

    var people: [Entry]
    var organizations: [Entry]
    var places: [Entry]

    /// Every entry with its type, people first.
    var all: [(type: EntityType, entry: Entry)] {
        people.map { (EntityType.person, $0) } + organizations.map { (.organization, $0) } + places.map { (.place, $0) }
    }

    static func load(_ path: String) throws -> EntityWorld {
        try JSONDecoder().decode(EntityWorld.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// Where an article's text is not news: photo credits and the agency in a dateline.
enum ArticleZones {
    /// Scalar ranges of every caption's credit ("Photograph: …" to the block's end) and of a
    /// dateline agency written in brackets ("MERROWICK (CPA) –").
    static func excluded(_ article: Article) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let scalars = Array(article.text.unicodeScalars)
        for block in article.blocks where block.kind == .caption {
            let text = article.text(of: block)
            let cues = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Illustration:", "Image:"]
            let starts = cues.compactMap { text.range(of: $0, options: .backwards)?.lowerBound }
            guard let cue = starts.max() else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: cue)
            out.append((block.range.lowerBound + start)..<block.range.upperBound)
        }
        if let agency = article.agency {
            let needle = Array("(\(agency))".unicodeScalars)
            for start in TextSearch.occurrences(of: needle, in: scalars, wordBounded: false) {
                out.append(start..<(start + needle.count))
            }
        }
        return out
    }

    /// The names a credit gives ("Nell Garroway/Merrowick Courier, Pool" → both names).
    static func creditNames(_ credit: String) -> [String] {
        credit.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0.lowercased() != "pool" }
    }
}

/// Plain scalar search with word boundaries (apostrophes folded so `'` finds `’`).
enum TextSearch {
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s == "\u{2019}" ? "'" : s
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Start offsets of `needle` in `hay`; with `wordBounded`, only where no letter or digit
    /// touches either end.
    static func occurrences(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar], wordBounded: Bool = true) -> [Int] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        let n = needle.map(fold)
        var out: [Int] = []
        for start in 0...(hay.count - n.count) {
            var k = 0
            while k < n.count, fold(hay[start + k]) == n[k] { k += 1 }
            guard k == n.count else { continue }
            if wordBounded {
                if start > 0, isWordScalar(hay[start - 1]) { continue }
                let end = start + n.count
                if end < hay.count, isWordScalar(hay[end]) { continue }
            }
            out.append(start)
        }
        return out
    }
}

/// One article scored against the ground truth.
struct ArticleEntityScore {
    struct Expected {
        var index: Int  // into the world's `all`
        var type: EntityType
        var name: String
        /// Forms the article uses on their own (not inside a longer form), outside credits.
        var usedForms: [String]
    }

    var path: String
    var expected: [Expected] = []
    var entities: [ArticleEntity] = []
    /// Per type: predicted entities, those matching an expected entity of that type, expected
    /// entities, and those found.
    var predicted: [EntityType: Int] = [:]
    var correct: [EntityType: Int] = [:]
    var gold: [EntityType: Int] = [:]
    var found: [EntityType: Int] = [:]
    var missed: [String] = []
    var falsePositives: [String] = []
    var typeErrors: [String] = []
    /// Expected entities spread over several extracted entities ("name: a | b").
    var splits: [(type: EntityType, text: String)] = []
    var wrongMerges: [String] = []
    var missingForms: [String] = []
    var strayAliases: [String] = []
    var fromCredit: [String] = []
    /// People found with the right gender, a wrong one, or none.
    var genderRight = 0
    var genderWrong: [String] = []
    var genderNone = 0

    var errorCount: Int {
        missed.count + falsePositives.count + typeErrors.count + 2 * splits.count + 2 * wrongMerges.count
            + missingForms.count + strayAliases.count + 3 * fromCredit.count + genderWrong.count
    }
}

enum EntityScorer {
    static func fold(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{2019}", with: "'")
    }

    static func score(_ article: Article, path: String, world: EntityWorld, entities: [ArticleEntity]) -> ArticleEntityScore {
        var result = ArticleEntityScore(path: path, entities: entities)
        let all = world.all
        let scalars = Array(article.text.unicodeScalars)
        let excluded = ArticleZones.excluded(article)
        func isExcluded(_ r: Range<Int>) -> Bool { excluded.contains { $0.overlaps(r) } }

        // Occurrences of every form of every entity, to tell a form used on its own from one
        // inside a longer name ("Lachlan" in "Lachlan family trust").
        var occurrences: [(entity: Int, form: String, range: Range<Int>)] = []
        for (i, item) in all.enumerated() {
            for form in Set(item.entry.forms) {
                let needle = Array(form.unicodeScalars)
                for start in TextSearch.occurrences(of: needle, in: scalars) {
                    occurrences.append((i, form, start..<(start + needle.count)))
                }
            }
        }
        var used: [Int: [String]] = [:]
        for o in occurrences where !isExcluded(o.range) {
            let inside = occurrences.contains { other in
                other.range.count > o.range.count && other.range.lowerBound <= o.range.lowerBound
                    && other.range.upperBound >= o.range.upperBound
            }
            if !inside, !(used[o.entity]?.contains(o.form) ?? false) { used[o.entity, default: []].append(o.form) }
        }
        for (i, item) in all.enumerated() where item.entry.articles.contains(path) {
            guard let forms = used[i] else { continue }
            result.expected.append(.init(index: i, type: item.type, name: item.entry.name, usedForms: forms))
        }
        let expectedIndices = Set(result.expected.map(\.index))

        // Which expected entities each form points to (a form can be shared: "Castlebridge").
        var formOwners: [String: [Int]] = [:]
        for e in result.expected {
            for f in all[e.index].entry.forms { formOwners[fold(f), default: []].append(e.index) }
        }
        var worldOwners: [String: [Int]] = [:]
        for (i, item) in all.enumerated() {
            for f in item.entry.forms { worldOwners[fold(f), default: []].append(i) }
        }

        /// The expected entities an extracted entity stands for: through an alias only one of them
        /// has, or a shared alias when the types agree.
        var matchesOf: [[Int]] = []
        for e in entities {
            var unique: Set<Int> = []
            var shared: Set<Int> = []
            for alias in Set(e.aliases + [e.name]) {
                let owners = formOwners[fold(alias)] ?? []
                if owners.count == 1 { unique.insert(owners[0]) } else { shared.formUnion(owners) }
            }
            var matched = unique
            for s in shared where all[s].type == e.type { matched.insert(s) }
            if matched.isEmpty, shared.count > 0 { matched = shared }
            matchesOf.append(matched.sorted())
            if unique.count >= 2 {
                result.wrongMerges.append("\(e.type.rawValue) \(e.aliases.joined(separator: " | ")) ← " + unique.sorted().map { all[$0].entry.name }.joined(separator: " + "))
            }
        }

        for (k, e) in entities.enumerated() {
            result.predicted[e.type, default: 0] += 1
            let sameType = matchesOf[k].filter { all[$0].type == e.type }
            if !sameType.isEmpty {
                result.correct[e.type, default: 0] += 1
                let forms = Set(sameType.flatMap { all[$0].entry.forms }.map(fold))
                for alias in e.aliases where !forms.contains(fold(alias)) {
                    result.strayAliases.append("\(alias) (in \(e.name))")
                }
            } else if let other = matchesOf[k].first {
                result.typeErrors.append("\(e.name) as \(e.type.rawValue), is \(all[other].type.rawValue)")
            } else if e.type != .other {
                let elsewhere = Set(e.aliases.flatMap { worldOwners[fold($0)] ?? [] }).subtracting(expectedIndices)
                let note = elsewhere.isEmpty ? "" : " (world: \(elsewhere.map { all[$0].entry.name }.sorted().joined(separator: ", ")))"
                result.falsePositives.append("\(e.type.rawValue) \(e.name)\(note)")
            }
        }

        for x in result.expected {
            result.gold[x.type, default: 0] += 1
            let holders = entities.indices.filter { matchesOf[$0].contains(x.index) }
            let typed = holders.filter { entities[$0].type == x.type }
            if typed.isEmpty {
                result.missed.append("\(x.type.rawValue) \(x.name) [\(x.usedForms.joined(separator: ", "))]")
            } else {
                result.found[x.type, default: 0] += 1
            }
            if holders.count > 1 {
                result.splits.append((x.type, "\(x.name): " + holders.map { "\(entities[$0].type.rawValue) \(entities[$0].aliases.joined(separator: "/"))" }.joined(separator: " | ")))
            }
            if x.type == .person, typed.count == 1, let truth = all[x.index].entry.gender {
                switch entities[typed[0]].gender?.rawValue {
                case nil: result.genderNone += 1
                case truth: result.genderRight += 1
                case let other?: result.genderWrong.append("\(x.name): \(other), is \(truth)")
                }
            }
            if x.type == .person, !typed.isEmpty {
                let aliases = Set(typed.flatMap { entities[$0].aliases }.map(fold))
                for f in x.usedForms where !aliases.contains(fold(f)) {
                    result.missingForms.append("\(x.name): \(f)")
                }
            }
        }

        // Credits and agencies: a mention inside a credit or dateline agency, or an entity named
        // like the credit's or agency's names that the news text itself never uses.
        var creditKeys: Set<String> = []
        for block in article.blocks where block.kind == .caption {
            for zone in excluded where block.range.contains(zone.lowerBound) {
                var credit = article.slice(zone)
                for cue in ["Photographs:", "Photograph:", "Photos:", "Photo:", "Illustration:", "Image:"] where credit.hasPrefix(cue) {
                    credit = String(credit.dropFirst(cue.count))
                    break
                }
                for name in ArticleZones.creditNames(credit) { creditKeys.insert(EntityNames.aliasKey(name)) }
            }
        }
        if let credit = article.credit { for name in ArticleZones.creditNames(credit) { creditKeys.insert(EntityNames.aliasKey(name)) } }
        if let agency = article.agency { creditKeys.insert(EntityNames.aliasKey(agency)) }
        for e in entities {
            let inZone = e.mentions.contains(where: isExcluded)
            let named = e.aliases.contains { creditKeys.contains(EntityNames.aliasKey($0)) }
            let usedInNews = e.aliases.contains { alias in
                let needle = Array(alias.unicodeScalars)
                return TextSearch.occurrences(of: needle, in: scalars).contains { !isExcluded($0..<($0 + needle.count)) }
            }
            if inZone || (named && !usedInNews) {
                result.fromCredit.append("\(e.type.rawValue) \(e.name)")
            }
        }
        return result
    }
}
