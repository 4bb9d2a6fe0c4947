import BylineTestSupport
import Foundation
import GRDB
import NewsStore
import Testing

/// `--index` pointed at the wrong file never costs the user that file.
///
/// Corpora and folders here are made in `Scratch`, which goes when the test process ends.
@Suite struct IndexLocationSafetyTests {
    func folder() throws -> URL {
        let url = Scratch.directory("location")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [false, true])
    func aTextFileIsNeverOverwritten(rebuild: Bool) throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let place = try folder()
        let notes = place.appendingPathComponent("notes.txt")
        try Data("precious notes\n".utf8).write(to: notes)
        #expect {
            _ = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: notes), rebuild: rebuild)
        } throws: { error in
            guard case .location(_, let reason) = error as? IndexError else { return false }
            return reason.contains("will not overwrite")
        }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "precious notes\n")
    }

    @Test(arguments: [false, true])
    func anotherProgramsDatabaseIsNeverReplaced(rebuild: Bool) throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let place = try folder()
        // An SQLite file with tables of its own (the reading state's, as it happens).
        let other = place.appendingPathComponent("other.sqlite")
        let state = try ReadingState.open(location: StateLocation(databaseURL: other))
        try state.toggleStar(ArticleKey(hash: 7, path: "/x.txt"))
        #expect {
            _ = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: other), rebuild: rebuild)
        } throws: { error in
            guard case .location(_, let reason) = error as? IndexError else { return false }
            return reason.contains("not a Byline index")
        }
        #expect(try state.isStarred(ArticleKey(hash: 7, path: "/x.txt")))
    }

    @Test func aDamagedIndexFileOfOursIsStillReplaced() throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let place = try folder()
        let file = place.appendingPathComponent("news.sqlite")
        try Data(repeating: 0x5A, count: 8192).write(to: file)
        let index = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: file))
        #expect(index.rebuildReason?.contains("damaged") == true)
    }

    /// Browsers keep `meta(key, value)` tables with a `version` row in their SQLite files, as the
    /// index does: such a file is refused untouched, not taken for an old index and replaced.
    @Test(arguments: [false, true])
    func aDatabaseWithAMetaTableOfItsOwnIsUntouched(rebuild: Bool) throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let place = try folder()
        let history = place.appendingPathComponent("History")
        do {
            let queue = try DatabaseQueue(path: history.path)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
                    INSERT INTO meta VALUES('version', '70');
                    CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR);
                    INSERT INTO urls(url) VALUES('https://example.org/');
                    """)
            }
        }
        let before = try Data(contentsOf: history)
        #expect {
            _ = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: history), rebuild: rebuild)
        } throws: { error in
            guard case .location(_, let reason) = error as? IndexError else { return false }
            return reason.contains("not a Byline index")
        }
        #expect(try Data(contentsOf: history) == before)
        #expect(!FileManager.default.fileExists(atPath: history.path + "-wal"))
    }

    @Test func anIndexCarriesBylinesMarkAndIsKnownByIt() throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let place = try folder()
        let file = place.appendingPathComponent("news.sqlite")
        let index = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: file))
        try index.refresh()
        try index.close()
        let header = [UInt8](try Data(contentsOf: file).prefix(72))
        #expect(Array(header[68..<72]) == Array("BYLN".utf8))
        // Opened again, and asked to rebuild, it is replaced as Byline's own.
        let again = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: file), rebuild: true)
        #expect(again.rebuildReason == "rebuild requested")
        try again.refresh()
        #expect(try again.articleCount() == 2)
    }

    @Test func aPathThroughAFileIsNamed() throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        let place = try folder()
        let file = place.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        #expect(throws: IndexError.location(path: file.appendingPathComponent("sub").path, reason: "\(file.path) is a file, not a folder")) {
            _ = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: file.appendingPathComponent("sub/x.sqlite")))
        }
    }
}

/// An index whose creation was killed before its first migration committed holds only GRDB's
/// bookkeeping table; it is ours and is rebuilt, not refused as another program's database.
@Suite struct IncompleteIndexTests {
    @Test func anIndexKilledWhileBeingCreatedIsRebuilt() throws {
        let corpus = try BylineTestSupport.Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let file = corpus.appendingPathComponent(".index/news.sqlite")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: file.path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        }
        let index = try NewsIndex.open(corpus: corpus, location: IndexLocation(databaseURL: file))
        #expect(index.rebuildReason?.contains("incomplete") == true)
        try index.refresh()
        #expect(try index.articleCount() == 2)
    }
}
