import Testing

@testable import NewsCore

/// The merger's and the repeated-name rule's shortcuts answer as the general code beside them,
/// on plain ASCII and on other text.
struct MergerShortcutTests {
    static let texts = [
        "Merrow", "Tamsin Rowe", "Rowe", "MERROW", "Merrow Harbour Trust", "José Ruiz", "Jose\u{301} Ruiz", "Ruiz", "Ana María",
        "Sir Digby", "Dele", "Gullhaven", "NATO", "Smith-Jones",
    ]
    static let votes: [TypeVotes] = [
        [:], [.person: 2], [.place: 3], [.person: 0], [.person: -1, .place: 1], [.organization: 2, .other: 1], [.person: 1, .place: 1],
        [.place: 6, .organization: 6],
    ]

    /// Mentions of every text with every label, vote and weight, some with a title or a fixed
    /// or name type.
    static var mentions: [EntityMention] {
        var out: [EntityMention] = []
        for (k, text) in texts.enumerated() {
            for type in EntityType.allCases {
                for (v, votes) in Self.votes.enumerated() {
                    for weight in [0, 1, 2] {
                        let n = k + v + weight
                        out.append(
                            EntityMention(
                                range: 0..<text.unicodeScalars.count, text: text, type: type, title: n % 11 == 0 ? "Ms" : nil,
                                evidence: TypeEvidence(
                                    taggerWeight: weight, votes: votes, nameType: n % 7 == 0 ? .organization : nil,
                                    firm: n % 13 == 0 ? .place : nil)))
                    }
                }
            }
        }
        return out
    }

    @Test func oneMentionVotesAsTheFullVote() {
        let ms = Self.mentions
        for m in ms.indices {
            for fallback in [nil] + EntityType.allCases.map(Optional.some) {
                let one = AliasMerger.vote(one: m, of: ms, fallback: fallback)
                let all = AliasMerger.voteOverAll(ArraySlice([m]), of: ms, fallback: fallback)
                #expect(one == all, "\(ms[m]) / \(String(describing: fallback))")
            }
        }
    }

    @Test func wordIdsOpenAsTheKeysDo() {
        // (Accents fold away in a key: a name in another script keeps its key out of ASCII.)
        let names = Self.texts + ["Merrow Harbour", "Merrow Harbourside", "Merrowick", "Tamsin", "Smith", "Smith Jones Ltd", "Ana", "田中 美咲", "田中"]
        let keys = names.map { EntityNames.aliasKey($0) }
        var wordIds = WordIds()
        var ids: [Int] = []
        var ranges: [Range<Int>] = []
        var ascii: [Bool] = []
        for key in keys {
            let start = ids.count
            ascii.append(AliasMerger.appendWordIds(ofKey: key, to: &ids, &wordIds))
            ranges.append(start..<ids.count)
        }
        #expect(ascii.contains(true) && ascii.contains(false))
        for a in keys.indices where ascii[a] {
            for b in keys.indices where ascii[b] {
                #expect(AliasMerger.wordIdsOpen(ids[ranges[a]], ids[ranges[b]]) == AliasMerger.opens(keys[a], keys[b]), "\(keys[a]) / \(keys[b])")
            }
        }
    }

    @Test func keyShapesCountAsTheWordsAndCharacters() {
        let keys = AliasMergerWordTests.keys + ["merrow harbour", "a\r\nb", "x\u{1F600}", "caf\u{E9} noir", "the  end ", "-"]
        for key in keys {
            guard let shape = EntityNames.asciiKeyShape(key) else {
                #expect(key.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "declined plain ASCII: \(Array(key.unicodeScalars))")
                continue
            }
            #expect(shape.words == EntityNames.wordCount(ofKey: key), "\(Array(key.unicodeScalars))")
            #expect(shape.length == EntityNames.characterCount(key), "\(Array(key.unicodeScalars))")
        }
    }

    @Test func acronymLikeTextsAsTheSpaceAndLetterChecks() {
        let texts = Self.texts + ["MoD", "NHS", "N H S", "U.S.", "BBC\r\n", "ÉDF", "E\u{301}DF", "ABCDEFGHIJK", "ABCDEFGHIJ", "Ab", "AB", "", " AB"]
        for text in texts {
            let general = !EntityNames.containsSpace(text) && AliasMerger.looksLikeAcronym(text)
            #expect(AliasMerger.isAcronymLike(text) == general, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func equivalentsAreTheKeysTheAliasKeyPuts() {
        for key in ["us", "usa", "uk", "britain", "merrow", "united states", "", "ussr", "drc"] {
            for type in [nil] + EntityType.allCases.map(Optional.some) {
                let equivalent = EntityNames.equivalent(ofPlainKey: key, type: type)
                #expect((equivalent ?? key) == EntityNames.aliasKey(plainKey: key, type: type))
                if let equivalent { #expect(!ExactText.sameBytes(equivalent, key)) }
            }
        }
    }

    @Test func nameKeysRuleOutOnlyWordsThatAreNoKey() {
        let words = ["rowe", "merrow", "tamsin", "ruiz", "nato", "harbour", "gullhaven", "dele", "k", "smith", "jones", "a1", "zz9"]
        func check(_ keys: [String]) {
            var names = TaggerEntityExtractor.NameKeys(capacity: 4)
            for (n, key) in keys.enumerated() {
                // (Some with the key's `WordKey` given, as the tokens give it.)
                let wordKey = n % 4 < 2 ? WordKey(ascii: key) : nil
                if n % 2 == 0 {
                    names.addSurname(key, wordKey: wordKey)
                } else {
                    names.addOneWordName(key, .place, acronym: n % 3 == 0, wordKey: wordKey)
                }
            }
            var ruledOut = 0
            for word in words + keys {
                guard let key = WordKey(ascii: word), names.rulesOut(key) else { continue }
                ruledOut += 1
                let facts = names.facts(word)
                #expect(!facts.surname && facts.oneWord == nil && !facts.acronym, "\(word) among \(keys)")
            }
            if keys.allSatisfy({ WordKey(ascii: $0) != nil }) { #expect(ruledOut > 0) }
        }
        check(["rowe", "merrow", "nato"])
        check(["rowe", "ruiz", "gullhaven", "dele", "smith jones"])
        // A key that is not plain ASCII may equal an ASCII word ("\u{212A}", the Kelvin sign, is "K").
        check(["rowe", "\u{212A}", "jos\u{E9}"])
        check([])
    }
}
