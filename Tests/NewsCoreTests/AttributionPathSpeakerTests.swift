import Testing
@testable import NewsCore

/// Attribution paths that used to credit the wrong person: a question put to someone in the
/// passive of `ask`, and a long description between an inverted cue and the name. Every passage
/// is written by the team; the people and places are invented.
struct AttributionPathSpeakerTests {
    @Test func aQuestionPutByNamedHostIsTheHosts() {
        let text = """
            Harbour debate

            Councillor Tam Ilo was asked by the host, Ada Ode, who chaired the evening, "Will the ferry run all winter?"
            """
        #expect(seenSpeaker(of: "Will the ferry run all winter?", in: text) == "the host, Ada Ode")
    }

    @Test func aQuestionPutToSomeoneIsNotTheirs() {
        let text = """
            Harbour debate

            At the meeting, Councillor Tam Ilo was asked, "Will the ferry run all winter?" Nobody on the panel replied.
            """
        let quote = seenQuotes(text).first { $0.words == "Will the ferry run all winter?" }
        #expect(quote != nil)
        #expect(quote?.speaker == nil)
    }

    @Test func theAnswerAfterTheQuestionKeepsItsSpeaker() {
        let text = """
            Harbour debate

            Councillor Tam Ilo was asked by the host, Ada Ode, "Will the ferry run all winter?"

            "We will do our best," Ilo said.
            """
        #expect(seenSpeaker(of: "We will do our best,", in: text) == "Ilo")
    }

    @Test func aLongDescriptionAfterAnInvertedCueEndsInTheName() {
        let text = """
            Fishing quotas

            "The quota is a start," said Danish fisheries union official Jens Morup. "It will not be the end."
            """
        #expect(seenSpeaker(of: "The quota is a start,", in: text) == "Danish fisheries union official Jens Morup")
        #expect(seenSpeaker(of: "It will not be the end.", in: text) == "Danish fisheries union official Jens Morup")
    }

    @Test func anOrganisationBeforeARoleDoesNotSpeakForThePerson() {
        let text = """
            Market rules

            "We will not tolerate it," said the Kestrel Board deputy enforcement director Mira Tallow.
            """
        #expect(seenSpeaker(of: "We will not tolerate it,", in: text) == "the Kestrel Board deputy enforcement director Mira Tallow")
    }

    @Test func aGivenNameEndingLikeAnAdverbOpensItsSentenceAsTheSubject() {
        let text = """
            Harbour vote

            Carly Ode threw her support behind Tam Ilo on Wednesday, saying it is time to have a "real harbour champion in the town hall."
            """
        #expect(seenSpeaker(of: "real harbour champion in the town hall.", in: text) == "Carly Ode")
    }

    @Test func aDocumentBeforeAColonSpeaksForTheQuotation() {
        let text = """
            Ferry survey

            The council published its ferry survey on Monday. From the report: "Most crossings ran late in the winter months."
            """
        #expect(seenSpeaker(of: "Most crossings ran late in the winter months.", in: text) == "the report")
    }

    @Test func aProgrammeNameWithAFunctionWordStaysInTheRole() {
        let text = """
            Morning interview

            The mayor said the ferry would run all winter.

            "But that was the first time in a long time, mayor," Harbour Radio This Morning co-host Tam Ilo said. "You do not do it often."
            """
        #expect(seenSpeaker(of: "But that was the first time in a long time, mayor,", in: text) == "Tam Ilo")
        #expect(seenSpeaker(of: "You do not do it often.", in: text) == "Tam Ilo")
    }
}
