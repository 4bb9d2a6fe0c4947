import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import NewsStore

@Suite struct MigrationTests {
    @Test func newIndexHasTheSchemaAndTheVersionKey() throws {
        let corpus = try TempCorpus()
        let index = try corpus.open()
        let tables = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        for table in ["meta", "article", "skipped", "name", "alias", "occurrence", "quote_speaker", "dirty_key", "fts", "story_sig", "name_cue"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        #expect(!tables.contains("story_band"))
        let version = try index.pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") }
        #expect(version == IndexVersion.key(for: .standard))
        let migrations = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations == ["v1: articles, entities, quotes, full text", "v2: plain-layout flag", "v3: packed quotes", "v4: name links", "v5: undated articles newest file first", "v6: source and section", "v7: duplicate stories", "v8: latest mention day", "v9: strong type cues", "v10: story bands worked out in memory", "v11: sort indexes end on the article id", "v12: person roles", "v13: body column first in the full-text table"])
        #expect(index.rebuildReason == nil)
        let journal = try index.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test func aVersionOneIndexIsMigratedInPlace() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        // Build the index as version 1 left it (with today's version key, so nothing asks for a
        // rebuild), then open it with the current code.
        _ = try corpus.writeOldIndex(upTo: "v1: articles, entities, quotes, full text", storeSchema: IndexVersion.storeSchema)
        let index = try corpus.open()
        #expect(index.rebuildReason == nil)
        let columns = try index.pool.read { db in try db.columns(in: "article").map(\.name) }
        #expect(columns.contains("plain"))
        try index.refresh()
        #expect(try index.articleCount() == 1)
        // Its words went with the old full-text table (v13); the refresh read the file again.
        #expect(try index.search("festival").hits.count == 1)
    }

