import BylineTestSupport
import Foundation
import NewsCore
@testable import NewsStore

/// A temporary corpus folder with its own index and reading-state files, removed at the end.
///
/// The articles the tests write are short fictional news stories made up for these tests.
final class TempCorpus {
    let root: URL
    let folder: URL
    let indexURL: URL
    let stateURL: URL
    private var clock = Date(timeIntervalSince1970: 1_750_000_000)

    init() throws {
        root = Scratch.directory("store-tests")
        folder = root.appendingPathComponent("corpus")
        indexURL = root.appendingPathComponent("cache/index.sqlite")
        stateURL = root.appendingPathComponent("state/reading-state.sqlite")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes an article; each write gets a later modification time, so a rewrite of the same
    /// size is still seen as a change (file-system clocks can be coarser than a test).
    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        clock += 10
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: url.path)
    }

    /// The six fixture articles that between them use every construct of the query language
    /// (dates, Markdown, people, quotations, the council in three of them).
    func writeSearchFixtures() throws {
        try write("2026-03-01-harbour.txt", Fixtures.harbour)
        try write("2026-03-05-summit.txt", Fixtures.putinOnly)
        try write("bakery.txt", Fixtures.bakery)
        try write("festival.txt", Fixtures.festival)
        try write("election.md", Fixtures.election)
        try write("budget.md", Fixtures.budget)
    }

    /// Writes an index as an older store schema left it: the migrations up to `migration`
    /// and that schema's version key. Returns the key, which a rebuild names as its reason.
    func writeOldIndex(upTo migration: String, storeSchema: Int) throws -> String {
        try FileManager.default.createDirectory(at: indexURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let pool = try NewsIndex.makePool(at: indexURL)
        try IndexSchema.migrator.migrate(pool, upTo: migration)
        let oldKey = IndexVersion.key(for: .standard).replacingOccurrences(of: "store-\(IndexVersion.storeSchema)/", with: "store-\(storeSchema)/")
        try pool.write { db in
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES('version', ?), ('corpus', ?)",
                           arguments: [oldKey, folder.standardizedFileURL.resolvingSymlinksInPath().path])
        }
        try pool.close()
        return oldKey
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(path)
        try Data(bytes).write(to: url)
    }

    func touch(_ path: String) throws {
        clock += 10
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: folder.appendingPathComponent(path).path)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
    }

    func move(_ from: String, _ to: String) throws {
        let target = folder.appendingPathComponent(to)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appendingPathComponent(from), to: target)
    }

    func open(analysis: Analysis = .standard, rebuild: Bool = false) throws -> NewsIndex {
        try NewsIndex.open(corpus: folder, location: IndexLocation(databaseURL: indexURL), analysis: analysis, rebuild: rebuild)
    }

    /// Opens and refreshes.
    func indexed(analysis: Analysis = .standard) throws -> NewsIndex {
        let index = try open(analysis: analysis)
        try index.refresh()
        return index
    }

    func state() throws -> ReadingState {
        try ReadingState.open(location: StateLocation(databaseURL: stateURL))
    }
}

/// An extractor that finds a fixed list of names, for tests of the store's merging rules.
///
/// Within one article it behaves like the real extractor: a full name found in the article
/// absorbs its listed short forms; a short form alone is its own entity named by that form.
struct ListExtractor: EntityExtractor {
    struct Rule: Sendable {
        var name: String
        var type: EntityType
        var shortForms: [String]
        /// When set, the rule applies only to articles whose text contains this word: the same
        /// name typed one way here and another there, as a real extractor may.
        var when: String? = nil
        /// The types the words around the full name speak for strongly (`ArticleEntity.strongCues`).
        var strongCues: EntityTypes = []
    }

    var rules: [Rule]

    func entities(in article: Article) -> [ArticleEntity] {
        var out: [ArticleEntity] = []
        let rules = self.rules.filter { $0.when.map { !occurrences(of: $0, in: article.text).isEmpty } ?? true }
        for rule in rules {
            let full = occurrences(of: rule.name, in: article.text)
            guard !full.isEmpty else { continue }
            var mentions = full
            var aliases = [rule.name]
            for form in rule.shortForms {
                let found = occurrences(of: form, in: article.text).filter { r in !full.contains { $0.overlaps(r) } }
                if !found.isEmpty { aliases.append(form) }
                mentions += found
            }
            out.append(ArticleEntity(
                name: rule.name, type: rule.type, aliases: aliases, mentions: mentions.sorted { $0.lowerBound < $1.lowerBound }, strongCues: rule.strongCues))
        }
        return out + shortFormsAlone(in: article, claimed: out, rules: rules)
    }

    private func shortFormsAlone(in article: Article, claimed: [ArticleEntity], rules: [Rule]) -> [ArticleEntity] {
        var byForm: [String: ArticleEntity] = [:]
        for rule in rules {
            for form in rule.shortForms {
                let ranges = occurrences(of: form, in: article.text).filter { r in
                    !claimed.contains { e in e.mentions.contains { $0.overlaps(r) } }
                }
                guard !ranges.isEmpty, byForm[form] == nil else { continue }
                byForm[form] = ArticleEntity(name: form, type: rule.type, aliases: [form], mentions: ranges)
            }
        }
        return byForm.keys.sorted().map { byForm[$0]! }
    }

    /// Whole-word occurrences of `needle`, as scalar ranges.
    private func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        let hay = Array(text.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        var out: [Range<Int>] = []
        guard pin.count <= hay.count, !pin.isEmpty else { return [] }
        for i in 0...(hay.count - pin.count) where Array(hay[i..<(i + pin.count)]) == pin {
            let before = i == 0 || !hay[i - 1].properties.isAlphabetic
            let after = i + pin.count == hay.count || !hay[i + pin.count].properties.isAlphabetic
            if before && after { out.append(i..<(i + pin.count)) }
        }
        return out
    }
}
