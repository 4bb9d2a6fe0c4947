import BylineTestSupport
import Foundation
import Testing

/// What `show` says about how it read a file: the analysis limit of a long file, and a date
/// that is no day of the calendar, in text and in JSON.
@Suite struct ShowWarningTests {
    let byline = BuiltProducts.byline.path

    func write(_ text: String, named name: String) throws -> URL {
        let folder = Scratch.directory("show-warnings")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func json(_ outcome: Spawn.Outcome) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any], "\(outcome.error)")
    }

    /// A file of 150,000 characters: only the first 100,000 are analysed, and `show --json`
    /// said `"warnings": []`.
    @Test func aLongFileSaysOnlyItsBeginningIsAnalysed() throws {
        let paragraph = "The harbour board met again on Tuesday to discuss the dredging plan for the channel.\n\n"
        let url = try write("Long minutes of the harbour board\n\n" + String(repeating: paragraph, count: 1_800), named: "long.txt")
        let env = TestEnvironment.isolated()
        let object = try json(try Spawn.run([byline, "show", "--json", url.path], environment: env, timeout: 120))
        let warnings = object["warnings"] as? [String] ?? []
        #expect(warnings.contains { $0.contains("names and quotations are looked for in the first 100,000") }, "\(warnings)")
        let text = try Spawn.run([byline, "show", url.path], environment: env, timeout: 120)
        #expect(text.status == 0 && text.error.contains("looked for in the first 100,000"), "\(text.error)")
    }

    /// `date: 2026-02-30` was taken as written, and the reader showed "Feb 30".
    @Test func aDateThatIsNoDayIsSaidAndDropped() throws {
        let env = TestEnvironment.isolated()
        let undated = try write("---\ndate: 2026-02-30\n---\nFerry timetable changes\n\nThe ferry will leave later.\n", named: "ferry.txt")
        var outcome = try Spawn.run([byline, "show", "--json", undated.path], environment: env, timeout: 60)
        var object = try json(outcome)
        #expect(object["date"] is NSNull, "\(String(describing: object["date"]))")
        #expect((object["warnings"] as? [String] ?? []).contains { $0.contains("2026-02-30") && $0.contains("not a day") })
        outcome = try Spawn.run([byline, "show", undated.path], environment: env, timeout: 60)
        #expect(outcome.error.contains("“2026-02-30” is not a day of the calendar"), "\(outcome.error)")
        #expect(!outcome.output.contains("2026-02-30"), "\(outcome.output)")
        // As for a missing date: the file name's date stands in.
        let named = try write("---\ndate: 2025-02-29\n---\nFerry timetable changes\n\nThe ferry will leave later.\n", named: "2025-03-01-ferry.txt")
        object = try json(try Spawn.run([byline, "show", "--json", named.path], environment: env, timeout: 60))
        #expect(object["date"] as? String == "2025-03-01")
        // The list, from the index, shows no such day either.
        let list = try Spawn.run([byline, "list", named.deletingLastPathComponent().path], environment: env, timeout: 60)
        #expect(list.status == 0 && list.output.hasPrefix("2025-03-01 ") && list.output.contains(" Ferry timetable changes"), "\(list.output)")
        #expect(list.error.contains("2025-02-29"), "the index does not warn: \(list.error)")
    }
}
