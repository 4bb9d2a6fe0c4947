import Testing
@testable import NewsCore

/// Where a person's mention starts and ends, in sentences written by the team about invented
/// people: labels and sentence openers stay out of the name, hyphenated given names stay in,
/// and a title's last word never glues onto a surname.
struct MentionBoundaryTests {
    static let story = """
        Director wins at Tarrow festival

        The film was directed by Jean-Marc Olier, who said he was delighted. Olier thanked the cast.

        Tory MP Ada Pellow said the prize was deserved. Democrat Tom Vance agreed, and Eurosceptic Rob Harwood-Vane did not. Labour MPs and the Lib Dem group stayed away.

        Earlier Pellow had walked out. Vote Pellow, the posters said. Sure Vance was there, said one guest. Robbie Hale sang. Sure Robbie was tired.

        Linda Varga won best actress. In Tides of the Moon Varga plays a sailor who loses her ship.
        """

    func entities() throws -> (Article, [ArticleEntity]) {
        let a = try ArticleParser.parse(text: Self.story, path: "test.txt")
        return (a, try TaggerEntityExtractor().entities(in: a))
    }

    func person(_ es: [ArticleEntity], _ name: String) -> ArticleEntity? {
        es.first { $0.type == .person && $0.name == name }
    }

    @Test func hyphenatedGivenNamesStayWhole() throws {
        let (a, es) = try entities()
        let olier = try #require(person(es, "Jean-Marc Olier"))
        #expect(olier.mentions.map { a.slice($0) } == ["Jean-Marc Olier", "Olier"])
        #expect(!es.contains { $0.aliases.contains("Marc Olier") || $0.aliases.contains("Jean") })
    }

    @Test func partyLabelsAndOfficesAreNoPartOfTheName() throws {
        let (_, es) = try entities()
        let people = es.filter { $0.type == .person }
        for name in ["Ada Pellow", "Tom Vance", "Rob Harwood-Vane"] {
            #expect(person(es, name) != nil, "\(name) in \(people.map(\.name))")
        }
        for alias in ["Tory MP Ada Pellow", "Democrat Tom Vance", "Eurosceptic Rob Harwood-Vane", "Labour MPs", "Lib Dem"] {
            #expect(!people.contains { $0.aliases.contains(alias) }, "\(alias) as a person")
        }
    }

    @Test func wordsOpeningASentenceAreNoGivenNames() throws {
        let (a, es) = try entities()
        let pellow = try #require(person(es, "Ada Pellow"))
        #expect(pellow.mentions.map { a.slice($0) } == ["Ada Pellow", "Pellow", "Pellow"])
        let vance = try #require(person(es, "Tom Vance"))
        #expect(vance.mentions.map { a.slice($0) } == ["Tom Vance", "Vance"])
        #expect(person(es, "Robbie Hale") != nil)
        #expect(!es.contains { $0.aliases.contains { $0.hasPrefix("Earlier") || $0.hasPrefix("Vote") || $0.hasPrefix("Sure") } })
    }

    @Test func aPeoplesAdjectiveIsNoPartOfTheName() throws {
        let a = try ArticleParser.parse(text: """
            Fans gather in Tarrow

            Fans marked the birthday of Marvin Vell in Tarrow. Organisers hoped to find the best European Marvin impersonator, and Marvin fans sang.
            """, path: "test.txt")
        let es = try TaggerEntityExtractor().entities(in: a)
        #expect(!es.contains { $0.aliases.contains { $0.hasPrefix("European") } }, "\(es.map(\.aliases))")
        #expect(es.contains { $0.type == .person && $0.aliases.contains("Marvin") }, "\(es.map(\.aliases))")
    }

    @Test func aRoyalsGivenNameIsNotACommonersWhoSharesIt() throws {
        let a = try ArticleParser.parse(text: """
            Royal visit to Merrowick

            Prince Harold opened the new harbour in Merrowick on Monday. The Tory leader Harold Vance was there too. Harold Vance said the harbour would bring jobs, and Prince Harold thanked the crowd.
            """, path: "test.txt")
        let es = try TaggerEntityExtractor().entities(in: a)
        let vance = try #require(es.first { $0.type == .person && $0.name == "Harold Vance" })
        #expect(vance.mentions.map { a.slice($0) } == ["Harold Vance", "Harold Vance"])
        // A boxer who fights as "Prince Harold" is still one person.
        let b = try ArticleParser.parse(text: """
            PRINCE HAROLD KEEPS HIS TITLE

            Prince Harold Vance won his fight in Merrowick on Saturday. Harold Vance said he would fight again in May.
            """, path: "test.txt")
        let boxer = try TaggerEntityExtractor().entities(in: b).filter { $0.type == .person }
        #expect(boxer.map(\.name) == ["Harold Vance"], "\(boxer.map(\.aliases))")
    }

    @Test func aTitlesLastWordDoesNotGlueOntoASurname() throws {
        let (a, es) = try entities()
        let varga = try #require(person(es, "Linda Varga"))
        #expect(varga.mentions.map { a.slice($0) } == ["Linda Varga", "Varga"])
        #expect(!es.contains { $0.aliases.contains("Moon Varga") })
    }

    @Test func aClauseOfASloganInAQuotationOpensLikeASentence() throws {
        let a = try ArticleParser.parse(text: """
            Councillor doubts the leader

            Harriet Quill, who leads the Tarrow group, blamed the leader. "I have a new slogan for the doorstep. Vote Pellow, Get Ramsden. Nobody wants that." The treasurer, Owen Ramsden, would not comment.

            "It was a team effort, Zoltan Ferenc was superb," said the coach.
            """, path: "test.txt")
        let es = try TaggerEntityExtractor().entities(in: a)
        let people = es.filter { $0.type == .person }
        #expect(!es.contains { $0.aliases.contains { $0.hasPrefix("Get") } }, "\(people.map(\.aliases))")
        let ramsden = try #require(person(es, "Owen Ramsden"), "\(people.map(\.aliases))")
        #expect(ramsden.mentions.map { a.slice($0) } == ["Ramsden", "Owen Ramsden"])
        // A name after a comma in a quotation is still a name when nothing says its first word is none.
        #expect(person(es, "Zoltan Ferenc") != nil, "\(people.map(\.aliases))")
    }

    @Test func aGivenNameOnlyTheTeamsListKnowsStaysInTheName() throws {
        // "Rhys" is no name in the census list behind the gazetteer; at a sentence's start beside
        // another full name of the surname it would read as a word glued on ("Earlier Tony Blair").
        let a = try ArticleParser.parse(text: """
            Tarrow quiet on title talk

            Rhys Pritchard says Tarrow are still not thinking of the title. "That is the last thing on our minds," said Pritchard, a replacement in the win on Saturday. Pritchard hopes for his first start of the season.

            Matt Pritchard's side has shown little in attack, but the Tarrow coach expects a hard game.
            """, path: "test.txt")
        let es = try TaggerEntityExtractor().entities(in: a)
        let people = es.filter { $0.type == .person }
        let rhys = try #require(person(es, "Rhys Pritchard"), "\(people.map(\.aliases))")
        #expect(rhys.mentions.map { a.slice($0) } == ["Rhys Pritchard", "Pritchard", "Pritchard"])
        let matt = try #require(person(es, "Matt Pritchard"), "\(people.map(\.aliases))")
        #expect(matt.mentions.count == 1)
    }
}
