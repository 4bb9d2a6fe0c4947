import BylineTestSupport
import Foundation
import NewsCore
import NewsStore
import NewsUI
import ReaderData
import Testing

/// Whole lists answered by the index and the reading state: folder counts, `A`, and tags.
@Suite struct ListsAndTagsBackendTests {
    /// The fixture corpus with enough extra stories that a list has several pages of 2.
    static func backend() throws -> (IndexReaderBackend, URL) {
        // Five different stories (near-copies would be versions of one, and one list row).
        let bodies = [
            "The harbour ferry will sail at seven from Monday, the operator said.",
            "Gulls nesting on the ferry ramp have delayed the morning crossing twice this month.",
            "A new ferry ticket machine takes cards, and the kiosk on the quay will close in June.",
            "Divers inspected the hull of the older ferry after it struck a buoy in fog on Friday.",
            "Councillors want a late ferry on Saturdays so that island pupils can join the sports club.",
        ]
        var extra: [String: String] = [:]
        for n in 1...5 {
            extra["port/2026-05-1\(n)-ferry-\(n).txt"] = "Ferry timetable change \(n)\n\n\(bodies[n - 1])\n"
        }
        let corpus = try Fixtures.makeCorpus(extra: extra)
        let home = Scratch.directory("backend-lists")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let index = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: home.appendingPathComponent("index.sqlite")))
        try index.refresh()
        let state = try ReadingState.open(location: StateLocation(databaseURL: home.appendingPathComponent("state.sqlite")))
        return (IndexReaderBackend(index: index, state: state, extractor: index.analysis.extractor), corpus)
    }

    @Test func foldersAreCountedAndABadQueryIsAMessage() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        #expect(try backend.count(.articles(.all)) == 7)
        #expect(try backend.count(.search("ferry")) == 5)
        #expect(try backend.count(.articles(.starred)) == 0)
        do {
            _ = try backend.count(.search("\"open"))
            Issue.record("a malformed saved search was counted")
        } catch {
            #expect(error.message.hasPrefix("In “\"open”, column 1"), "\(error.message)")
        }
    }

    @Test func markingAListReadMarksEveryPageOfItAndNothingElse() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        // A search's results, beyond the first page of 2.
        #expect(try backend.markAllRead(.search("ferry")) == 5)
        let unread = try backend.listPage(.articles(.unread), page: 0, pageSize: 10).items
        #expect(unread.map(\.path).sorted() == ["city/2026-04-20-tram-vote.txt", "port/2026-05-02-harbour-vote.txt"])
        #expect(try backend.listPage(.search("ferry"), page: 2, pageSize: 2).items.allSatisfy(\.isRead))
        // The unread list: what is left of it.
        #expect(try backend.markAllRead(.articles(.unread)) == 2)
        #expect(try backend.count(.articles(.unread)) == 0)
        #expect(try backend.listPage(.articles(.all), page: 3, pageSize: 2).items.allSatisfy(\.isRead))
    }

    @Test func tagsAreSavedShownOnRowsAndArticlesAndFoundByTag() throws {
        let (backend, corpus) = try Self.backend()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let items = try backend.listPage(.articles(.all), page: 0, pageSize: 10).items
        let harbour = try #require(items.first { $0.path == "port/2026-05-02-harbour-vote.txt" })
        #expect(try backend.setTags(id: harbour.id, text: "Dredging, follow-up dredging") == ["dredging", "follow-up"])
        #expect(try backend.tagNames() == ["dredging", "follow-up"])
        let ferry = try #require(items.first { $0.path.contains("ferry-2") })
        #expect(try backend.setTags(id: ferry.id, text: "follow-up") == ["follow-up"])
        #expect(try backend.listPage(.articles(.all), page: 0, pageSize: 10).items.first { $0.id == harbour.id }?.tags == ["dredging", "follow-up"])
        #expect(try backend.openArticle(id: harbour.id, path: harbour.path, highlight: nil).tags == ["dredging", "follow-up"])
        // tag: in the reader's searches (and saved searches), with words and other filters.
        let tagged = try backend.listPage(.search("tag:follow-up"), page: 0, pageSize: 10)
        #expect(tagged.count == 2 && Set(tagged.items.map(\.id)) == [harbour.id, ferry.id])
        #expect(try backend.listPage(.search("tag:follow-up ferry"), page: 0, pageSize: 10).items.map(\.id) == [ferry.id])
        #expect(try backend.count(.search("tag:dredging")) == 1)
        // Clearing the tags clears them everywhere.
        #expect(try backend.setTags(id: harbour.id, text: " ") == [])
        #expect(try backend.tagNames() == ["follow-up"])
        #expect(try backend.count(.search("tag:dredging")) == 0)
    }
}
