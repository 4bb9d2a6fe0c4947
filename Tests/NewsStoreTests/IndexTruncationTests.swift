import BylineTestSupport
import Foundation
import NewsStore
import Testing

/// An index file cut short is noticed when it is opened, not halfway through an answer.
@Suite struct IndexTruncationTests {
    @Test func aTruncatedIndexIsRebuiltAtOpening() throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let location = IndexLocation(databaseURL: corpus.deletingLastPathComponent().appendingPathComponent("idx-\(UUID().uuidString).sqlite"))
        defer {
            try? FileManager.default.removeItem(at: corpus)
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: location.databaseURL.path + suffix) }
        }
        do {
            let index = try NewsIndex.open(corpus: corpus, location: location)
            try index.refresh()
            try index.close()
        }
        // Intact: opened as it is.
        let intact = try NewsIndex.open(corpus: corpus, location: location)
        #expect(intact.rebuildReason == nil)
        #expect(try intact.articleCount() == 2)
        // Every refresh ends with a checkpoint that empties the write-ahead log, as here.
        try intact.refresh()
        try intact.close()

        let size = try #require(try FileManager.default.attributesOfItem(atPath: location.databaseURL.path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: location.databaseURL)
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let reopened = try NewsIndex.open(corpus: corpus, location: location)
        #expect(reopened.rebuildReason?.contains("cut short") == true, "\(reopened.rebuildReason ?? "no reason")")
        try reopened.refresh()
        #expect(try reopened.articleCount() == 2)
    }
}
