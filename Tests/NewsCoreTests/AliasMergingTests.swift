import Testing
@testable import NewsCore

/// Alias merging and the article-level extractor, on fictional articles.
struct AliasMergingTests {
    func article(_ text: String) throws -> Article {
        try ArticleParser.parse(text: text, path: "test.txt")
    }

    func extractor() throws -> TaggerEntityExtractor {
        try TaggerEntityExtractor()
    }

    @Test func fullNameSurnameTitleAndPossessiveAreOnePerson() throws {
        let a = try article("""
            Talks resume in Geneva

            Viktor Orlov arrived in Geneva on Monday for the talks. Mr Orlov said the mood was good.

            Orlov’s aides said he would stay until Friday. Orlov later met Maria Santos.
            """)
        let entities = try extractor().entities(in: a)
        let orlov = try #require(entities.first { $0.name == "Viktor Orlov" })
        #expect(orlov.type == .person)
        #expect(orlov.mentions.count == 4)
        #expect(orlov.mentions.allSatisfy { a.slice($0) == "Orlov" || a.slice($0) == "Viktor Orlov" })
        #expect(orlov.aliases.first == "Viktor Orlov")
        #expect(orlov.aliases.contains("Orlov"))
        #expect(orlov.gender == .male)
        #expect(entities.filter { $0.type == .person }.count == 2)
        #expect(entities.contains { $0.name == "Geneva" && $0.type == .place })
    }

    @Test func femaleTitleGivesGender() throws {
        let a = try article("""
            Port reopens

            The port reopened on Tuesday, said Helena Marsh, who runs it. Mrs Marsh said she was relieved.
            """)
        let marsh = try #require(try extractor().entities(in: a).first { $0.name == "Helena Marsh" })
        #expect(marsh.gender == .female)
        #expect(marsh.mentions.map { a.slice($0) } == ["Helena Marsh", "Marsh"])
    }

    @Test func hyphenatedPairGivesTwoPeople() throws {
        let a = try article("""
            Summit planned

            On Monday Viktor Orlov and Daniel Brandt agreed to meet next month. The Orlov-Brandt summit will be held in Vienna.
            """)
        let entities = try extractor().entities(in: a)
        let orlov = try #require(entities.first { $0.name == "Viktor Orlov" })
        let brandt = try #require(entities.first { $0.name == "Daniel Brandt" })
        #expect(orlov.mentions.count == 2)
        #expect(brandt.mentions.count == 2)
        #expect(orlov.mentions.contains { a.slice($0) == "Orlov" })
    }

    @Test func creditAndAgencyAreNeverPeople() throws {
        let a = try article("""
            Flood waters rise

            Viktor Orlov inspects the river bank. Photograph: Jana Kowalska/Reuters

            LONDON (Reuters) - Viktor Orlov toured the flooded towns on Sunday and said help was coming.

            Orlov will return next week. - Reuters
            """)
        #expect(a.credit != nil)
        let entities = try extractor().entities(in: a)
        let people = entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("Viktor Orlov"))
        #expect(!people.contains { $0.contains("Kowalska") })
        #expect(!entities.contains { $0.name == "Reuters" })
    }

    @Test func acronymsAndShortFormsMerge() {
        func m(_ text: String, _ type: EntityType, at start: Int) -> EntityMention {
            EntityMention(range: start..<(start + text.unicodeScalars.count), text: text, type: type)
        }
        let merged = AliasMerger.merge([
            m("United States", .place, at: 0), m("U.S.", .place, at: 20), m("US", .place, at: 40),
            m("North Atlantic Treaty Organization", .organization, at: 60), m("Nato", .organization, at: 100),
            m("NATO", .organization, at: 120), m("Quarry Bank", .organization, at: 140), m("Quarry", .organization, at: 160),
        ])
        #expect(merged.count == 3)
        let us = merged.first { $0.name == "United States" }
        #expect(us?.mentions.count == 3)
        let nato = merged.first { $0.name == "North Atlantic Treaty Organization" }
        #expect(nato?.aliases == ["North Atlantic Treaty Organization", "Nato", "NATO"])
        #expect(merged.first { $0.name == "Quarry Bank" }?.mentions.count == 2)
    }

    @Test func sharedSurnameGoesToTheNearestEarlierPerson() {
        func m(_ text: String, at start: Int) -> EntityMention {
            EntityMention(range: start..<(start + text.unicodeScalars.count), text: text, type: .person)
        }
        let merged = AliasMerger.merge([m("Ana Lopes", at: 0), m("Lopes", at: 20), m("Rui Lopes", at: 40), m("Lopes", at: 60)])
        #expect(merged.first { $0.name == "Ana Lopes" }?.mentions == [0..<9, 20..<25])
        #expect(merged.first { $0.name == "Rui Lopes" }?.mentions == [40..<49, 60..<65])
    }

    @Test func aliasKeysAndNameParts() {
        #expect(EntityNames.aliasKey("Bolton’s") == "bolton")
        #expect(EntityNames.aliasKey("U.S.") == "us")
        #expect(EntityNames.aliasKey("U.S.", type: .place) == "united states")
        #expect(EntityNames.aliasKey("The  Hague") == "hague")
        #expect(EntityNames.aliasKey("José Martí") == "jose marti")
        #expect(EntityNames.acronymKey("North Atlantic Treaty Organization") == "nato")
        #expect(EntityNames.acronymKey("Berlin") == nil)
        let name = PersonName("Dr Ludwig van Beethoven Jr")
        #expect(name.given == ["Ludwig"])
        #expect(name.surname == "van Beethoven")
        #expect(name.suffix == "Jr")
        #expect(EntityNames.isShortForm("Beethoven", of: "Ludwig van Beethoven", type: .person))
        #expect(EntityNames.isShortForm("Nato", of: "North Atlantic Treaty Organization", type: .organization))
        #expect(!EntityNames.isShortForm("Ludwig", of: "Ludwig van Beethoven", type: .person))
        #expect(PersonTitles.gender(ofTitle: "Mrs.") == .female)
        #expect(PersonTitles.isTitle("Sen."))
    }
}
