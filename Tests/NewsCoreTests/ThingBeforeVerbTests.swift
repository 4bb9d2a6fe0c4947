import Testing
@testable import NewsCore

/// After a quotation, a verb that is no verb of saying speaks only through someone: an object
/// after it (`revamped his plans`) or a thing before it (`the lanterns swayed`) said nothing.
/// Every passage is written by the team; the people and places are invented.
struct ThingBeforeVerbTests {
    @Test func anObjectAfterAnInvertedPlainVerbIsNoSpeaker() {
        let text = """
            Harbour plans

            Tam Ilo, after a week of talk about "the ferry question," reworked his plans for a Monday meeting with the harbour board.
            """
        #expect(seenSpeaker(of: "the ferry question,", in: text) == "Tam Ilo")
    }

    @Test func aThingBeforeAPlainVerbIsNoSpeaker() {
        let text = """
            Lantern night

            When Ada Ode closed her speech — "we light these for everyone we lost" — the lanterns drifted out over the bay.
            """
        #expect(seenSpeaker(of: "we light these for everyone we lost", in: text) != "the lanterns")
    }

    @Test func aGroupBeforeAPlainVerbStillSpeaks() {
        let text = """
            Fares

            "We will not pay another penny," the passengers chanted outside the ferry office.
            """
        #expect(seenSpeaker(of: "We will not pay another penny,", in: text) == "the passengers")
    }

    @Test func aThingBeforeAVerbOfSayingStillSpeaks() {
        let text = """
            Depot report

            "The depot cannot stay open past the spring," the report concluded.
            """
        #expect(seenSpeaker(of: "The depot cannot stay open past the spring,", in: text) == "the report")
    }
}
