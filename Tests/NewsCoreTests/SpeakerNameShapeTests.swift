import NewsCore
import Testing

/// Names whose shape the phrase reader used to miss: a modal that is a given name (`Will`,
/// `May`) and a number opening the role after an inverted cue (`said 9/11 widow …`). Every
/// passage is the team's own, about the invented city of Merrowick.
@Suite struct SpeakerNameShapeTests {
    /// `"…" Will Ennis, the chairman, said`, `"…," May Orrin said`: first names, not modals.
    @Test func aModalThatIsAGivenNameOpensTheName() {
        let text = """
            Ferry row

            "Ask the council," Will Ennis, the chairman of the ferry users, said of the meeting.

            "Not again," May Orrin said.
            """
        #expect(foundQuotations(text).map(\.speakerEntity) == ["Will Ennis", "May Orrin"])
    }

    /// `said 9/11 widow Tam Ilo`: the number belongs to the role, and the name is the speaker.
    @Test func aNumberBeforeTheRoleKeepsTheName() {
        let text = """
            Ferry row

            "The ferry is a lifeline," said the mayor, Ada Ode.

            "We need the boat," said 9/11 widow Tam Ilo.
            """
        #expect(foundQuotations(text).map(\.speakerEntity) == ["Ada Ode", "Tam Ilo"])
    }
}
