import Testing
@testable import NewsCore

/// `NameShape.headType` read from the tokens answers as the same question of the range's words.
struct HeadTypeShortcutTests {
    @Test func tokensAnswerAsTheWords() throws {
        let article = try ArticleParser.parse(
            text: """
                University Of Merrowick Talks

                The University of Merrowick, Port of Dunholm Authority and Bank of Tarrow met the \
                Friends for Vallmark Trust, Greyling Shipping, River Tolley, Fennick Point, Ana \
                Brekkeby, Of Mice Club, Lake of Zo\u{eb} Park and Ana Street in Mount Port for \
                Saint-Loup Council, Fort of the Isles, Caf\u{e9} of Ana Harbour and New Vallmark.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        let byToken = NameLists(gazetteer: Gazetteer(text: GazetteerFastPathTests.lists))
        let byWord = NameLists(gazetteer: Gazetteer(text: GazetteerFastPathTests.lists))
        var typed = 0
        for a in 0..<t.count {
            for b in (a + 1)...min(a + 6, t.count) {
                let words = (a..<b).filter { t.isWord($0) }.map { t.word($0) }
                for tagged in [nil, EntityType.person, .organization] {
                    let fast = NameShape.headType(t, a..<b, tagged: tagged, lists: byToken)
                    let general = NameShape.headType(
                        words, tagged: tagged, isFirstName: { byWord.isFirstName($0) }, isSurname: { byWord.isSurname($0) })
                    #expect(fast == general, "\(words)")
                    if fast != nil { typed += 1 }
                }
                #expect(NameShape.headType(t, a..<b) == NameShape.headType(words), "\(words)")
            }
        }
        #expect(typed >= 30)
    }
}
