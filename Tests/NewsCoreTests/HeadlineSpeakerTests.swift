import Testing
@testable import NewsCore

/// A headline's quoted words whose speaker the body gives (`"…," he said`) show the name the
/// headline itself gives that person, when it gives one before the words. The passage is
/// written by the team; the people and places are invented.
struct HeadlineSpeakerTests {
    @Test func theHeadlinesOwnNameSpeaksForItsQuotedWords() throws {
        let text = """
            Ode sees 'a slow disaster' in harbour plan

            The mayor of Merrowick, Ada Ode, attacked the harbour board's plan on Monday.

            "It is a slow disaster for the people who work on the quay," she said.
            """
        let article = try ArticleParser.parse(text: text, path: "test.txt")
        let entities = try TaggerEntityExtractor().entities(in: article)
        let quotes = QuoteFinder.quotes(in: article, entities: entities).filter(\.kind.isQuotation)
        let headline = try #require(quotes.first { article.text.scalarSlice($0.range) == "a slow disaster" })
        #expect(headline.speakerEntity == "Ada Ode")
        #expect(headline.speakerText == "Ode")
        #expect(headline.speakerIsPronoun == false)
        let body = try #require(quotes.first { article.text.scalarSlice($0.range).hasPrefix("It is a slow disaster") })
        #expect(body.speakerText == "she")
    }
}
