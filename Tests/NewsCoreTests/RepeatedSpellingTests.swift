import Testing

@testable import NewsCore

/// Tokens not in ASCII that repeat (curly quotes, "’s", accented names) take the ids and text of
/// their first occurrence in `ArticleTokens`: the answers are those of each token's own scalars.
@Suite struct RepeatedSpellingTests {
    @Test func repeatedTokensNotInASCIIReadAsTheirOwnScalars() throws {
        let text = """
            Caf\u{E9} owners\u{2019} fears grow

            \u{201C}We are worried,\u{201D} said Z\u{F6}e Whitlock, who runs the CAF\u{C9} on Merrowick\u{2019}s quay.
            \u{201C}Nobody\u{2019}s listening,\u{201D} she added. The caf\u{E9}\u{2019}s rent rose by \u{A3}400. Z\u{F6}e\u{2019}s \
            neighbour, Cafe\u{301} Ode, agreed.
            """
        let a = try ArticleParser.parse(text: text, path: "test.txt")
        let t = ArticleTokens(article: a)
        let scalars = Array(a.text.unicodeScalars)
        var seen: [String: Int] = [:]
        for i in t.tokens.indices {
            let own = String(String.UnicodeScalarView(scalars[t.tokens[i].range]))
            // Each token's text is its own scalars, and its lower case theirs lower-cased.
            #expect(t.word(i).unicodeScalars.elementsEqual(own.unicodeScalars))
            #expect(t.lower(i) == own.lowercased())
            // Equal words (as `String`s, so canonically equivalent ones too) share a lower-case id.
            if let j = seen[own.lowercased()] {
                #expect(t.lowerId(i) == t.lowerId(j), "\(own)")
            } else {
                seen[own.lowercased()] = i
            }
        }
        // Distinct lower-case words, distinct ids.
        #expect(Set(seen.values.map { t.lowerId($0) }).count == seen.count)
        // The repeats the test is about are there: the closing quote, the possessive, the words.
        #expect(t.tokens.indices.filter { t.word($0) == "\u{2019}s" }.count >= 3)
        #expect(t.tokens.indices.filter { t.lower($0) == "caf\u{E9}" }.count == 4)
    }
}
