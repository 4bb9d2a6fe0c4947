import Testing
@testable import NewsCore

/// The rules' one-pass shortcuts answer as the pairwise checks they stand for.
struct MentionRuleShortcutTests {
    /// The drafts the pairwise check keeps: none strictly inside another's tokens.
    static func uncovered(_ ds: [DraftMention]) -> [Range<Int>] {
        ds.filter { d in !ds.contains { g in (g.a < d.a && d.b <= g.b) || (g.a <= d.a && d.b < g.b) } }.map { $0.a..<$0.b }
    }

    @Test(arguments: [
        [],
        [0..<2],
        [0..<2, 3..<5, 7..<8],
        // "Whitfield-Hayes" grown over "Hayes", and a draft starting with a longer one.
        [0..<3, 2..<3, 5..<6, 5..<8, 9..<10],
        // The same span twice: neither covers the other.
        [1..<3, 1..<3, 4..<6],
        // A long draft covering several, then one reaching past it.
        [0..<10, 1..<2, 3..<9, 4..<12, 11..<12],
        // Out of order: the pairwise check answers.
        [5..<8, 0..<3, 6..<7, 1..<2],
    ])
    func droppingCoveredDraftsMatchesThePairwiseCheck(spans: [Range<Int>]) {
        var ds = spans.map { DraftMention(a: $0.lowerBound, b: $0.upperBound, type: .person) }
        let expected = Self.uncovered(ds)
        MentionRules.dropCovered(&ds)
        #expect(ds.map { $0.a..<$0.b } == expected)
    }

