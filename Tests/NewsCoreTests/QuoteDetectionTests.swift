import NewsCore
import Testing

/// Which quoted stretches are quotations: titles of cited pieces and works are terms, while the
/// speech next to them keeps its kind and speaker.
@Suite struct QuoteDetectionTests {
    /// The kinds of every quoted stretch of `text`, terms included, in text order.
    func kinds(_ text: String) -> [String] {
        QuoteFinder.quotes(in: text).map { "\(text.scalarSlice($0.range)) → \($0.kind.rawValue)" }
    }

    /// A reading list cites pieces by title and author: `"…," by Name` is a title, not speech.
    @Test func aTitleWithItsAuthorIsATerm() {
        let text = """
            Weekend reading

            The harbour board met on Friday. "We will keep the ferry running all winter," said Tara Ilo, its chair.

            —"Night shift on the quay: a photo essay," by Courier's Ben Ode.

            —"Why the tide tables are wrong," by Ana Ribeiro.

            —"'Night Desk' returns for a second series," by Lia Moss.
            """
        #expect(kinds(text) == [
            "We will keep the ferry running all winter, → direct",
            "Night shift on the quay: a photo essay, → term",
            "Why the tide tables are wrong, → term",
            "'Night Desk' returns for a second series, → term",
        ])
    }

    /// A passive cue has no comma before `by`: the quoted words stay someone's.
    @Test func aPassiveCueKeepsTheQuotation() {
        let text = "The plan was branded \"a reckless gamble\" by Tara Ilo on Monday."
        #expect(seenQuotes(text).map(\.words) == ["a reckless gamble"])
    }

    /// A full title with a subtitle after a colon names a book or a film, whatever verb is near.
    @Test func aTitleWithASubtitleIsATerm() {
        let text = """
            Port history

            The mayor cut the ribbon in 1998, according to "Tides of Trade: The Story of a Harbour Town," a history of the port.

            "It was the proudest day of my life," the mayor later said.
            """
        #expect(kinds(text) == [
            "Tides of Trade: The Story of a Harbour Town, → term",
            "It was the proudest day of my life, → direct",
        ])
    }

    /// Speech with a colon in it is still speech: its words after the colon are not in title case.
    @Test func speechWithAColonStaysSpeech() {
        let text = "\"Here is the truth: we ran out of money in March,\" Ben Ode said."
        #expect(seenQuotes(text).map(\.kind) == [.direct])
    }

    /// A headline's quoted modifier (`in 'safety risk' row`) is a term there, but the body's
    /// own use of the words, with a cue, stays a quotation: the headline does not decide the body.
    @Test func aHeadlineTermDoesNotSettleTheBody() {
        let text = """
            Mayor scraps ferry in 'safety risk' row

            The harbour board said the old ferry was a "safety risk" and should stay in port.
            """
        #expect(kinds(text) == ["safety risk → term", "safety risk → partial"])
        #expect(seenQuotes(text).map(\.speaker) == ["The harbour board"])
    }

    /// A single word that is a term in the headline is a name or a coinage, and stays a term in
    /// the body even after a cue.
    @Test func aHeadlineCoinageStaysATerm() {
        let text = """
            Office robots get 'botiquette' lessons

            Robots are being taught "botiquette" so they can share offices with people.

            Ana Ribeiro said the "botiquette" lessons would take years.
            """
        #expect(kinds(text) == ["botiquette → term", "botiquette → term", "botiquette → term"])
    }
}
