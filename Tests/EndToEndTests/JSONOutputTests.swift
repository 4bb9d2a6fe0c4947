import BylineTestSupport
import Foundation
import Testing

/// What scripts read: paths that join across commands, scores that say which way is better.
@Suite struct JSONOutputTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    @Test func aFilesQuotesAreNamedAsTheFoldersAre() throws {
        let file = URL(fileURLWithPath: articles).appendingPathComponent("business/2026-01-08-greyfinch-crane-contract.txt").path
        var environment = TestEnvironment.isolated()
        environment["BYLINE_ARTICLES"] = articles
        let one = try Spawn.run([byline, "quotes", file, "--json"], environment: environment, timeout: 120)
        let folder = try Spawn.run([byline, "quotes", articles, "--json"], environment: environment, timeout: 120)
        let onePaths = Set(try #require(JSONSerialization.jsonObject(with: Data(one.output.utf8)) as? [[String: Any]]).compactMap { $0["path"] as? String })
        let folderPaths = Set(try #require(JSONSerialization.jsonObject(with: Data(folder.output.utf8)) as? [[String: Any]]).compactMap { $0["path"] as? String })
        // The absolute path given names the file as the folder's output does.
        #expect(onePaths == ["business/2026-01-08-greyfinch-crane-contract.txt"])
        #expect(onePaths.isSubset(of: folderPaths))
        let shown = try Spawn.run([byline, "show", file, "--json"], environment: environment, timeout: 120)
        let json = try #require(JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect(json["path"] as? String == "business/2026-01-08-greyfinch-crane-contract.txt")
    }

    @Test func searchScoresAreRelevanceHighestFirst() throws {
        let result = try Spawn.run([byline, "search", "strike OR harbour", articles, "--json"], environment: TestEnvironment.isolated(), timeout: 120)
        let hits = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores.count == hits.count && scores.count > 3)
        #expect(scores.allSatisfy { $0 > 0 }, "\(scores)")
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "\(scores)")
    }

    @Test func anUndatedArticleShowsItsFilesDayAndSaysSo() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("undated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ferry.txt")
        try Data("Ferry timetable changes\n\nThe Saltings ferry will run every twenty minutes from May.\n".utf8).write(to: file)
        // Noon, so that any time zone gives the same day.
        let noon = try #require(ISO8601DateFormatter().date(from: "2026-03-14T12:00:00Z"))
        try FileManager.default.setAttributes([.modificationDate: noon], ofItemAtPath: file.path)
        var environment = TestEnvironment.isolated()
        environment["TZ"] = "UTC"
        let shown = try Spawn.run([byline, "show", file.path], environment: environment, timeout: 60)
        #expect(shown.output.contains("2026-03-14 (file modified; the article gives no date)"), "\(shown.output)")
        let listed = try Spawn.run([byline, "list", folder.path], environment: environment, timeout: 60)
        #expect(listed.output.hasPrefix("2026-03-14~  Ferry timetable changes"), "\(listed.output)")
        let json = try Spawn.run([byline, "list", folder.path, "--json"], environment: environment, timeout: 60)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(entries.first?["date"] is NSNull)
        #expect(entries.first?["modified"] as? String == "2026-03-14")
    }
}
