import Testing
@testable import NewsCore

/// What a sentence's roles say about quoted words no cue attributes: a subject that undergoes a
/// passive says nothing, a name a passive gives is nobody's, and the subject after an opening
/// participial phrase is who speaks the words inside it. Every passage is written by the team;
/// the people and places are invented.
struct SubjectRoleSpeakerTests {
    /// The speaker text of the quotation with these words, or nil; `.none` when the words are
    /// not found as a quotation or a term at all.
    func speaker(of words: String, in text: String) -> String?? {
        guard let q = QuoteFinder.quotes(in: text).first(where: { text.scalarSlice($0.range) == words }) else { return .none }
        return .some(q.speaker.map { text.scalarSlice($0) })
    }

    @Test func aPassiveSubjectSaysNothing() {
        let text = """
            Ferry row reaches the council

            Tam Ilo, the harbour master, spoke to the council on Monday about the new charges for the crossing.

            Mr Ilo was met with loud calls of "shame on you" from the public gallery.

            Ada Ode, a nurse at the island clinic, was being treated for a "serious injury" in Merrowick.
            """
        #expect(speaker(of: "shame on you", in: text) == .some(nil))
        #expect(speaker(of: "serious injury", in: text) == .some(nil))
    }

    @Test func aSubjectWhoOwnsTheWordsKeepsThem() {
        let text = """
            Ferry row reaches the council

            Tam Ilo, the harbour master, spoke to the council on Monday about the new charges for the crossing.

            Mr Ilo was criticised for his "ferry tax" at the meeting.

            Ms Ode was convinced the new charges were "a mistake from the start".
            """
        #expect(speaker(of: "ferry tax", in: text) == .some("Mr Ilo"))
        #expect(speaker(of: "a mistake from the start", in: text) == .some("Ms Ode"))
    }

    @Test func aNameGivenInAPassiveIsNobodys() {
        let text = """
            Island rules

            Tam Ilo, the harbour master, spoke to the council on Monday about the old ferry rules.

            The rule, known as the "last boat clause", was dropped by the council in 2009.

            Late crossings were considered the "worst run in the county" for years.

            The islanders went to court after the board dropped what had been called the "night ferry," saying its loss cut them off.
            """
        #expect(speaker(of: "last boat clause", in: text) == .some(nil))
        #expect(speaker(of: "worst run in the county", in: text) == .some(nil))
        #expect(speaker(of: "night ferry,", in: text) == .some(nil))
    }

    @Test func theSubjectAfterAnOpeningParticipleSpeaks() {
        let text = """
            Harbour vote

            Tam Ilo and Ada Ode both stood for the harbour board this spring.

            After spending a month arguing about whether the plan was "good value" for the town, Ms Ode on Monday voted against it.

            Conceding that the ferry would run "at a loss for years" she warned: "We cannot keep paying for it."

            After saying the fares were "too dear by half," he was voted off the board.
            """
        #expect(speaker(of: "good value", in: text) == .some("Ms Ode"))
        #expect(speaker(of: "too dear by half,", in: text) == .some("he"))
        #expect(speaker(of: "at a loss for years", in: text) == .some("she"))
    }
}
