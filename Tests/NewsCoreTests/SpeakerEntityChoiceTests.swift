import NewsCore
import Testing

/// Which tagged entity a speaker's name goes to (`SpeakerResolver.namedEntity`, which ranks
/// the entities over the name in one pass and looks full names up by surname): persons over
/// other entities, the full name over a titled short form, and no guess when two people share
/// the surname. The passages are the team's own.
@Suite struct SpeakerEntityChoiceTests {
    typealias Rules = AttributionRulesTests

    /// Two people with a full name share the surname: the entity tagged over the speaker stays.
    @Test func aSharedSurnameKeepsTheTaggedEntity() {
        let text = "Ada Ode and her brother Ben Ode run the ferry. “We sail at dawn,” Ode said."
        let ada = Rules.entity("Ada Ode", .person, ["Ada Ode"], in: text)
        let ben = Rules.entity("Ben Ode", .person, ["Ben Ode", "Ode"], in: text)
        #expect(Rules.speakerEntities(text, [ada, ben]) == ["Ben Ode"])
    }

    /// A titled short form tagged as something else goes to the one full name of that surname,
    /// written with letters outside ASCII too.
    @Test func aTitledShortFormOutsideASCIIJoinsTheFullName() {
        let text = "Zoë Ódé chairs the board. “The figures are sound,” Dr Ódé said."
        let full = Rules.entity("Zoë Ódé", .person, ["Zoë Ódé"], in: text)
        let short = Rules.entity("Dr Ódé", .organization, ["Dr Ódé"], in: text)
        #expect(Rules.speakerEntities(text, [short, full]) == ["Zoë Ódé"])
    }

    /// A place tagged over the name loses to the person tagged over its last word.
    @Test func aPersonOverTheSurnameBeatsAnEarlierPlace() {
        let text = "Kestrel Moor is quiet. “Nothing happens here,” Kestrel Moor said, laughing at her own name."
        let place = Rules.entity("Kestrel", .place, ["Kestrel"], in: text)
        let person = Rules.entity("Kestrel Moor", .person, ["Kestrel Moor"], in: text)
        #expect(Rules.speakerEntities(text, [place, person]) == ["Kestrel Moor"])
    }
}
