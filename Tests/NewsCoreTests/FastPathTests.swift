import Foundation
import Testing

@testable import NewsCore

/// The byte-level fast paths of the entity code answer exactly as the general code they stand in
/// for, on the strings where the two could part: plain ASCII, carriage returns, combining marks,
/// and spellings that are equal as `String`s but not in their scalars.
@Suite struct FastPathTests {
    static let samples = [
        "", " ", "Nato", "NATO", "U.S.", "the Courier", "The Courier's", "Smiths'", "O'Brien's", "Jean-Claude van Damme",
        "a\r\nb", "A\rB", "a \u{301}b", "e\u{301}tienne", "\u{E9}tienne", "Zoë Whitlock", "MoD", "BBC News",
        "Ｔａｎａｋａ", "x\u{200D} y", "Ministry of Defence", "  padded  ", "AB CD", "Dr. J. Smith Jr",
    ]

    @Test(arguments: samples)
    func aliasKeyMatchesTheCharacterWalk(name: String) {
        // The general path, kept for anything not plain ASCII, applied to every sample.
        let general = EntityNames.generalAliasKey(name)
        #expect(EntityNames.aliasKey(name) == general)
        #expect(EntityNames.aliasKey(name, type: .place) == EntityNames.equivalents[general] ?? general)
    }

    @Test(arguments: samples + ["Ada\nOde", "a\r\nb c", "  x  y ", "Ode Jr,", ",Jr", ",,", ",", "Jr.,", ",\u{301}x,", "é,"])
    func personNameSplittingMatchesTheCharacterSplit(name: String) {
        #expect(PersonName.words(of: name) == name.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        let trimmed = PersonName.trimmingCommas(name)
        #expect(trimmed.unicodeScalars.elementsEqual(name.trimmingCharacters(in: CharacterSet(charactersIn: ",")).unicodeScalars))
    }

    @Test(arguments: samples)
    func sameBytesMatchesTheByteViews(name: String) {
        for other in Self.samples + ["e\u{301}tienne", "Nato ", "nato"] {
            #expect(ExactText.sameBytes(name, other) == name.utf8.elementsEqual(other.utf8))
        }
    }

    @Test(arguments: samples + ["A\u{301}da", "a\u{301}da", "1\u{301}x", "\r\nX", "Émile", "élan", "ßtrasse", "\u{1F1EC}\u{1F1E7}x"])
    func capitalTestMatchesTheCharacter(word: String) {
        #expect(MentionCues.opensWithCapital(word) == (word.first?.isUppercase == true))
    }

    @Test(arguments: samples + [
        "Ana Mar\u{ED}a", "Mar\u{ED}a Ana", "Ana \u{301}", "\u{600} x", "x \u{301}y", "ab c\u{301}", "Whitlock Zo\u{EB}", "x\u{200D} ",
        " \u{301}", "a  \u{301}", "\u{1F1EC} \u{1F1E7}", "\r\n x", "a \u{94D}b", "Ada Ode", "Ada", "Ada ",
    ])
    func containsSpaceMatchesFoundation(name: String) {
        #expect(EntityNames.containsSpace(name) == name.contains(" "))
    }

    @Test(arguments: samples)
    func acronymTestMatchesCharacters(name: String) {
        #expect(AliasMerger.looksLikeAcronym(name) == (name.filter(\.isUppercase).count >= 2 && name.count <= 10))
    }

    @Test(arguments: samples)
    func asciiRankMatchesCharacters(name: String) {
        guard let rank = AliasMerger.asciiRank(name) else {
            // The fast path may only decline text with a byte past ASCII or a carriage return.
            #expect(name.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "the fast path declined plain ASCII")
            return
        }
        let letters = name.filter(\.isLetter)
        let acronym = letters.count > 1 && letters.allSatisfy(\.isUppercase) ? 0 : 1
        #expect(rank == (acronym, name.split(separator: " ").count, name.count))
    }

    @Test(arguments: samples)
    func acronymComparisonMatchesFilteredStrings(key: String) {
        for acronym in ["", "nato", "ab", "abcd", "bn", "e\u{301}", "\u{E9}", "ａｂ"] {
            #expect(NameFacts.equalWithoutSpaces(key, acronym) == (key.filter { $0 != " " } == acronym))
        }
    }

