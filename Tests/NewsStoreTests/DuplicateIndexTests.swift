import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import NewsStore

/// Versions of one story grouped at index time, and kept right as files come, change, go and move.
@Suite struct DuplicateIndexTests {
    /// The group of each article, by path (nil for one alone).
    private func groups(_ index: NewsIndex) throws -> [String: Int64?] {
        try index.pool.read { db in
            var out: [String: Int64?] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, dup FROM article") { out[row[0]] = .some(row[1]) }
            return out
        }
    }

    /// The paths of each story told more than once, as sorted sets.
    private func stories(_ index: NewsIndex) throws -> Set<[String]> {
        var byGroup: [Int64: [String]] = [:]
        for (path, group) in try groups(index) {
            if let group { byGroup[group, default: []].append(path) }
        }
        return Set(byGroup.values.map { $0.sorted() })
    }

    /// What regrouping everything from scratch makes of the index as it is.
    private func regroupedFromScratch(_ index: NewsIndex) throws -> Set<[String]> {
        try index.pool.write { db in _ = try DuplicateGroups.regroupAll(db) }
        return try stories(index)
    }

    private func writeMatch(_ corpus: TempCorpus) throws {
        try corpus.write("sport/report.txt", StoryFixtures.report)
        try corpus.write("sport/report-copy.txt", StoryFixtures.report)
        try corpus.write("sport/report-corrected.txt", StoryFixtures.reportCorrected)
        try corpus.write("sport/other-report.txt", StoryFixtures.otherReport)
        try corpus.write("local/ferry.txt", StoryFixtures.ferry)
    }

    @Test func copiesAndEditedVersionsShareAGroupAndOtherReportsDoNot() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        let index = try corpus.indexed()
        #expect(try stories(index) == [["sport/report-copy.txt", "sport/report-corrected.txt", "sport/report.txt"]])
        #expect(try groups(index)["sport/other-report.txt"] == .some(nil))

