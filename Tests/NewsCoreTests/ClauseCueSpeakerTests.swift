import Testing
@testable import NewsCore

/// Which cue owns quoted words when a sentence holds more than one clause: a clause that opens
/// the sentence with a subordinator keeps its own cue, and a `that` clause after a noun of
/// content reports nothing. Every passage is written by the team; the people and places are
/// invented.
struct ClauseCueSpeakerTests {
    @Test func anOpeningWhileClauseKeepsItsCue() {
        let text = """
            Ferry row

            While Ada Ode describes the new timetable as "a gift to commuters," Tam Ilo doubts it will last the winter.
            """
        #expect(seenSpeaker(of: "a gift to commuters,", in: text) == "Ada Ode")
    }

    @Test func anOpeningEvenAsClauseKeepsItsCueOverTheMainClausesCue() {
        let text = """
            Hull repairs

            Even as the harbour master insisted that the ferry was "safe and well run," two former captains said the hull had been patched for years.
            """
        #expect(seenSpeaker(of: "safe and well run,", in: text) == "the harbour master")
    }

    @Test func aCueInAClauseClosedBeforeTheQuotationDoesNotTakeIt() {
        let text = """
            Depot

            After Ada Ode said her piece, "we were all stunned," Tam Ilo recalled in a long interview with the local paper about the affair and its cost to the town.
            """
        #expect(seenSpeaker(of: "we were all stunned,", in: text) == "Tam Ilo")
    }

    @Test func anInvertedCueAfterTheOpeningClauseStillSpeaks() {
        let text = """
            Depot vote

            When the vote was called, "we had no idea what was coming," said Tam Ilo, who chairs the depot committee.
            """
        #expect(seenSpeaker(of: "we had no idea what was coming,", in: text) == "Tam Ilo")
    }

    @Test func aNounComplementDoesNotTakeTheParticiple() {
        let text = """
            Depot closure

            Councillor Ada Ode dismissed the notion that Tam Ilo had misled voters, saying the claim was "a smear from start to finish."
            """
        let speaker = seenSpeaker(of: "a smear from start to finish.", in: text)
        #expect(speaker?.hasSuffix("Ada Ode") == true, "\(String(describing: speaker))")
    }

    @Test func aThatClauseAfterAVerbStillGivesItsSubject() {
        let text = """
            Depot closure

            The paper reported that Ada Ode, who chairs the committee, had met the owners twice, insisting the depot was "not for sale."
            """
        #expect(seenSpeaker(of: "not for sale.", in: text) == "Ada Ode")
    }

    @Test func aRestrictiveWhoClauseBeforeTheCueLeavesTheNounItsSubject() {
        let text = """
            Depot closure

            A council officer who asked not to be named said, "The depot will close in spring."
            """
        #expect(seenSpeaker(of: "The depot will close in spring.", in: text) == "A council officer")
    }

    @Test func aDescriptionWithARestrictiveClauseInAppositionIsTheName() {
        let text = """
            Poll watch

            "The count in the north will decide it," Ada Ode, the pollster who runs the county survey said on Friday.
            """
        #expect(seenSpeaker(of: "The count in the north will decide it,", in: text) == "Ada Ode")
    }
}
