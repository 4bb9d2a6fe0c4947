import Foundation
import Testing
@testable import NewsStore

@Suite struct EntityTests {
    static let rules: [ListExtractor.Rule] = [
        .init(name: "Vladimir Putin", type: .person, shortForms: ["Putin"]),
        .init(name: "John Smith", type: .person, shortForms: ["Smith"]),
        .init(name: "Jane Smith", type: .person, shortForms: ["Smith"]),
        .init(name: "European Union", type: .organization, shortForms: ["EU"]),
    ]
    static let analysis = Analysis(extractor: ListExtractor(rules: rules), identifier: "entity-tests")

    @Test func aBareSurnameLinksToTheOnlyFullName() throws {
        let corpus = try TempCorpus()
        try corpus.write("2026-01-01-a.txt", "Visit\n\nVladimir Putin arrived. Putin smiled.")
        try corpus.write("2026-01-02-b.txt", "Talks\n\nPutin said nothing.")
        let index = try corpus.indexed(analysis: Self.analysis)
        guard case .found(let entity) = try index.lookupEntity("putin") else {
            Issue.record("expected one entity")
            return
        }
        #expect(entity.name == "Vladimir Putin")
        #expect(entity.aliases == ["Vladimir Putin", "Putin"])
        #expect(entity.articles == 2)
        #expect(entity.mentions == 3)
        #expect(try index.search("person:putin", snippets: false).hits.count == 2)
    }

