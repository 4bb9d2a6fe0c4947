import BylineTestSupport
import Foundation
import Testing

/// Feeds, JSON Lines and wire copy on the command line: items listed as `FILE#ID`, and `show`
/// and `quotes` taking such a path. Runs over the sample corpus, whose feed and wire samples
/// are team-written.
@Suite struct FeedCommandTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    @Test func listNamesEveryItemAndShowTakesItsPath() throws {
        let environment = TestEnvironment.isolated()
        let listed = try Spawn.run([byline, "list", articles], environment: environment, timeout: 120)
        #expect(listed.status == 0)
        for path in ["feeds/merrowick-courier-feed.xml#seals-return", "feeds/merrowick-courier-feed.xml#bus-fares-frozen",
                     "feeds/harbour-wire-dump.jsonl#hw-20251212-001", "wire/2025-12-02-saltings-ferry-returns.xml",
                     "wire/2025-12-04-lifeboat-crew-honoured.xml"] {
            #expect(listed.output.contains(path), "\(path) is not listed")
        }
        #expect(!listed.output.split(separator: "\n").contains { $0.hasSuffix("feeds/merrowick-courier-feed.xml") }, "the feed file itself is listed as an article")

        let item = articles + "/feeds/merrowick-courier-feed.xml#seals-return"
        let shown = try Spawn.run([byline, "show", item, "--json"], environment: environment, timeout: 60)
        #expect(shown.status == 0, "\(shown.error)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect(json["path"] as? String == "feeds/merrowick-courier-feed.xml#seals-return")
        #expect(json["title"] as? String == "Harbour seals return to the Saltings mudflats")
        #expect(json["source"] as? String == "Merrowick Courier")

        let quotes = try Spawn.run([byline, "quotes", item], environment: environment, timeout: 60)
        #expect(quotes.status == 0 && quotes.output.contains("Colm Reddy"), "\(quotes.output)\(quotes.error)")

        // The text form names where the item came from, under its headline.
        let text = try Spawn.run([byline, "show", item], environment: environment, timeout: 60)
        let lines = text.output.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count > 2 && lines[2].hasPrefix("https://"), "\(text.output.prefix(400))")
    }

    @Test func aFeedNamedWholeOrAnItemItLacksIsAClearError() throws {
        let environment = TestEnvironment.isolated()
        let whole = try Spawn.run([byline, "show", articles + "/feeds/merrowick-courier-feed.xml"], environment: environment, timeout: 60)
        #expect(whole.status != 0)
        #expect(whole.error.contains("holds 3 articles") && whole.error.contains("seals-return"), "\(whole.error)")
        let missing = try Spawn.run([byline, "show", articles + "/feeds/merrowick-courier-feed.xml#nope"], environment: environment, timeout: 60)
        #expect(missing.status != 0)
        #expect(missing.error.contains("holds no item “nope”"), "\(missing.error)")
    }
}