    @Test(arguments: samples + ["a  b", " a", "a ", "Ada Ode ", "a\u{A0}b c", "\u{301} a", "a \u{301}", "Mo\u{301}D  x", "a\rb c"])
    func spaceSplitMatchesTheCharacterSplit(text: String) {
        let general = text.split(separator: " ")
        let fast = text.splitAtSpaces()
        #expect(fast == general)
        #expect(fast.map(\.startIndex) == general.map(\.startIndex))
        #expect(fast.map(\.endIndex) == general.map(\.endIndex))
        // On a slice too: its words keep their places in the whole string.
        let inner = text.dropFirst()
        #expect(inner.splitAtSpaces() == inner.split(separator: " "))
        #expect(inner.splitAtSpaces().map(\.startIndex) == inner.split(separator: " ").map(\.startIndex))
    }

    @Test(arguments: samples + ["a\r\n", "e\u{301}", "\u{1F1EC}\u{1F1E7}"])
    func characterCountMatchesCount(text: String) {
        #expect(EntityNames.characterCount(text) == text.count)
        #expect(EntityNames.characterCount(text.dropFirst()) == text.dropFirst().count)
    }

    @Test(arguments: samples + [
        "One. Two.", "Mr. Ode went. Then J. Ilo left!", "Is it? \"Yes.\" No. ", "Dr. Who? Sen. Ode said. It works.)",
        "Ends with a quote.'", "a.B c. D", ".", "!!", "x.\"' Y", "No sentence end", "Ltd. Co. Inc. Approx. Fine.", "e.g. Stop. Go",
    ])
    func sentenceCountMatchesTheCharacterWalk(text: String) {
        guard let fast = ArticleParser.asciiSentenceCount(text) else {
            // The fast path may only decline text with a byte past ASCII or a carriage return.
            #expect(text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "the fast path declined plain ASCII")
            return
        }
        #expect(fast == ArticleParser.generalSentenceCount(text))
    }

