import Foundation
import GRDB
import Testing
@testable import NewsStore

@Suite struct SearchTests {
    /// A small corpus covering every construct, kept alive with its index.
    final class Indexed {
        let corpus: TempCorpus
        let index: NewsIndex
        init(_ corpus: TempCorpus, _ index: NewsIndex) {
            self.corpus = corpus
            self.index = index
        }
    }

    private func corpus() throws -> Indexed {
        let corpus = try TempCorpus()
        try corpus.writeSearchFixtures()
        return Indexed(corpus, try corpus.indexed())
    }

    private func paths(_ index: NewsIndex, _ query: String) throws -> Set<String> {
        Set(try index.search(query, limit: 50, snippets: false).hits.map(\.summary.path))
    }

    @Test func pagesStayWholeWhenReplacedArticlesLeaveRowsBehind() throws {
        let corpus = try TempCorpus()
        for n in 0..<6 {
            try corpus.write("ferry-\(n).txt", "Ferry notice \(n)\n\nThe ferry sails at noon from the north quay, weather permitting.\n")
        }
        let index = try corpus.indexed()
        // Rewritten with the word gone, the old texts stay in the full-text table as dead rows
        // that would outrank every live article (the ferry named four times in a short text).
        for n in 0..<3 {
            try corpus.write("ferry-\(n).txt", "Bus notice \(n)\n\nThe bus leaves at noon from the square.\n")
        }
        try corpus.write("ferry-9.txt", "Ferry ferry ferry\n\nFerry.\n")
        try index.refresh()
        let dead = try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_dead'") }
        #expect(dead == 3)
        var seen: [String] = []
        for page in 0..<3 {
            // (The live notices are copies of one text: every copy is asked for.)
            let hits = try index.search("ferry", offset: page * 2, limit: 2, snippets: false, storiesOnce: false).hits
            #expect(hits.count == (page < 2 ? 2 : 0), "page \(page)")
            seen += hits.map(\.summary.path)
        }
        #expect(seen.first == "ferry-9.txt")
        #expect(Set(seen) == ["ferry-3.txt", "ferry-4.txt", "ferry-5.txt", "ferry-9.txt"] && seen.count == 4)
    }

    @Test func manyDeadRowsAtTheTopStillGiveWholePages() throws {
        let corpus = try TempCorpus()
        let dead = NewsIndex.deadRowMargin + 10
        for n in 0..<dead {
            try corpus.write("old-\(n).txt", "Ferry ferry ferry \(n)\n\nFerry ferry ferry ferry.\n")
        }
        for n in 0..<3 {
            try corpus.write("live-\(n).txt", "Harbour notice \(n)\n\nThe ferry sails at noon from the north quay, weather permitting.\n")
        }
        let index = try corpus.indexed()
        for n in 0..<dead { try corpus.write("old-\(n).txt", "Bus notice \(n)\n\nThe bus leaves at noon.\n") }
        try index.refresh()
        // More dead rows than the first try takes, all ranked above the three live articles.
        // (The live notices are copies of one text: every copy is asked for.)
        #expect(try index.search("ferry", limit: 2, snippets: false, storiesOnce: false).hits.count == 2)
        #expect(try index.search("ferry", offset: 2, limit: 2, snippets: false, storiesOnce: false).hits.count == 1)
        #expect(try index.search("ferry", limit: Int.max, snippets: false, storiesOnce: false).hits.count == 3)
        #expect(try index.search("ferry", offset: Int.max, limit: Int.max, snippets: false, storiesOnce: false).hits.isEmpty)
        // Shown once as a story, the three are one hit, whatever the page asks.
        #expect(try index.search("ferry", limit: Int.max, snippets: false).hits.map(\.summary.versions) == [3])
        #expect(try index.search("ferry", offset: Int.max, limit: Int.max, snippets: false).hits.isEmpty)
    }

