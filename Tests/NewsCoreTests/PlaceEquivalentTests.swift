import Testing

@testable import NewsCore

/// Place equivalents in alias keys: the quick pre-check before the table never turns a key
/// of the table away, so keying with a type answers as the table does.
@Suite struct PlaceEquivalentTests {
    @Test func everyKeyOfTheTablePassesThePreCheck() {
        for (key, same) in EntityNames.equivalents {
            #expect(EntityNames.mayHaveEquivalent(key), "\(key)")
            #expect(EntityNames.aliasKey(key, type: .place) == same)
            #expect(EntityNames.aliasKey(key, type: .organization) == same)
            #expect(EntityNames.aliasKey(key, type: .person) == key)
        }
    }

    @Test(arguments: ["U.S.", "USA", "Great Britain", "the UK", "Britain's", "Merrowick", "us ", "u", "", "usb", "Ukraine", "DRC"])
    func typedKeysAreTheTablesAnswer(name: String) {
        let plain = EntityNames.aliasKey(name)
        #expect(EntityNames.aliasKey(name, type: .place) == (EntityNames.equivalents[plain] ?? plain))
    }
}
