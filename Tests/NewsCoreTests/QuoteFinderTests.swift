import NewsCore
import Testing

/// Finding quotations: which stretches of quoted text are quotations, their exact words, and
/// whether they are whole quotations or words borrowed into a paraphrase.
@Suite struct QuoteFinderTests {
    /// One style of quoting, the text and the quoted words expected in it.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var words: [String]
        var testDescription: String { name }
    }

    static let straight: [Case] = [
        Case(name: "straight pair", text: "\"We will open the bridge in May,\" said Ada Ode.", words: ["We will open the bridge in May,"]),
        Case(name: "two straight quotes", text: "\"Yes,\" she said. \"We are ready for the storm.\"", words: ["Yes,", "We are ready for the storm."]),
        Case(name: "straight single at top level", text: "The mayor said 'the ferry stays' on Monday.", words: ["the ferry stays"]),
    ]

    static let curly: [Case] = [
        Case(name: "curly double", text: "“The port is full,” said Ben Ilo.", words: ["The port is full,"]),
        Case(name: "curly single at top level", text: "‘The port is full,’ said Ben Ilo.", words: ["The port is full,"]),
        Case(name: "closing mark used as opener", text: "”Nothing moves tonight,” the harbour master said.", words: ["Nothing moves tonight,"]),
    ]

    static let nested: [Case] = [
        Case(name: "single inside double", text: "“She told me ‘never again’ and left,” Ode said.", words: ["She told me ‘never again’ and left,"]),
        Case(name: "straight single inside straight double", text: "\"He called it 'a farce' twice,\" Ilo said.", words: ["He called it 'a farce' twice,"]),
    ]

    static let multiParagraph: [Case] = [
        Case(
            name: "open ends continue in the next paragraph",
            text: "Tara Ilo read the statement:\n\n“First, we thank the crews.\n\n“Second, the road stays shut until spring.”",
            words: ["First, we thank the crews.", "Second, the road stays shut until spring."]),
    ]

    static let apostrophes: [Case] = [
        Case(name: "possessive", text: "Bolton’s staff stayed late at the depot.", words: []),
        Case(name: "elided decade", text: "The band played ’90s hits and '80s covers.", words: []),
        Case(name: "rock 'n' roll", text: "They love rock ’n’ roll and rock 'n' roll alike.", words: []),
        Case(name: "plural possessive", text: "The players’ union met the owners’ lawyers.", words: []),
        Case(name: "contraction inside a single quote", text: "‘It’s over for the players’ union,’ Ode said.", words: ["It’s over for the players’ union,"]),
        // Single quotes do not nest: an opener after `s’` means the `s’` closed the first quotation.
        Case(
            name: "an s’ before an opener closes the quotation",
            text: "Ode said there were only ‘two small instances’ where donations had ‘slipped through the cracks,’ and no more.",
            words: ["two small instances", "slipped through the cracks,"]),
    ]

    static let unbalanced: [Case] = [
        Case(
            name: "unclosed quote ends at the paragraph end, the next paragraph is unharmed",
            text: "He said \"this never closes\n\nLater \"all was fine,\" she said.",
            words: ["this never closes", "all was fine,"]),
        Case(name: "stray closing mark is ignored", text: "It was” odd. “Fine,” she said.", words: ["Fine,"]),
        Case(name: "unclosed single mark is an apostrophe", text: "The dogs’ bowls were ‘empty.", words: []),
    ]

    static let notQuotations: [Case] = [
        Case(name: "programme title after a possessive", text: "She spoke on the network’s “Morning Round” on Friday.", words: []),
        Case(name: "book title", text: "His book “Long Road Home” sold well.", words: []),
        Case(name: "campaign name", text: "Volunteers joined the “Clean Streets” campaign in June.", words: []),
        Case(name: "programme after on", text: "Ode appeared on “Weekend Talk” to defend the plan.", words: []),
        Case(name: "markup attribute", text: "<post author=\"someone\" id=\"42\">Hello.</post>", words: []),
    ]

    @Test(arguments: straight + curly + nested + multiParagraph + apostrophes + unbalanced + notQuotations)
    func quotedWords(_ c: Case) {
        #expect(seenQuotes(c.text).map(\.words) == c.words)
    }

    /// Titles and names are found all the same, as terms: the reader styles them apart.
    @Test func titlesAreTerms() {
        #expect(seenTerms("His book “Long Road Home” sold well.") == ["Long Road Home"])
        #expect(seenTerms("Volunteers joined the “Clean Streets” campaign in June.") == ["Clean Streets"])
        #expect(seenTerms("<post author=\"someone\" id=\"42\">Hello.</post>").isEmpty, "markup is neither quotation nor term")
    }

    @Test func openEndedSegmentsAreFlagged() {
        let text = "“First, we thank the crews.\n\n“Second, the road stays shut,” Ilo said."
        let quotes = QuoteFinder.quotes(in: text)
        #expect(quotes.map(\.isOpenEnded) == [true, false])
    }

    /// Scare quotes are partial; whole sentences are direct.
    @Test(arguments: [
        ("The mayor calls the inquiry a “witch hunt” aimed at her.", Quote.Kind.partial),
        ("Ode said the plan was “too costly by half” and walked out.", .partial),
        ("“We are not going to sell the harbour to anyone,” Ode said.", .direct),
        ("Ode said: “The harbour is not for sale and never will be.”", .direct),
    ])
    func kinds(_ text: String, _ kind: Quote.Kind) {
        #expect(seenQuotes(text).map(\.kind) == [kind])
    }

    /// Offsets are Unicode scalar offsets, even after combining marks and emoji.
    @Test func offsetsAreScalarOffsets() {
        let text = "Cafe\u{301} owner Zoë Ruiz 🙂 said “ça va, merci” twice."
        let quotes = QuoteFinder.quotes(in: text)
        #expect(quotes.count == 1)
        let scalars = Array(text.unicodeScalars)
        let q = try! #require(quotes.first)
        #expect(String(String.UnicodeScalarView(scalars[q.range])) == "ça va, merci")
    }

    /// Paragraph ranges may be given explicitly; offsets stay relative to the whole text.
    @Test func explicitParagraphs() {
        let text = "Intro line.\n\n“Ready,” said Ada Ode."
        let quotes = QuoteFinder.quotes(in: text, paragraphs: [0..<11, 13..<text.scalarCount])
        #expect(quotes.map { text.scalarSlice($0.range) } == ["Ready,"])
        #expect(quotes.first?.speaker.map { text.scalarSlice($0) } == "Ada Ode")
        #expect(QuoteFinder.paragraphs(in: text) == [0..<11, 13..<text.scalarCount])
    }

    /// Found by the fuzzer: a speaker followed by a comma that ends the text (no tail after the
    /// appositive's comma) trapped while looking for a relative clause.
    @Test func aSpeakerBeforeACommaThatEndsTheText() {
        for text in ["\"Hello,\" said Ada Ode,", "“Hello,” said Ada Ode,", "“Hello,” said Ada Ode, ", "“Hello,” Ada Ode said,"] {
            let quotes = QuoteFinder.quotes(in: text)
            #expect(quotes.map { text.scalarSlice($0.range) } == ["Hello,"], "\(text)")
            #expect(quotes.first?.speaker.map { text.scalarSlice($0) } == "Ada Ode", "\(text)")
        }
    }

    /// Paragraph ranges reaching past the text are cut to it, not read past its end.
    @Test func paragraphsPastTheEndAreClamped() {
        let text = "“Ready,” said Ada Ode."
        let quotes = QuoteFinder.quotes(in: text, paragraphs: [0..<(text.scalarCount + 40), 500..<600])
        #expect(quotes.map { text.scalarSlice($0.range) } == ["Ready,"])
        #expect(QuoteFinder.quotes(in: "“Open-ended and long", paragraphs: [0..<1000]).count == 1)
    }

    @Test func emptyAndQuotelessTextsGiveNothing() {
        #expect(QuoteFinder.quotes(in: "").isEmpty)
        #expect(QuoteFinder.quotes(in: "No quotation here at all.\n\nNor here.").isEmpty)
    }
}