    /// Random texts of the pieces where bytes and `Character`s could part: every byte path
    /// answers as its `Character` path, and decides most texts.
    @Test func randomTextsOfAwkwardPieces() {
        let pieces = [
            "a", "Ode", "Mr", "J", "Ltd", " ", "  ", ".", "!", "?", "\"", "'", ")", "\u{201D}", "\r", "\r\n", "\n", "\u{301}",
            "\u{E9}", "\u{A0}", "\u{1F600}", "B",
        ]
        var generator = SystemRandomNumberGenerator()
        var decided = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = "\(Array(text.unicodeScalars))"
            let words = text.splitAtSpaces()
            #expect(words == text.split(separator: " "), "\(scalars)")
            #expect(words.map(\.startIndex) == text.split(separator: " ").map(\.startIndex), "\(scalars)")
            #expect(EntityNames.characterCount(text) == text.count, "\(scalars)")
            if let fast = ArticleParser.asciiSentenceCount(text) {
                decided += 1
                #expect(fast == ArticleParser.generalSentenceCount(text), "\(scalars)")
            }
        }
        #expect(decided > 300)
    }

    @Test(arguments: samples)
    func scalarCountMatchesTheScalarView(text: String) {
        #expect(text.utf8ScalarCount == text.unicodeScalars.count)
    }

    @Test(arguments: samples + ["MoD", "DfT", "FoI", "M.o.D.", "mOD", "Mo", "MOD", "M-D", "MoDDDDDDD", "MoD\r", "Mo\u{301}D"])
    func mixedCaseShapeMatchesCharacters(name: String) {
        guard let fast = AliasMerger.asciiMixedCaseShape(name) else {
            // The fast path may only decline text with a byte past ASCII or a carriage return.
            #expect(name.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "the fast path declined plain ASCII")
            return
        }
        let letters = name.filter { $0 != "." }
        let general = letters.count >= 2 && letters.count <= 8 && letters.allSatisfy(\.isLetter) && letters.first!.isUppercase
            && letters.contains(where: \.isLowercase) && letters.filter(\.isUppercase).count >= 2
        #expect(fast == general)
    }

    @Test(arguments: [
        "", " ", "-", " - ", "said. – Reuters", "said. - AP", "said. — AFP", "said.–Reuters", "a \u{2013}\u{301} b", "a -\u{301} b",
        "a \u{301}- b", "x\u{A0}-\u{A0}y", "a \u{2012} b", "a \u{2015} b", "\u{201C}Go,\u{201D} he said. \u{2014} Reuters", "e\u{301} - AP",
        "end -", "- start", "a\r\n-\r\nb", "a  -  b",
    ])
    func spacedDashScanMissesNoCharacterMatch(text: String) {
        // The byte scan may say yes too often, never no when a `Character` search finds a dash.
        let found = [" – ", " - ", " — "].contains { !text.ranges(of: $0).isEmpty }
        #expect(ArticleParser.mayHoldSpacedDash(text) || !found)
        if found { #expect(ArticleParser.mayHoldSpacedDash(text)) }
    }

    @Test(arguments: [
        "", " - ", "said. - AP", "said. – Reuters", "said. — AFP", "e\u{301} - AP", "a\r\n-\r\nb",
        "The port said on Monday that the ships would sail. - Reuters",
        "A well - spaced hyphen early on, then a long plain ASCII sentence that runs on past the tail.",
        "Early on \u{2013} a dash, then a long plain ASCII sentence that runs well past the tail's 48.",
        String(repeating: "x", count: 46) + " - AP", String(repeating: "x", count: 47) + " - AP",
        "x - " + String(repeating: "y", count: 45), "x - " + String(repeating: "y", count: 46),
        String(repeating: "plain ", count: 8) + "\u{E9} - AP", String(repeating: "plain ", count: 8) + "\r - AP",
        "Caf\u{E9} " + String(repeating: "plain ", count: 9) + "said. - AP", "\u{201C}Go,\u{201D} he said. \u{2014} Reuters",
    ])
    func tailDashScanMissesNoCharacterMatch(text: String) {
        // Never no when a `Character` search of the last 48 characters finds a dash.
        let tail = text.suffix(48)
        let found = [" – ", " - ", " — "].contains { !tail.ranges(of: $0).isEmpty }
        if found { #expect(ArticleParser.tailMayHoldSpacedDash(text)) }
        // Where it is yes, the whole-text scan says yes too.
        if ArticleParser.tailMayHoldSpacedDash(text) { #expect(ArticleParser.mayHoldSpacedDash(text)) }
    }

    @Test(arguments: samples + [
        "abcdefgh", "abcdefg\u{E9}", "abcdefghi\u{2019}s", "\u{201C}Quoted\u{201D} then plain ASCII text", "1234567\u{1F600}89abcdef",
        String(repeating: "plain ", count: 9) + "\u{A3}48m",
    ])
    func scalarArrayMatchesTheScalarView(text: String) {
        // Eight-byte ASCII runs and the byte-by-byte decoding meet at every offset.
        for cut in 0...min(9, text.unicodeScalars.count) {
            let piece = String(text.unicodeScalars.dropFirst(cut))
            #expect(piece.scalarArray == Array(piece.unicodeScalars), "\(Array(piece.unicodeScalars))")
        }
    }

    @Test(arguments: samples)
    func asciiCaseFoldingMatchesLowercased(name: String) {
        guard AliasMerger.isPlainASCII(name) else {
            #expect(name.utf8.contains { $0 >= 0x80 })
            return
        }
        for other in Self.samples where AliasMerger.isPlainASCII(other) {
            for word in other.splitAtSpaces() + [Substring(other)] {
                #expect(AliasMerger.sameIgnoringASCIICase(name, word) == (name.lowercased() == word.lowercased()), "\(name) / \(word)")
            }
        }
        #expect(AliasMerger.sameIgnoringASCIICase(name, Substring(name.uppercased())))
    }

    @Test func exactTextTellsCanonicallyEqualSpellingsApart() {
        let composed = "\u{E9}tienne"
        let decomposed = "e\u{301}tienne"
        #expect(composed == decomposed)
        #expect(ExactText(composed) != ExactText(decomposed))
        #expect(ExactText(composed) == ExactText(String(composed.unicodeScalars)))
    }
}
