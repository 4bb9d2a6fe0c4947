import Testing
@testable import NewsCore

/// `ClosedListTypes`' shortcut for a name of one plain word answers as the lists asked by the
/// name's key and words.
struct ClosedListShortcutTests {
    /// Team-written text naming list entries of one word (a seat of government, events, products,
    /// one that counts only after its maker, companies, clubs) beside words on no list, in
    /// ASCII and not.
    static let texts = [
        """
        Kremlin Talks Resume

        The Kremlin, Pentagon and Holyrood said Google, Apple and Nokia would show the iPod, \
        Xbox, Outlook and PSP at Wimbledon and the Olympics. Chelsea and Arsenal fans met Ana \
        Vallmark in Élysée and Zo\u{eb} Brekkeby at Gazprom; GOOGLE and Premiership PS2 won.
        """,
        """
        Chelsea Beat Arsenal

        Chelsea beat Arsenal 2-1 in the Premiership, the striker scored twice and the manager \
        praised the fans. Wimbledon drew with Everton; Google, Tesco and the Kremlin watched.
        """,
    ]

    @Test(arguments: texts)
    func oneWordAnswersAsTheKeyAndWords(text: String) throws {
        let t = ArticleTokens(article: try ArticleParser.parse(text: text, path: "test.txt"))
        let lists = NameLists(gazetteer: Gazetteer(text: GazetteerFastPathTests.lists))
        var known = 0
        for i in 0..<t.count where t.isWord(i) && t.isPlainAlphanumeric(i) {
            for type in [EntityType.person, .organization, .place, .other] {
                let d = DraftMention(a: i, b: i + 1, type: type)
                let answer = ClosedListTypes.oneWordListAnswer(i, t)
                #expect(answer == ClosedListTypes.listAnswer(d, t, lists), "\(t.word(i))")
                if answer != .none { known += 1 }
            }
        }
        #expect(known >= 40)
    }

    /// Team-written names of several words: on the lists (events, an event before "of", products
    /// after their makers, companies, clubs, seats) and not, in ASCII and not.
    static let longerNames = [
        """
        Cup Final Report

        The World Cup, the World Series of Golf, the Tour de France, the Davis Cup and the Merrow \
        Open drew Apple iPod and Xbox Live fans to Downing Street, Premier League grounds and the \
        Gullhaven Harbour Trust. Microsoft Office, the Tarrow Shipping Line, Ana Vallmark Cup \
        and Zo\u{eb} Brekkeby Open sold; the Merrow Games and World Grand Prix of Tarrow began.
        """,
    ]

    @Test(arguments: texts + longerNames)
    func tokensRuleOutOnlyNamesOnNoList(text: String) throws {
        let t = ArticleTokens(article: try ArticleParser.parse(text: text, path: "test.txt"))
        let lists = NameLists(gazetteer: Gazetteer(text: GazetteerFastPathTests.lists))
        var ruledOut = 0
        var asked = 0
        for a in 0..<t.count {
            for b in (a + 1)...min(a + 5, t.count) {
                for type in [EntityType.person, .organization, .other] {
                    let d = DraftMention(a: a, b: b, type: type)
                    let answer = ClosedListTypes.listAnswer(d, t, lists)
                    if ClosedListTypes.tokensRuleOutLists(d, t) {
                        ruledOut += 1
                        #expect(answer == .none, "\(t.text(TaggerEntityExtractor.range(d, t)))")
                    } else if answer != .none {
                        asked += 1
                    }
                }
            }
        }
        #expect(ruledOut >= 50)
        if text == Self.longerNames[0] { #expect(asked >= 10) }
    }
}
