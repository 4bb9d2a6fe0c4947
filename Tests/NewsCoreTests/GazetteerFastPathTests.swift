import Testing
@testable import NewsCore

/// `Gazetteer.listBits` reads a plain ASCII word straight from its bytes; it must give the
/// same bits as the tokenising path for every word, plain or not.
struct GazetteerFastPathTests {
    /// Fictional lists written for this test, with case, digits, punctuation and other scripts.
    static let lists = """
        ## first
        ana
        zoë
        ## last
        brekkeby
        o'neill
        ## city
        new vallmark
        vallmark
        saint-loup
        ## orgword
        agent7
        ## title
        mr.
        """

    /// Words as callers ask about them: case variants, digits, punctuation, spaces, non-ASCII.
    static let words = [
        "Ana", "ana", "ANA", "aNa", "Anas", "An", "Brekkeby", "BREKKEBY", "brekkeby",
        "Vallmark", "New Vallmark", "NEW VALLMARK", "New", "Agent7", "AGENT7", "agent3", "agent",
        "Zoë", "ZOË", "Zoe", "O'Neill", "O’Neill", "ONeill", "Saint-Loup", "SAINT-LOUP", "Saint",
        "Mr.", "Mr", "MR.", "7", "1999", "x", "X", "", " ", "Ana ", " Ana", "Ana's", "Ana’s",
        "Vallmark,", "(Ana)", "Ana-Brekkeby", "naïve", "Ærø", "東京", "Ana\u{301}", "Z@", "[", "`", "{",
    ]

    @Test func plainWordsTakeTheFastPath() {
        for word in ["Ana", "agent7", "BREKKEBY", "1999", "x"] {
            #expect(Gazetteer.plainWordHash(word) != nil, "\(word)")
        }
        for word in ["", "Zoë", "O'Neill", "Saint-Loup", "Mr.", "Ana ", "@", "[", "`", "{", "/", ":"] {
            #expect(Gazetteer.plainWordHash(word) == nil, "\(word)")
        }
    }

    @Test func fastPathGivesTheTokenisedBits() {
        let g = Gazetteer(text: Self.lists)
        for word in Self.words {
            #expect(g.listBits(of: word) == g.tokenisedListBits(of: word), "\(word)")
        }
        // The lists are really hit, so equal bits are not just zeros on both sides.
        #expect(g.categories(of: "ANA") == ["first"])
        #expect(g.categories(of: "Agent3") == ["orgword"])
        #expect(g.categories(of: "Vallmark") == ["city"])
        #expect(g.listBits(of: "New") == Gazetteer.prefixFlag)
    }

    @Test func fastPathMatchesOnTheShippedTable() throws {
        let g = try NERModel.bundled().gazetteer
        var hits = 0
        for word in Self.words + ["Berlin", "London", "Paris", "Smith", "John", "Mary", "France", "European", "York"] {
            let bits = g.listBits(of: word)
            #expect(bits == g.tokenisedListBits(of: word), "\(word)")
            if bits & ~Gazetteer.prefixFlag != 0 { hits += 1 }
        }
        #expect(hits >= 5)
    }
}
