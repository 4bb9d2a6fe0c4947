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
}
