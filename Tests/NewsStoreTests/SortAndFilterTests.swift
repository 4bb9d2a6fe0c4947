import Foundation
import Testing
@testable import NewsStore

/// `section:`, `source:` and `folder:`/`in:` in the query language, and the list in each order.
@Suite struct SortAndFilterTests {
    // MARK: - Parsing

    @Test func sectionSourceAndFolderAreFilters() throws {
        #expect(try QueryParser.parse("section:sport") == .filter(.section("sport"), column: 1))
        #expect(try QueryParser.parse("source:\"Harbour Times\"") == .filter(.source("Harbour Times"), column: 1))
        #expect(try QueryParser.parse("Source:“Harbour Times”") == .filter(.source("Harbour Times"), column: 1))
        #expect(try QueryParser.parse("folder:city/") == .filter(.folder("city"), column: 1))
        #expect(try QueryParser.parse("in:/city/council") == .filter(.folder("city/council"), column: 1))
        #expect(try QueryParser.parse("ferry -section:sport") == .and([
            .term(SearchTerm(kind: .word, text: "ferry", column: 1)),
            .not(.filter(.section("sport"), column: 8), column: 7),
        ]))
    }

    @Test func aFilterWithoutAValueOrFolderIsAnError() {
        #expect(throws: QueryError.self) { try QueryParser.parse("section:") }
        #expect(throws: QueryError.self) { try QueryParser.parse("source: x") }
        #expect(throws: QueryError.self) { try QueryParser.parse("folder:/") }
        // The list of known filters names the new ones.
        do {
            _ = try QueryParser.parse("desk:sport")
            Issue.record("desk: is no filter")
        } catch {
            #expect(error.message.contains("section:") && error.message.contains("source:") && error.message.contains("folder:"))
        }
    }

    // MARK: - Finding

    /// Five articles written for this test: two folders, front matter naming a source and a
    /// section, and one at the top of the corpus with neither.
    static func corpus() throws -> (TempCorpus, NewsIndex) {
        let corpus = try TempCorpus()
        try corpus.write("city/2026-03-01-tram.txt", """
            ---
            source: Harbour Times
            ---
            Tram vote set for spring

            The council will vote on the tram line in the spring, a spokesman said.
            """)
        try corpus.write("city/2026-03-04-ferry.txt", """
            ---
            source: harbour times
            section: Transport
            ---
            Ferry fares rise again

            Fares on the harbour ferry will rise in April, the operator said.
            """)
        try corpus.write("sport/2026-03-02-rowing.txt", """
            ---
            source: Coast Weekly
            ---
            Rowing club wins the ferry cup

            The rowing club won the annual ferry cup on Saturday.
            """)
        try corpus.write("sport/archive/2026-01-10-final.txt", """
            Athletic reach the final

            Athletic reached the county final after a late goal.
            """)
        try corpus.write("2026-02-20-notes.txt", """
            Apples and ferry notes

            A short note about apples and a ferry timetable.
            """)
        return (corpus, try corpus.indexed())
    }

    private func paths(_ index: NewsIndex, _ query: String, order: ArticleOrder = .score) throws -> [String] {
        try index.search(query, limit: 50, snippets: false, order: order).hits.map(\.summary.path)
    }

    @Test func sectionFindsTheFrontMatterFieldElseTheTopFolder() throws {
        let (_, index) = try Self.corpus()
        #expect(try Set(paths(index, "section:sport")) == ["sport/2026-03-02-rowing.txt", "sport/archive/2026-01-10-final.txt"])
        // The front matter's section wins over the folder, case ignored.
        #expect(try paths(index, "section:transport") == ["city/2026-03-04-ferry.txt"])
        #expect(try paths(index, "section:city") == ["city/2026-03-01-tram.txt"])
        #expect(try paths(index, "ferry section:sport") == ["sport/2026-03-02-rowing.txt"])
        #expect(try index.count("section:sport") == 2)
    }

    @Test func sourceFindsThePublisherCaseIgnored() throws {
        let (_, index) = try Self.corpus()
        #expect(try paths(index, "source:\"Harbour Times\"") == ["city/2026-03-04-ferry.txt", "city/2026-03-01-tram.txt"])
        #expect(try paths(index, "ferry -source:\"harbour times\"", order: .date) == ["sport/2026-03-02-rowing.txt", "2026-02-20-notes.txt"])
    }

    @Test func folderFindsEveryArticleBelowIt() throws {
        let (_, index) = try Self.corpus()
        #expect(try paths(index, "folder:sport") == ["sport/2026-03-02-rowing.txt", "sport/archive/2026-01-10-final.txt"])
        #expect(try paths(index, "in:sport/archive") == ["sport/archive/2026-01-10-final.txt"])
        // A folder is a whole path segment: "spor" is not "sport", and case counts as on disk.
        #expect(try paths(index, "folder:spor").isEmpty)
        #expect(try paths(index, "folder:Sport").isEmpty)
    }

    // MARK: - Ordering

    @Test func theListSortsByEachKeyAndCountsPositionsInThatOrder() throws {
        let (_, index) = try Self.corpus()
        let byDate = try index.articles(order: .date).map(\.path)
        #expect(byDate == ["city/2026-03-04-ferry.txt", "sport/2026-03-02-rowing.txt", "city/2026-03-01-tram.txt",
                           "2026-02-20-notes.txt", "sport/archive/2026-01-10-final.txt"])
        #expect(try index.articles(order: .title).map(\.title) == [
            "Apples and ferry notes", "Athletic reach the final", "Ferry fares rise again", "Rowing club wins the ferry cup", "Tram vote set for spring",
        ])
        // Sources A to Z with case ignored, newest first within one; none last.
        #expect(try index.articles(order: .source).map(\.path) == [
            "sport/2026-03-02-rowing.txt", "city/2026-03-04-ferry.txt", "city/2026-03-01-tram.txt",
            "2026-02-20-notes.txt", "sport/archive/2026-01-10-final.txt",
        ])
        #expect(try index.articles(order: .section).map(\.path) == [
            "city/2026-03-01-tram.txt", "sport/2026-03-02-rowing.txt", "sport/archive/2026-01-10-final.txt",
            "city/2026-03-04-ferry.txt", "2026-02-20-notes.txt",
        ])
        for order in ArticleOrder.allCases {
            let list = try index.articles(order: order)
            #expect(try index.articles(offset: 2, limit: 2, order: order) == Array(list[2..<4]))
            for (row, article) in list.enumerated() {
                #expect(try index.position(ofArticle: article.id, order: order) == row, "\(order) \(article.path)")
            }
        }
    }

    @Test func resultsSortByAnyKeyAsWell() throws {
        let (_, index) = try Self.corpus()
        #expect(try paths(index, "ferry", order: .title) == [
            "2026-02-20-notes.txt", "city/2026-03-04-ferry.txt", "sport/2026-03-02-rowing.txt",
        ])
        #expect(try paths(index, "ferry", order: .date) == [
            "city/2026-03-04-ferry.txt", "sport/2026-03-02-rowing.txt", "2026-02-20-notes.txt",
        ])
        #expect(try paths(index, "section:sport", order: .title) == ["sport/archive/2026-01-10-final.txt", "sport/2026-03-02-rowing.txt"])
    }

    @Test func facetsCountEachSectionAndSource() throws {
        let (_, index) = try Self.corpus()
        let facets = try index.facets()
        // "Harbour Times" and "harbour times" are one source, shown as either spelling.
        let harbour = facets.first { $0.kind == .source && $0.name.lowercased() == "harbour times" }?.name ?? "Harbour Times"
        #expect(facets == [
            ArticleFacet(kind: .section, name: "city", articles: 1),
            ArticleFacet(kind: .section, name: "sport", articles: 2),
            ArticleFacet(kind: .section, name: "Transport", articles: 1),
            ArticleFacet(kind: .source, name: "Coast Weekly", articles: 1),
            ArticleFacet(kind: .source, name: harbour, articles: 2),
        ])
    }

    /// A file moved to another folder takes that folder's section: the fallback is worked out
    /// from the path, not stored.
    @Test func aMovedFileTakesItsNewFoldersSection() throws {
        let (corpus, index) = try Self.corpus()
        try corpus.move("sport/archive/2026-01-10-final.txt", "city/2026-01-10-final.txt")
        try index.refresh()
        #expect(try paths(index, "section:city", order: .date) == ["city/2026-03-01-tram.txt", "city/2026-01-10-final.txt"])
    }
}
