import Testing
@testable import NewsCore

/// A sentence that opens with a noun and its prepositional phrase, then an aside between commas,
/// has that noun as the speaker of its cue, not the last word of the aside. Every passage is
/// written by the team; the people and places are invented.
struct OpeningNounSpeakerTests {
    @Test func theOpeningNounBeforeItsPrepositionalPhraseSpeaks() {
        let text = """
            Harbour plan divides the town

            Critics on the council, many of them Greens, argue that the harbour plan is a "giveaway to developers" and should be stopped.
            """
        #expect(seenSpeaker(of: "giveaway to developers", in: text) == "Critics")
    }

    @Test func anOpeningParticipleIsNoSubject() {
        let text = """
            Budget reply

            Responding to the budget, the opposition's finance spokesman, Tam Ilo, said: "This was a budget for nobody."
            """
        let speaker = seenSpeaker(of: "This was a budget for nobody.", in: text)
        #expect(speaker?.hasSuffix("Tam Ilo") == true && speaker?.hasPrefix("Responding") == false, "\(String(describing: speaker))")
    }
}
