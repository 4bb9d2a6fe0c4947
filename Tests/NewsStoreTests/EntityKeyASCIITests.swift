import Testing
@testable import NewsStore

/// `EntityKey.of` keys a name of ASCII bytes on a fast path: it must give what the scalar walk
/// gives a name that is the same but for one non-ASCII letter.
@Suite struct EntityKeyASCIITests {
    @Test func theFastPathFoldsAsTheScalarWalkDoes() {
        // Each pair: an ASCII name, and the same with its "e" written "é" (folded back to "e").
        let pairs: [(String, String)] = [
            ("  Ada O'Neil-Ode  ", "  Ada O'Neil-Odé  "),
            ("U.S. Steel (Pittsburgh)", "U.S. Stéel (Pittsburgh)"),
            ("R2-D2 & the Team", "R2-D2 & thé Team"),
            ("--Mr.  Lee--", "--Mr.  Léé--"),
            ("Zed\tWest\nEnd", "Zed\tWést\nEnd"),
        ]
        for (ascii, accented) in pairs {
            #expect(EntityKey.of(ascii) == EntityKey.of(accented), "\(ascii)")
        }
        #expect(EntityKey.of("  Ada O'Neil-Ode  ") == "ada oneil ode")
        #expect(EntityKey.of("--Mr.  Lee--") == "mr lee")
        #expect(EntityKey.of("R2-D2 & the Team") == "r2 d2 the team")
        #expect(EntityKey.of("...") == "")
        #expect(EntityKey.of("") == "")
    }

    @Test func aOneWordPersonKeyIsTheNamesKey() {
        #expect(EntityKey.person("Lee.") == "lee")
        #expect(EntityKey.person("O'Neil") == "oneil")
        #expect(EntityKey.person("Mr Lee and Ms Ode") == "ode")
        #expect(EntityKey.person("") == "")
    }

    /// The person key and the last word read from an ASCII key's bytes are what splitting the
    /// key into words by Character and joining them gives (the long way, kept for other keys).
    @Test func personKeysOfBytesMatchTheWordSplit() {
        let names = [
            "Mr Lee", "Prime Minister Ada Ode", "Wednesday Mr Lee", "Lee and Mr Ode", "Duke of Westbury", "Mr of",
            "Ada Ode and", "and Mr Lee", "Mr Mrs Dr Lee", "Ms Lee-Ode Jr.", "Mr", "Lee", "Ode and Lee and Ms Kay",
            "Dr Zoë Brontë", "Mr Łukasz Ode", "Minister Ana \u{0301}Lund", "Mr \u{093E}Kay", "Mr José and Mrs Ode",
        ]
        for name in names {
            #expect(EntityKey.person(name) == splitPersonKey(EntityKey.of(name)), "\(name)")
            let key = EntityKey.of(name)
            #expect(EntityKey.lastWord(of: key) == key.lastIndex(of: " ").map { String(key[key.index(after: $0)...]) }, "\(name)")
        }
        #expect(EntityKey.person("Prime Minister Ada Ode") == "ada ode")
        #expect(EntityKey.person("Duke of Westbury") == "duke of westbury")
        #expect(EntityKey.lastWord(of: "ada ode") == "ode" && EntityKey.lastWord(of: "ode") == nil)
    }

    /// `EntityKey.person` of a key, by splitting it into words and joining them again.
    private func splitPersonKey(_ key: String) -> String {
        var words = key.split(separator: " ")
        if let and = words.lastIndex(where: { $0 == "and" }), and + 1 < words.count { words = Array(words[(and + 1)...]) }
        while words.count > 1, EntityKey.leadingNoise.contains(String(words[0])), words[1] != "of" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
