import Testing
@testable import NewsCore

/// Quoted words that are a term in one place and someone's words in another, titles listed
/// together, and names given with a word for a name. Every passage is written by the team; the
/// people, places and works are invented.
struct QuoteTermOrQuotationTests {
    @Test func aLabelQuotedAgainUnderACueIsTheSpeakersWords() {
        let text = """
            Files row deepens

            Clerks stamped the "top secret" files and locked them in the basement.

            On Tuesday Ada Marlow said the files were "top secret" and should stay closed.
            """
        #expect(seenTerms(text) == ["top secret"])
        #expect(seenSpeaker(of: "top secret", in: text) == "Ada Marlow")
    }

    @Test func aWordMentionedAsAWordStaysATermAfterACue() {
        let text = """
            Dictionary picks its word

            The term "floatel" has been chosen as the word of the year by a dictionary publisher.

            The publisher said "floatel" headed its list of the words most looked up online.
            """
        #expect(seenTerms(text) == ["floatel", "floatel"])
        #expect(seenQuotes(text).isEmpty)
    }

    @Test func aTitleListedWithATitleIsATitle() {
        let text = """
            Actor joins harbour drama

            Torvald, who starred in "Night Desk" and "Harbour Lights," said the ferry scenes were "the hardest work of my life."
            """
        #expect(seenTerms(text) == ["Night Desk", "Harbour Lights,"])
        #expect(seenSpeaker(of: "the hardest work of my life.", in: text) == "Torvald")
    }

    @Test func aCitedTitleEndingOnAQuotedNameIsATerm() {
        let text = """
            Arts round-up

            STAGE NOTES - "Ada Marlow is leaving 'Night Desk,'" by Courier critic Ben Ostrow: "Ada Marlow, the star of the musical, will leave the show in June."
            """
        #expect(seenTerms(text) == ["Ada Marlow is leaving 'Night Desk,'"])
        #expect(seenQuotes(text).count == 1)
    }

    @Test func aPseudonymIsAName() {
        let text = """
            Councillor admits fake account

            Councillor Ben Ostrow posted under the pseudonym "Harbour Watcher," the inquiry found.

            Indeed, the name "Tidewater" comes from an old map of the bay, Ostrow said.
            """
        #expect(seenTerms(text) == ["Harbour Watcher,", "Tidewater"])
        #expect(seenQuotes(text).isEmpty)
    }

    @Test func wordsOnASignAreNobodysSpeech() {
        let text = """
            Rally over ferry cuts

            Outside the hall students held up signs reading, "Keep the ferry running," and Ben Ostrow said the council "had not listened."

            Two of them unveiled a poster trumpeting "the cheapest fares in twenty years" outside the ferry office.
            """
        #expect(seenTerms(text) == ["Keep the ferry running,", "the cheapest fares in twenty years"])
        #expect(seenSpeaker(of: "had not listened.", in: text) == "Ben Ostrow")
    }
}
