import BylineTestSupport
import Foundation
import NewsCore
import NewsStore
import Testing

/// The sample corpus indexed whole: each recurring person is one corpus entity, and their
/// mentions cover every place the articles name them.
@Suite struct SampleWorldCorpusTests {
    struct World: Decodable {
        struct Person: Decodable {
            var name: String
            var role: String?
            var forms: [String]
            var articles: [String]
        }
        struct GoldQuote: Decodable {
            var article: String
            var text: String
            var speaker: String?
        }
        var people: [Person]
        var quotes: [GoldQuote]
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func world() throws -> World {
        let url = root.appendingPathComponent("Tests/NewsCoreTests/Fixtures/sample-world.json")
        return try JSONDecoder().decode(World.self, from: Data(contentsOf: url))
    }

    static func indexedArticles() throws -> NewsIndex {
        let home = Scratch.directory("world")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let index = try NewsIndex.open(
            corpus: root.appendingPathComponent("Articles"), location: IndexLocation(databaseURL: home.appendingPathComponent("index.sqlite")))
        try index.refresh()
        return index
    }

    /// Whole-word occurrences of `form` in `text`, as scalar ranges (a possessive may follow).
    static func occurrences(of form: String, in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(form.unicodeScalars)
        var out: [Range<Int>] = []
        guard needle.count <= scalars.count else { return [] }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            let before = start > 0 ? scalars[start - 1] : " "
            let after = start + needle.count < scalars.count ? scalars[start + needle.count] : " "
            if before.properties.isAlphabetic || after.properties.isAlphabetic { continue }
            out.append(start..<(start + needle.count))
        }
        return out
    }

    @Test func recurringPeopleAreOneEntityWithEveryFormAndEveryMention() throws {
        let world = try Self.world()
        let index = try Self.indexedArticles()
        // Photographers appear only in credits, which are never entities.
        let recurring = world.people.filter { $0.articles.count >= 2 && $0.role != "photographer" }
        #expect(recurring.count >= 15)
        for person in recurring {
            guard case .found(let entity) = try index.lookupEntity(person.name, type: .person) else {
                Issue.record("\(person.name) is not one person entity: \(try index.lookupEntity(person.name))")
                continue
            }
            for form in person.forms {
                #expect(entity.aliases.contains(form), "\(person.name): alias \(form) missing from \(entity.aliases)")
            }
            #expect(entity.articles >= person.articles.count, "\(person.name): \(entity.articles) articles, expected \(person.articles.count)")
            let mentions = try index.mentions(of: entity.id, offset: 0, limit: 10_000)
            #expect(mentions.count == entity.mentions)
            // Every whole-word occurrence of a form (the longest one at each place) is a mention.
            for path in person.articles {
                let article = try ArticleParser.parse(Data(contentsOf: Self.root.appendingPathComponent("Articles/\(path)")), path: path)
                let here = mentions.filter { $0.path == path }.map { $0.start..<$0.end }
                // Names in a photo credit are the photographer's byline, not mentions.
                var covered: [Range<Int>] = article.blocks.filter { $0.kind == .caption }.compactMap { block in
                    guard let credit = article.credit, article.text(of: block).hasSuffix(credit) else { return nil }
                    return (block.range.upperBound - credit.unicodeScalars.count)..<block.range.upperBound
                }
                for form in person.forms.sorted(by: { $0.count > $1.count }) {
                    for range in Self.occurrences(of: form, in: article.text) where !covered.contains(where: { $0.overlaps(range) }) {
                        covered.append(range)
                        #expect(here.contains { $0.overlaps(range) }, "\(person.name): \(path) at \(range.lowerBound) (\(form)) is not listed")
                    }
                }
            }
        }
    }

    @Test func eachPersonsQuotationsAreExactlyTheirs() throws {
        let world = try Self.world()
        let index = try Self.indexedArticles()
        let people = Set(world.people.map(\.name))
        let speakers = Set(world.quotes.compactMap(\.speaker)).filter(people.contains)
        #expect(speakers.count >= 20)
        for speaker in speakers.sorted() {
            guard case .found(let entity) = try index.lookupEntity(speaker, type: .person) else {
                Issue.record("\(speaker) is not one person entity")
                continue
            }
            let listed = try index.quotes(bySpeaker: entity.id, offset: 0, limit: 10_000)
            #expect(try index.quoteCount(bySpeaker: entity.id) == listed.count, "\(speaker): the count is not the list's length")
            let expected = world.quotes.filter { $0.speaker == speaker }
            for quote in expected {
                #expect(listed.contains { $0.path == quote.article && ($0.text ?? "").contains(quote.text.prefix(40)) },
                        "\(speaker): “\(quote.text.prefix(50))…” in \(quote.article) is not listed")
            }
            for row in listed {
                #expect(expected.contains { $0.article == row.path && (row.text ?? "").contains($0.text.prefix(40)) },
                        "\(speaker): “\((row.text ?? "").prefix(50))…” in \(row.path) is not theirs")
            }
        }
    }
}
