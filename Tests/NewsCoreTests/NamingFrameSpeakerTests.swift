import Testing
@testable import NewsCore

/// Quoted words that a passive or a participle gives as a name or a label (`it was dubbed the
/// "…"`, `a box labelled "…"`) are nobody's words unless an agent or a verb of saying claims
/// them. Every passage is written by the team; the people and places are invented.
struct NamingFrameSpeakerTests {
    /// The speaker text of the quotation with these words, or nil; the test fails when the words
    /// are not found as a quotation or a term at all.
    func speaker(of words: String, in text: String) -> String?? {
        guard let q = QuoteFinder.quotes(in: text).first(where: { text.scalarSlice($0.range) == words }) else { return .none }
        return .some(q.speaker.map { text.scalarSlice($0) })
    }

    @Test func aPassiveNameHasNoSpeaker() {
        let text = """
            Ferry fares to rise

            Ada Ode, the harbour master, spoke to the council on Monday about the new charges for the crossing.

            The charge was quickly dubbed the "ferry tax" in the town, and the crossing to Merrowick lost trade.

            The levy was later known as the "island penalty" across the county.
            """
        #expect(speaker(of: "ferry tax", in: text) == .some(nil))
        #expect(speaker(of: "island penalty", in: text) == .some(nil))
    }

    @Test func aLabelAfterANounHasNoSpeaker() {
        let text = """
            Library sale draws a crowd

            Volunteers left the old atlases in a crate labelled "free to a good home" outside the library in Merrowick.
            """
        #expect(speaker(of: "free to a good home", in: text) == .some(nil))
    }

    @Test func anAgentAfterTheLabelIsTheSpeaker() {
        let text = """
            Harbour plan criticised

            The harbour plan was labelled "reckless and rushed" by Ada Ode, the council leader, on Monday.
            """
        let s = speaker(of: "reckless and rushed", in: text)
        #expect(s??.contains("Ode") == true, "\(String(describing: s))")
    }

    @Test func anAgentAfterAsAndAnArticleIsTheSpeaker() {
        let text = """
            Harbour plan criticised

            The council has pressed on with the harbour plan, often labelled as a "vanity project" by residents, and the work starts in May.
            """
        let s = speaker(of: "vanity project", in: text)
        #expect(s??.contains("residents") == true, "\(String(describing: s))")
    }

    @Test func aVerbOfSayingInTheSentenceKeepsTheSpeaker() {
        let text = """
            Harbour plan criticised

            Ada Ode said the harbour plan, known as the "quiet deal" in the town, would cost jobs.
            """
        let s = speaker(of: "quiet deal", in: text)
        #expect(s??.contains("Ode") == true, "\(String(describing: s))")
    }
}

/// An indefinite description right after quoted words (`"…," a phrase borrowed from …`) is in
/// apposition to them, not their speaker, unless it names a person or has a verb of saying.
/// Every passage is written by the team; the people and places are invented.
struct AppositionAfterQuoteTests {
    @Test func anIndefiniteDescriptionOfTheWordsIsNoSpeaker() {
        let text = """
            Ferry plan backed

            Ada Ode said the ferry plan was "a lifeline for the islands," a phrase borrowed from the harbour board's own report.
            """
        #expect(seenSpeaker(of: "a lifeline for the islands,", in: text) == "Ada Ode")
    }

    @Test func anIndefinitePersonAfterTheWordsStillSpeaks() {
        let text = """
            Ferry plan backed

            "We have waited twenty years for this," a fisherman grumbled on the quay at Merrowick.
            """
        #expect(seenSpeaker(of: "We have waited twenty years for this,", in: text) == "a fisherman")
    }
}
