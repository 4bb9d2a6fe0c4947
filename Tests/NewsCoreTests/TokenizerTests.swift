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

    /// Appending several ranges' tokens to one sink gives each range's tokens in turn, with
    /// each range opening a sentence, as tokenising the ranges one by one does; with room for
    /// too few tokens, for none, or for plenty, the tokens are the same.
    @Test func appendingRangesMatchesTokenisingEachRange() {
        let text = "Zoe\u{301}’s café shut. Mr. Ng-Park said so\nthe Smiths’ “PORT-TALKS” end 1,200 🙂 É. Lopes"
        let scalars = Array(text.unicodeScalars)
        let cuts = [0, 5, 17, 30, 31, 45, scalars.count]
        var expected = [WordToken(range: 0..<1, kind: .punctuation)]
        for k in 0..<(cuts.count - 1) {
            expected += WordTokenizer.tokens(in: scalars, range: cuts[k]..<cuts[k + 1])
        }
        for capacity in [0, 1, 7, expected.count - 1, expected.count, 500] {
            var runs = 0
            let appended = WordTokenizer.gather(capacity: capacity) { sink in
                runs += 1
                sink.append(WordToken(range: 0..<1, kind: .punctuation))
                for k in 0..<(cuts.count - 1) {
                    WordTokenizer.append(tokensIn: scalars, range: cuts[k]..<cuts[k + 1], to: &sink)
                }
            }
            #expect(appended == expected, "capacity \(capacity)")
            #expect(runs == (capacity < expected.count ? 2 : 1), "capacity \(capacity)")
        }
        #expect(expected.count > 20)
        #expect(WordTokenizer.tokens(in: scalars, range: 3..<3).isEmpty)
    }

    /// A compound splits only when every part has two scalars or more and a capital first;
    /// then each hyphen is a token, and only the first part may open a sentence.
    @Test func compoundsSplitOnlyWhenEveryPartIsCapitalised() {
        #expect(words("the Lisbon-Porto-Faro line") == ["the", "Lisbon", "-", "Porto", "-", "Faro", "line"])
        #expect(words("a Lisbon-porto-Faro line") == ["a", "Lisbon-porto-Faro", "line"])
        #expect(words("a Lisbon-Porto-F line") == ["a", "Lisbon-Porto-F", "line"])
        #expect(words("the A-Team and UK-led talks") == ["the", "A-Team", "and", "UK-led", "talks"])
        #expect(words("Élodie-Ngozi Adébáyọ̀-Smith") == ["Élodie", "-", "Ngozi", "Adébáyọ̀", "-", "Smith"])
        let tokens = WordTokenizer.tokens(in: "Lisbon-Porto-Faro trains")
        #expect(tokens.map(\.startsSentence) == [true, false, false, false, false, false])
        #expect(tokens.map(\.hyphenJoined) == [false, false, true, false, true, false])
        #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .punctuation, .word, .word])
    }
}
