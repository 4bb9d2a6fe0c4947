import Foundation
import GRDB
import Synchronization
import Testing
@testable import NewsStore

@Suite struct ReadingStateTests {
    @Test func readAndStarredFlagsPersist() throws {
        let corpus = try TempCorpus()
        let key = ArticleKey(hash: 42, path: "/news/a.txt")
        do {
            let state = try corpus.state()
            #expect(try !state.isRead(key))
            try state.setRead(key)
            #expect(try state.toggleStar(key))
        }
        let again = try corpus.state()
        #expect(try again.isRead(key))
        #expect(try again.isStarred(key))
        #expect(try !again.toggleStar(key))
        #expect(try again.starred().isEmpty)
        try again.setRead(key, false)
        #expect(try !again.isRead(key))
    }

    @Test func stateSurvivesAnIndexRebuildAndAFileMove() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        let state = try corpus.state()
        let summary = try #require(try index.article(path: "a.txt"))
        try state.setRead(summary.stateKey(in: index.corpus))
        try state.toggleStar(summary.stateKey(in: index.corpus))

        let rebuilt = try corpus.open(rebuild: true)
        try rebuilt.refresh()
        let after = try #require(try rebuilt.article(path: "a.txt"))
        #expect(try state.isRead(after.stateKey(in: rebuilt.corpus)))

        try corpus.move("a.txt", "archive/renamed.txt")
        try rebuilt.refresh()
        let moved = try #require(try rebuilt.article(path: "archive/renamed.txt"))
        #expect(try state.isRead(moved.stateKey(in: rebuilt.corpus)))
        #expect(try state.isStarred(moved.stateKey(in: rebuilt.corpus)))
    }

    @Test func anEditedFileKeepsItsStateByPath() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        let state = try corpus.state()
        try state.setRead(try #require(try index.article(path: "a.txt")).stateKey(in: index.corpus))
        try corpus.write("a.txt", Fixtures.festival + "\n\nCorrection: the festival ran three days.")
        try index.refresh()
        let edited = try #require(try index.article(path: "a.txt"))
        #expect(try state.isRead(edited.stateKey(in: index.corpus)))
    }

    @Test func listsFilterByReadingState() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        try corpus.write("b.txt", Fixtures.bakery)
        try corpus.write("c.txt", Fixtures.harbour)
        let index = try corpus.indexed()
        let state = try corpus.state()
        try state.setRead(try #require(try index.article(path: "a.txt")).stateKey(in: index.corpus))
        try state.toggleStar(try #require(try index.article(path: "c.txt")).stateKey(in: index.corpus))
        // (Undated: the file written last first.)
        #expect(try index.articles(filter: .unread(state)).map(\.path) == ["c.txt", "b.txt"])
        #expect(try index.articleCount(filter: .unread(state)) == 2)
        #expect(try index.articles(filter: .starred(state)).map(\.path) == ["c.txt"])
    }

    @Test func theStateFileUsesWALAndFullSync() throws {
        let corpus = try TempCorpus()
        _ = try corpus.state()
        let db = try DatabaseQueue(path: corpus.stateURL.path)
        #expect(try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func twoReadersOnOneStateFileBothWrite() throws {
        let corpus = try TempCorpus()
        let one = try corpus.state()
        let two = try corpus.state()
        let a = ArticleKey(hash: 1, path: "/a")
        let b = ArticleKey(hash: 2, path: "/b")
        // Every write must land: the busy timeout makes each wait for the other, never fail.
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            for _ in 0..<21 {
                do {
                    _ = try (i == 0 ? one : two).toggleStar(i == 0 ? a : b)
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        // An odd number of toggles each, none lost: both starred, as either reader sees it.
        #expect(try one.isStarred(a) && one.isStarred(b) && two.isStarred(a) && two.isStarred(b))
        try one.setRead(b)
        try two.setRead(a)
        #expect(try one.isRead(a) && two.isRead(b))
        #expect(try one.marks().count == 2)
    }
}
