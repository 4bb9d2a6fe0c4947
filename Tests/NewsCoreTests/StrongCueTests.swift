import Testing
@testable import NewsCore

/// What an article's entities carry of the strong cues around their names
/// (`ArticleEntity.strongCues`), which the index weighs across the corpus. Every sentence is
/// written by the team; the bands and people are invented.
struct StrongCueTests {
    func entities(_ text: String) throws -> [ArticleEntity] {
        let a = try ArticleParser.parse(text: text, path: "test.txt")
        return try TaggerEntityExtractor().entities(in: a)
    }

    func cues(_ es: [ArticleEntity], _ alias: String) -> EntityTypes? {
        es.first { $0.aliases.contains(alias) }?.strongCues
    }

    @Test func aBandNounBeforeTheNameIsAStrongCueWhateverTheArticleDecides() throws {
        // Many plain mentions read as a person's; the one "band" still shows.
        let es = try entities("""
            Awards night in Merrowick

            Fans cheered the band Edwin Marsh on Saturday. Edwin Marsh played for an hour, and Edwin Marsh thanked the city. Edwin Marsh left at midnight.
            """)
        #expect(cues(es, "Edwin Marsh")?.contains(EntityTypes(.organization)) == true, "\(String(describing: cues(es, "Edwin Marsh")))")
    }

    @Test func aTitleIsAStrongCueForAPerson() throws {
        let es = try entities("""
            Council vote delayed

            Mr Tomas Vell said the vote in Merrowick would wait until June.
            """)
        #expect(cues(es, "Tomas Vell") == EntityTypes(.person))
    }

    @Test func plainMentionsGiveNoStrongCue() throws {
        let es = try entities("""
            Council vote delayed

            Tomas Vell said the vote in Merrowick would wait until June, and Vell left early.
            """)
        #expect(cues(es, "Tomas Vell") == [])
    }

    @Test func theThresholdIsAContextVoteOfSixOrMore() {
        var weak = EntityMention(range: 0..<3, text: "Ode", type: .person)
        weak.evidence.votes = [.person: 4, .other: 5]
        var strong = weak
        strong.evidence.votes = [.other: AliasMerger.strongVote]
        #expect(AliasMerger.strongCues([weak]) == [])
        #expect(AliasMerger.strongCues([weak, strong]) == EntityTypes(.other))
    }
}