    @Test func everyWordMustMatch() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "council") == ["festival.txt", "election.md", "budget.md"])
        #expect(try paths(index, "council budget") == ["budget.md"])
    }

    @Test func phrasesWithStraightOrCurlyQuotes() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "\"harbour board\"") == ["2026-03-01-harbour.txt"])
        #expect(try paths(index, "“harbour accounts”") == ["budget.md"])
        #expect(try paths(index, "\"board harbour\"").isEmpty)
    }

    @Test func prefixOrAndExclusion() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "firew*") == ["festival.txt"])
        #expect(try paths(index, "rye OR fireworks") == ["bakery.txt", "festival.txt"])
        #expect(try paths(index, "council -budget") == ["festival.txt", "election.md"])
        #expect(try paths(index, "-council").contains("bakery.txt"))
        #expect(try !paths(index, "-council").contains("budget.md"))
    }

    @Test func titleOnlyAndTitleWeighting() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "title:budget") == ["budget.md"])
        #expect(try paths(index, "title:audit").isEmpty)
        // "election" is in one title and one body: the title match ranks first.
        let hits = try index.search("election", snippets: false).hits.map(\.summary.path)
        #expect(hits.first == "election.md")
    }

    @Test func diacriticsAreFolded() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "Zemlianichenko") == ["bakery.txt"])
        #expect(try paths(index, "Zemliánichenko") == ["bakery.txt"])
        #expect(try paths(index, "ZEMLIÁNICHENKO") == ["bakery.txt"])
    }

    @Test func personFilterIsAliasAware() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        // The summit story only says "Mr Putin"; the harbour story names Vladimir Putin.
        #expect(try paths(index, "person:putin") == ["2026-03-01-harbour.txt", "2026-03-05-summit.txt"])
        #expect(try paths(index, "person:\"Vladimir Putin\"") == ["2026-03-01-harbour.txt", "2026-03-05-summit.txt"])
        #expect(try paths(index, "person:putin quotas") == ["2026-03-05-summit.txt"])
        let unknown = try index.search("person:nobody")
        #expect(unknown.hits.isEmpty)
        #expect(unknown.notes == ["no person called “nobody” in the index"])
    }

    @Test func placeAndOrganisationFilters() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "place:northfield") == ["bakery.txt"])
        // The tagger calls Port Ellison a place: the organisation filter must not take it.
        #expect(try paths(index, "place:\"Port Ellison\"") == ["2026-03-01-harbour.txt"])
        let noOrganisation = try index.search("org:\"Port Ellison\"")
        #expect(noOrganisation.hits.isEmpty)
        #expect(noOrganisation.notes == ["no organisation called “Port Ellison” in the index"])
        // An organisation, named in a story of its own.
        try fixture.corpus.write("union.txt", "Union calls strike\n\nThe Ellison Dockers Union called the strike on Monday.\n")
        try index.refresh()
        #expect(try paths(index, "org:\"Ellison Dockers Union\"") == ["union.txt"])
        #expect(try paths(index, "place:\"Ellison Dockers Union\"").isEmpty)
    }

    @Test func dateFilters() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try paths(index, "council after:2026-05-01") == ["budget.md"])
        #expect(try paths(index, "council before:2026-05-01") == ["election.md"])
        #expect(try paths(index, "after:2026-03-02 before:2026-04-30") == ["2026-03-05-summit.txt", "election.md"])
        // Undated articles never pass a date filter.
        #expect(try !paths(index, "before:2030").contains("bakery.txt"))
    }

    @Test func filtersOnlyAreListedNewestFirst() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        let hits = try index.search("after:2026-01-01", snippets: false).hits
        #expect(hits.map(\.summary.path) == ["budget.md", "election.md", "2026-03-05-summit.txt", "2026-03-01-harbour.txt"])
        #expect(hits.allSatisfy { $0.score == nil })
    }

    @Test func speakerFilterUsesTheInjectedQuoteFinder() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.harbour)
        try corpus.write("b.txt", Fixtures.bakery)
        // A stand-in finder: every article quotes its first person entity.
        let analysis = Analysis(
            extractor: ListExtractor(rules: [
                .init(name: "Ana Ribeiro", type: .person, shortForms: ["Ribeiro"]),
                .init(name: "Marta Zemliánichenko", type: .person, shortForms: []),
            ]),
            findQuotes: { article, entities in
                guard let speaker = entities.first(where: { $0.name == "Ana Ribeiro" }) else { return [] }
                return [.init(range: 0..<5, kind: .direct, speaker: speaker.mentions[0], speakerText: "Ana Ribeiro", speakerEntity: "Ana Ribeiro")]
            },
            identifier: "speaker-test")
        let index = try corpus.indexed(analysis: analysis)
        #expect(try index.search("speaker:ribeiro", snippets: false).hits.map(\.summary.path) == ["a.txt"])
        #expect(try index.search("speaker:zemlianichenko", snippets: false).hits.isEmpty)
        let entity = try #require(try index.lookupEntity("Ribeiro").entities.first)
        let quotes = try index.quotes(bySpeaker: entity.id)
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Harbo")
        #expect(quotes.first?.speakerName == "Ana Ribeiro")
    }

    @Test func snippetsMarkTheMatchedWords() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        let hit = try #require(try index.search("fireworks volunteers").hits.first)
        let snippet = try #require(hit.snippet)
        let marked = snippet.marked()
        #expect(marked.contains("[fireworks]"))
        #expect(marked.contains("[volunteers]"))
        for range in snippet.matches {
            let word = String(String.UnicodeScalarView(Array(snippet.text.unicodeScalars)[range]))
            #expect(["fireworks", "volunteers"].contains(word.lowercased()))
        }
    }

    @Test func snippetMatchesFoldedAndPrefixedWords() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        let snippet = try #require(try index.search("zemlianichenko").hits.first?.snippet)
        #expect(snippet.marked().contains("[Zemliánichenko]"))
        let prefixed = try #require(try index.search("grand*").hits.first?.snippet)
        #expect(prefixed.marked().contains("[grandmother]"))
        let phrase = try #require(try index.search("\"rye bread\"").hits.first?.snippet)
        #expect(phrase.marked().contains("[rye bread]"))
    }

    @Test func openedArticleCarriesMatchRanges() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        let hit = try #require(try index.search("council budget", snippets: false).hits.first)
        let opened = try index.open(hit.summary, highlighting: "council budget")
        #expect(!opened.isStale)
        let words = opened.matches.map { opened.article.slice($0).lowercased() }
        #expect(words.contains("council") && words.contains("budget"))
        #expect(Set(words) == ["council", "budget"])
    }

    @Test func aChangedFileIsReportedStaleWhenOpened() throws {
        let fixture = try corpus()
        let (corpus, index) = (fixture.corpus, fixture.index)
        let summary = try #require(try index.article(path: "bakery.txt"))
        try corpus.write("bakery.txt", Fixtures.bakery + "\n\nA late note.")
        #expect(try index.open(summary).isStale)
    }

    @Test func malformedQueriesNeverShowSQLiteErrors() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        for query in ["\"open", "OR", "a OR", "(a", "person:", "-", "NEAR(a b)", "a AND", "x:y"] {
            do {
                _ = try index.search(query)
                if query == "NEAR(a b)" { continue }
                Issue.record("expected an error for \(query)")
            } catch let error {
                #expect(!error.description.lowercased().contains("fts5"), "\(query): \(error)")
                #expect(!error.description.lowercased().contains("sqlite"), "\(query): \(error)")
                #expect(error.description.contains("column"), "\(query): \(error)")
            }
        }
        // FTS5 operators typed as words are plain words to us.
        #expect(try index.search("NEAR").hits.isEmpty)
    }

    @Test func plainLayoutIsUsedOnlyWhereItMatchesTheParser() throws {
        let fixture = try corpus()
        let index = fixture.index
        let plain = try index.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT path, plain FROM article").map { ($0[0] as String, $0[1] as Bool) })
        }
        #expect(plain["festival.txt"] == true)
        #expect(plain["bakery.txt"] == true)
        // The parser strips "– Reuters" from the harbour story and reads front matter in the
        // Markdown ones: the cheap layout would differ, so those are not flagged.
        #expect(plain["2026-03-01-harbour.txt"] == false)
        #expect(plain["election.md"] == false)
        for summary in try index.articles() {
            let fast = try ArticleFileReader.readText(summary, corpus: index.corpus)
            let (article, _) = try ArticleFileReader.read(summary, corpus: index.corpus)
            #expect(fast.text == article.text, "\(summary.path)")
            #expect(fast.headlineEnd == article.blocks[0].range.upperBound, "\(summary.path)")
        }
    }

    @Test func countAndPaging() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        #expect(try index.count("council") == 3)
        let first = try index.search("council", offset: 0, limit: 2, snippets: false).hits
        let rest = try index.search("council", offset: 2, limit: 2, snippets: false).hits
        #expect(first.count == 2 && rest.count == 1)
        #expect(Set(first.map(\.summary.path)).isDisjoint(with: rest.map(\.summary.path)))
    }

    @Test func articleListIsNewestFirstAndUndatedNewestFileFirst() throws {
        let fixture = try corpus()
        let index = fixture.index
        defer { withExtendedLifetime(fixture) {} }
        let list = try index.articles().map(\.path)
        // The dated ones by their dates; then the undated, the file written last first.
        #expect(list == ["budget.md", "election.md", "2026-03-05-summit.txt", "2026-03-01-harbour.txt", "festival.txt", "bakery.txt"])
        #expect(try index.articles(offset: 4, limit: 1).map(\.path) == ["festival.txt"])
        #expect(try index.article(path: "bakery.txt").map { $0.date == nil && $0.dateIsFileTime && $0.shownDate == $0.modified } == true)
        // Touched, the bakery story is now the newest file.
        try fixture.corpus.touch("bakery.txt")
        try index.refresh()
        #expect(try index.articles(offset: 4, limit: 2).map(\.path) == ["bakery.txt", "festival.txt"])
        for (row, summary) in try index.articles().enumerated() {
            #expect(try index.position(ofArticle: summary.id) == row)
        }
        #expect(try index.articleCount() == 6)
        #expect(try index.article(path: "election.md")?.date == "2026-04-02")
    }
}
