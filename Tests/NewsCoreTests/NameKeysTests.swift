import Testing

@testable import NewsCore

/// `TaggerEntityExtractor.NameKeys`, the alias keys `addRepeatedNames` collects, answers as
/// the `Set<String>` of surnames and the `Dictionary<String, EntityType>` of one-word names it
/// stands in for, for keys equal as `String`s but not in their scalars too.
@Suite struct NameKeysTests {
    @Test func answersAsASetAndADictionaryByString() {
        var keys = TaggerEntityExtractor.NameKeys(capacity: 1)
        #expect(!keys.hasSurnames && !keys.hasOneWordNames)
        keys.addSurname("whitlock")
        keys.addSurname("lindqvist")
        keys.addOneWordName("harbour alliance", .organization, acronym: false)
        keys.addOneWordName("uhw", .organization, acronym: true)
        keys.addOneWordName("merrowick", .place, acronym: false)
        // The first type given a key stays.
        keys.addOneWordName("merrowick", .person, acronym: false)
        // A precomposed "é" and "e" with a combining accent are one key, as `String` has them.
        keys.addSurname("ren\u{E9}")
        #expect(keys.hasSurnames && keys.hasOneWordNames)
        #expect(keys.isSurname("whitlock"))
        #expect(keys.isSurname("rene\u{301}"))
        #expect(!keys.isSurname("merrowick"))
        #expect(!keys.isSurname("okafor"))
        #expect(keys.oneWordType("merrowick") == .place)
        #expect(keys.oneWordType("uhw") == .organization)
        #expect(keys.oneWordType("whitlock") == nil)
        #expect(keys.oneWordType("saltings") == nil)
        #expect(keys.isAcronym("uhw"))
        #expect(!keys.isAcronym("merrowick"))
        #expect(!keys.isAcronym("saltings"))
    }

    @Test func onlySurnamesOrOnlyOneWordNames() {
        var surnames = TaggerEntityExtractor.NameKeys(capacity: 0)
        surnames.addSurname("hale")
        #expect(surnames.hasSurnames && !surnames.hasOneWordNames)
        var names = TaggerEntityExtractor.NameKeys(capacity: 0)
        names.addOneWordName("greyfinch", .organization, acronym: false)
        #expect(!names.hasSurnames && names.hasOneWordNames)
        #expect(!names.isSurname("greyfinch"))
    }

    /// Keys given by token (found by the lower-case id) answer as the same keys given as
    /// `String`s, mixed with keys only a `String` gives (a name cut short, a non-ASCII word).
    @Test func keysByTokenAnswerAsKeysByString() throws {
        let article = try ArticleParser.parse(
            text: """
                Whitlock and UHW Meet

                Whitlock met Lindqvist at UHW in Merrowick; WHITLOCK, Caf\u{E9} Ren\u{E9}, R2D2 and
                lindqvist's Merrowick-based aides met Uhw, whitlock and Saltings in Caf\u{E9}.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        let words = (0..<t.count).filter { t.isWord($0) }
        // Every second word a surname, every third a one-word name, as tokens or as `String`s.
        var byToken = TaggerEntityExtractor.NameKeys(capacity: 0, wordIdCount: t.wordIdCount)
        var byString = TaggerEntityExtractor.NameKeys(capacity: 0)
        byToken.addSurname("ren\u{E9}")
        byString.addSurname("ren\u{E9}")
        for (n, i) in words.enumerated() where t.isPlainAlphanumeric(i) {
            if n % 2 == 0 {
                byToken.addSurname(lowerOf: i, t)
                byString.addSurname(t.lower(i), wordKey: t.lowerKey(i))
            }
            if n % 3 == 0 {
                let type: EntityType = n % 2 == 0 ? .organization : .place
                byToken.addOneWordName(lowerOf: i, t, type)
                if byString.oneWordType(t.lower(i)) == nil {
                    byString.addOneWordName(
                        t.lower(i), type, acronym: TaggerEntityExtractor.isAcronymText(t.word(i)), wordKey: t.lowerKey(i))
                }
            }
        }
        #expect(byToken.hasSurnames == byString.hasSurnames && byToken.hasOneWordNames == byString.hasOneWordNames)
        var asked = 0
        for i in words {
            let key = MentionRules.wordKey(t, i)
            let fast = byToken.facts(wordAt: i, t)
            let slow = byString.facts(key)
            #expect(fast.surname == slow.surname && fast.oneWord == slow.oneWord && fast.acronym == slow.acronym, "\(key)")
            // Asked again, from what was kept.
            let again = byToken.facts(wordAt: i, t)
            #expect(again.surname == slow.surname && again.oneWord == slow.oneWord && again.acronym == slow.acronym, "\(key)")
            if slow.surname || slow.oneWord != nil { asked += 1 }
        }
        #expect(asked > 10)
    }
}
