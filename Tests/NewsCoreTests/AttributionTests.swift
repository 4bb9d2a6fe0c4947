import NewsCore
import Testing

/// Attribution: who said each quotation, as the mention in the text and the entity behind it.
@Suite struct AttributionTests {
    /// One attribution style: the text, and the speaker mention expected for each quotation.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var speakers: [String?]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "said after", text: "“We are ready,” Ada Ode said.", speakers: ["Ada Ode"]),
        Case(name: "told after", text: "“The dam will hold,” the engineer told reporters on Tuesday.", speakers: ["the engineer"]),
        Case(name: "said before with colon", text: "Ada Ode said: “We are ready for the vote.”", speakers: ["Ada Ode"]),
        Case(name: "inverted", text: "“Talks are over,” said Mr Ushakov.", speakers: ["Mr Ushakov"]),
        Case(name: "inverted with description", text: "“Talks are over,” said the deputy minister, who left early.", speakers: ["the deputy minister"]),
        Case(
            name: "appositive", text: "Nora Pell, the campaign's press secretary, said: “We expect to win.”",
            speakers: ["Nora Pell"]),
        Case(
            name: "appositive after the quotation", text: "“We expect to win,” Nora Pell, the campaign's press secretary, said.",
            speakers: ["Nora Pell"]),
        Case(name: "added", text: "“It will take years,” Ode added.", speakers: ["Ode"]),
        Case(name: "asked", text: "“Who pays for this?” Ilo asked.", speakers: ["Ilo"]),
        Case(
            name: "according to", text: "The plant is “beyond repair,” according to the regional council.",
            speakers: ["the regional council"]),
        Case(name: "institutional speaker", text: "“The talks are over,” the Kremlin said.", speakers: ["the Kremlin"]),
        Case(name: "council as speaker", text: "The council said the plan was “far too costly.”", speakers: ["The council"]),
        Case(
            name: "scare quote takes the sentence's speaker", text: "Mayor Ode calls the inquiry a “witch hunt” and refuses to testify.",
            speakers: ["Mayor Ode"]),
        Case(
            name: "second quotation of a paragraph continues its speaker",
            text: "“We lost,” Tara Ilo said. “The count was fair and we accept it.”", speakers: ["Tara Ilo", "Tara Ilo"]),
        Case(
            name: "continuation paragraph with no cue",
            text: "“We will appeal,” said Tara Ilo.\n\n“The ruling ignores the evidence we filed.”",
            speakers: ["Tara Ilo", "Tara Ilo"]),
        Case(
            name: "outer source wins over the quoted speaker",
            text: "“We will not pay,” Ode said, according to the Harbour Times.", speakers: ["the Harbour Times"]),
        Case(
            name: "introductory paragraph with a colon",
            text: "In a letter to members, Tara Ilo wrote:\n\n“The club will close its doors in March.”", speakers: ["Tara Ilo"]),
        Case(name: "transcript line", text: "\"HOST: Do you regret the vote?\"", speakers: ["HOST"]),
        Case(name: "relative pronoun", text: "It was Ode, who said “never again” in 2019, that led the march.", speakers: ["who"]),
    ]

    @Test(arguments: cases)
    func speakerMentions(_ c: Case) {
        #expect(seenQuotes(c.text).map(\.speaker) == c.speakers)
    }

    /// Pronouns are the mention; the entity is the latest person of the pronoun's gender.
    @Test(arguments: [
        ("Ms Tara Ilo met Mr Sam Ode at noon. “The vote is lost,” she said.", "she", "Tara Ilo"),
        ("Ms Tara Ilo met Mr Sam Ode at noon. “The vote is lost,” he said.", "he", "Sam Ode"),
        ("Sam Ode spoke first and Tara Ilo followed. “We disagree,” she said.", "she", "Tara Ilo"),
    ])
    func pronounWithGender(_ text: String, _ mention: String, _ entity: String) throws {
        let q = try #require(QuoteFinder.quotes(in: text).first)
        #expect(q.speaker.map { text.scalarSlice($0) } == mention)
        #expect(q.speakerIsPronoun)
        #expect(q.speakerEntity == entity)
    }

    /// Without entities, a surname resolves to the fullest form of the name the article uses.
    @Test func surnameResolvesToFullName() throws {
        let text = "Dr Ada Ode opened the meeting.\n\n“We are ready,” Ode said."
        let q = try #require(QuoteFinder.quotes(in: text).first)
        #expect(q.speakerEntity == "Ada Ode")
    }

    /// With entities, the entity whose mention overlaps the speaker, or whose alias matches, wins.
    @Test func entitiesDecideTheSpeakerEntity() throws {
        let text = "“We are ready,” Ode said. Later Kim Ode went home."
        let ode = ArticleEntity(name: "Kimberly Ode", type: .person, aliases: ["Kimberly Ode", "Ode"], mentions: [16..<19])
        let q = try #require(QuoteFinder.quotes(in: text, entities: [ode]).first)
        #expect(q.speakerEntity == "Kimberly Ode")
        let moved = ArticleEntity(name: "Kimberly Ode", type: .person, aliases: ["Kimberly Ode", "Ode"], mentions: [40..<43])
        let q2 = try #require(QuoteFinder.quotes(in: text, entities: [moved]).first)
        #expect(q2.speakerEntity == "Kimberly Ode")
    }

    /// An agency byline after a dash is not a speaker.
    @Test func agencyBylineIsNeverASpeaker() {
        #expect(seenQuotes("“We have nothing more to add.” – Reuters").map(\.speaker) == [nil])
        #expect(seenQuotes("“Markets will settle,” the governor said on Monday. – Reuters").map(\.speaker) == ["the governor"])
    }

    /// In a parsed article, captions give quotations but never speakers, and the credit and
    /// agency are never speakers.
    @Test func articleCaptionsCreditsAndAgencies() throws {
        let source = """
            Pier to stay open

            Ana Ruiz said “the pier stays” at the rally. Photograph: Lena Dorr/Coastline Agency

            “We will keep the pier open all winter,” the harbour master said on Friday.

            The council called the decision “final” after a short vote. – Reuters
            """
        let article = try ArticleParser.parse(text: source, path: "pier.txt")
        #expect(article.agency == "Reuters")
        let quotes = QuoteFinder.quotes(in: article)
        let seen = quotes.map { SeenQuote(words: article.slice($0.range), kind: $0.kind, speaker: $0.speaker.map(article.slice)) }
        #expect(seen.map(\.words) == ["the pier stays", "We will keep the pier open all winter,", "final"])
        #expect(seen.map(\.speaker) == [nil, "the harbour master", "The council"])
        #expect(quotes.allSatisfy { $0.speakerText != "Reuters" && $0.speakerText != "Lena Dorr/Coastline Agency" })
    }

    /// The cue is reported, so a reader can show "said" or "according to".
    @Test func cueIsReported() throws {
        let text = "“We are ready,” Ada Ode told reporters."
        let q = try #require(QuoteFinder.quotes(in: text).first)
        #expect(q.cue.map { text.scalarSlice($0) } == "told")
        #expect(q.evidence == .cueLaterInSentence || q.evidence == .cueAfter)
    }
}
