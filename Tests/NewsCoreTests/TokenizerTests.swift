import Testing
@testable import NewsCore

/// Token splits and scalar offsets for the cases the entity extractor relies on.
struct TokenizerTests {
    /// The tokens as (text, kind) pairs.
    func words(_ text: String) -> [String] {
        WordTokenizer.tokens(in: text).map { text.scalarSlice($0.range) }
    }

    @Test func curlyAndStraightPossessivesAreSeparateTokens() {
        #expect(words("Bolton’s plan") == ["Bolton", "’s", "plan"])
        #expect(words("Bolton's plan") == ["Bolton", "'s", "plan"])
        let tokens = WordTokenizer.tokens(in: "Bolton’s plan")
        #expect(tokens[0].range == 0..<6)
        #expect(tokens[1].range == 6..<8)
        #expect(tokens[1].kind == .possessive)
        #expect(words("the Smiths’ house") == ["the", "Smiths", "’", "house"])
    }

    @Test func innerApostrophesStay() {
        #expect(words("O’Neill didn't") == ["O’Neill", "didn't"])
    }

    @Test func capitalisedCompoundsSplitButLowerCaseOnesStay() {
        let tokens = WordTokenizer.tokens(in: "the Putin-Trump summit")
        #expect(tokens.map { "the Putin-Trump summit".scalarSlice($0.range) } == ["the", "Putin", "-", "Trump", "summit"])
        #expect(tokens[1].range == 4..<9)
        #expect(tokens[3].range == 10..<15)
        #expect(tokens[3].hyphenJoined)
        #expect(!tokens[1].hyphenJoined)
        #expect(words("a long-term deal") == ["a", "long-term", "deal"])
        #expect(words("a pro-Kremlin view") == ["a", "pro-Kremlin", "view"])
    }

    @Test func initialsAcronymsAndTitlesKeepTheirFullStops() {
        #expect(words("J. K. Rowling wrote") == ["J.", "K.", "Rowling", "wrote"])
        #expect(words("the U.S. Senate") == ["the", "U.S.", "Senate"])
        #expect(words("Sen. Warren and Dr. Okafor met Mr Lee.") == ["Sen.", "Warren", "and", "Dr.", "Okafor", "met", "Mr", "Lee", "."])
    }

    @Test func sentenceStartsAreMarked() {
        let text = "He left. “Then Ana came,” said Mr Lee. Sen. Warren agreed."
        let tokens = WordTokenizer.tokens(in: text)
        let starts = tokens.filter { $0.kind == .word && $0.startsSentence }.map { text.scalarSlice($0.range) }
        #expect(starts == ["He", "Then", "Sen."])
    }

    @Test func allCapsHeadlinesTokeniseLikeProse() {
        #expect(words("PORT STRIKE: VALDORIA’S DOCKS SHUT") == ["PORT", "STRIKE", ":", "VALDORIA", "’S", "DOCKS", "SHUT"])
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(words("On 1996-08-30 some 1,200 people paid 3.5 euros.") == ["On", "1996-08-30", "some", "1,200", "people", "paid", "3.5", "euros", "."])
    }

    @Test func offsetsCountUnicodeScalars() {
        // "e" + combining acute is two scalars; the emoji is one scalar.
        let text = "Zoe\u{301}’s 🙂 café"
        let tokens = WordTokenizer.tokens(in: text)
        #expect(tokens.map(\.range) == [0..<4, 4..<6, 7..<8, 9..<13])
        #expect(text.scalarSlice(tokens[3].range) == "café")
    }

    @Test func rangeLimitsTheText() {
        let text = "skip this. Ana Lopes spoke"
        let tokens = WordTokenizer.tokens(in: Array(text.unicodeScalars), range: 11..<20)
        #expect(tokens.map { text.scalarSlice($0.range) } == ["Ana", "Lopes"])
        #expect(tokens[0].startsSentence)
    }
}
