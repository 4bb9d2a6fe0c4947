import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// The name cache the linker reads through: reading every row at once gives what reading them
/// one by one gives, and deciding the links on a reader writes nothing until the writes are
/// applied. Every person, club and place here is invented for these tests.
@Suite struct NameCacheTests {
    /// An index of a few stories that share names, surnames and a club.
    static func index() throws -> (TempCorpus, NewsIndex) {
        let corpus = try TempCorpus()
        let analysis = Analysis(extractor: ListExtractor(rules: [
            .init(name: "Tomas Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Ida Vell", type: .person, shortForms: ["Vell"]),
            .init(name: "Harbour Rovers", type: .organization, shortForms: ["Rovers"]),
            .init(name: "Port Ellin", type: .place, shortForms: []),
        ]), identifier: "name-cache")
        for n in 0..<4 {
            try corpus.write("politics/mayor-\(n).txt", "Mayor story \(n)\n\nTomas Vell opened the bridge in Port Ellin. Vell smiled.")
        }
        for n in 0..<2 { try corpus.write("politics/bare-\(n).txt", "Council story \(n)\n\nThe council thanked Vell for the bridge.") }
        try corpus.write("sport/match-1.txt", "Match\n\nHarbour Rovers won again. Rovers fans cheered Ida Vell.")
        try corpus.write("sport/match-2.txt", "Replay\n\nRovers lost in Port Ellin, where Ida Vell scored.")
        return (corpus, try corpus.indexed(analysis: analysis))
    }

    @Test func readingEverythingAtOnceGivesWhatPointReadsGive() throws {
        let (corpus, index) = try Self.index()
        defer { withExtendedLifetime(corpus) {} }
        try index.pool.read { db in
            let one = try NameCache(db)
            let all = try NameCache(db)
            try all.readAll()
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM name ORDER BY id")
            #expect(ids.count >= 6)
            for id in ids + [ids.max()! + 1, 0] {
                let a = try one.row(id), b = try all.row(id)
                #expect(a?.key == b?.key)
                #expect(a?.type == b?.type)
                #expect(a?.link == b?.link)
                #expect(a?.entity == b?.entity)
                #expect(a?.articles == b?.articles)
                #expect(a?.scope == b?.scope)
                #expect(a?.words == b?.words)
            }
            let keys = try String.fetchAll(db, sql: "SELECT key FROM name UNION SELECT key FROM alias") + ["nobody here", "vell"]
            for key in keys {
                #expect(try one.ids(key: key) == all.ids(key: key))
                #expect(try one.aliases(key: key).map(\.0) == all.aliases(key: key).map(\.0))
                #expect(try one.aliases(key: key).map(\.1) == all.aliases(key: key).map(\.1))
            }
            #expect(try all.ids(key: "vell").count >= 1)
        }
    }

    /// The members of a group, the roles and the strong cues that `readAll` keeps in memory are
    /// what the point reads give, for names with cues and roles and for names without.
    @Test func readingEverythingAtOnceGivesTheGroupsRolesAndCuesOfPointReads() throws {
        let (corpus, index) = try Self.index()
        defer { withExtendedLifetime(corpus) {} }
        // Some names with cues and roles over several articles, and two names in one group.
        try index.pool.write { db in
            let names = try Int64.fetchAll(db, sql: "SELECT id FROM name ORDER BY id")
            let articles = try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY id")
            try db.execute(sql: "DELETE FROM name_cue")
            for (k, name) in names.prefix(3).enumerated() {
                for (j, article) in articles.prefix(k + 2).enumerated() {
                    try db.execute(sql: "INSERT INTO name_cue(name, article, cues, roles) VALUES(?, ?, ?, ?)",
                                   arguments: [name, article, (k + j) % 3 == 0 ? 0 : 1 << (j % 4) | 1 << k, j == 1 ? 0 : 1 << (k + j)])
                }
            }
            try db.execute(sql: "UPDATE name SET entity = ? WHERE id IN (?, ?)", arguments: [names[0], names[0], names[1]])
        }
        try index.pool.read { db in
            let one = try NameCache(db)
            let all = try NameCache(db)
            try all.readAll()
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM name ORDER BY id")
            for id in ids + [ids.max()! + 1, 0] {
                #expect(try one.members(ofEntity: id) == all.members(ofEntity: id))
                #expect(try one.roles(id) == all.roles(id))
                #expect(try one.strongCues(id) == all.strongCues(id))
            }
            #expect(try all.members(ofEntity: ids[0]).count >= 2)
            // The display read through SQLite's interface is GRDB's.
            for id in ids + [ids.max()! + 1] {
                #expect(try all.display(of: id) == String.fetchOne(db, sql: "SELECT display FROM name WHERE id = ?", arguments: [id]))
            }
            #expect(try all.roles(ids[0]) != 0)
            #expect(try !all.strongCues(ids[1]).isEmpty)
        }
    }

