import NewsCore
import Testing

/// Who said it, class by class of the errors real news showed (issue 14): pronouns that went to
/// the nearest name, attributions that took the organisation in a title or a relay,
/// continuations that went to the next speaker, and phrases or quoted words that are nobody's.
/// Every passage is the team's own, with invented people and places, and names its speaker.
@Suite struct SpeakerModelTests {
    typealias Rules = AttributionRulesTests

    /// The entity each quotation (terms left out) is attributed to.
    func speakers(_ text: String, _ entities: [ArticleEntity] = []) -> [String?] {
        QuoteFinder.quotes(in: text, entities: entities).filter(\.kind.isQuotation).map(\.speakerEntity)
    }

    func person(_ name: String, _ forms: [String], in text: String, _ gender: Gender? = nil) -> ArticleEntity {
        Rules.entity(name, .person, forms, in: text, gender: gender)
    }

    func organisation(_ name: String, _ forms: [String], in text: String) -> ArticleEntity {
        Rules.entity(name, .organization, forms, in: text)
    }

    // MARK: - 1. A pronoun went to the nearest name

    /// `he` takes the subject of the latest clause about a man, not the first name of the sentence.
    @Test func aPronounTakesTheLatestSubject() {
        let text = """
            Pitch row at Kestrel Park

            Tam Brodie said he had had enough of the slow pitch but Harbour Sport's Owen Marsh rejected his complaints. "We asked for a faster surface and we got one," he said. "It cost us a great deal."
            """
        let entities = [
            person("Tam Brodie", ["Tam Brodie"], in: text, .male), person("Owen Marsh", ["Owen Marsh"], in: text, .male),
            organisation("Harbour Sport", ["Harbour Sport"], in: text),
        ]
        #expect(speakers(text, entities) == ["Owen Marsh", "Owen Marsh"])
    }

    /// Titles of films named in a relative clause, even typed as people by the tagger, are no
    /// antecedents: the subject of the sentence is.
    @Test func aPronounSkipsTitlesInsideARelativeClause() {
        let text = """
            Awards for Salt Harbour

            Marsh, who made Grey Tide and Salt Harbour, told the Courier the award was "a surprise". He said: "I never expected to win anything."
            """
        let entities = [
            person("Owen Marsh", ["Marsh"], in: text, .male), person("Grey Tide", ["Grey Tide"], in: text),
            person("Salt Harbour", ["Salt Harbour"], in: text), organisation("Courier", ["Courier"], in: text),
        ]
        #expect(speakers(text, entities) == ["Owen Marsh", "Owen Marsh"])
    }

    /// `it` goes to an organisation the article is talking about, never to a person.
    @Test func itGoesToTheOrganisation() {
        let text = """
            Freight firm leaves port deal

            Kestrel Freight has pulled out of the dredging contract. But the firm denied reports that it was leaving Port Ember. "We remain committed to the region," it said in a statement.
            """
        let entities = [organisation("Kestrel Freight", ["Kestrel Freight"], in: text), person("Port Ember", ["Port Ember"], in: text)]
        #expect(speakers(text, entities) == ["Kestrel Freight"])
    }

    /// `The Cornishman` refers back to the manager the sentence before is about, and `he` follows.
    @Test func aDescriptionGoesToThePersonTheArticleIsAbout() {
        let text = """
            Manager changes his mind

            Harbour Town manager Rhys Penhallow will drop striker Ben Ilo after all. The Cornishman defended Ilo on Saturday, saying the referee had erred. But he has had a rethink. He said: "The sending-off was right."
            """
        let entities = [person("Rhys Penhallow", ["Rhys Penhallow"], in: text, .male), person("Ben Ilo", ["Ben Ilo", "Ilo"], in: text, .male)]
        #expect(speakers(text, entities) == ["Rhys Penhallow"])
    }

    /// `the opposition leader` is the person the article named with that title.
    @Test func aTitleUsedAsADescription() {
        let text = """
            Leaders clash over tram

            Mayor Ada Ode defended the tram plan. Opposition leader Sam Carrow called it a waste. The opposition leader repeated his charge later. He declared: "This tram goes nowhere."
            """
        let entities = [person("Ada Ode", ["Ada Ode"], in: text, .female), person("Sam Carrow", ["Sam Carrow"], in: text, .male)]
        #expect(speakers(text, entities) == ["Sam Carrow"])
    }

    /// `A spokesman … he added` is someone unnamed, not the last man named.
    @Test func aPronounAfterAnUnnamedSpeaker() {
        let text = """
            Gas find

            Chief executive Bill Tarrant was cautious. A spokesman said the find looked promising. But he added: "It is too early to say how big it is."
            """
        let entities = [person("Bill Tarrant", ["Bill Tarrant"], in: text, .male)]
        #expect(speakers(text, entities) == [nil])
    }

    /// A place the tagger found is no one the light name finder may take for a man: `he` here
    /// is the unnamed aide, not `Eastport Sound`.
    @Test func aTaggedPlaceIsNoPersonForAPronoun() {
        let text = """
            Ferry levy

            In a broadcast on Friday, the mayor's chief aide said the levy was forced on the town by Eastport Sound's new tolls. "We cannot carry the cost of the crossing alone," he said.
            """
        let entities = [Rules.entity("Eastport Sound", .place, ["Eastport Sound"], in: text)]
        #expect(speakers(text, entities) == [nil])
    }

    // MARK: - 2. The attribution took the organisation in a title or a relay

