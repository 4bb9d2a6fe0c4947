import NewsCore
import Testing

/// Reported speech goes on past its cue sentence, a sentence's subject stops at its verb, and an
/// `it` that stands for no one speaks for no one. Every passage is the team's own, about the
/// invented port of Merrowick.
@Suite struct ReportedSpeechSpeakerTests {
    /// `The board would "…"` right after `Ode said …`: the past modal is the report's tense shifted
    /// back, so the words stay the harbour master's, not the board's.
    @Test func aPastModalAfterAReportKeepsTheReporter() {
        let text = """
            Dock strike

            The harbour master, Ada Ode, said the pier was "close to collapse" after the storm. The board and its contractors would "have to work through the winter".
            """
        #expect(seenSpeaker(of: "have to work through the winter", in: text) == "The harbour master, Ada Ode")
    }

    /// With no report in the sentence before, the subject of a past modal speaks for itself.
    @Test func aPastModalWithNoReportBeforeKeepsItsSubject() {
        let text = """
            Dock strike

            The pier was damaged in the storm. The harbour board would "review every option" in the spring.
            """
        #expect(seenSpeaker(of: "review every option", in: text) == "The harbour board")
    }

    /// `These include …`: a present tense that is never a noun is the verb, so the subject is the
    /// pronoun alone, which names no one; the board that set the rules spoke them.
    @Test func aPresentTenseThatIsNoNounEndsTheSubject() {
        let text = """
            Dock strike

            The harbour board set out several "strict conditions" for the new fees. These include ships which carry "hazardous cargo" through the narrows.
            """
        #expect(seenSpeaker(of: "hazardous cargo", in: text) != "These include ships")
    }

    /// `It will also end the "…"`, `It has been called "…"`: with no cue, an `it` that stands for
    /// nothing the article names (here a fee, a quay) and does nothing itself is no speaker.
    @Test func anItThatStandsForNoOneIsNoSpeaker() {
        let text = """
            Dock strike

            The new mooring fee is small. It will also end the "old ways" of the quay.

            The north quay is the oldest in the port. It has been called "the front step of the town" for a century.
            """
        #expect(seenSpeaker(of: "old ways", in: text) == nil)
        #expect(seenSpeaker(of: "the front step of the town", in: text) == nil)
    }

    /// `It filed a claim against "…"`: an `it` that acts stands for an organisation, named or not,
    /// and keeps its words.
    @Test func anItThatActsKeepsItsWords() {
        let text = """
            Dock strike

            The ferry company lost the contract last year. Last week it filed a claim against "unnamed officials" of the port.
            """
        #expect(seenSpeaker(of: "unnamed officials", in: text) == "it")
    }

    /// `It called the plan "…"`: an `it` with a cue still speaks, whatever it stands for.
    @Test func anItWithACueStillSpeaks() {
        let text = """
            Dock strike

            The union met on Monday. It called the plan "a harbour for the rich".
            """
        #expect(seenSpeaker(of: "a harbour for the rich", in: text) == "It")
    }
}
