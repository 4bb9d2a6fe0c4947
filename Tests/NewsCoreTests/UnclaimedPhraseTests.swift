import Testing
@testable import NewsCore

/// Quoted words that no cue and no speaker claim: a long phrase in lower case is lifted from
/// someone's words and stays a quotation with no speaker, a short one is a term; and a mark that
/// closes a tag broken over two lines opens no quotation. Every passage is written by the team;
/// the places and the accounts are invented.
struct UnclaimedPhraseTests {
    @Test func aLongLowerCasePhraseIsAQuotationWithNoSpeaker() {
        let text = """
            Pier closes for repairs

            Ferry passengers face a cold spring. The "longest closure of the pier since the harbour was built" may end in May.
            """
        #expect(seenQuotes(text) == [SeenQuote(words: "longest closure of the pier since the harbour was built", kind: .partial, speaker: nil)])
    }

    @Test func aShortLowerCasePhraseIsATerm() {
        let text = """
            Pier closes for repairs

            Ferry passengers face a cold spring. The "big freeze" may end in May.
            """
        #expect(seenQuotes(text).isEmpty)
        #expect(seenTerms(text) == ["big freeze"])
    }

    @Test func aTagBrokenOverTwoLinesOpensNoQuotation() {
        let text = """
            Mayor posts about the ferry

            <post author="@harbourmayor" date="May 2
            ">The crossing stays open. See you on board<post/>.
            """
        #expect(seenQuotes(text).isEmpty)
    }
}
