import BylineTestSupport
import Foundation
import Testing

/// `section:`, `source:` and `folder:` in `byline search`, and `--sort`.
@Suite struct SearchFilterCommandTests {
    let byline = BuiltProducts.byline.path

    private func paths(_ arguments: [String], in corpus: URL) throws -> [String?] {
        let result = try Spawn.run([byline, "search"] + arguments + [corpus.path, "--json"], environment: TestEnvironment.isolated())
        #expect(result.status == 0, "\(result.output)")
        let hits = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        return hits.map { $0["path"] as? String }
    }

    @Test func filtersAndSortsFromTheCommandLine() throws {
        let corpus = try Fixtures.makeCorpus(extra: [
            "port/2026-05-10-ferry.txt": "---\nsource: Harbour Times\nsection: Transport\n---\nAll aboard the new ferry\n\nThe harbour ferry sails again.\n",
            "city/2026-05-11-bus.txt": "---\nsource: harbour times\n---\nBus lanes for the harbour road\n\nThe council backs bus lanes on the harbour road.\n",
        ])
        defer { try? FileManager.default.removeItem(at: corpus) }
        #expect(try paths(["section:transport"], in: corpus) == ["port/2026-05-10-ferry.txt"])
        #expect(try paths(["section:port"], in: corpus) == ["port/2026-05-02-harbour-vote.txt"])
        #expect(try paths(["source:\"Harbour Times\"", "--sort", "title"], in: corpus) == ["port/2026-05-10-ferry.txt", "city/2026-05-11-bus.txt"])
        #expect(try paths(["in:city", "--sort", "date"], in: corpus) == ["city/2026-05-11-bus.txt", "city/2026-04-20-tram-vote.txt"])
        let bad = try Spawn.run([byline, "search", "x", corpus.path, "--sort", "colour"], environment: TestEnvironment.isolated())
        #expect(bad.status == 2)
    }
}
