import Testing

@testable import NewsCore

/// `ArticleTokens.lower(_:key:isIn:)`, which the type cues ask with a neighbour's key read once,
/// against `lower(_:isIn:)` and the list asked by the word's `String`.
struct MentionCueKeyTests {
    @Test func listAnswersWithTheKeyReadOnceMatchTheGeneralOnes() throws {
        let article = try ArticleParser.parse(
            text: """
                Tarrow Beat Merrowick In The Final

                The striker for Tarrow scored twice v Merrowick. Fans of the caf\u{E9} band Low Tide \
                and the cafe\u{301} trio Ode said the film Dark Harbour was SHOWN; the r\u{F4}le went to Ada.
                """, path: "test.txt")
        let t = ArticleTokens(article: article)
        let lists: [WordList] = [
            SportsWords.versus, SportsWords.teamRoles, WorkWords.before, WorkWords.musicGroups, PersonNouns.nouns,
            ["caf\u{E9}", "trio", "shown"], ["cafe\u{301}", "r\u{F4}le", "the"],
        ]
        for i in 0..<t.count where t.isWord(i) {
            for list in lists {
                let general = list.contains(t.lower(i))
                #expect(t.lower(i, key: t.lowerKey(i), isIn: list) == general, "\(t.word(i))")
                #expect(t.lower(i, key: nil, isIn: list) == general, "\(t.word(i))")
                #expect(t.lower(i, isIn: list) == general, "\(t.word(i))")
            }
        }
    }
}
