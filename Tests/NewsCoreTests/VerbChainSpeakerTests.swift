import Testing
@testable import NewsCore

/// A cue reached through a verb chain (`goes on to say`, `declined to comment`) takes the subject
/// before the chain, a description included; an infinitive after a noun phrase with no verb of
/// the chain (`the latest star to bemoan`) is no subject and verb. Every passage is written by
/// the team; the people and places are invented.
struct VerbChainSpeakerTests {
    @Test func aDescriptionBeforeAVerbChainIsTheSpeaker() {
        let text = """
            Ferry cuts

            The letter goes on to say: "We cannot keep the evening ferry running past March."

            Her lawyer went on to say that the board had been "misled from the start."
            """
        #expect(seenSpeaker(of: "We cannot keep the evening ferry running past March.", in: text) == "The letter")
        #expect(seenSpeaker(of: "misled from the start.", in: text) == "Her lawyer")
    }

    @Test func anInfinitiveAfterANounPhraseIsNoVerbChain() {
        let text = """
            Comedy

            Tam Ilo is the latest comedy star to bemoan the "slow death" of the late-night sketch show.
            """
        #expect(seenSpeaker(of: "slow death", in: text) != "the latest")
    }
}
