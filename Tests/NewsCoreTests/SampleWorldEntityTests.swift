import Foundation
import NewsCore
import Testing

/// The article-level extractor against the sample world's hand-made ground truth: every
/// recurring person is one entity per article with every form the article uses, and no photo
/// credit or agency byline becomes an entity.
@Suite struct SampleWorldEntityTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct World: Decodable {
        struct Entry: Decodable {
            var name: String
            var forms: [String]
            var articles: [String]
        }

        var people: [Entry]
        var organizations: [Entry]
        var places: [Entry]
    }

    static func world() throws -> World {
        try JSONDecoder().decode(World.self, from: Data(contentsOf: fixtures.appendingPathComponent("sample-world.json")))
    }

    static func articles() throws -> [String: Article] {
        Dictionary(uniqueKeysWithValues: try SampleCorpusTests.articles().map { ($0.path, $0) })
    }

    /// Scalar ranges of the text that is no news: each caption's credit, and a dateline agency.
    static func creditZones(_ article: Article) -> [Range<Int>] {
        var zones: [Range<Int>] = []
        for block in article.blocks where block.kind == .caption {
            let text = Array(article.text(of: block).unicodeScalars)
            for cue in ["Photograph:", "Photo:", "Illustration:", "Image:"] {
                if let at = occurrences(of: cue, in: text, wordBounded: false).last {
                    zones.append((block.range.lowerBound + at)..<block.range.upperBound)
                }
            }
        }
        if let agency = article.agency {
            let text = Array(article.text.unicodeScalars)
            for at in occurrences(of: "(\(agency))", in: text, wordBounded: false) { zones.append(at..<(at + agency.unicodeScalars.count + 2)) }
        }
        return zones
    }

    /// Start offsets of `needle` in `text`, with no letter or digit touching it when `wordBounded`.
    static func occurrences(of needle: String, in text: [Unicode.Scalar], wordBounded: Bool = true) -> [Int] {
        let n = Array(needle.unicodeScalars)
        guard let first = n.first, n.count <= text.count else { return [] }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        var out: [Int] = []
        for start in 0...(text.count - n.count) where text[start] == first {
            var k = 1
            while k < n.count, text[start + k] == n[k] { k += 1 }
            guard k == n.count else { continue }
            if wordBounded {
                if start > 0, isWordScalar(text[start - 1]) { continue }
                if start + n.count < text.count, isWordScalar(text[start + n.count]) { continue }
            }
            out.append(start)
        }
        return out
    }

    /// Where every form of every entity of the world occurs in an article's news text (outside credits).
    struct FormIndex {
        var occurrences: [String: [Range<Int>]] = [:]
        var all: [Range<Int>] = []

        init(_ article: Article, world: World) {
            let text = Array(article.text.unicodeScalars)
            let zones = SampleWorldEntityTests.creditZones(article)
            for form in Set((world.people + world.organizations + world.places).flatMap(\.forms)) {
                let length = form.unicodeScalars.count
                let ranges = SampleWorldEntityTests.occurrences(of: form, in: text).map { $0..<($0 + length) }
                all += ranges
                occurrences[form] = ranges.filter { r in !zones.contains { $0.overlaps(r) } }
            }
        }

        /// The forms of `entry` the article uses on their own: outside credits, and not inside a
        /// longer form of any entity of the world ("Lachlan" in "Lachlan family trust").
        func usedForms(_ entry: World.Entry) -> [String] {
            entry.forms.filter { form in
                (occurrences[form] ?? []).contains { r in
                    !all.contains { $0.count > r.count && $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }
                }
            }
        }
    }

    @Test func recurringPeopleAreOneEntityWithEveryFormTheArticleUses() throws {
        let world = try Self.world()
        let articles = try Self.articles()
        let extractor = try TaggerEntityExtractor()
        let recurring = world.people.filter { $0.articles.count >= 2 }
        #expect(recurring.count >= 15)
        var checked = 0
        var indexes: [String: FormIndex] = [:]
        var extracted: [String: [ArticleEntity]] = [:]
        for person in recurring {
            for path in person.articles {
                let article = try #require(articles[path], "\(path) is not in Articles/")
                if indexes[path] == nil {
                    indexes[path] = FormIndex(article, world: world)
                    extracted[path] = extractor.entities(in: article)
                }
                let forms = indexes[path]!.usedForms(person)
                guard !forms.isEmpty else { continue }  // named only in a photo credit
                checked += 1
                let entities = extracted[path]!
                let holders = entities.filter { $0.type == .person && forms.allSatisfy($0.aliases.contains) }
                #expect(holders.count == 1, "\(path): \(person.name) with \(forms) is in \(holders.count) person entities")
                let strays = entities.filter { e in !holders.contains(e) && e.aliases.contains(where: forms.contains) }
                #expect(strays.isEmpty, "\(path): \(person.name)'s forms also in \(strays.map(\.name))")
            }
        }
        #expect(checked >= 100)
    }

    @Test func noCreditOrAgencyIsAnEntity() throws {
        let articles = try Self.articles()
        let extractor = try TaggerEntityExtractor()
        var credited = 0
        for article in articles.values.sorted(by: { $0.path < $1.path }) {
            let text = Array(article.text.unicodeScalars)
            let zones = Self.creditZones(article)
            var names: [String] = []
            for zone in zones {
                let credit = String(String.UnicodeScalarView(text[zone]))
                let body = credit.split(separator: ":", maxSplits: 1).last.map(String.init) ?? credit
                names += body.split(whereSeparator: { "/,()".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            }
            if let agency = article.agency { names.append(agency) }
            // A name the news text itself uses (a credited organisation that is also in the story) may be an entity.
            let creditOnly = names.filter { name in
                !name.isEmpty && !Self.occurrences(of: name, in: text).contains { at in
                    !zones.contains { $0.contains(at) }
                }
            }
            credited += creditOnly.count
            let keys = Set(creditOnly.map { EntityNames.aliasKey($0) })
            for e in extractor.entities(in: article) {
                #expect(!e.aliases.contains { keys.contains(EntityNames.aliasKey($0)) }, "\(article.path): \(e.name) comes from a credit or byline")
                #expect(!e.mentions.contains { m in zones.contains { $0.overlaps(m) } }, "\(article.path): \(e.name) is named in a credit")
            }
        }
        #expect(credited >= 15)
    }
}