    @Test func anIndexWithTheTitleFirstGetsItsWordsBackAtTheNextRefresh() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let built = try corpus.indexed()
        // As v12 left it: the title column first, holding the article's words, and no v13 done.
        try built.pool.write { db in
            try db.execute(sql: """
                DROP TABLE fts;
                CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', detail=full, tokenize='unicode61 remove_diacritics 2');
                INSERT INTO fts(rowid, title, body) SELECT id, title, 'river festival' FROM article;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v13:%';
                """)
        }
        try built.close()
        let index = try corpus.open()
        #expect(index.rebuildReason == nil)
        let columns = try index.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(fts)").map { $0["name"] as String } }
        #expect(columns == ["body", "title"])
        try index.refresh()
        #expect(try index.articleCount() == 1)
        #expect(try index.search("festival").hits.count == 1)
        // The title still counts ten times the body: a title word ranks its article first.
        try corpus.write("b.txt", "River levels\n\nThe festival was held by the river, a festival of boats.\n")
        try index.refresh()
        #expect(try index.search("festival").hits.map(\.summary.path) == ["a.txt", "b.txt"])
    }

    @Test func anIndexFromBeforeStrongCuesIsRebuilt() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        // An index as store schema 4 left it: migrations up to v7, its version key.
        let oldKey = try corpus.writeOldIndex(upTo: "v7: duplicate stories", storeSchema: 4)
        let index = try corpus.open()
        #expect(index.rebuilt == .versionChanged(from: oldKey))
        #expect(try index.pool.read { db in try db.tableExists("name_cue") })
        try index.refresh()
        #expect(try index.articleCount() == 1)
    }

    @Test func anIndexWithStoryBandsLosesThemInPlaceAndKeepsItsGroups() throws {
        let corpus = try TempCorpus()
        try corpus.write("report.txt", StoryFixtures.report)
        try corpus.write("report-copy.txt", StoryFixtures.report)
        try corpus.write("other.txt", StoryFixtures.otherReport)
        let built = try corpus.indexed()
        // Each article's path and story group.
        func groupsOf(_ index: NewsIndex) throws -> [String] {
            try index.pool.read { db in try Row.fetchAll(db, sql: "SELECT path, dup FROM article ORDER BY path").map { "\($0[0] as String) \(($0[1] as Int64?).map(String.init) ?? "-")" } }
        }
        let groups = try groupsOf(built)
        // As v9 left it: a band table (with rows), and no v10 in the migrations done.
        try built.pool.write { db in
            try db.execute(sql: """
                CREATE TABLE story_band(key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY(key, article)) WITHOUT ROWID;
                INSERT INTO story_band(key, article) SELECT 7, article FROM story_sig;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v10:%';
                """)
        }
        try built.close()
        let index = try corpus.open()
        #expect(index.rebuildReason == nil)
        #expect(try index.pool.read { db in try db.tableExists("story_band") } == false)
        #expect(try index.articleCount() == 3)
        #expect(try groupsOf(index) == groups)
        // And grouping goes on from the sketches alone: a third copy joins the story.
        try corpus.write("report-again.txt", StoryFixtures.report)
        try index.refresh()
        let story = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT path FROM article WHERE dup IS NOT NULL ORDER BY path") }
        #expect(story == ["report-again.txt", "report-copy.txt", "report.txt"])
    }

    @Test func anIndexFromBeforePersonRolesIsRebuilt() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        // An index as store schema 5 left it: migrations up to v9, its version key.
        let oldKey = try corpus.writeOldIndex(upTo: "v9: strong type cues", storeSchema: 5)
        let index = try corpus.open()
        #expect(index.rebuilt == .versionChanged(from: oldKey))
        #expect(try index.pool.read { db in try db.columns(in: "name_cue").map(\.name) }.contains("roles"))
        try index.refresh()
        #expect(try index.articleCount() == 1)
    }

    @Test func reopeningKeepsTheIndex() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        _ = try corpus.indexed()
        let again = try corpus.open()
        #expect(again.rebuildReason == nil)
        #expect(try again.articleCount() == 1)
    }

    @Test func aChangedAnalysisRebuildsTheIndex() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        _ = try corpus.indexed()
        let other = Analysis(extractor: ListExtractor(rules: []), identifier: "list-test-1")
        let reopened = try corpus.open(analysis: other)
        #expect(reopened.rebuildReason?.contains("changed") == true)
        #expect(try reopened.articleCount() == 0)
        try reopened.refresh()
        #expect(try reopened.articleCount() == 1)
        // Same analysis again: no rebuild.
        #expect(try corpus.open(analysis: other).rebuildReason == nil)
    }

    @Test func theCanaryNoticesAChangedExtractorWithTheSameIdentifier() throws {
        let silent = Analysis(extractor: ListExtractor(rules: []), identifier: "same")
        let finding = Analysis(extractor: ListExtractor(rules: [.init(name: "Tomas Vell", type: .person, shortForms: ["Vell"])]), identifier: "same")
        #expect(IndexVersion.key(for: silent) != IndexVersion.key(for: finding))
    }

    @Test func aDamagedIndexIsDetectedAndRebuilt() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Fixtures.festival)
        let index = try corpus.indexed()
        try index.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: corpus.indexURL.path + suffix) }
        try Data(repeating: 0x5A, count: 8192).write(to: corpus.indexURL)
        let reopened = try corpus.open()
        #expect(reopened.rebuildReason?.contains("damaged") == true)
        try reopened.refresh()
        #expect(try reopened.articleCount() == 1)
    }

    @Test func aForeignDatabaseIsLeftAlone() throws {
        let corpus = try TempCorpus()
        try FileManager.default.createDirectory(at: corpus.indexURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: corpus.indexURL.path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes(text TEXT)") }
        try other.close()
        // Another program's database at the index path is the user's: refuse, never replace it.
        #expect(throws: IndexError.self) { try corpus.open() }
        let kept = try DatabaseQueue(path: corpus.indexURL.path)
        #expect(try kept.read { try $0.tableExists("notes") })
        try kept.close()
    }

    @Test func clearErrorsForBadFoldersAndLocations() throws {
        let corpus = try TempCorpus()
        #expect(throws: IndexError.corpus(.missing(corpus.root.appendingPathComponent("nope").path))) {
            _ = try NewsIndex.open(corpus: corpus.root.appendingPathComponent("nope"), location: IndexLocation(databaseURL: corpus.indexURL))
        }
        try corpus.write("file.txt", Fixtures.festival)
        let file = corpus.folder.appendingPathComponent("file.txt")
        #expect(throws: IndexError.corpus(.notAFolder(file.path))) {
            _ = try NewsIndex.open(corpus: file, location: IndexLocation(databaseURL: corpus.indexURL))
        }
        // An index "inside" a regular file cannot be created.
        let blocked = IndexLocation(databaseURL: file.appendingPathComponent("index.sqlite"))
        let error = #expect(throws: IndexError.self) { _ = try NewsIndex.open(corpus: corpus.folder, location: blocked) }
        if case .location? = error {} else { Issue.record("expected a location error, got \(String(describing: error))") }
        #expect(error?.description.contains("cannot") == true)
    }
}