    @Test func aWordsKeyIsItsAliasKey() throws {
        let article = try ArticleParser.parse(
            text: """
                Gullhaven Envoys Meet

                Tamsin O'Rowe met Ada Ode-Marsh, R2D2 and U.S. envoys at St. Kilda's Quay in Gullhaven; \
                \u{212A}elvin Caf\u{E9} and Cafe\u{301} THE GUILD said so.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        for i in 0..<t.count where t.isWord(i) {
            #expect(MentionRules.wordKey(t, i) == EntityNames.aliasKey(t.word(i)), "\(t.word(i))")
        }
    }

    @Test(arguments: ["Tamsin Rowe", "Ludwig van Beethoven", "Ada Ode-Marsh", "Dr Ada de la Cruz", "Rowe", "", "Ode Jr", "Kai O'Rowe, III"])
    func aSurnamesLastWordKeyIsTheKeyOfItsLastWord(name: String) {
        let p = PersonName(name)
        #expect(p.lastWordKey == EntityNames.aliasKey(String(p.surname.splitAtSpaces().last ?? "")))
    }

    @Test func listsAskedByTokenAnswerAsByTheWord() throws {
        let article = try ArticleParser.parse(
            text: """
                Vallmark Talks Resume

                Ana Brekkeby met ANA BREKKEBY, ana and Ana's cousin in New Vallmark; O'Neill, Zo\\u{eb} and \\
                Agent7 saw agent7 in VALLMARK and Saint-Loup, Ana\\u{301} said.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        let byToken = NameLists(gazetteer: Gazetteer(text: GazetteerFastPathTests.lists))
        let byWord = NameLists(gazetteer: Gazetteer(text: GazetteerFastPathTests.lists))
        // Twice over, so that the second round reads what the first one kept.
        for _ in 0..<2 {
            for i in 0..<t.count where t.isWord(i) {
                let w = t.word(i)
                #expect(byToken.isFirstName(t, i) == byWord.isFirstName(w), "\(w)")
                #expect(byToken.isGivenName(t, i) == byWord.isGivenName(w), "\(w)")
                #expect(byToken.isSurname(t, i) == byWord.isSurname(w), "\(w)")
                #expect(byToken.isPlace(t, i) == byWord.isPlace(w), "\(w)")
                #expect(byToken.isDemonym(t, i) == byWord.isDemonym(w), "\(w)")
            }
        }
        #expect(byToken.isFirstName(t, try #require((0..<t.count).first { t.word($0) == "ANA" })))
        #expect(byToken.isPlace(t, try #require((0..<t.count).first { t.word($0) == "VALLMARK" })))
    }

    @Test func aPhraseAskedByItsTokensAnswersAsItsText() throws {
        let lists = """
            ## demonym
            tarrowese
            north tarrowese
            gull islanders
            ## city
            gull islanders
            ## first
            ana
            """
        let article = try ArticleParser.parse(
            text: """
                Tarrowese Fans Cheer

                North Tarrowese and NORTH TARROWESE fans, Gull Islanders, Ana North Tarrowese, the \
                Tarrowese and North Tarrowe\u{301}se, Ana's North-Tarrowese 2nd cousins cheered.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        let names = NameLists(gazetteer: Gazetteer(text: lists))
        var answered = 0
        var yes = 0
        for a in 0..<t.count {
            for b in (a + 1)...min(a + 4, t.count) {
                let d = DraftMention(a: a, b: b, type: .place)
                let phrase = MentionCues.joinedWords(d, t)
                #expect(names.isPlacePhrase(d, t) == names.isPlace(phrase), "\(phrase)")
                guard let fast = names.isPeoplesPhrase(t, a..<b) else { continue }
                answered += 1
                if fast { yes += 1 }
                #expect(fast == (names.isDemonym(phrase) && !names.isPlace(phrase)), "\(phrase)")
            }
        }
        #expect(answered > 50)
        // "North Tarrowese" twice; "Gull Islanders" is a place as well.
        #expect(yes >= 2)
        #expect((0..<t.count).contains { names.isPlacePhrase(DraftMention(a: $0, b: min($0 + 2, t.count), type: .place), t) })
    }

    @Test func anOrdinaryWordKeptByIdAnswersAsAskedAgain() throws {
        let article = try ArticleParser.parse(
            text: """
                Harbour Police Say The Quay Is Closed

                Police said the Harbour Board met. The board and Gullhaven Police, Shipping lines and \
                Caf\u{E9} Lind, Cafe\u{301} Lind and the caf\u{E9} said The Quay is shut; Police and \
                THE HARBOUR agreed.
                """, path: "test.txt")
        // Asked front to back of one copy and back to front of another: whichever token of a
        // word is asked first, each later token of it reads the same answer.
        let forward = ArticleTokens(article: article)
        let backward = ArticleTokens(article: article)
        let ahead = (0..<forward.count).map { forward.isOrdinaryWord($0) }
        var behind = [Bool](repeating: false, count: backward.count)
        for i in (0..<backward.count).reversed() { behind[i] = backward.isOrdinaryWord(i) }
        #expect(ahead == behind)
        // Kept answers read again as first given.
        #expect((0..<forward.count).map { forward.isOrdinaryWord($0) } == ahead)
        let t = forward
        #expect((0..<t.count).contains { t.isCapitalised($0) && t.isOrdinaryWord($0) })
        #expect((0..<t.count).contains { t.isCapitalised($0) && !t.isOrdinaryWord($0) })
        // A function word is ordinary; a name the article only capitalises is not.
        #expect((0..<t.count).contains { t.word($0) == "The" && t.isOrdinaryWord($0) })
        #expect((0..<t.count).contains { t.word($0) == "Gullhaven" && !t.isOrdinaryWord($0) })
    }

    @Test func tokenShortcutsAnswerAsTheirWordsStrings() throws {
        let article = try ArticleParser.parse(
            text: """
                Harbour And Quay Talks

                AND the Tarrowese, anD Thai and Danish fans, Or \u{212A}elvin Rowe and \u{130}lkay \
                Ode-Marsh, A Ludgate Italians' Caf\u{E9} said: "Who Were THE Blues?" Ann, an Ekst\u{F6}m fan, \
                met the Ane\u{301}s and R2D2 in Osaka-based rooms at 10 a.m.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        for i in 0..<t.count where t.isWord(i) {
            let w = t.word(i)
            let lower = t.lower(i)
            #expect(t.isPlainAlphanumeric(i) == ClosedListTypes.isPlainAlphanumeric(w), "\(w)")
            #expect(ClosedListTypes.hasPeoplesEnding(t, i) == ClosedListTypes.hasPeoplesEnding(lower), "\(w)")
            #expect(MentionCues.opensWithCapital(t, i) == MentionCues.opensWithCapital(w), "\(w)")
            #expect(t.wordIs(i, "and") == (w == "and"), "\(w)")
            #expect(t.isASCII(i) == w.unicodeScalars.allSatisfy(\.isASCII), "\(w)")
            #expect(t.lowerIs(i, "and") == (lower == "and"), "\(w)")
            #expect(t.lowerIs(i, "the") == (lower == "the"), "\(w)")
            #expect(t.lowerIs(i, "a") == (lower == "a"), "\(w)")
            #expect(t.lowerIs(i, "or") == (lower == "or"), "\(w)")
            #expect(t.lowerIs(i, "who") == (lower == "who"), "\(w)")
            #expect(t.lowerIs(i, "were") == (lower == "were"), "\(w)")
            for suffix: StaticString in ["an", "ans", "ese", "er", "i", "is", "ish", "s", "es", "d", "e", "n", "in", "elvin", "lkay", ""] {
                #expect(t.lowerEnds(i, with: suffix) == lower.hasSuffix(suffix.description), "\(w) \(suffix)")
            }
        }
        // The test reads what it means to: words each shortcut says yes to.
        #expect((0..<t.count).filter { t.lowerIs($0, "and") }.count == 6)
        #expect((0..<t.count).contains { t.wordIs($0, "and") })
        #expect((0..<t.count).contains { t.isWord($0) && ClosedListTypes.hasPeoplesEnding(t, $0) })
        #expect((0..<t.count).contains { t.isWord($0) && !t.isASCII($0) && t.lowerEnds($0, with: "s") })
    }

    @Test func aDraftsKeyFromItsTokensIsItsAliasKey() throws {
        let article = try ArticleParser.parse(
            text: """
                The Tarrow Open Returns

                The Tarrow Open and the Gullhaven Cup 2031 drew THE QUAY BAND, R2D2 fans and U.S. \
                envoys to St. Kilda's Quay; Caf\u{E9} Lind-Marsh and Osaka-based Vallmark Games\tTrust
                backed the the Harbour Series.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        var shortcuts = 0
        for a in 0..<t.count {
            for b in (a + 1)...min(a + 4, t.count) {
                // Whole tokens, and a cut inside the last one where it is long enough to have one.
                var ends: [Int?] = [nil, t.tokens[b - 1].range.upperBound]
                if t.tokens[b - 1].range.count > 2 { ends.append(t.tokens[b - 1].range.upperBound - 2) }
                for end in ends {
                    let d = DraftMention(a: a, b: b, type: .other, end: end)
                    let key = EntityNames.aliasKey(t.text(TaggerEntityExtractor.range(d, t)))
                    let words = key.splitAtSpaces().map(String.init)
                    let got = ClosedListTypes.keyAndWords(d, t)
                    #expect(got.key == key && got.words == words, "\(t.text(TaggerEntityExtractor.range(d, t)))")
                    if let fast = ClosedListTypes.tokenKeyAndWords(d, t) {
                        shortcuts += 1
                        #expect(fast.key == key && fast.words == words)
                    }
                }
            }
        }
        // The shortcut answers for most spans of plain words.
        #expect(shortcuts > 50)
    }

    @Test func aNamesLastWordKeyFromItsTokensIsItsPersonNamesOne() throws {
        let article = try ArticleParser.parse(
            text: """
                Ada Lind Jr Returns

                Dr Ada van der Lind, Kai O'Rowe III, Tamsin Ode-Marsh and Caf\u{E9} Rowe met Ida Lind
                Jr and R2D2 Brekke in Gullhaven; Zo\u{EB} Quay,\tIvo Harbour said so.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        var shortcuts = 0
        for a in 0..<t.count {
            for b in (a + 1)...min(a + 5, t.count) {
                var ends: [Int?] = [nil]
                if t.tokens[b - 1].range.count > 2 { ends.append(t.tokens[b - 1].range.upperBound - 2) }
                for end in ends {
                    let d = DraftMention(a: a, b: b, type: .person, end: end)
                    guard let fast = TaggerEntityExtractor.tokenLastWord(d, t).map(t.lower) else { continue }
                    shortcuts += 1
                    let text = t.text(TaggerEntityExtractor.range(d, t))
                    #expect(fast == PersonName(text).lastWordKey, "\(text)")
                }
            }
        }
        #expect(shortcuts > 50)
    }

    /// `MentionRules.addSorted` leaves the drafts as `(ds + added).sorted { $0.a < $1.a }` does:
    /// untouched when nothing is added to drafts in order (ties in `a` kept in their order),
    /// sorted otherwise.
    @Test func addingDraftsSortedIsTheSort() {
        func spans(_ ds: [DraftMention]) -> [[Int]] { ds.map { [$0.a, $0.b, $0.taggerWeight] } }
        func draft(_ a: Int, _ b: Int, _ w: Int) -> DraftMention { DraftMention(a: a, b: b, type: .person, taggerWeight: w) }
        let cases: [([DraftMention], [DraftMention])] = [
            ([], []),
            ([draft(3, 5, 2)], []),
            ([draft(0, 2, 2), draft(4, 6, 1), draft(4, 5, 0), draft(9, 10, 2)], []),
            ([draft(4, 6, 2), draft(0, 2, 1), draft(4, 5, 0)], []),
            ([draft(0, 2, 2), draft(7, 9, 1)], [draft(3, 4, 0), draft(7, 8, 0)]),
            ([draft(5, 6, 2), draft(1, 2, 1)], [draft(3, 4, 0)]),
        ]
        for (ds, added) in cases {
            var fast = ds
            MentionRules.addSorted(&fast, added)
            #expect(spans(fast) == spans((ds + added).sorted { $0.a < $1.a }))
        }
    }
}
