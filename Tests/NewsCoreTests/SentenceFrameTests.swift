import NewsCore
import Testing

/// The frame of a sentence around its subject: a dateline before it, a place's abbreviation or a
/// relative clause beside it, a quoted title that ends the sentence before. None of them is the
/// speaker. Every passage is the team's own, about the invented city of Merrowick.
@Suite struct SentenceFrameTests {
    func speakers(_ text: String) -> [String?] {
        QuoteFinder.quotes(in: text).filter(\.kind.isQuotation).map(\.speakerText)
    }

    /// `MERROWICK, Ore. — Ada Ode …, saying "…"`: the dateline says where, not who.
    @Test func aDatelineIsNoSubject() {
        let text = "MERROWICK, Ore. — Councillor Ada Ode on Thursday blamed the press for the row over the bridge, saying reporters had \"missed the larger truth.\""
        #expect(speakers(text) == ["Councillor Ada Ode"])
    }

    /// A dated dateline with an agency in brackets, and one in ordinary capitals with an agency.
    @Test func anAgencyDatelineIsNoSubject() {
        let dated = "MERROWICK, May 3 (Harbour Wire) — The mayor's chief of staff rallied volunteers, saying: \"We have to be ready for the flood.\""
        #expect(speakers(dated) == ["The mayor's chief of staff"])
        let agency = "Merrowick (AP) – Councillor Ada Ode has taken a swipe at her rival, saying that \"loud promises\" do more harm than good."
        #expect(speakers(agency) == ["Councillor Ada Ode"])
    }

    /// A name and a dash open no dateline, even after a title in capitals or with a bracket.
    @Test func aNameAndDashIsNotADateline() {
        let text = "Ada Ode – who has run the ferry for years – said the timetable was \"a fair deal.\""
        #expect(speakers(text) == ["Ada Ode"])
        let titled = "DJ Ada Ode - aka Kestrel - has said that harbour music is going through \"a quiet patch\"."
        #expect(speakers(titled) == ["DJ Ada Ode"])
        let party = "Ada Ode (Greens) – the harbour's longest-serving councillor – said the ferry was \"a fair deal.\""
        #expect(speakers(party) == ["Ada Ode"])
    }

    /// `At a rally in Merrowick, Ore., on Tuesday, Ada Ode …`: the state's abbreviation belongs to the city.
    @Test func aStateAbbreviationIsNoSubject() {
        let text = "At a rally in Merrowick, Ore., on Tuesday, Councillor Ada Ode endorsed Ilo, saying that her former rival would \"make an outstanding mayor.\""
        #expect(speakers(text) == ["Councillor Ada Ode"])
        let from = "At a rally in Merrowick, Ore., on Tuesday, Councillor Ada Ode of Kestrel Bay endorsed Ilo, saying that her former rival would \"make an outstanding mayor.\""
        #expect(speakers(from) == ["Councillor Ada Ode"])
        let colon = "In the hours after the flood in Merrowick, Ore., a familiar voice celebrated on the radio: \"We are still here.\""
        #expect(speakers(colon) == ["a familiar voice"])
    }

    /// `Ada Ode, whose firm, Kestrel, builds boats, said …`: the commas inside the relative clause
    /// set off no appositive; the speaker is the one the clause describes.
    @Test func aRelativeClauseWithCommasKeepsItsSubject() {
        let text = "Ada Ode, whose boatyard, Kestrel Marine, employs forty people, said the mayor was the harbour's best friend: \"She has kept the slipway open.\""
        #expect(speakers(text) == ["Ada Ode"])
        let argues = "Tam Ilo, whose hometown, Merrowick, is expected to flood by 2050, argues that the sea wall plan will \"bankrupt the city.\""
        #expect(speakers(argues) == ["Tam Ilo"])
    }

    /// `… a goal of "Peace Through Strength." He told …`: the quoted title ends its sentence, so
    /// the next sentence's cue has its own subject.
    @Test func aQuotedTitleEndsItsSentence() {
        let text = "In her speech on Wednesday, Ode proclaimed a goal of \"Safe Streets For All.\" She told an invited crowd at the harbour club that she wants a policy \"focused on the ferries and the bridges.\""
        #expect(speakers(text) == ["She"])
    }

    /// A paragraph of quotation over a line `– Ada Ode.`: the signature names its speaker; a
    /// dash line that is no name (`– 30 –`) names no one.
    @Test func aSignatureLineNamesTheQuotationAbove() {
        let text = """
            Harbour debate: what they said

            Councillor Ada Ode spoke first, about the bridge.

            "The ferry pays for itself, and the figures show it."

            – Tam Ilo.

            "We will keep the quay open all winter."

            - Ada Ode, Merrowick Harbour Trust
            """
        #expect(speakers(text) == ["Tam Ilo", "Ada Ode"])
    }

    /// `Continuing to explain …, Ilo rejected …, saying "…"`: a participle of a verb of saying that
    /// opens the sentence is a phrase before the subject, not the subject.
    @Test func anOpeningParticipleIsNoSubject() {
        let text = "Continuing to explain his view, Tam Ilo rejected the idea that the closure was routine, saying that if he \"found something rotten, I would fix it.\""
        #expect(speakers(text) == ["Tam Ilo"])
    }

    /// `Much of Ilo's anger …`, `Ever since …`: words that only open a sentence are no names.
    @Test func aSentenceOpeningWordIsNoName() {
        let much = "Much of Ilo's anger was aimed at the board, which Ada Ode on Monday called \"a club for the comfortable.\""
        #expect(speakers(much) == ["Ada Ode"])
        let ever = "Ever since she left the board, Ada Ode has been its sharpest critic, with a simple message: \"Open the quay.\""
        #expect(speakers(ever) == ["Ada Ode"])
    }

    /// `Ilo's careless comments`: a cue word after an owner's `'s` and an adjective is a noun, and
    /// no cue with the words before it as its subject; a spokesman's `says` is still a verb.
    @Test func anOwnersRemarksAreANoun() {
        let text = "At Tuesday's meeting, Ada Ode cited Ilo's past references to the mayor as \"Captain Ferry\" as examples of Ilo's careless comments about the crew."
        #expect(speakers(text) == ["Ada Ode"])
        let spokesman = "Ada Ode's spokesman says the board \"will not be rushed.\""
        #expect(speakers(spokesman) == ["Ada Ode's spokesman"])
    }
}
