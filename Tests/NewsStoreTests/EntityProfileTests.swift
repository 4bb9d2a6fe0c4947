import BylineTestSupport
import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// An entity's page (`entityProfile`) checked against the occurrence rows it is a summary of,
/// worked out another way: by SQL over every row, not from the articles' packed name lists.
@Suite(.serialized) struct EntityProfileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sampleIndex() throws -> NewsIndex {
        let home = Scratch.directory("entity-profile")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let index = try NewsIndex.open(
            corpus: root.appendingPathComponent("Articles"), location: IndexLocation(databaseURL: home.appendingPathComponent("index.sqlite")))
        try index.refresh()
        return index
    }

    /// Entity → articles shared with `id`, from pairs of occurrence rows of one article.
    static func sharedArticles(_ id: Int64, _ index: NewsIndex) throws -> [Int64: Int] {
        try index.pool.read { db in
            var shared: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT n2.entity, count(DISTINCT o2.article)
                FROM occurrence o1 JOIN name n1 ON n1.id = o1.name
                JOIN occurrence o2 ON o2.article = o1.article JOIN name n2 ON n2.id = o2.name
                WHERE n1.entity = ? AND n1.articles > 0 AND n2.articles > 0 AND n2.entity != ?
                GROUP BY n2.entity
                """, arguments: [id, id])
            {
                shared[row[0]] = row[1]
            }
            return shared
        }
    }

    @Test func everyEntitysCompanionsAndCountsMatchItsOccurrenceRows() throws {
        let index = try Self.sampleIndex()
        let entities = try index.entityDirectory(limit: 10_000)
        #expect(entities.count > 20)
        for entity in entities {
            let profile = try #require(try index.entityProfile(id: entity.id, companionLimit: 10_000))
            let expected = try Self.sharedArticles(entity.id, index)
            let got = Dictionary(uniqueKeysWithValues: profile.companions.map { ($0.entity.id, $0.sharedArticles) })
            #expect(got == expected, "\(entity.name)")
            let shared = profile.companions.map(\.sharedArticles)
            #expect(shared == shared.sorted(by: >), "\(entity.name)")
            let articles = try index.pool.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT count(DISTINCT o.article) FROM occurrence o JOIN name n ON n.id = o.name WHERE n.entity = ? AND n.articles > 0
                    """, arguments: [entity.id]) ?? 0
            }
            #expect(profile.articles == articles && profile.companionArticles == articles, "\(entity.name)")
            #expect(profile.days.reduce(0) { $0 + $1.mentions } == entity.mentions, "\(entity.name)")
        }
    }

    @Test func undatedArticlesCountOnTheirFilesDay() throws {
        let corpus = try TempCorpus()
        let analysis = Analysis(
            extractor: ListExtractor(rules: [
                .init(name: "Tomas Vell", type: .person, shortForms: []),
                .init(name: "Mayor Vell", type: .person, shortForms: []),
                .init(name: "Harbour Board", type: .organization, shortForms: []),
            ]),
            identifier: "profile-days-test")
        try corpus.write("a.txt", "---\ntitle: Ferry\ndate: 2026-03-01\n---\nTomas Vell and the Harbour Board agreed. Tomas Vell smiled.\n")
        try corpus.write("b.txt", "Ferry fares\n\nTomas Vell said fares would rise.\n")
        try corpus.write("c.txt", "Quay repairs\n\nThe Harbour Board and Tomas Vell met. Mayor Vell left early.\n")
        let index = try corpus.indexed(analysis: analysis)
        let vell = try #require(try index.entityDirectory(limit: 10).first { $0.name == "Tomas Vell" })
        let profile = try #require(try index.entityProfile(id: vell.id))
        #expect(profile.usesFileDays)
        let fileDay = try #require(Int(FileDay.of(path: corpus.folder.appendingPathComponent("b.txt").path)!.replacingOccurrences(of: "-", with: "")))
        #expect(profile.days.map(\.day) == [20260301, fileDay].sorted())
        #expect(profile.days.first { $0.day == 20260301 }?.mentions == 2)
        #expect(profile.days.first { $0.day == fileDay }?.mentions == 3)
        #expect(profile.companions.map(\.entity.name) == ["Harbour Board"])
        #expect(profile.companions.first?.sharedArticles == 2)
        // c.txt names him twice over, as "Tomas Vell" and as "Mayor Vell" (a name of its own,
        // linked to his): one article of his, and one shared with the Harbour Board.
        #expect(vell.articles == 4 && profile.articles == 3)
        let board = try #require(try index.entityDirectory(limit: 10).first { $0.name == "Harbour Board" })
        let boardProfile = try #require(try index.entityProfile(id: board.id))
        #expect(boardProfile.companions.map(\.entity.name) == ["Tomas Vell"])
        #expect(boardProfile.companions.first?.sharedArticles == 2)
        // Counted over the newest article only: the dated one (the files are of 2025), which names both.
        let newest = try #require(try index.entityProfile(id: vell.id, articleLimit: 1))
        #expect(newest.companionArticles == 1 && newest.companions.first?.sharedArticles == 1)
    }
}
