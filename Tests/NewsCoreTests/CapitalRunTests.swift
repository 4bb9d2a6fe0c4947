import Testing

@testable import NewsCore

/// Runs of words in capitals (`ArticleTokens.markCapitalRuns`), which passes eight tokens at a
/// time, marked as a token-by-token walk of the same rule marks them.
@Suite struct CapitalRunTests {
    /// The rule, one token at a time: a run starts at a word in capitals and goes on over words
    /// in capitals and single punctuation marks followed by one; three words or more mark it.
    static func reference(_ tokens: [WordToken], _ caps: [Bool], _ initial: [Bool]) -> [Bool] {
        var initial = initial
        var k = 0
        while k < tokens.count {
            guard caps[k] else {
                k += 1
                continue
            }
            var e = k
            while e < tokens.count, caps[e] || (tokens[e].kind == .punctuation && e + 1 < tokens.count && caps[e + 1] && e > k) { e += 1 }
            if (k..<e).filter({ tokens[$0].kind == .word }).count >= 3 { for j in k..<e { initial[j] = true } }
            k = e
        }
        return initial
    }

    /// Each token's capitals as `ArticleTokens.flags` finds them: a word with a capital and no
    /// small letter.
    static func caps(_ text: String, _ tokens: [WordToken]) -> [Bool] {
        let scalars = Array(text.unicodeScalars)
        return tokens.map { t in
            t.kind == .word && scalars[t.range].contains { $0.properties.isUppercase } && !scalars[t.range].contains { $0.properties.isLowercase }
        }
    }

    @Test(arguments: [
        "SIGN UP FOR OUR NEWSLETTER and read on.",
        "The BBC and the UK said so. I SAID NO, NOT NOW, said the mayor of Merrowick.",
        "ÉTÉ À PARIS: the summer ended, WITH A BANG - AND A WHIMPER.",
        "Nothing here is in capitals at all, not one word of the twenty or so it has in it.",
        "A B C",
        "US - UK TRADE TALKS",
        "",
        "ONE, TWO, three, FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE. Then calm returned to the harbour at last.",
    ])
    func runsMarkedAsTokenByToken(text: String) {
        let tokens = WordTokenizer.tokens(in: text)
        let caps = Self.caps(text, tokens)
        // Some tokens already initial, as the flags leave them.
        let given = tokens.indices.map { $0 % 5 == 0 }
        var marked = given
        ArticleTokens.markCapitalRuns(tokens, caps, &marked)
        #expect(marked == Self.reference(tokens, caps, given))
    }
}