    @Test func aTitleAndNameInAppositionGiveThePerson() {
        let text = """
            Hearing aids

            "Technology can close the gap," said Tidewater technology director Ada Ode. Sky Harbour's Ilo Ene said: "Prices must come down first."
            """
        let entities = [
            organisation("Tidewater", ["Tidewater"], in: text), person("Ada Ode", ["Ada Ode"], in: text),
            organisation("Sky Harbour", ["Sky Harbour"], in: text), person("Ilo Ene", ["Ilo Ene"], in: text),
        ]
        #expect(speakers(text, entities) == ["Ada Ode", "Ilo Ene"])
    }

    @Test func aRelayGivesTheOriginalSpeaker() {
        let text = """
            Channel reopens

            The Courier quoted harbour master Ben Ilo as saying "the channel is clear at last". "We worked through the night," Ben Ilo told the Courier.

            A new book by Sam Carrow claims that Ada Ode told the mayor: "I will never trust you again."
            """
        let entities = [
            organisation("Courier", ["Courier"], in: text), person("Ben Ilo", ["Ben Ilo"], in: text),
            person("Sam Carrow", ["Sam Carrow"], in: text), person("Ada Ode", ["Ada Ode"], in: text),
        ]
        #expect(speakers(text, entities) == ["Ben Ilo", "Ben Ilo", "Ada Ode"])
    }

    // MARK: - 3. Continuations went to the next speaker named

    /// A quotation left open at a paragraph end runs on into the next paragraph; the speaker
    /// introduced after it in that paragraph speaks only the words that follow.
    @Test func aContinuationKeepsTheCurrentSpeaker() {
        let text = """
            Derby reaction

            Coach Ada Ode said: "We were poor today and the fans deserved better.

            "We will be better next week, I promise you that." An angry Ilo Ene said: "I agree with her."
            """
        let entities = [person("Ada Ode", ["Ada Ode"], in: text, .female), person("Ilo Ene", ["Ilo Ene"], in: text, .male)]
        #expect(speakers(text, entities) == ["Ada Ode", "Ada Ode", "Ilo Ene"])
    }

    /// Reported speech closing a paragraph makes its speaker the current one.
    @Test func reportedSpeechSetsTheCurrentSpeaker() {
        let text = """
            Remakes

            "The old shows were made on a shoestring," writes critic Mia Vell.

            Dan Quill, an editor at the Courier, says the remakes have a built-in audience.

            "I can see why studios keep doing it. But the charm is gone."
            """
        let entities = [person("Mia Vell", ["Mia Vell"], in: text), person("Dan Quill", ["Dan Quill"], in: text)]
        #expect(speakers(text, entities) == ["Mia Vell", "Dan Quill"])
    }

    /// A person named inside a quotation is talked about, not talking.
    @Test func aNameInsideAQuotationIsNotItsSpeaker() {
        let text = """
            Port sale

            "Sam Carrow would sell the port tomorrow," said Ada Ode. "Sam Carrow has no plan at all, and he knows it."
            """
        let entities = [person("Sam Carrow", ["Sam Carrow"], in: text, .male), person("Ada Ode", ["Ada Ode"], in: text, .female)]
        #expect(speakers(text, entities) == ["Ada Ode", "Ada Ode"])
    }

    // MARK: - 4. Phrases that are no mentions, and quoted words that are nobody's

    /// Quoted words in a sentence about a thing, reporting no speech, are a term: no speaker.
    @Test func phrasesThatAreNoMentionsAreNoSpeakers() {
        let text = """
            Queues

            Reducing the queues is the whole point of the new scheme. As a result, ferry operators have a high "turnover rate" among staff.
            """
        #expect(speakers(text).isEmpty)
        #expect(seenTerms(text) == ["turnover rate"])
    }

    /// Words mentioned as words, scare quotes, modifiers and lists of quoted words are terms.
    @Test(arguments: [
        ("The term \"harbourcast\" has been chosen as the word of the year.", ["harbourcast"]),
        ("Some words always cause trouble, such as \"affect\" and \"effect\".", ["affect", "effect"]),
        ("Better cameras are making phones an increasingly \"must-have\" buy.", ["must-have"]),
        ("The gap between \"have-ferries\" and \"have-nots\" has been much discussed.", ["have-ferries", "have-nots"]),
        ("The side are close to shedding the \"nearly-men\" tag at last.", ["nearly-men"]),
    ])
    func quotedWordsThatAreTerms(_ text: String, _ terms: [String]) {
        #expect(seenQuotes(text).isEmpty, "\(seenQuotes(text))")
        #expect(seenTerms(text) == terms)
    }

    /// A headline's quoted words are someone's only when the body quotes them as that person's.
    @Test func headlineWordsAreTermsUnlessTheBodyQuotesThem() {
        let quoted = """
            Tram plan a 'costly mistake'

            The tram plan is a "costly mistake", said Ada Ode, who leads the opposition.
            """
        let ode = person("Ada Ode", ["Ada Ode"], in: quoted, .female)
        let found = QuoteFinder.quotes(in: quoted, entities: [ode])
        #expect(found.map(\.kind) == [.partial, .partial])
        #expect(found.map(\.speakerEntity) == ["Ada Ode", "Ada Ode"])
        let unquoted = """
            Ferry users 'lose patience'

            Passengers are waiting longer than ever for the morning ferry to Port Ember.
            """
        #expect(seenQuotes(unquoted).isEmpty)
        #expect(seenTerms(unquoted) == ["lose patience"])
    }
}
