import BylineTestSupport
import Foundation
import NewsCore
import Testing

/// Folder and file names that are not UTF-8 (a Latin-1 `café`), which a String cannot spell:
/// found, indexed, opened and shown escaped, as `find` finds them, never dropped.
@Suite struct NonUTF8PathTests {
    let byline = BuiltProducts.byline.path

    /// `caf` and byte 0xE9: "café" in Latin-1.
    static let cafe: [UInt8] = Array("caf".utf8) + [0xE9]

    /// `sub/caf\xE9/` with seven stories, and one more in `sub/` under a Latin-1 name.
    struct Scene {
        let root: URL
        var sub: URL { root.appendingPathComponent("sub") }
        var cafe: [UInt8] { RawNames.path(in: sub, NonUTF8PathTests.cafe) }
        var latinFile: [UInt8] { RawNames.path(in: sub, Array("r".utf8) + [0xE9, 0xE9] + Array("lu.txt".utf8)) }

        init() throws {
            root = Scratch.directory("non-utf8")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try RawNames.makeFolder(cafe)
            for k in 1...7 {
                try RawNames.write("Harbour story number \(k)\n\nThe dredging plan was debated again, for the \(k) time.\n",
                                   to: cafe + Array("/2026-05-0\(k)-story.txt".utf8))
            }
            try RawNames.write("Elected again\n\nThe mayor was elected again.\n", to: latinFile)
        }

        /// Runs `byline ARGUMENTS` where `{cafe}` stands for the Latin-1 folder's path.
        func run(_ arguments: [String], _ env: [String: String]) throws -> Spawn.Outcome {
            let words = arguments.map { $0 == "{cafe}" ? RawNames.shellWord(cafe) : $0 == "{file}" ? RawNames.shellWord(latinFile) : "'\($0)'" }
            return try Spawn.run(["sh", "-c", "exec \"$0\" " + words.joined(separator: " "), BuiltProducts.byline.path], environment: env, timeout: 120)
        }
    }

    @Test func aFolderWhoseNameIsNotUTF8IsIndexedAndShownEscaped() throws {
        let scene = try Scene()
        let env = TestEnvironment.isolated()
        let index = try scene.run(["index", scene.sub.path], env)
        #expect(index.status == 0, "\(index.error)")
        #expect(!index.error.contains("cannot be read") && !index.error.contains("skipped"), "\(index.error)")
        #expect(index.output.contains("8 articles indexed"), "\(index.output)")
        let list = try scene.run(["list", scene.sub.path], env)
        #expect(list.status == 0)
        #expect(list.output.split(separator: "\n").filter { $0.contains("caf<E9>/2026-05-0") }.count == 7, "\(list.output)")
        #expect(list.output.contains("r<E9><E9>lu.txt"), "\(list.output)")
        #expect(String(validating: list.outputBytes, as: UTF8.self) != nil)
        // In JSON, each byte that is not UTF-8 is the scalar U+10FF00 + byte (see PathBytes).
        let json = try scene.run(["list", scene.sub.path, "--json"], env)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let paths = Set(entries.compactMap { $0["path"] as? String })
        #expect(paths.contains("caf\u{10FFE9}/2026-05-01-story.txt"), "\(paths)")
        let search = try scene.run(["search", "dredging", scene.sub.path], env)
        #expect(search.output.contains("caf<E9>/2026-05-0"), "\(search.output)\(search.error)")
    }

    @Test func aCorpusFolderWhoseNameIsNotUTF8CanBeRead() throws {
        let scene = try Scene()
        let env = TestEnvironment.isolated()
        for command in [["list"], ["index"], ["entities"], ["search", "dredging"], ["quotes"], ["export"]] {
            let outcome = try scene.run(command + ["{cafe}"], env)
            #expect(outcome.status == 0, "byline \(command[0]) on the folder: \(outcome.error)")
            #expect(!outcome.error.contains("no such folder"), "\(outcome.error)")
        }
        let list = try scene.run(["list", "{cafe}"], env)
        #expect(list.output.split(separator: "\n").count == 7, "\(list.output)")
        // The folder, named in a message: escaped.
        let empty = try scene.run(["list", "{cafe}", "--index", scene.root.appendingPathComponent("missing/x.sqlite").path], env)
        #expect(empty.status == 1)
        let missing = try Spawn.run(["sh", "-c", "exec \"$0\" list \"$(printf '\(scene.sub.path)/nope\\351')\"", byline], environment: env, timeout: 60)
        #expect(missing.status == 1 && missing.error.contains("nope<E9>: no such folder"), "\(missing.error)")
    }

    @Test func showAndQuotesReadAFileWhoseNameIsNotUTF8() throws {
        let scene = try Scene()
        let env = TestEnvironment.isolated()
        let shown = try scene.run(["show", "{file}"], env)
        #expect(shown.status == 0, "\(shown.error)")
        #expect(shown.output.hasPrefix("Elected again"), "\(shown.output)")
        let json = try scene.run(["show", "{file}", "--json"], env)
        #expect(json.status == 0, "\(json.error)")
        let quotes = try scene.run(["quotes", "{file}"], env)
        #expect(quotes.status == 0, "\(quotes.error)")
    }
}
