import NewsCore
import Testing

/// Words that open a sentence before its subject (`Unless`, `Whatever`, `Outside`) are never a
/// speaker, and quoted words in a sentence with no cue and no subject of its own go on with the
/// quotation just before them. Every passage is the team's own, about the invented city of Merrowick.
@Suite struct SentenceOpenerSpeakerTests {
    /// `"…," said Ilo. Unless new money is found, "…"`: the second quotation is still Ilo's.
    @Test func aConjunctionOpeningTheNextSentenceKeepsTheSpeaker() {
        let text = """
            Ferry row

            "The slipway is safe for now," said Tam Ilo, the harbour master. Unless new money is found by March, "it will have to close by the spring."
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Tam Ilo", "Tam Ilo"])
    }

    /// `Outside the harbour office, there is anxiety that the "…"`: a preposition opening the
    /// sentence is no name, and with no one to say the words they get no speaker.
    @Test func aPrepositionOpeningTheSentenceIsNoSpeaker() {
        let text = """
            Ferry row

            Outside the harbour office, there is mounting anxiety among the boatmen that the "winter timetable" she had promised would never arrive.
            """
        let found = QuoteFinder.quotes(in: text)
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.speakerText != "Outside" })
    }

    /// `Using "…" to describe …`, `- Encouraging, pressing and using "…"`: an `-ing` word opening
    /// a sentence or a list item is a participle, never the speaker.
    @Test func aParticipleOpeningTheSentenceIsNoSpeaker() {
        let text = """
            Ferry row

            Many islanders distrust the council. Using "ferry poverty" to describe the island was common last winter.

            The plan has three parts:

            - Encouraging, pressing and using "every available boat" to keep the crossing open
            """
        let found = QuoteFinder.quotes(in: text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.speakerText != "Using" && $0.speakerText != "Encouraging" })
    }

    /// A name in `-ing` before its cue stays a name.
    @Test func aNameInIngBeforeItsCueStaysAName() {
        let text = """
            Ferry row

            "The timetable is a disgrace," Fleming said on Monday.
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Fleming"])
    }

    /// List items whose lines were joined into one paragraph with no full stop between them
    /// (`… as a stopgap - Compelling "…"`): an `-ing` word after a spaced dash opens an item, and
    /// is a participle, never the speaker, and a name in the item before speaks no item after it.
    @Test func aParticipleOpeningARunOnListItemIsNoSpeaker() {
        let text = """
            Ferry row

            - Leasing a second boat as a stopgap - Seeking a grant backed by the Merrowick Trust - Pressing, urging and using "every lever we have" to win it - Compelling "reluctant operators" to share the berths.
            """
        let found = QuoteFinder.quotes(in: text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.speakerText != "Pressing" && $0.speakerText != "Compelling" })
        // Nor is a name in an item before it the speaker.
        #expect(found.allSatisfy { $0.speakerText?.contains("Merrowick") != true })
    }

    /// `Good timetables can still …`: a capitalised word before a common noun and an auxiliary
    /// modifies the noun; the noun phrase is the subject, a thing, and neither it nor the
    /// capitalised word is the speaker.
    @Test func aCapitalisedWordModifyingANounIsNoSpeaker() {
        let text = """
            Ferry row

            "The ferry is the island's lifeline," said Tam Ilo, the harbour master. Good timetables can still win back passengers, but only when "the boats actually leave on time."
            """
        let found = foundQuotations(text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speakerText != "Good" && $0.speakerText != "Good timetables" })
    }

    /// A name whose own verb follows, with an adverb between (`Ilo still has …`), stays the speaker.
    @Test func aNameBeforeAnAdverbAndItsVerbStaysTheSpeaker() {
        let text = """
            Ferry row

            The council met on Monday. Ilo still has "every confidence in the crews."
            """
        #expect(foundQuotations(text).map(\.speakerText) == ["Ilo"])
    }
}
