import Testing
@testable import NewsCore

/// Speakers for three shapes of news writing the first round of issue 14 left wrong. The
/// passages are written by the team; the people and places are invented.
struct ShortRoundSpeakerTests {
    /// `Ode was asked, "…?" She answered, "…"`: the pronoun after the question opens a new
    /// sentence whose cue introduces the answer; the question put to Ode is no one's she said.
    @Test func aCueOpeningTheAnswerDoesNotTakeTheQuestion() {
        let text = """
            Harbour inquiry

            Mara Ode was asked, "Did you know the quay wall was failing?" She answered, "Nobody told me. I read about it like everyone else."
            """
        let seen = seenQuotes(text)
        #expect(seen.first { $0.words == "Did you know the quay wall was failing?" }?.speaker == nil)
        #expect(seen.first { $0.words.hasPrefix("Nobody told me.") }?.speaker == "She")
    }

    /// `Ilo wrote to Ode, "…?" Ode then wrote back, "…"`: a name opening the sentence after the
    /// question introduces the reply; the question is the one whose cue comes before it.
    @Test func aNamedReplyAfterAQuestionLeavesTheQuestionToItsOwnCue() {
        let text = """
            Harbour emails

            Tam Ilo answered the mayor with, "Why this week? The board meets on Friday?" Ada Ode then wrote back, "Because the quay cannot wait."
            """
        let seen = seenQuotes(text)
        #expect(seen.first { $0.words.hasPrefix("Why this week?") }?.speaker == "Tam Ilo")
        #expect(seen.first { $0.words.hasPrefix("Because the quay") }?.speaker == "Ada Ode")
    }

    /// `"…?" he asked`: a lower-case pronoun after the question goes on its sentence and speaks it.
    @Test func aLowerCaseCueAfterTheQuestionStillSpeaksIt() {
        let text = """
            Harbour inquiry

            "Who signed off on the repairs?" he asked, looking at the board.
            """
        #expect(seenSpeaker(of: "Who signed off on the repairs?", in: text) == "he")
    }

    /// `Ode has called for …, even the ones the board now says are "…"`: the cue in the contact
    /// relative clause after `the ones` reports the quoted words, not the cue earlier in the sentence.
    @Test func aCueInAContactRelativeClauseBeatsAnEarlierCue() {
        let text = """
            Harbour files

            Ada Ode has repeatedly called for the harbour reports to be published in full, even the ones Merrow Council now says are "commercially sensitive." She wants a vote in March.
            """
        #expect(seenSpeaker(of: "commercially sensitive.", in: text) == "Merrow Council")
    }

    /// `Ode told the paper Ilo called it "…"`: a noun phrase right after the outer cue is its
    /// object, and the outer speaker still reports the clause after it.
    @Test func theObjectOfAnOuterCueOpensNoRelativeClause() {
        let text = """
            Harbour files

            Ada Ode told the paper Tam Ilo had called the reports "a whitewash" at the meeting.
            """
        #expect(seenSpeaker(of: "a whitewash", in: text) == "Ada Ode")
    }

    /// `Ode: Voters Worried About …; It's '…'`: in a title-case headline opened by a name and a
    /// colon, a verb of feeling after the colon reports the lead's view: the lead speaks the line.
    @Test func aHeadlineLeadSpeaksOverAVerbOfFeeling() {
        let text = """
            Ada Ode: Island Voters Worried About Ferry Fares; It's 'a Slow Disaster'

            The mayor spoke on Monday.
            """
        #expect(seenSpeaker(of: "a Slow Disaster", in: text) == "Ada Ode")
    }
}
