import Testing
@testable import NewsCore

/// A name that ends in a short number (`Radio 1`, `Channel 4`, `Number 10`) is read whole before
/// its cue. Every passage is written by the team; the stations are generic.
struct NumberedNameSpeakerTests {
    @Test func aStationWithANumberIsTheSpeaker() {
        let text = """
            Night shows

            The late-night slot will carry new bands. Radio 1 said the three presenters had been picked for their "deep knowledge of the scene".
            """
        #expect(seenSpeaker(of: "deep knowledge of the scene", in: text) == "Radio 1")
    }

    @Test func aChannelWithANumberIsTheSpeaker() {
        let text = """
            Quiz row

            Channel 4 insisted the quiz had been "entirely fair" to every contestant.
            """
        #expect(seenSpeaker(of: "entirely fair", in: text) == "Channel 4")
    }

    @Test func anAddressWithANumberIsTheSpeaker() {
        let text = """
            Rail plan

            Number 10 said the rail plan was "the right choice for the north" and would go ahead.
            """
        #expect(seenSpeaker(of: "the right choice for the north", in: text) == "Number 10")
    }
}
