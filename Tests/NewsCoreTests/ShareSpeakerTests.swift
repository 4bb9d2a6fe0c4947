import Testing
@testable import NewsCore

/// The share of the people asked speaks in poll reports: `21 percent said "…"`, `62% said "…"`.
/// Every passage is written by the team; the town and the poll are invented.
struct ShareSpeakerTests {
    @Test func aShareInWordsSpeaks() {
        let text = """
            Ferry poll

            In the harbour survey, 21 percent said the crossing was "not worth the fare" for commuters in Merrowick.
            """
        #expect(seenSpeaker(of: "not worth the fare", in: text) == "21 percent")
    }

    @Test func aShareWithAPercentSignSpeaks() {
        let text = """
            Ferry poll

            Asked about the crossing, 62% said the fares were "far too high" for families.
            """
        #expect(seenSpeaker(of: "far too high", in: text) == "62%")
    }
}
