import BylineTestSupport
import Foundation
import NewsStore
import NewsUI
import ReaderData
import Testing

/// The reader's sorts and picker answered by the index.
@Suite struct SortAndFacetsBackendTests {
    @Test func pagesComeInTheChosenOrderAndTheListFollowsInIt() throws {
        let (backend, corpus) = try ListsAndTagsBackendTests.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let byTitle = try backend.listPage(.articles(.all), sort: .title, page: 0, pageSize: 20).items
        #expect(byTitle.count == 7)
        #expect(byTitle.map { $0.title.lowercased() } == byTitle.map { $0.title.lowercased() }.sorted())
        // Pages of 2 join up into the same order, and each article is found at its row.
        let paged = try (0..<4).flatMap { try backend.listPage(.articles(.all), sort: .title, page: $0, pageSize: 2).items }
        #expect(paged.map(\.id) == byTitle.map(\.id))
        for (row, item) in byTitle.enumerated() {
            #expect(try backend.listIndex(of: item.id, in: .articles(.all), sort: .title) == row)
        }
        // Results by date rather than by match: newest first.
        let results = try backend.listPage(.search("ferry"), sort: .date, page: 0, pageSize: 10).items
        #expect(results.compactMap(\.date) == results.compactMap(\.date).sorted(by: >))
    }

    @Test func facetsListTheSectionsWithTheirCountsAndEachFindsItsArticles() throws {
        let (backend, corpus) = try ListsAndTagsBackendTests.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let sections = try backend.facets().filter { $0.kind == .section }
        #expect(sections.map(\.name).contains("port"))
        for facet in sections {
            #expect(try backend.count(.search(facet.query)) == facet.articles, "\(facet.query)")
        }
        #expect(sections.map(\.articles).reduce(0, +) == 7)
    }

    /// `O` in the versions view (`v`): the versions of one story in each of the list's orders.
    @Test func aStorysVersionsComeInTheChosenOrder() throws {
        func version(_ date: String, _ source: String, _ text: String) -> String {
            let body = text.split(separator: "\n", maxSplits: 2).dropFirst().joined(separator: "\n")
            return "---\ntitle: Athletic come from behind to beat Rovers\ndate: \(date)\nsource: \(source)\n---\n\(body)"
        }
        let corpus = try Fixtures.makeCorpus(extra: [
            "sport/2026-05-04-fixed.txt": version("2026-05-04", "Quayside Post", StoryFixtures.reportCorrected),
            "sport/2026-05-03-first.txt": version("2026-05-03", "Athletic Weekly", StoryFixtures.report),
            "local/2026-05-02-copy.txt": version("2026-05-02", "Merrowick Courier", StoryFixtures.report),
        ])
        defer { try? FileManager.default.removeItem(at: corpus) }
        let home = Scratch.directory("backend-versions")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let index = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: home.appendingPathComponent("index.sqlite")))
        try index.refresh()
        let state = try ReadingState.open(location: StateLocation(databaseURL: home.appendingPathComponent("state.sqlite")))
        let backend = IndexReaderBackend(index: index, state: state, extractor: index.analysis.extractor)
        let newest = try #require(try index.article(path: "sport/2026-05-04-fixed.txt"))
        let source = ListSource.versions(of: newest.id)
        func paths(_ sort: ListSort) throws -> [String] {
            try backend.listPage(source, sort: sort, page: 0, pageSize: 10).items.map(\.path)
        }
        #expect(try paths(.date) == ["sport/2026-05-04-fixed.txt", "sport/2026-05-03-first.txt", "local/2026-05-02-copy.txt"])
        #expect(try paths(.source) == ["sport/2026-05-03-first.txt", "local/2026-05-02-copy.txt", "sport/2026-05-04-fixed.txt"])
        #expect(try paths(.section) == ["local/2026-05-02-copy.txt", "sport/2026-05-04-fixed.txt", "sport/2026-05-03-first.txt"])
        // Each version is found at its row of the order, as the list keeps the open one selected.
        for sort in [ListSort.date, .title, .source, .section] {
            for (row, item) in try backend.listPage(source, sort: sort, page: 0, pageSize: 10).items.enumerated() {
                #expect(try backend.listIndex(of: item.id, in: source, sort: sort) == row, "\(sort)")
            }
        }
    }
}
