import Testing
@testable import NewsCore

/// A programme's title in quotation marks, with the comma American style puts inside them, is
/// neither part of the speaker's name after it nor a speaker itself. Every passage is written by
/// the team; the programme, the network and the people are invented.
struct QuotedTitleSpeakerTests {
    @Test func theTitleBeforeTheSpeakerIsLeftOut() {
        let text = """
            Senator attacks budget

            In an interview on the network's "Evening Table," Senator Ada Marlow said the budget was "a disgrace to the chamber."
            """
        #expect(seenSpeaker(of: "a disgrace to the chamber.", in: text) == "Senator Ada Marlow")
    }

    @Test func theSubjectBeforeATitleInAnAsideSpeaks() {
        let text = """
            Actor backs ferry plan

            Torvald, star of the network's "Harbour Lights," thanked the council for "keeping the crossing open."
            """
        #expect(seenSpeaker(of: "keeping the crossing open.", in: text) == "Torvald")
    }

    @Test func aTitleClosingAnAppositiveIsNoSpeaker() {
        let text = """
            Old colleague defends mogul

            Ben Ostrow, a contestant on the mogul's quiz show, "Last Bid," who later ran his shops, said he was "always fair with his staff."
            """
        #expect(seenSpeaker(of: "always fair with his staff.", in: text) == "Ben Ostrow")
    }
}