    /// The byte search for a double-barrelled surname answers as Foundation's search does, for
    /// ASCII names and others.
    @Test func aDoubleBarrelledSurnameIsFoundAsFoundationFindsIt() {
        let displays = ["Ada Lewis-Ode", "Ada Ode", "Ada Lewis-Ode (rugby)", "Ada-Mae Ode", "(rugby)", "", "Zoë Lewis-Ödé", "Zoë Ödé",
                        "José Ode\u{2010}Vell", "Ida Ode-\u{301}Vell", "Tomas Vell-", "Ida Ode (politics) (x)"]
        for display in displays {
            let general = display.split(separator: " ").last { !$0.hasPrefix("(") }?.contains("-") ?? false
            #expect(NameCache.endsInDoubleBarrelledSurname(display) == general, "\(display)")
        }
    }

    /// A key's words split on its bytes (ASCII) are the words the general split gives, and a key
    /// that is not ASCII is split the general way, a space with a mark on it included.
    @Test func aKeysWordsAreTheGeneralSplitsWords() {
        let keys = ["tomas vell", " ida  vell ", "vell", "", "   ", "zoë ode", "josé maría ode", "ada \u{301}ode", "ada\u{00a0}ode", "ida-vell o'neil"]
        for key in keys {
            #expect(NameCache.Row.words(of: key) == key.split(separator: " "))
        }
    }

    @Test func decidingOnAReaderWritesNothingUntilApplied() throws {
        let (corpus, index) = try Self.index()
        defer { withExtendedLifetime(corpus) {} }
        // Undo the links and mark every key dirty, as a bulk load leaves the names.
        try index.pool.write { db in
            try db.execute(sql: "UPDATE name SET link = NULL, entity = id, ambiguous = 0")
            try db.execute(sql: "INSERT OR IGNORE INTO dirty_key(key) SELECT key FROM name")
        }
        let before = try index.pool.read { db in try Row.fetchAll(db, sql: "SELECT id, link, entity, display FROM name ORDER BY id") }
        let changes = try index.pool.read { db in try EntityResolver.plan(db) }
        #expect(!changes.links.isEmpty)
        #expect(changes.changedNames > 0)
        let (unchanged, dirty) = try index.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT id, link, entity, display FROM name ORDER BY id"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_key") ?? 0)
        }
        #expect(unchanged == before)
        #expect(dirty > 0)
        try index.pool.write { db in try changes.apply(db) }
        let vell = try #require(try index.lookupEntity("Tomas Vell").entities.first)
        let (left, bare) = try index.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_key") ?? -1,
             try Int64.fetchOne(db, sql: "SELECT entity FROM name WHERE key = 'vell' AND scope = 'politics'"))
        }
        #expect(left == 0)
        // The bare surname of the politics stories now links to the mayor.
        #expect(bare == vell.id)
    }

    /// A first build marks no key dirty: it files `resolve_all`, and the resolver decides every
    /// name while the flag is there. A build killed before its names were linked leaves the
    /// flag, and the next refresh (with nothing to read) links them all as the build would have.
    @Test func aFirstBuildKilledBeforeLinkingIsLinkedByTheNextRefresh() throws {
        let (corpus, index) = try Self.index()
        defer { withExtendedLifetime(corpus) {} }
        let linked = try index.pool.read { db in try Row.fetchAll(db, sql: "SELECT id, link, entity, ambiguous, display FROM name ORDER BY id") }
        let left = try index.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_key") ?? -1, try DirtyKeys.resolvesAll(db))
        }
        #expect(left == (0, false))
        // As the build leaves the names when killed after writing its last batch.
        try index.pool.write { db in
            try db.execute(sql: "UPDATE name SET link = NULL, entity = id, ambiguous = 0")
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES('resolve_all', '1')")
        }
        #expect(try index.pool.read { db in try DirtyKeys(db, noNames: false).all })
        try index.refresh()
        let relinked = try index.pool.read { db in try Row.fetchAll(db, sql: "SELECT id, link, entity, ambiguous, display FROM name ORDER BY id") }
        #expect(relinked == linked)
        #expect(relinked.contains { ($0[1] as Int64?) != nil })
        #expect(try index.pool.read { db in try DirtyKeys.resolvesAll(db) } == false)
    }
}
