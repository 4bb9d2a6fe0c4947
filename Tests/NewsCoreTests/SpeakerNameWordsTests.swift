@testable import NewsCore
import Testing

/// The speaker resolver keys the first and last words of names from their bytes (`NameWords`),
/// and tests a full name without splitting it: each must answer as the split did, ASCII or not.
@Suite struct SpeakerNameWordsTests {
    /// Names and aliases as entities carry them: plain, padded, titled, dotted, a carriage
    /// return, letters beyond ASCII, a space followed by a combining mark, and empty ones.
    static let names = [
        "Ada Ode", "Ode", "  Ada   Ode  ", "Mr Ben Ilo", "Dr. Ada Ode", "Sen Ilo", "Mayor", "Ada Ode-Ilo Jr",
        "Ada\rOde", "Dr.Ada", "J.R.R. Ode", "...", "Zoë Ødegaard", "Ms Nuñez", "Ada \u{301}Ode", "İlo Çelik", "Ada\u{A0}Ode", "", "   ",
        "Harbour Rovers", "rovers harbour rovers", "Kestrel Freight Ltd",
    ]

    @Test func nameWordsKeyTheSplitsFirstAndLast() {
        for name in Self.names {
            let words = name.splitAtSpaces()
            let found = NameWords(name)
            #expect(found.firstWithoutStops == words.first.map(SpeakerResolver.keyWithoutStops), "\(name)")
            #expect(found.last == words.last.map(SpeakerResolver.key), "\(name)")
            #expect(found.lastASCII == words.last.flatMap { WordKey(ascii: String($0)) }, "\(name)")
            #expect(found.several == (words.count >= 2), "\(name)")
        }
    }

    @Test func fullNameTestAgreesWithTheSplit() {
        for name in Self.names {
            let person = ArticleEntity(name: name, type: .person, aliases: [name], mentions: [])
            #expect(SpeakerResolver.hasFullName(person) == SpeakerResolver.isFullName(name.splitAtSpaces()), "\(name)")
            let organisation = ArticleEntity(name: name, type: .organization, aliases: [name], mentions: [])
            #expect(!SpeakerResolver.hasFullName(organisation), "\(name)")
        }
    }
}
