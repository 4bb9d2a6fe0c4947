import Testing
@testable import NewsCore

/// A firm named as two names joined by an ampersand speaks as the whole firm, whether the reader
/// meets the names before their cue or after it. Every passage is written by the team; the firms
/// are invented.
struct AmpersandNameSpeakerTests {
    @Test func aFirmBeforeItsCueIsReadWhole() {
        let text = """
            Holiday trading

            Hale & Dunmore said sales had been "very disappointing" over the holiday weeks.
            """
        #expect(seenSpeaker(of: "very disappointing", in: text) == "Hale & Dunmore")
    }

    @Test func aFirmAfterAnInvertedCueIsReadWhole() {
        let text = """
            Holiday trading

            "We expect a better spring for every store," said Hale & Dunmore in a statement.
            """
        #expect(seenSpeaker(of: "We expect a better spring for every store,", in: text) == "Hale & Dunmore")
    }
}
