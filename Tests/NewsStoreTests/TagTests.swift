import Foundation
import Testing
@testable import NewsStore

/// Tags in the reading state, and `tag:` in the query language.
@Suite struct TagTests {
    @Test func tagsAreNormalisedAndPersist() throws {
        let corpus = try TempCorpus()
        let key = ArticleKey(hash: 42, path: "/news/a.txt")
        do {
            let state = try corpus.state()
            #expect(try state.tags(of: key).isEmpty)
            try state.setTags(key, ReadingState.tags(fromText: "Brexit, follow-up  brexit,,Budget"))
        }
        let again = try corpus.state()
        #expect(try again.tags(of: key) == ["brexit", "budget", "follow-up"])
        #expect(try again.tagCounts() == [TagCount(name: "brexit", articles: 1), TagCount(name: "budget", articles: 1), TagCount(name: "follow-up", articles: 1)])
        try again.setTags(key, [])
        #expect(try again.tags(of: key).isEmpty)
        #expect(try again.tagCounts().isEmpty)
    }

    @Test func aMovedOrEditedFileKeepsItsTags() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        let state = try corpus.state()
        let summary = try #require(try index.article(path: "a.txt"))
        try state.setTags(summary.stateKey(in: index.corpus), ["festival"])

        try corpus.move("a.txt", "archive/renamed.txt")
        try index.refresh()
        let moved = try #require(try index.article(path: "archive/renamed.txt"))
        #expect(try state.tags(of: moved.stateKey(in: index.corpus)) == ["festival"])
        #expect(try index.search("tag:festival", snippets: false, state: state).hits.map(\.summary.path) == ["archive/renamed.txt"])

        // An edited file is found by its path (as its marks are).
        try corpus.write("b.txt", Fixtures.bakery)
        try index.refresh()
        let original = try #require(try index.article(path: "b.txt"))
        try state.setTags(original.stateKey(in: index.corpus), ["bakery"])
        try corpus.write("b.txt", Fixtures.bakery + "\n\nCorrection: the bakery opens at seven.")
        try index.refresh()
        let edited = try #require(try index.article(path: "b.txt"))
        #expect(edited.hash != original.hash)
        #expect(try state.tags(of: edited.stateKey(in: index.corpus)) == ["bakery"])
        #expect(try index.search("tag:bakery", snippets: false, state: state).hits.map(\.summary.path) == ["b.txt"])
        // Changing the edited article's tags moves them to its new hash, leaving none behind.
        try state.setTags(edited.stateKey(in: index.corpus), ["bakery", "corrected"])
        #expect(try state.tagCounts() == [TagCount(name: "bakery", articles: 1), TagCount(name: "corrected", articles: 1), TagCount(name: "festival", articles: 1)])
    }

    @Test func tagFindsTaggedArticlesAndCombinesWithWordsAndFilters() throws {
        let corpus = try TempCorpus()
        try corpus.writeSearchFixtures()
        let index = try corpus.indexed()
        let state = try corpus.state()
        for path in ["budget.md", "election.md", "festival.txt"] {
            try state.setTags(try #require(try index.article(path: path)).stateKey(in: index.corpus), ["council-watch"])
        }
        func paths(_ query: String) throws -> Set<String> {
            Set(try index.search(query, limit: 50, snippets: false, state: state).hits.map(\.summary.path))
        }
        #expect(try paths("tag:council-watch") == ["budget.md", "election.md", "festival.txt"])
        #expect(try paths("tag:Council-Watch") == ["budget.md", "election.md", "festival.txt"])
        #expect(try paths("tag:council-watch election") == ["election.md"])
        #expect(try paths("tag:council-watch -election") == ["budget.md", "festival.txt"])
        #expect(try paths("tag:council-watch after:2026-05-01") == ["budget.md"])
        #expect(try paths("harbour OR tag:council-watch") == ["budget.md", "election.md", "festival.txt", "2026-03-01-harbour.txt"])
        #expect(try paths("council -tag:council-watch").allSatisfy { !["budget.md", "election.md", "festival.txt"].contains($0) })
        #expect(try index.count("tag:council-watch", state: state) == 3)
        #expect(try index.count("tag:council-watch council", state: state) == 3)
        let none = try index.search("tag:nothing", snippets: false, state: state)
        #expect(none.hits.isEmpty && none.notes == ["no article is tagged “nothing”"])
        // Without the reading state a tag finds nothing, and says why.
        let stateless = try index.search("tag:council-watch", snippets: false)
        #expect(stateless.hits.isEmpty && stateless.notes == ["tags are not available here"])
    }

    @Test func aTagIsOneWord() throws {
        #expect(try QueryParser.parse("tag:Brexit") == .filter(.tag("brexit"), column: 1))
        for query in ["tag:\"two words\"", "tag:a,b", "tag:"] {
            #expect(throws: QueryError.self, "\(query)") { try QueryParser.parse(query) }
        }
    }

    @Test func manyArticlesAreMarkedReadInOneCallKeepingTheirStars() throws {
        let corpus = try TempCorpus()
        let state = try corpus.state()
        let starred = ArticleKey(hash: 1, path: "/news/a.txt")
        try state.toggleStar(starred)
        // The starred article was edited since: found by its path, re-keyed to its new hash.
        let edited = ArticleKey(hash: 11, path: "/news/a.txt")
        let keys = [edited] + (2...200).map { ArticleKey(hash: Int64(1000 + $0), path: "/news/\($0).txt") }
        try state.setRead(keys)
        #expect(try keys.allSatisfy { try state.isRead($0) })
        #expect(try state.isStarred(edited))
        #expect(try state.marks().count == 200)
    }
}
