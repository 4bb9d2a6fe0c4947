import NewsCore
import Testing

/// Alias keys: the same for every spelling of one name, ASCII or not.
@Suite struct AliasKeyTests {
    @Test(arguments: [
        ("NATO", "Nato"), ("U.S.", "US"), ("Zoë Whitlock", "ZOE WHITLOCK"), ("O’Brien’s", "O'Brien's"),
        ("Putin-Trump", "putin trump"), ("The Courier", "courier"), ("Ｔａｎａｋａ", "tanaka"),
    ])
    func spellingsMeet(a: String, b: String) {
        #expect(EntityNames.aliasKey(a) == EntityNames.aliasKey(b))
    }

    @Test func asciiAndFoldedPathsAgree() {
        // The ASCII fast path and Foundation's folding must give the same key for ASCII text.
        #expect(EntityNames.aliasKey("Helen CARROW's") == "helen carrow")
        #expect(EntityNames.aliasKey("Hélen CARROW’s") == "helen carrow")
        #expect(EntityNames.aliasKey("U.S.", type: .place) == "united states")
    }
}
