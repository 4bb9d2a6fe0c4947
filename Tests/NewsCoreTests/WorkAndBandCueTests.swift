import Testing
@testable import NewsCore

/// Works and bands named like people ("the film Nora Quill", "the band Edwin Marsh"), told
/// from people by the words around them. Every sentence is written by the team; the films,
/// bands and people are invented.
struct WorkAndBandCueTests {
    func entities(_ text: String) throws -> [ArticleEntity] {
        let a = try ArticleParser.parse(text: text, path: "test.txt")
        return try TaggerEntityExtractor().entities(in: a)
    }

    func type(_ es: [ArticleEntity], _ alias: String) -> EntityType? {
        es.first { $0.aliases.contains(alias) }?.type
    }

    @Test func aRoleIsPlayedInAWork() throws {
        let es = try entities("""
            Awards season opens

            Lise Varga won praise on Sunday for her role in Nora Quill, and the jury liked it.
            """)
        #expect(type(es, "Nora Quill") == .other, "\(String(describing: type(es, "Nora Quill")))")
        #expect(type(es, "Lise Varga") == .person)
    }

    @Test func aNameInBracketsAfterAPersonIsTheirWork() throws {
        let es = try entities("""
            Nominations announced

            The jury shortlisted Lise Varga (Nora Quill) and Tom Vance for best supporting actor on Monday.
            """)
        #expect(type(es, "Nora Quill") == .other, "\(String(describing: type(es, "Nora Quill")))")
        #expect(type(es, "Lise Varga") == .person)
    }

    @Test func anOrdinalCountsAWorkInASeries() throws {
        let es = try entities("""
            Book sales climb

            Shops said the sixth Tom Fennick sold out in a day. Readers queued for the 7th Edwin Marsh film as well.
            """)
        #expect(type(es, "Tom Fennick") == .other, "\(String(describing: type(es, "Tom Fennick")))")
        #expect(type(es, "Edwin Marsh") == .other, "\(String(describing: type(es, "Edwin Marsh")))")
    }

    @Test func theWorksPeopleFollowItsKind() throws {
        let es = try entities("""
            Director signs studio deal

            Nora Quill film director Ada Ode has signed a deal with a studio in Merrowick.
            """)
        #expect(type(es, "Nora Quill") == .other, "\(String(describing: type(es, "Nora Quill")))")
        #expect(type(es, "Ada Ode") == .person)
    }

    @Test func aTitleTheTaggerTookForAPlaceIsAWork() throws {
        let es = try entities("""
            Studio hopes for prizes

            Critics loved the boxing drama Grey Harbour Baby, which swept the awards in Tarrow. Voters picked the comedy Little Merrowick Lights as the best film of the year.
            """)
        #expect(type(es, "Grey Harbour Baby") == .other, "\(es.map { "\($0.name)/\($0.type)" })")
        #expect(type(es, "Little Merrowick Lights") == .other, "\(es.map { "\($0.name)/\($0.type)" })")
    }

    @Test func aShowAndAnExpoAreEventsAndAnInitialismOfANounIsNoName() throws {
        let es = try entities("""
            Gadgets on show

            Makers brought new phones to the Harland Gadget Show this week. Tomas Vell said ID cards and TV licences would be sold at the Tarrow Home Expo too.
            """)
        #expect(type(es, "Harland Gadget Show") == .other, "\(es.map { "\($0.name)/\($0.type)" })")
        #expect(type(es, "Tarrow Home Expo") == .other, "\(es.map { "\($0.name)/\($0.type)" })")
        #expect(!es.contains { $0.aliases.contains("ID") || $0.aliases.contains("TV") }, "\(es.map(\.aliases))")
    }

    @Test func aBandNamedLikeAPersonIsAGroup() throws {
        let before = try entities("""
            Festival line-up

            The Merrowick festival will feature the band Edwin Marsh on Saturday, organisers said.
            """)
        #expect(type(before, "Edwin Marsh") == .organization, "\(String(describing: type(before, "Edwin Marsh")))")
        let member = try entities("""
            Musicians ask for help

            Edwin Marsh frontman Tom Vance has called for more help for young musicians in Merrowick.
            """)
        #expect(type(member, "Edwin Marsh") == .organization, "\(String(describing: type(member, "Edwin Marsh")))")
        #expect(type(member, "Tom Vance") == .person)
        let plural = try entities("""
            Chart news

            Edwin Marsh were the only act from Merrowick in the top ten this week.
            """)
        #expect(type(plural, "Edwin Marsh") == .organization, "\(String(describing: type(plural, "Edwin Marsh")))")
    }

    @Test func aDuoNamedByItsMembersIsTwoPeople() throws {
        let es = try entities("""
            Panto season opens

            The comedy duo Martin Hollis and Peter Crane will star in the Merrowick pantomime, the theatre said on Monday.
            """)
        for name in ["Martin Hollis", "Peter Crane"] {
            #expect(type(es, name) == .person, "\(name): \(String(describing: type(es, name)))")
            #expect(es.first { $0.aliases.contains(name) }?.strongCues.contains(EntityTypes(.organization)) == false, "\(name)")
        }
        // A duo with a name of its own is still a group.
        let band = try entities("""
            Festival line-up

            The Merrowick festival will feature the duo Edwin Marsh on Saturday, organisers said.
            """)
        #expect(type(band, "Edwin Marsh") == .organization, "\(String(describing: type(band, "Edwin Marsh")))")
    }

    @Test func aPersonInAListOrAConditionIsStillAPerson() throws {
        let es = try entities("""
            Council vote

            Ada Ode and Tom Vance were elected on Thursday. If Lise Varga were to stand, she would win, Ode said. A group headed by businessman Marek Sowa were forming a consortium.
            """)
        for name in ["Ada Ode", "Tom Vance", "Lise Varga", "Marek Sowa"] {
            #expect(type(es, name) == .person, "\(name): \(String(describing: type(es, name)))")
        }
    }
}