        // The reader's list shows the story once, as its newest version, which says how many.
        let listed = try index.articles(limit: 50, storiesOnce: true)
        #expect(listed.count == 3)
        #expect(try index.articleCount(storiesOnce: true) == 3)
        #expect(try index.articleCount() == 5)
        let story = try #require(listed.first { $0.versions > 1 })
        #expect(story.versions == 3)
        #expect(story.path == "sport/report-corrected.txt")
        let versions = try index.versions(ofArticle: story.id).map(\.path)
        #expect(versions == ["sport/report-corrected.txt", "sport/report-copy.txt", "sport/report.txt"])
        // Every version, and every other article, leads back to the story's row.
        let copy = try #require(try index.article(path: "sport/report.txt"))
        #expect(try index.position(ofArticle: copy.id, storiesOnce: true) == listed.firstIndex { $0.id == story.id })
        #expect(try index.articles(limit: 50).count == 5)
    }

    @Test func searchShowsAStoryOnceAndCountsIt() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        let index = try corpus.indexed()
        // "Quayside" is in every version and in the other report.
        let results = try index.search("quayside")
        #expect(results.hits.count == 2)
        #expect(results.hits.map(\.summary.versions).sorted() == [1, 3])
        #expect(try index.count("quayside") == 2)
        #expect(try index.count("quayside", storiesOnce: false) == 4)
        #expect(try index.search("quayside", storiesOnce: false).hits.count == 4)
        // Pages neither overlap nor skip a story.
        let first = try index.search("quayside", offset: 0, limit: 1).hits.map(\.summary.id)
        let second = try index.search("quayside", offset: 1, limit: 1).hits.map(\.summary.id)
        #expect(first.count == 1 && second.count == 1 && first != second)
        // A word only the corrected version has finds that version, still counted as three.
        let corrected = try index.search("Ollerton").hits
        #expect(corrected.map(\.summary.path) == ["sport/report-corrected.txt"])
        #expect(corrected.first?.summary.versions == 3)
    }

    @Test func refreshAddsChangesRemovesAndMovesVersions() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", StoryFixtures.report)
        try corpus.write("b.txt", StoryFixtures.otherReport)
        let index = try corpus.indexed()
        #expect(try stories(index).isEmpty)

        // Added: a corrected version joins the first report.
        try corpus.write("c.txt", StoryFixtures.reportCorrected)
        try index.refresh()
        #expect(try stories(index) == [["a.txt", "c.txt"]])

        // Changed: the other report rewritten as a copy of the first joins too.
        try corpus.write("b.txt", StoryFixtures.report + "\n")
        try index.refresh()
        #expect(try stories(index) == [["a.txt", "b.txt", "c.txt"]])

        // Changed away: the corrected version becomes another story and leaves.
        try corpus.write("c.txt", StoryFixtures.ferry)
        try index.refresh()
        #expect(try stories(index) == [["a.txt", "b.txt"]])

        // Moved: the group stays as it was, under the new path.
        try corpus.move("a.txt", "sport/a.txt")
        let moved = try index.refresh()
        #expect(moved.moved == 1)
        #expect(try stories(index) == [["b.txt", "sport/a.txt"]])

        // Removed: one version left is a story told once.
        try corpus.remove("b.txt")
        try index.refresh()
        #expect(try stories(index).isEmpty)
        #expect(try index.articles(limit: 10, storiesOnce: true).allSatisfy { $0.versions == 1 })
        #expect(try regroupedFromScratch(index).isEmpty)
    }

    @Test func removingTheVersionThatJoinedTwoOthersSplitsTheGroup() throws {
        let corpus = try TempCorpus()
        // Four paragraphs each, one along each time: the middle shares three with either end
        // (similarity about 0.6), the ends two (about 0.35).
        let paragraphs = StoryFixtures.reportBody.components(separatedBy: "\n\n")
            + StoryFixtures.otherReport.components(separatedBy: "\n\n").dropFirst()
        let left = "Left\n\n" + paragraphs[0..<4].joined(separator: "\n\n")
        let middle = "Middle\n\n" + paragraphs[1..<5].joined(separator: "\n\n")
        let right = "Right\n\n" + paragraphs[2..<6].joined(separator: "\n\n")
        try corpus.write("left.txt", left)
        try corpus.write("middle.txt", middle)
        try corpus.write("right.txt", right)
        let index = try corpus.indexed()
        let before = try stories(index)
        #expect(before == [["left.txt", "middle.txt", "right.txt"]], "\(before)")
        try corpus.remove("middle.txt")
        try index.refresh()
        #expect(try stories(index).isEmpty)
        // And back: the bridge joins them again.
        try corpus.write("middle.txt", middle)
        try index.refresh()
        #expect(try stories(index) == before)
    }

    @Test func incrementalGroupsMatchAFullRegrouping() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        let index = try corpus.indexed()
        try corpus.remove("sport/report.txt")
        try corpus.write("sport/report-again.txt", StoryFixtures.reportCorrected)
        try corpus.write("sport/report-copy.txt", StoryFixtures.otherReport + "\nA line added.\n")
        try index.refresh()
        let incremental = try stories(index)
        #expect(incremental == [["sport/report-again.txt", "sport/report-corrected.txt"], ["sport/other-report.txt", "sport/report-copy.txt"]])
        #expect(try regroupedFromScratch(index) == incremental)
        #expect(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_story") } == 0)
    }

    @Test func aKilledRefreshLeavesItsArticlesToGroupNextTime() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        let index = try corpus.indexed()
        // As a refresh killed after writing its articles leaves things: groups not worked out.
        try index.pool.write { db in
            try db.execute(sql: "UPDATE article SET dup = NULL")
            try db.execute(sql: "INSERT INTO dirty_story(article) SELECT id FROM article")
        }
        try index.refresh()
        #expect(try stories(index) == [["sport/report-copy.txt", "sport/report-corrected.txt", "sport/report.txt"]])
    }

    /// A regrouping of everything (what a bulk load leaves to do) is worked out on a reader
    /// beside the name linking, then written: the same groups, nothing left dirty.
    @Test func aRegroupingOfEverythingIsWorkedOutApartAndWrittenAfter() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        let index = try corpus.indexed()
        // A few dirty articles are regrouped by walking from them, on the writer.
        try index.pool.write { db in try db.execute(sql: "INSERT INTO dirty_story(article) SELECT id FROM article") }
        #expect(try index.pool.read { db in try DuplicateGroups.fullRegrouping(db) } == nil)
        // More than 500 (and a tenth of the index): the ids past the live ones stand for
        // articles a bulk load wrote and a later batch took out again.
        try index.pool.write { db in
            try db.execute(sql: "UPDATE article SET dup = NULL")
            for id in 1_000_000..<1_000_501 { try db.execute(sql: "INSERT INTO dirty_story(article) VALUES (?)", arguments: [id]) }
        }
        let changes = try #require(try index.pool.read { db in try DuplicateGroups.fullRegrouping(db) })
        #expect(changes.count == 3)
        try index.refresh()
        #expect(try stories(index) == [["sport/report-copy.txt", "sport/report-corrected.txt", "sport/report.txt"]])
        #expect(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_story") } == 0)
    }

    @Test func readMarksOfEveryVersionSurviveARebuild() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        let index = try corpus.indexed()
        let state = try corpus.state()
        let shown = try #require(try index.articles(limit: 10, storiesOnce: true).first { $0.versions > 1 })
        try state.setRead(shown.stateKey(in: index.corpus), true)
        try index.close()
        // A new index (as an index of an older schema is replaced) finds the same groups, and
        // the reading state, kept apart by content hash and path, still has the mark.
        let rebuilt = try corpus.open(rebuild: true)
        try rebuilt.refresh()
        let again = try #require(try rebuilt.articles(limit: 10, storiesOnce: true).first { $0.versions > 1 })
        #expect(again.path == shown.path)
        #expect(try state.marks(of: again.stateKey(in: rebuilt.corpus)).isRead)
        #expect(try rebuilt.articles(limit: 10, filter: .unread(state), storiesOnce: true).allSatisfy { $0.id != again.id })
    }

    @Test func anIndexFromBeforeVersionsIsRebuiltAndKeepsTheReadingState() throws {
        let corpus = try TempCorpus()
        try writeMatch(corpus)
        // An index as the previous schema left it: migrations up to v5, its version key.
        let oldKey = try corpus.writeOldIndex(upTo: "v5: undated articles newest file first", storeSchema: 3)
        let state = try corpus.state()
        let key = ArticleKey(hash: ContentHash.of(Data(StoryFixtures.report.utf8)), path: corpus.folder.appendingPathComponent("sport/report.txt").path)
        try state.setRead(key, true)
        try state.setTags(key, ["derby"])

        let index = try corpus.open()
        #expect(index.rebuilt == .versionChanged(from: oldKey))
        try index.refresh()
        #expect(try stories(index).count == 1)
        let report = try #require(try index.article(path: "sport/report.txt"))
        #expect(try state.marks(of: report.stateKey(in: index.corpus)).isRead)
        #expect(try state.tags(of: report.stateKey(in: index.corpus)) == ["derby"])
    }
}
