import BylineTestSupport
import Foundation
import NewsCore
import NewsStore
import NewsUI
import ReaderData
import Testing

/// The people view and entity pages answered by a real index of the sample corpus, each
/// answer checked against another way the index can give it.
@Suite(.serialized) struct EntityDirectoryBackendTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func backend() throws -> IndexReaderBackend {
        let home = Scratch.directory("backend-people")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let index = try NewsIndex.open(
            corpus: root.appendingPathComponent("Articles"), location: IndexLocation(databaseURL: home.appendingPathComponent("index.sqlite")))
        try index.refresh()
        let state = try ReadingState.open(location: StateLocation(databaseURL: home.appendingPathComponent("state.sqlite")))
        return IndexReaderBackend(index: index, state: state, extractor: index.analysis.extractor)
    }

    /// Every row of a query, read a page of `size` at a time.
    static func all(_ backend: IndexReaderBackend, _ query: EntityDirectoryQuery, size: Int) throws -> [DirectoryEntity] {
        var rows: [DirectoryEntity] = []
        var page = 0
        while true {
            let (slice, count) = try backend.directoryPage(query, page: page, pageSize: size)
            rows += slice
            page += 1
            if rows.count >= count || slice.isEmpty { return rows }
        }
    }

    @Test func countsAndPagesAgreeWithTheEntitiesCommandsQuery() throws {
        let backend = try Self.backend()
        let expected = try backend.index.entities(type: nil, offset: 0, limit: 100_000)
        let (first, count) = try backend.directoryPage(EntityDirectoryQuery(), page: 0, pageSize: 7)
        #expect(count == expected.count && count > 20)
        #expect(first.count == 7)
        // Pages of 7 put together: every entity once, with the counts `byline entities` gives.
        let paged = try Self.all(backend, EntityDirectoryQuery(), size: 7)
        #expect(paged.count == count)
        #expect(Set(paged.map(\.entity.id)).count == count)
        let byID = Dictionary(uniqueKeysWithValues: expected.map { ($0.id, $0) })
        for row in paged {
            let summary = try #require(byID[row.entity.id!])
            #expect(row.entity.name == summary.name && row.entity.type == summary.type)
            #expect(row.entity.corpusMentions == summary.mentions && row.entity.corpusArticles == summary.articles)
        }
        // Of one type: the same as the command's, and the types add up to all.
        var total = 0
        for type in EntityType.allCases {
            let rows = try Self.all(backend, EntityDirectoryQuery(type: type), size: 50)
            #expect(rows.allSatisfy { $0.entity.type == type })
            #expect(rows.count == (try backend.index.entityCount(type: type)))
            total += rows.count
        }
        #expect(total == count)
    }

    @Test func eachOrderSortsItsColumnAndLatestIsTheNewestMention() throws {
        let backend = try Self.backend()
        let mentions = try Self.all(backend, EntityDirectoryQuery(sort: .mentions), size: 10).map { $0.entity.corpusMentions ?? 0 }
        #expect(mentions == mentions.sorted(by: >))
        let articles = try Self.all(backend, EntityDirectoryQuery(sort: .articles), size: 10).map { $0.entity.corpusArticles ?? 0 }
        #expect(articles == articles.sorted(by: >))
        let latest = try Self.all(backend, EntityDirectoryQuery(sort: .latest), size: 10)
        let days = latest.map { $0.latest ?? "" }
        #expect(days == days.sorted(by: >))
        #expect(Set(days).count > 5)
        // The latest day is that of the entity's newest mention, as its mentions trail shows it.
        for row in latest.prefix(5) + latest.suffix(3) {
            let newest = try backend.index.mentions(of: row.entity.id!, offset: 0, limit: 1).first
            #expect(row.latest == newest?.date, "\(row.entity.name)")
        }
        // The same latest day whichever order the row was listed in.
        let byMentions = Dictionary(uniqueKeysWithValues: try Self.all(backend, EntityDirectoryQuery(), size: 100).map { ($0.entity.id!, $0.latest) })
        #expect(latest.allSatisfy { byMentions[$0.entity.id!] == $0.latest })
    }

    @Test func theFilterFindsAnyFormTheTextUsed() throws {
        let backend = try Self.backend()
        let (rows, count) = try backend.directoryPage(EntityDirectoryQuery(filter: "okafor"), page: 0, pageSize: 50)
        #expect(count == rows.count && count >= 1)
        #expect(rows.contains { $0.entity.name == "Daniel Okafor" })
        // Case and accents folded, every word somewhere in the entity's forms.
        let (accented, _) = try backend.directoryPage(EntityDirectoryQuery(filter: "SJOBERG"), page: 0, pageSize: 50)
        #expect(accented.contains { $0.entity.name.contains("Sjöberg") })
        let (both, _) = try backend.directoryPage(EntityDirectoryQuery(type: .person, filter: "daniel okafor"), page: 0, pageSize: 50)
        #expect(both.map(\.entity.name) == ["Daniel Okafor"])
        let (none, zero) = try backend.directoryPage(EntityDirectoryQuery(filter: "zzqx"), page: 0, pageSize: 50)
        #expect(none.isEmpty && zero == 0)
        // Every row that passes holds the words in its name or an alias.
        for row in try Self.all(backend, EntityDirectoryQuery(filter: "mer"), size: 5) {
            let summary = try #require(try backend.index.entity(id: row.entity.id!))
            #expect(summary.aliases.contains { EntityKey.of($0).contains("mer") }, "\(summary.name)")
        }
    }

    @Test func anEntitysFactsAddUpAndItsCompanionsShareWhatASearchFinds() throws {
        let backend = try Self.backend()
        let (rows, _) = try backend.directoryPage(EntityDirectoryQuery(type: .person, filter: "okafor"), page: 0, pageSize: 5)
        let okafor = try #require(rows.first { $0.entity.name == "Daniel Okafor" }).entity
        let facts = try backend.entityFacts(of: okafor)
        #expect(facts.entity.name == "Daniel Okafor" && facts.entity.aliases.count > 1)
        // Every mention is on some day, and the days are those of its articles.
        #expect(facts.days.reduce(0) { $0 + $1.mentions } == okafor.corpusMentions)
        #expect(facts.days.map(\.day) == facts.days.map(\.day).sorted())
        #expect(facts.quotations == (try backend.trailPage(kind: .quotes, of: okafor, page: 0, pageSize: 1).count))
        #expect(facts.quotations > 0)
        // Companions: most shared first, and as many shared articles as a search for both finds.
        #expect(!facts.companions.isEmpty)
        let shared = facts.companions.map(\.sharedArticles)
        #expect(shared == shared.sorted(by: >))
        #expect(!facts.companions.contains { $0.entity.id == okafor.id })
        for companion in facts.companions.prefix(4) where companion.entity.type != .other {
            let query = SharedArticles.query(okafor, companion.entity)
            #expect(try backend.count(.search(query)) == companion.sharedArticles, "\(query)")
        }
        #expect(facts.companionsSampled == nil)
        // Past the article limit, the companions come from the newest articles only.
        let sampled = try #require(try backend.index.entityProfile(id: okafor.id!, articleLimit: 3))
        #expect(sampled.companionArticles == 3 && sampled.articles > 3)
        #expect(sampled.companions.allSatisfy { $0.sharedArticles <= 3 } && !sampled.companions.isEmpty)
        #expect(sampled.days == (try backend.index.entityProfile(id: okafor.id!))?.days)
        // A name the index no longer holds says so.
        #expect(throws: ReaderBackendError.self) { try backend.entityFacts(of: ReaderEntity(id: 999_999, name: "Nobody", type: .person)) }
    }
}
