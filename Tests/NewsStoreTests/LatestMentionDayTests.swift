import Foundation
import GRDB
import Testing
@testable import NewsStore

/// Each name's stored latest day (`name.latest`, migration v8) after every kind of refresh,
/// checked against the occurrence rows it is kept from and against the days the articles say.
@Suite struct LatestMentionDayTests {
    static let analysis = Analysis(
        extractor: ListExtractor(rules: [
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Harbour Board", type: .organization, shortForms: []),
        ]),
        identifier: "latest-day-test")

    /// A short made-up story naming the mayor, dated `date` (none when nil).
    static func story(_ date: String?, _ line: String = "Mayor Tomas Vell opened the new ferry terminal.") -> String {
        guard let date else { return "Ferry terminal opens\n\n\(line)\n" }
        return "---\ntitle: Ferry terminal opens\ndate: \(date)\n---\n\(line)\n"
    }

    /// Every name whose stored day differs from the newest of its occurrence rows, by key.
    static func staleNames(_ index: NewsIndex) throws -> [String] {
        try index.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT key FROM name WHERE latest != coalesce((SELECT max(day) FROM occurrence o WHERE o.name = name.id), 0)
                """)
        }
    }

    /// The people view's latest day of the entity named `name`.
    static func latest(_ name: String, _ index: NewsIndex) throws -> String?? {
        try index.entityDirectory(order: .latest, limit: 1_000).first { $0.name == name }.map(\.latest)
    }

    @Test func refreshKeepsEachNamesLatestDay() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", Self.story("2026-03-01"))
        try corpus.write("b.txt", Self.story("2026-04-10"))
        try corpus.write("c.txt", Self.story(nil))
        try corpus.write("d.txt", Self.story("2026-01-15", "The Harbour Board met on Tuesday."))
        let index = try corpus.indexed(analysis: Self.analysis)
        #expect(try Self.latest("Tomas Vell", index) == "2026-04-10")
        #expect(try Self.latest("Harbour Board", index) == "2026-01-15")
        #expect(try Self.staleNames(index).isEmpty)

        // A newer article raises it.
        try corpus.write("e.txt", Self.story("2026-05-02"))
        try index.refresh()
        #expect(try Self.latest("Tomas Vell", index) == "2026-05-02")

        // Its newest article changed to an older date: the next newest counts, in the batch
        // that deleted the old row and wrote the new one.
        try corpus.write("e.txt", Self.story("2026-02-20"))
        try index.refresh()
        #expect(try Self.latest("Tomas Vell", index) == "2026-04-10")
        #expect(try Self.staleNames(index).isEmpty)

        // Its newest article no longer names it.
        try corpus.write("b.txt", Self.story("2026-04-10", "The ferry terminal opened on time."))
        try index.refresh()
        #expect(try Self.latest("Tomas Vell", index) == "2026-03-01")

        // Its newest article deleted.
        try corpus.remove("a.txt")
        try index.refresh()
        #expect(try Self.latest("Tomas Vell", index) == "2026-02-20")
        #expect(try Self.staleNames(index).isEmpty)

        // Moved to another folder: the same article, the same day.
        try corpus.move("e.txt", "ferries/e.txt")
        try index.refresh()
        #expect(try Self.latest("Tomas Vell", index) == "2026-02-20")

        // Only an undated article names it now: no latest day, and the order puts it last.
        try corpus.remove("ferries/e.txt")
        try index.refresh()
        #expect(try Self.latest("Tomas Vell", index) == .some(nil))
        #expect(try index.entityDirectory(order: .latest).map(\.name) == ["Harbour Board", "Tomas Vell"])
        #expect(try Self.staleNames(index).isEmpty)

        // And every article gone: the name has no rows, and its day is back to none.
        try corpus.remove("c.txt")
        try index.refresh()
        let vell = try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT latest FROM name WHERE key = 'tomas vell'") }
        #expect(vell == 0)
        #expect(try Self.staleNames(index).isEmpty)
    }

    /// An index as v7 left it: the same tables without the column, and v8 not yet applied.
    static func makeVersionSevenIndex(_ corpus: TempCorpus) throws {
        let index = try corpus.indexed(analysis: Self.analysis)
        try index.pool.write { db in
            try db.execute(sql: "ALTER TABLE name DROP COLUMN latest")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [LatestMentionDay.migration])
        }
        try index.close()
    }

    static func writeDatedCorpus(_ corpus: TempCorpus) throws {
        try corpus.write("a.txt", Self.story("2026-03-01"))
        try corpus.write("b.txt", Self.story("2026-04-10"))
        try corpus.write("c.txt", Self.story(nil))
        try corpus.write("d.txt", Self.story("2026-01-15", "The Harbour Board met on Tuesday."))
    }

    @Test func anIndexFromBeforeTheColumnIsFilledInPlace() throws {
        let corpus = try TempCorpus()
        try Self.writeDatedCorpus(corpus)
        try Self.makeVersionSevenIndex(corpus)
        let index = try corpus.open(analysis: Self.analysis)
        // Migrated, not rebuilt: the articles are there before any refresh.
        #expect(index.rebuildReason == nil)
        #expect(try index.articleCount() == 4)
        #expect(try Self.staleNames(index).isEmpty)
        #expect(try Self.latest("Tomas Vell", index) == "2026-04-10")
        #expect(try Self.latest("Harbour Board", index) == "2026-01-15")
    }

    @Test func anIndexFromBeforeTheColumnOpenedReadOnlyLooksTheDaysUp() throws {
        let corpus = try TempCorpus()
        try Self.writeDatedCorpus(corpus)
        let current = try corpus.indexed(analysis: Self.analysis)
        var expected: [EntityOrder: [EntityListing]] = [:]
        for order in EntityOrder.allCases { expected[order] = try current.entityDirectory(order: order) }
        try current.close()
        try Self.makeVersionSevenIndex(corpus)
        // Nothing may be written to it, so it stays without the column and answers all the same.
        let index = try NewsIndex.openReadOnly(
            corpus: corpus.folder.standardizedFileURL.resolvingSymlinksInPath(), location: IndexLocation(databaseURL: corpus.indexURL),
            analysis: Self.analysis, versionKey: IndexVersion.key(for: Self.analysis), rebuild: false)
        #expect(try index.pool.read { db in try LatestMentionDay.isStored(db) } == false)
        for order in EntityOrder.allCases {
            #expect(try index.entityDirectory(order: order) == expected[order], "\(order)")
        }
        #expect(expected[.latest]?.map(\.latest) == ["2026-04-10", "2026-01-15"])
    }
}
