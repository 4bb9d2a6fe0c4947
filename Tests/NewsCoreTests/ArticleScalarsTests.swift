import Testing

@testable import NewsCore

/// An article's scalars decoded once (`ArticleScalars`) give the entity extractor and the quote
/// finder what they found when each decoded the text for itself.
@Suite struct ArticleScalarsTests {
    static let story = """
        Harbour talks resume in Portmere

        Union leader Zoë Ashgrove said on Tuesday that the port “would not reopen” until the \
        £4m dispute was settled.

        “We have waited long enough,” Ms Ashgrove told reporters. Her deputy, Tomas Éclair, \
        added: “Nobody wants another week of this.”

        The Portmere Harbour Board said it would meet again on Friday.
        """

    @Test func scalarsAreTheTextsScalars() throws {
        let article = try ArticleParser.parse(text: Self.story, path: "story.txt")
        let text = ArticleScalars(article)
        #expect(text.article == article)
        #expect(text.scalars == Array(article.text.unicodeScalars))
        #expect(text.analysedPart().article == article)
    }

    @Test func theDecodedEntryPointsFindWhatTheArticleOnesFind() throws {
        let article = try ArticleParser.parse(text: Self.story, path: "story.txt")
        let text = ArticleScalars(article)
        let extractor = try TaggerEntityExtractor()
        let entities = extractor.entities(in: article)
        #expect(!entities.isEmpty)
        #expect(extractor.entities(in: text) == entities)
        // The protocol's default reads the article: an extractor without its own entry point.
        let rules = CapitalisationExtractor()
        #expect(rules.entities(in: text) == rules.entities(in: article))
        let quotes = QuoteFinder.quotes(in: article, entities: entities)
        #expect(quotes.count >= 3)
        #expect(QuoteFinder.quotes(in: text, entities: entities) == quotes)
    }

    @Test func theAnalysedPartOfALongArticleIsCutFromTheScalars() throws {
        let paragraph = "Ada Ode said the café would open. "
        let body = String(repeating: paragraph + "\n\n", count: Article.analysedScalarLimit / paragraph.count + 10)
        let article = try ArticleParser.parse(text: "Title\n\n" + body, path: "long.txt")
        let part = ArticleScalars(article).analysedPart()
        #expect(part.article == article.analysedPart())
        #expect(part.scalars == Array(article.analysedPart().text.unicodeScalars))
    }
}