    @Test func lookupsIgnoreCaseAndDiacritics() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [.init(name: "Marta Zemliánichenko", type: .person, shortForms: [])]), identifier: "d")
        try corpus.write("a.txt", Fixtures.bakery)
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.lookupEntity("ZEMLIANICHENKO").entities.first?.name == "Marta Zemliánichenko")
        #expect(try index.lookupEntity("marta zemliánichenko").entities.count == 1)
    }

    @Test func aSharedSurnameIsAmbiguousAndListsTheCandidates() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "One\n\nJohn Smith spoke first.")
        try corpus.write("b.txt", "Two\n\nJane Smith spoke next.")
        try corpus.write("c.txt", "Three\n\nSmith did not comment.")
        let index = try corpus.indexed(analysis: Self.analysis)
        guard case .ambiguous(let candidates) = try index.lookupEntity("Smith") else {
            Issue.record("expected an ambiguous lookup")
            return
        }
        #expect(Set(candidates.map(\.name)) == ["John Smith", "Jane Smith"])
        guard case .ambiguous = try index.mentions(named: "smith") else {
            Issue.record("mentions of an ambiguous name should list candidates")
            return
        }
        // The bare "Smith" stays its own entity, flagged.
        let bare = try index.entities().first { $0.name == "Smith" }
        #expect(bare?.isAmbiguous == true)
        // A full name is still found exactly.
        guard case .found(let john) = try index.lookupEntity("john smith") else {
            Issue.record("expected John Smith")
            return
        }
        #expect(john.articles == 1)
    }

    @Test func aNewFullNameMakesAnEarlierLinkAmbiguous() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "One\n\nJohn Smith spoke first.")
        try corpus.write("c.txt", "Three\n\nSmith did not comment.")
        let index = try corpus.indexed(analysis: Self.analysis)
        #expect(try index.lookupEntity("smith") == .found(try #require(try index.lookupEntity("john smith").entities.first)))
        try corpus.write("b.txt", "Two\n\nJane Smith spoke next.")
        try index.refresh()
        guard case .ambiguous = try index.lookupEntity("smith") else {
            Issue.record("expected the surname to become ambiguous")
            return
        }
        // And removing Jane makes it unambiguous again.
        try corpus.remove("b.txt")
        try index.refresh()
        #expect(try index.lookupEntity("smith").entities.map(\.name) == ["John Smith"])
    }

    @Test func acronymsMergeAcrossArticlesByAliasKey() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Trade\n\nThe European Union, or EU, agreed.")
        try corpus.write("b.txt", "Fish\n\nThe EU will meet again.")
        let index = try corpus.indexed(analysis: Self.analysis)
        let eu = try #require(try index.lookupEntity("eu", type: .organization).entities.first)
        #expect(eu.name == "European Union")
        #expect(eu.articles == 2)
        #expect(try index.search("org:eu", snippets: false).hits.count == 2)
    }

    @Test func entitiesAreListedMostMentionedFirstAndByType() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "One\n\nVladimir Putin and Putin and Putin met the EU.")
        try corpus.write("b.txt", "Two\n\nJohn Smith met the European Union.")
        let index = try corpus.indexed(analysis: Self.analysis)
        let all = try index.entities()
        #expect(all.first?.name == "Vladimir Putin")
        #expect(all.first?.mentions == 3)
        // No article says both, but "EU" is another name of the European Union on the curated
        // list (`NameEquivalents`): one organisation.
        #expect(try index.entities(type: .organization).map(\.name) == ["European Union"])
        #expect(try index.entityCount(type: .person) == 2)
        let json = try #require(all.first).json.serialized(pretty: false)
        #expect(json.hasPrefix("{\"id\":"))
        #expect(json.contains("\"aliases\":[\"Vladimir Putin\",\"Putin\"],\"mentions\":3,\"articles\":1"))
    }

    @Test func mentionsPageNewestFirstWithContext() throws {
        let corpus = try TempCorpus()
        try corpus.write("2026-01-01-old.txt", "Old\n\nVladimir Putin visited. Later Putin left.")
        try corpus.write("2026-02-01-new.txt", "New\n\nCrowds waited. Putin spoke at noon. Nobody else did.")
        try corpus.write("undated.txt", "Undated\n\nPutin was absent.")
        let index = try corpus.indexed(analysis: Self.analysis)
        guard case .mentions(let entity, let first) = try index.mentions(named: "Vladimir Putin", limit: 2) else {
            Issue.record("expected mentions")
            return
        }
        #expect(entity.mentions == 4)
        #expect(first.map(\.path) == ["2026-02-01-new.txt", "2026-01-01-old.txt"])
        #expect(first[0].text == "Putin")
        #expect(first[0].context == "Putin spoke at noon.")
        #expect(first[0].date == "2026-02-01")
        let rest = try index.mentions(of: entity.id, offset: 2, limit: 10)
        #expect(rest.map(\.path) == ["2026-01-01-old.txt", "undated.txt"])
        #expect(rest[0].text == "Putin")
        #expect(rest[0].context == "Later Putin left.")
        // Offsets index the article text.
        let opened = try index.open(try #require(try index.article(path: "undated.txt")))
        #expect(opened.article.slice(rest[1].start..<rest[1].end) == "Putin")
        let json = rest[1].json.serialized(pretty: false)
        #expect(json.hasPrefix("{\"path\":\"undated.txt\",\"title\":\"Undated\",\"start\":"))
    }

    @Test func storedEntitiesOfAnArticleResolveToTheCorpusEntity() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Visit\n\nVladimir Putin arrived.")
        try corpus.write("b.txt", "Talks\n\nPutin said nothing.")
        let index = try corpus.indexed(analysis: Self.analysis)
        let b = try #require(try index.article(path: "b.txt"))
        let entities = try index.entities(inArticle: b.id)
        #expect(entities.count == 1)
        #expect(entities.first?.name == "Vladimir Putin")
        #expect(entities.first?.nameInArticle == "Putin")
        #expect(entities.first.map { try? index.open(b).article.slice($0.mentions[0]) } == "Putin")
    }

    @Test func realExtractorLinksMrPutinToTheFullName() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.harbour)
        try corpus.write("b.txt", Fixtures.putinOnly)
        let index = try corpus.indexed()
        let putin = try #require(try index.lookupEntity("putin", type: .person).entities.first)
        #expect(putin.name == "Vladimir Putin")
        #expect(putin.articles == 2)
    }
}
