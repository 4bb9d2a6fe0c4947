import BylineTestSupport
import Foundation
import GRDB
import NewsStore
import Testing
@testable import byline

/// What the real `byline` says on standard error for each reason its index owner started a
/// new index, and the advice the command line (not the store) gives when it cannot mend one.
@Suite(.serialized) struct RebuildReasonCommandTests {
    let byline = BuiltProducts.byline.path

    /// Runs the binary; a hang fails the test.
    func run(_ arguments: [String], _ environment: [String: String]) throws -> Spawn.Outcome {
        let outcome = try Spawn.run([byline] + arguments, environment: environment, timeout: 120)
        #expect(!outcome.timedOut)
        return outcome
    }

    /// The fixture folder, indexed by the binary at a private index path.
    func indexedCorpus(_ env: [String: String]) throws -> (corpus: URL, index: URL) {
        let corpus = try Fixtures.makeCorpus()
        let index = corpus.appendingPathComponent(".index/news.sqlite")
        // A folder given to --index must exist: Byline creates only its own cache folder.
        try FileManager.default.createDirectory(at: index.deletingLastPathComponent(), withIntermediateDirectories: true)
        let built = try run(["index", corpus.path, "--index", index.path], env)
        #expect(built.status == 0, "\(built.error)")
        return (corpus, index)
    }

    /// The lines on standard error that are not the progress of indexing.
    static func said(_ outcome: Spawn.Outcome) -> [String] {
        outcome.error.split(separator: "\n").map(String.init).filter {
            !$0.hasPrefix("byline: scanning") && !$0.hasPrefix("byline: indexing") && !$0.hasPrefix("byline: linking")
        }
    }

    @Test func aRequestedRebuildIsNotAnnounced() throws {
        let env = TestEnvironment.isolated()
        let (corpus, index) = try indexedCorpus(env)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let outcome = try run(["index", corpus.path, "--rebuild", "--index", index.path], env)
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("2 new; 2 articles indexed in "), "\(outcome.output)")
        #expect(Self.said(outcome).isEmpty, "\(outcome.error)")
    }

    @Test func aFileCutShortIsNamedWithItsSizes() throws {
        let env = TestEnvironment.isolated()
        let (corpus, index) = try indexedCorpus(env)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: index.path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: index)
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        let outcome = try run(["list", corpus.path, "--index", index.path], env)
        #expect(outcome.status == 0)
        #expect(Self.said(outcome) == ["byline: the index file was cut short (\(size / 2) of \(size) bytes) and has been rebuilt"], "\(outcome.error)")
        #expect(outcome.output.contains("port/2026-05-02-harbour-vote.txt") && outcome.output.contains("city/2026-04-20-tram-vote.txt"))
    }

    @Test(arguments: [["list"], ["index"], ["search", "dredging"]])
    func damageMetOnTheWayIsNamedWithSQLitesWords(command: [String]) throws {
        let env = TestEnvironment.isolated()
        let (corpus, index) = try indexedCorpus(env)
        defer { try? FileManager.default.removeItem(at: corpus) }
        try IndexFileDamage.tables.apply(to: index)
        let outcome = try run(command + [corpus.path, "--index", index.path], env)
        #expect(outcome.status == 0, "\(outcome.error)")
        let location = IndexLocation.resolve(corpus: corpus, override: index.path).databaseURL.path
        #expect(Self.said(outcome) == ["byline: the index at \(location) is damaged (database disk image is malformed); rebuilding it from the folder"],
                "\(outcome.error)")
        #expect(outcome.output.contains(command == ["index"] ? "2 new; 2 articles indexed" : "port/2026-05-02-harbour-vote.txt"), "\(outcome.output)")
        let again = try run(["list", corpus.path, "--index", index.path], env)
        #expect(again.status == 0 && again.error.isEmpty, "\(again.error)")
    }

    @Test func anIndexOfAnotherVersionIsNamed() throws {
        let env = TestEnvironment.isolated()
        let (corpus, index) = try indexedCorpus(env)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let queue = try DatabaseQueue(path: index.path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = 'store-1/older' WHERE key = 'version'") }
        try queue.close()
        let outcome = try run(["list", corpus.path, "--index", index.path], env)
        #expect(outcome.status == 0)
        #expect(Self.said(outcome) == ["byline: the article parser, entity model or index format changed since the index was built; it has been rebuilt"],
                "\(outcome.error)")
        #expect(outcome.output.contains("port/2026-05-02-harbour-vote.txt"))
    }

    /// Damage the owner could not mend reaches the user with the command that mends it; the
    /// store's own sentence names no command.
    @Test func theRebuildAdviceIsTheCommandLines() {
        let damage = IndexError.corrupt(path: "/idx/news.sqlite", detail: "database disk image is malformed")
        let advice = "the index at /idx/news.sqlite is damaged (database disk image is malformed); run `byline index --rebuild`"
        #expect(!damage.description.contains("byline"))
        #expect(CommandFailure(damage).message == advice)
        #expect(CommandFailure(SearchError.index(damage)).message == advice)
        #expect(CommandFailure(IndexError.database("disk I/O error")).message == "index error: disk I/O error")
        #expect(CommandFailure(CommandFailure("as it was", status: 2)).status == 2)
    }
}
