import NewsCore
import Testing

/// A speaker is a mention of a person, a group of people or an organisation, or of a thing that
/// speaks (a report, a statement). When only its place as the sentence's subject makes a phrase
/// the speaker of the quoted words in it, and the phrase is a thing, there is no speaker rather
/// than a wrong one. Every passage is the team's own, about the invented port of Merrowick.
@Suite struct ThingSubjectSpeakerTests {
    /// `Then, the punch line: "…"`: a colon introduces the words, but a line of a speech is no
    /// one; the mayor is not named in the sentence, so there is no speaker rather than a wrong one.
    @Test func aThingBeforeAColonIsNoSpeaker() {
        let text = """
            Dock strike

            The mayor spoke for an hour on Friday. Then, the punch line: "We will build a second pier before the winter."
            """
        let found = foundQuotations(text)
        #expect(found.count == 1)
        #expect(found.first?.speakerText == nil)
    }

    /// `An argument, …, between "…" and "…"`: a sentence about a quarrel quotes both sides, and
    /// the argument itself says neither.
    @Test func anAbstractNounAsTheSubjectIsNoSpeaker() {
        let text = """
            Dock strike

            The dockers and the port board no longer talk. An argument, now in its third month, between "The port is dying" and "The port is only changing" fills the letters page.
            """
        let found = foundQuotations(text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speakerText == nil })
    }

    /// `Many dockers saw the plan as "…"`, `Its members regarded it as "…"`: people and groups as the
    /// subject still speak.
    @Test func peopleAsTheSubjectStillSpeak() {
        let text = """
            Dock strike

            The union wrote to the port board on Monday. Many dockers saw the plan as "a slow goodbye to the harbour".

            The union wrote to the board again. Its members regarded the offer as "an insult to every family on the quay".
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Many dockers", "Its members"])
    }

    /// `The report puts the harbour among the sites "…"`: a report, a statement or a letter speaks in news.
    @Test func aThingThatSpeaksIsStillTheSpeaker() {
        let text = """
            Dock strike

            An inspection was carried out last year. The report puts the harbour wall among the sites "at risk in any winter storm".
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["The report"])
    }

    /// `The union's leader took the offer as "…"`: a past tense not spelt `-ed` ends the subject,
    /// which would otherwise run on over the verb to `the offer as`, no one.
    @Test func anIrregularPastEndsTheSubject() {
        let text = """
            Dock strike

            The talks ended on Monday. The union's leader took the offer as "a slap in the face" for every docker.
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["The union's leader"])
    }

    /// `Its leader doesn't accept the "…"`: a negated auxiliary ends the subject too.
    @Test func aNegatedAuxiliaryEndsTheSubject() {
        let text = """
            Dock strike

            The union wrote to the board on Friday. Its leader doesn't accept the "final offer" and wants another vote.
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Its leader"])
    }

    /// `It has not helped that the ferry company has tried "…"`: a placeholder `it` before a
    /// `that` clause is no one; the clause's own subject is who the sentence is about.
    @Test func aPlaceholderItGivesWayToTheSubjectOfItsClause() {
        let text = """
            Ferry row

            Bookings fell again this summer. It has not helped that the ferry company has tried three slogans, from "sail with us" to "the island's lifeline", in as many years.
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["the ferry company", "the ferry company"])
    }

    /// `the 41-year-old mother of three replied, "…"`: a count after `of` closes the description,
    /// which is the speaker, rather than a pronoun further back.
    @Test func aParentOfSeveralIsOneDescription() {
        let text = """
            Ferry row

            Mara Ode runs the quay cafe. She was asked about the winter timetable, and when pressed on the cuts, the 41-year-old mother of three replied, "We will manage, we always have."
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["the 41-year-old mother of three"])
    }

    /// `Fares are "…" and "…," Ada Ode, the council's chair, told a meeting`: the cue clause after
    /// the second quotation reports the first as well, not the sentence's subject, `Fares`.
    @Test func aClosingCueAfterTheNextQuotationReportsBoth() {
        let text = """
            Ferry row

            Fares are "too high for islanders" and "a tax on living here," Ada Ode, the chair of the island council, told a packed meeting on Tuesday.
            """
        let found = foundQuotations(text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speakerText?.hasPrefix("Ada Ode") == true })
    }

    /// `Ilo accuses the board of "…" and Ode says it is "…"`: `and` before a new subject and its
    /// own cue joins a clause of its own, which the first cue does not report.
    @Test func aCoordinatedClauseKeepsItsOwnSpeaker() {
        let text = """
            Dock strike

            Tam Ilo accuses the board of "betraying the island" and Ada Ode says it is "losing the fight for the harbour".
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Tam Ilo", "Ada Ode"])
    }

    /// `Two environmentalists regarded the plan as "…"`: a noun English makes for a person
    /// (`-ist`, `-ician`, `-man`) names people though no list holds it.
    @Test func aPersonNounByItsEndingStillSpeaks() {
        let text = """
            Dock strike

            The council wrote to residents on Monday. Two environmentalists regarded the plan as "a harbour for the rich".
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Two environmentalists"])
    }
}
