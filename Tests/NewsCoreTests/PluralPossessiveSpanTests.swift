import Testing
@testable import NewsCore

/// A closing single mark after an `s` is read as a plural possessive only when a later mark can
/// close the quotation: a later mark that opens a quotation of its own, or another possessive,
/// cannot. Every passage is written by the team; the clubs, the songs and the places are invented.
struct PluralPossessiveSpanTests {
    /// Every quoted stretch the finder reports, terms included, as text.
    func stretches(_ text: String) -> [String] {
        QuoteFinder.quotes(in: text).map { text.scalarSlice($0.range) }
    }

    @Test func aLaterPossessiveClosesNothing() {
        let text = """
            Rugby history

            Four of the touring side joined the newly formed 'Silver Ferns' league club after the tour, and the Kiwis' 3-4-1 formation drew criticism.
            """
        #expect(stretches(text) == ["Silver Ferns"])
    }

    @Test func aLaterOpeningMarkClosesTheQuotationBefore() {
        let text = """
            Readers pick a song

            I find it hard to believe that 'Harbour Lights' is the best song of the decade! I'm starting to read 'best' as 'most played at weddings'.
            """
        #expect(stretches(text) == ["Harbour Lights", "best", "most played at weddings"])
    }

    @Test func aPossessiveInsideAQuotationStillReadsAsOne() {
        let text = """
            Union vote

            'We want the players' union to vote on it,' said Ada Marlow.
            """
        #expect(seenSpeaker(of: "We want the players' union to vote on it,", in: text) == "Ada Marlow")
    }
}
