import BylineTestSupport
import Foundation
import NewsStore
import ReaderData
import NewsUI
import Testing
@testable import byline

/// The reader's backend meets a damaged index in the middle of a session: it rebuilds in the
/// background, says so, and answers from the new index.
@Suite struct ReaderBackendDamageTests {
    @Test func aDamagedPageMidSessionStartsARebuild() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let location = IndexLocation(databaseURL: corpus.appendingPathComponent(".index/news.sqlite"))
        do {
            let index = try NewsIndex.open(corpus: corpus, location: location)
            try index.refresh()
            try index.close()
        }
        try IndexDamageTests.damage(location.databaseURL, .tables)
        // The damage is past what opening reads: the index opens as if whole.
        let index = try NewsIndex.open(corpus: corpus, location: location)
        #expect(index.rebuildReason == nil)
        let state = try ReadingState.open(location: StateLocation(databaseURL: corpus.appendingPathComponent(".state.sqlite")))
        let backend = IndexReaderBackend(index: index, state: state, extractor: index.analysis.extractor)

        #expect(throws: ReaderBackendError.self) {
            _ = try backend.listPage(.articles(.all), page: 0, pageSize: 50)
        }
        // The rebuild runs on its own thread; its events say what happens.
        var events: [ReaderRefreshEvent] = []
        let deadline = Date().addingTimeInterval(60)
        while !events.contains(where: { if case .finished = $0 { true } else { false } }), Date() < deadline {
            events += backend.refreshEvents()
            usleep(20_000)
        }
        #expect(events.contains { if case .progress(let text) = $0 { text.contains("damaged") } else { false } })
        #expect(events.contains(.finished("The index was damaged and has been rebuilt: 2 articles")), "\(events)")
        let page = try backend.listPage(.articles(.all), page: 0, pageSize: 50)
        #expect(page.count == 2 && page.items.map(\.title).contains("Council delays vote on tram extension"))
    }
}
