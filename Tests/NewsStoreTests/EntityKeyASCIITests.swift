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
}
