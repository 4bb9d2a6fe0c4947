import NewsCore
import Testing

/// The attribution rules added for issue 4, one invented sentence each: who is the speaker
/// mention, which quoted names are no quotations, and which entity a mention resolves to.
@Suite struct AttributionRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var speakers: [String?]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a cue word after an article heads the phrase", text: "The memo said, “Each branch shuts on Friday.”", speakers: ["The memo"]),
        Case(name: "which before a cue", text: "Fines rose at the agency, which reported “a record year” in March.", speakers: ["which"]),
        Case(name: "owner of a noun of saying", text: "Ada Ode's claim that the bridge was “perfectly safe” drew laughter.", speakers: ["Ada Ode"]),
        Case(name: "possessive pronoun before a noun of saying", text: "Her promise that fares would be “frozen for ever” did not last.", speakers: ["Her"]),
        Case(
            name: "a cue word that owns something is a noun",
            text: "At the Merrowick Liberal state’s party conference Sen. Ada Ode said the plan was a “costly failure” for the port.",
            speakers: ["Sen. Ada Ode"]),
        Case(
            name: "main clause after a subordinate one",
            text: "When the mayor thanked the crowd and said it was good to be back, a man shouted “Go home!”", speakers: ["a man"]),
        Case(name: "a modal that is a name", text: "“The plan is sound and the money is there,” Will wrote.", speakers: ["Will"]),
        Case(name: "what NAME called", text: "The port set out to shed what Tara Ilo called “a perception problem.”", speakers: ["Tara Ilo"]),
        Case(name: "description with a name in apposition", text: "Its chief executive, Ada Ode, called the deal “a lifeline”.", speakers: ["Its chief executive, Ada Ode"]),
        Case(
            name: "according to a description and a name",
            text: "The vote is “anyone’s game”, according to the pollster’s research director, Sam Ilo.",
            speakers: ["the pollster’s research director, Sam Ilo"]),
        Case(name: "as NAME put it", text: "The rules are “a maze for honest traders,” as one shopkeeper put it.", speakers: ["one shopkeeper"]),
        Case(name: "in the words of", text: "The mayor was, in the words of a senior aide, “the last to know”.", speakers: ["a senior aide"]),
        Case(name: "two names joined", text: "“The figures do not add up,” Ada Ode and Tara Ilo wrote in a letter.", speakers: ["Ada Ode and Tara Ilo"]),
        Case(name: "a lone quantifier after an inverted cue", text: "“Bring back the trams,” read one.", speakers: ["one"]),
        Case(
            name: "a relative clause inside the closing appositive",
            text: "“We are delighted” with the ruling, said Ada Ode, head of a charity that has fought the plan.",
            speakers: ["Ada Ode"]),
        Case(name: "the medium after took to", text: "Ode took to Twitter overnight to call the ruling “a disgrace”.", speakers: ["Ode"]),
        Case(name: "told takes an addressee", text: "Ilo, who arrived late, told her supporters, “We will win this.”", speakers: ["Ilo"]),
        Case(name: "irregular past with a particle", text: "“You have had your chance,” Ode shot back.", speakers: ["Ode"]),

        Case(
            name: "a number word is no name",
            text: "Two ships bound for the port reported “a heavy swell” overnight.", speakers: ["Two ships bound for the port"]),
    ]

    @Test(arguments: cases)
    func speakerMentions(_ c: Case) {
        #expect(seenQuotes(c.text).map(\.speaker) == c.speakers)
    }

    /// Quoted names of things are no quotations but terms; speech stays speech.
    @Test(arguments: [
        ("The trawler “Morning Star” docked at noon.", 0),
        ("Police launched an inquiry, codenamed “Operation Kestrel”, last week.", 0),
        ("“Operation Kestrel”, a six-week inquiry, ended on Friday.", 0),
        ("The club, known to its fans as “the Robins”, won again.", 0),
        ("The brewery launched a new ale, “Harbour Gold”, in May.", 0),
        ("She joined a group called “Friends of the Pier” in 2019.", 0),
        ("Ode called his rival “Little Sam” at the rally.", 1),
        // Scare quotes keep their distance, and a placard says nothing: terms too.
        ("A placard pinned to the gate read “Save our library”.", 0),
        ("The so called “Clean Air Zone” starts in June.", 0),
    ])
    func quotedNames(_ text: String, _ count: Int) {
        #expect(seenQuotes(text).count == count, "\(seenQuotes(text))")
        #expect(seenTerms(text).count == 1 - count, "\(seenTerms(text))")
    }

    /// A short quotation followed straight by its cue clause is a whole utterance.
    @Test func shortUtteranceIsDirect() {
        #expect(seenQuotes("“Never again,” he said with a smile.").map(\.kind) == [.direct])
        #expect(seenQuotes("He called it “never again” and smiled.").map(\.kind) == [.partial])
    }

    /// Scalar ranges of each occurrence of `word` in `text`.
    static func ranges(of word: String, in text: String) -> [Range<Int>] {
        let s = Array(text.unicodeScalars)
        let w = Array(word.unicodeScalars)
        guard w.count <= s.count else { return [] }
        return (0...(s.count - w.count)).filter { Array(s[$0..<($0 + w.count)]) == w }.map { $0..<($0 + w.count) }
    }

    static func entity(_ name: String, _ type: EntityType, _ forms: [String], in text: String, gender: Gender? = nil) -> ArticleEntity {
        let mentions = forms.flatMap { ranges(of: $0, in: text) }.sorted { $0.lowerBound < $1.lowerBound }
        return ArticleEntity(name: name, type: type, aliases: [name] + forms.filter { $0 != name }, mentions: mentions, gender: gender)
    }

    static func speakerEntities(_ text: String, _ entities: [ArticleEntity]) -> [String?] {
        QuoteFinder.quotes(in: text, entities: entities).map(\.speakerEntity)
    }

    @Test func aTitleBeforeANameIsNotTheEntity() {
        let text = "Mayor Ada Ode opened the dock. “It is a great day,” said Mayor Ode."
        let mayor = Self.entity("Mayor", .person, ["Mayor"], in: text)
        let ode = Self.entity("Ada Ode", .person, ["Ada Ode", "Ode"], in: text)
        #expect(Self.speakerEntities(text, [mayor, ode]) == ["Ada Ode"])
    }

    @Test func aTitledShortFormJoinsTheFullName() {
        let text = "Inspector Sam Ilo leads the case. “We know who did it,” DI Ilo said."
        let full = Self.entity("Sam Ilo", .person, ["Sam Ilo"], in: text)
        let short = Self.entity("DI Ilo", .organization, ["DI Ilo"], in: text)
        #expect(Self.speakerEntities(text, [full, short]) == ["Sam Ilo"])
    }

    @Test func theRoleStandsForThePersonWithThatTitle() {
        let text = "Mayor Ada Ode met the investors. The mayor called the talks “open and friendly”."
        let ode = Self.entity("Ada Ode", .person, ["Ada Ode"], in: text)
        #expect(Self.speakerEntities(text, [ode]) == ["Ada Ode"])
    }

    @Test func organisationNounsFindTheirOrganisation() {
        let text = """
            Harbour City Council set its budget. The Dock Workers Union objected.

            “No library will close,” the council said.

            “We will ballot our members,” the union said.
            """
        let council = Self.entity("Harbour City Council", .organization, ["Harbour City Council"], in: text)
        let union = Self.entity("Dock Workers Union", .organization, ["Dock Workers Union"], in: text)
        #expect(Self.speakerEntities(text, [council, union]) == ["Harbour City Council", "Dock Workers Union"])
    }

    @Test func aGeneralNounTakesTheRecentSubjectButNotAnotherKindOfBody() {
        let text = """
            Kestrel Freight said it had hired more guards. The port authority was not told.

            “Our gates are safe,” the company said.
            """
        let kestrel = Self.entity("Kestrel Freight", .organization, ["Kestrel Freight"], in: text)
        let authority = Self.entity("Port Authority", .organization, ["port authority"], in: text)
        #expect(Self.speakerEntities(text, [kestrel, authority]) == ["Kestrel Freight"])
    }

    @Test func aShortFormOfAnOrganisationTakesItsFullName() {
        let text = "Kestrel Freight bought two cranes. “The cranes arrive in May,” Kestrel said."
        let full = Self.entity("Kestrel Freight", .organization, ["Kestrel Freight"], in: text)
        let short = Self.entity("Kestrel", .person, ["Kestrel"], in: text)
        #expect(Self.speakerEntities(text, [full, short]) == ["Kestrel Freight"])
    }

    @Test func pronounsSkipNamesInsideQuotationsAndPreferSubjects() {
        let text = "Ada Ode defended her keeper. “Sam Ilo has saved us all season,” she said."
        let ode = Self.entity("Ada Ode", .person, ["Ada Ode"], in: text, gender: .female)
        let ilo = Self.entity("Sam Ilo", .person, ["Sam Ilo"], in: text, gender: .female)
        #expect(Self.speakerEntities(text, [ode, ilo]) == ["Ada Ode"])
        let text2 = "Ada Ode said the firm would send orders by road to Port Ember. “It cannot take them all,” she said."
        let ode2 = Self.entity("Ada Ode", .person, ["Ada Ode"], in: text2)
        let ember = Self.entity("Port Ember", .person, ["Port Ember"], in: text2, gender: .female)
        #expect(Self.speakerEntities(text2, [ode2, ember]) == ["Ada Ode"])
    }

    @Test func whoSkipsTheOrganisationAttachedToAPerson() {
        let text = "The debate was chaired by Prof Ada Ode of the Centre for Port Studies, who told the hall: “Keep it short.”"
        let ode = Self.entity("Ada Ode", .person, ["Ada Ode"], in: text)
        let centre = Self.entity("Centre for Port Studies", .organization, ["Centre for Port Studies"], in: text)
        #expect(Self.speakerEntities(text, [ode, centre]) == ["Ada Ode"])
    }
}
