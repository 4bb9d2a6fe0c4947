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
}
