import BylineTestSupport
import Foundation
import NewsCore
import NewsStore
import ReaderData
import NewsUI
import Testing

/// The reader's data answered by a real index over the fixture stories.
@Suite struct IndexReaderBackendTests {
    /// An indexed fixture corpus with private index and state files.
    static func backend() throws -> (IndexReaderBackend, URL) {
        let corpus = try Fixtures.makeCorpus()
        let home = Scratch.directory("backend")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let index = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: home.appendingPathComponent("index.sqlite")))
        try index.refresh()
        let state = try ReadingState.open(location: StateLocation(databaseURL: home.appendingPathComponent("state.sqlite")))
        return (IndexReaderBackend(index: index, state: state, extractor: index.analysis.extractor), corpus)
    }

    @Test func listsNewestFirstAndFiltersByReadingState() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let all = try backend.listPage(.articles(.all), page: 0, pageSize: 10)
        #expect(all.count == 2)
        #expect(all.items.map(\.path) == ["port/2026-05-02-harbour-vote.txt", "city/2026-04-20-tram-vote.txt"])
        #expect(all.items.allSatisfy { !$0.isRead && !$0.isStarred })
        try backend.setRead(id: all.items[0].id, true)
        try backend.setStarred(id: all.items[1].id, true)
        #expect(try backend.listPage(.articles(.unread), page: 0, pageSize: 10).items.map(\.path) == ["city/2026-04-20-tram-vote.txt"])
        let starred = try backend.listPage(.articles(.starred), page: 0, pageSize: 10).items
        #expect(starred.map(\.path) == ["city/2026-04-20-tram-vote.txt"] && starred[0].isStarred)
        try backend.setStarred(id: all.items[1].id, false)
        #expect(try backend.listPage(.articles(.starred), page: 0, pageSize: 10).count == 0)
    }

    @Test func anArticlesPlaceInTheListIsItsRowInListOrder() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let all = try backend.listPage(.articles(.all), page: 0, pageSize: 10).items
        for (row, item) in all.enumerated() {
            #expect(try backend.listIndex(of: item.id, in: .articles(.all)) == row)
        }
        try backend.setRead(id: all[0].id, true)
        // Left out by the filter: not in that list at all.
        #expect(try backend.listIndex(of: all[0].id, in: .articles(.unread)) == nil)
        #expect(try backend.listIndex(of: all[1].id, in: .articles(.unread)) == 0)
        #expect(try backend.listIndex(of: 999_999, in: .articles(.all)) == nil)
    }

    @Test func searchGivesSnippetsWithMarksOnCharacters() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let hits = try backend.listPage(.search("dredging"), page: 0, pageSize: 10)
        #expect(hits.count == 1)
        let snippet = try #require(hits.items.first?.snippet)
        let marked = snippet.marks.map { String(Array(snippet.text)[$0]) }
        #expect(marked.allSatisfy { $0.lowercased() == "dredging" }, "\(marked)")
        #expect(throws: ReaderBackendError.self) { try backend.listPage(.search("\"unclosed"), page: 0, pageSize: 10) }
    }

    @Test func aMalformedQuerysMessageRepeatsTheQuery() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        do {
            _ = try backend.listPage(.search("harbour OR"), page: 0, pageSize: 10)
            Issue.record("a malformed query was accepted")
        } catch {
            // The prompt is gone when the message shows: the column only helps next to the query.
            #expect(error.message.hasPrefix("In “harbour OR”, column "), "\(error.message)")
        }
    }

    @Test func openedArticlesCarryCorpusEntitiesQuotesAndMatches() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let item = try #require(backend.listPage(.articles(.all), page: 0, pageSize: 10).items.first)
        let opened = try backend.openArticle(id: item.id, path: item.path, highlight: "harbour")
        #expect(opened.article.title.hasPrefix("Harbour board backs"))
        let lindqvist = try #require(opened.entities.first { $0.name == "Ingrid Lindqvist" })
        #expect(lindqvist.id != nil && lindqvist.corpusMentions == lindqvist.mentions.count && lindqvist.type == .person)
        #expect(opened.quotes.contains { $0.kind == .direct && $0.speakerEntity == "Ingrid Lindqvist" })
        #expect(!opened.searchMatches.isEmpty)
        #expect(opened.searchMatches.allSatisfy { opened.article.slice($0).lowercased() == "harbour" })

        let mentions = try backend.trailPage(kind: .mentions, of: lindqvist, page: 0, pageSize: 10)
        #expect(mentions.count == lindqvist.corpusMentions && mentions.lines.count == mentions.count)
        #expect(mentions.lines.allSatisfy { opened.article.slice($0.range).contains("Lindqvist") })
        let quotes = try backend.trailPage(kind: .quotes, of: lindqvist, page: 0, pageSize: 10)
        #expect(quotes.count >= 1 && quotes.lines.allSatisfy { line in
            guard case .quotation(let text, _) = line.text else { return false }
            return !text.isEmpty && line.date == "2026-05-02"
        })
    }

    @Test func quotesComeAPageAtATimeWithTheWholeCount() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let item = try #require(backend.listPage(.articles(.all), page: 0, pageSize: 10).items.first)
        let opened = try backend.openArticle(id: item.id, path: item.path, highlight: nil)
        let lindqvist = try #require(opened.entities.first { $0.name == "Ingrid Lindqvist" })
        let whole = try backend.trailPage(kind: .quotes, of: lindqvist, page: 0, pageSize: 100)
        #expect(whole.count >= 2 && whole.lines.count == whole.count)
        // Pages of one: each holds the next quotation, each knows the whole count.
        var paged: [TrailLine] = []
        for page in 0..<whole.count {
            let one = try backend.trailPage(kind: .quotes, of: lindqvist, page: page, pageSize: 1)
            #expect(one.count == whole.count && one.lines.count == 1)
            paged += one.lines
        }
        #expect(paged == whole.lines)
        #expect(try backend.trailPage(kind: .quotes, of: lindqvist, page: whole.count, pageSize: 1).lines.isEmpty)
    }

    @Test func aSearchIsCountedAgainOnceTheIndexChanges() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let before = try backend.listPage(.search("dredging"), page: 0, pageSize: 1).count
        #expect(before == 1)
        // Later pages reuse the count; a refresh that adds a match must not leave it stale.
        let story = "Dredging resumes in the channel\n\nThe dredging of the outer channel resumed on Monday.\n"
        try Data(story.utf8).write(to: corpus.appendingPathComponent("port/2026-05-09-dredging-resumes.txt"))
        backend.startRefresh()
        let deadline = Date().addingTimeInterval(30)
        var finished = false
        while !finished, Date() < deadline {
            finished = backend.refreshEvents().contains { if case .finished = $0 { return true } else { return false } }
            if !finished { usleep(20_000) }
        }
        #expect(finished, "the refresh did not finish")
        #expect(try backend.listPage(.search("dredging"), page: 1, pageSize: 1).count == 2)
    }

    @Test func aMissingArticleIsAMessageNotACrash() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        #expect(throws: ReaderBackendError.self) { try backend.openArticle(id: 9999, path: "gone.txt", highlight: nil) }
        let item = try #require(backend.listPage(.articles(.all), page: 0, pageSize: 10).items.first)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent(item.path))
        #expect(throws: ReaderBackendError.self) { try backend.openArticle(id: item.id, path: item.path, highlight: nil) }
    }
}
