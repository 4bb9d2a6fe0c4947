import BylineTestSupport
import Foundation
import Testing

/// Every subcommand given the wrong thing: one clear line on standard error, status 1 for bad
/// input and 2 for bad usage, never a stack trace, and nothing of the user's destroyed.
@Suite struct CommandLineErrorTests {
    let byline = BuiltProducts.byline.path

    /// The subcommands that read a folder, each with what goes before the folder.
    static let folderCommands: [[String]] = [["list"], ["index"], ["search", "harbour"], ["entities"], ["mentions", "Lindqvist"], ["quotes"], ["read"]]

    /// A scratch folder holding a corpus, an empty folder, a file and a precious text file.
    struct Scene {
        let root: URL
        var corpus: URL { root.appendingPathComponent("news") }
        var empty: URL { root.appendingPathComponent("empty") }
        var file: URL { root.appendingPathComponent("news/port/2026-05-02-harbour-vote.txt") }
        var notes: URL { root.appendingPathComponent("notes.txt") }
        static let notesText = "precious notes\n"

        init() throws {
            let corpus = try Fixtures.makeCorpus()
            root = corpus.deletingLastPathComponent().appendingPathComponent("byline-errors-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: corpus, to: root.appendingPathComponent("news"))
            try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
            try Data(Self.notesText.utf8).write(to: root.appendingPathComponent("notes.txt"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The lines a command wrote to standard error, without the indexer's progress lines.
    static func messages(_ error: String) -> [Substring] {
        error.split(separator: "\n").filter { line in
            !["byline: scanning", "byline: finished", "byline: indexing", "byline: linking", "byline: compacting"].contains { line.hasPrefix($0) }
        }
    }

    func check(_ arguments: [String], status: Int32, saying phrase: String, _ scene: Scene) throws {
        let outcome = try Spawn.run([byline] + arguments, environment: TestEnvironment.isolated(), timeout: 120)
        let name = "byline " + arguments.joined(separator: " ")
        #expect(!outcome.timedOut, "\(name) hung")
        #expect(outcome.status == status, "\(name): status \(outcome.status)\n\(outcome.error)")
        let lines = Self.messages(outcome.error)
        if status == 1 {
            #expect(lines.count == 1, "\(name) should say one line:\n\(outcome.error)")
        }
        #expect(lines.first?.hasPrefix(status == 1 ? "byline: " : "Error: ") == true, "\(name):\n\(outcome.error)")
        #expect(outcome.error.contains(phrase), "\(name) does not say '\(phrase)':\n\(outcome.error)")
        for crash in ["Fatal error", "Stack dump", "Backtrace", "💣", "Thread 0", "at /"] {
            #expect(!outcome.error.contains(crash), "\(name) crashed:\n\(outcome.error)")
        }
        #expect(try String(contentsOf: scene.notes, encoding: .utf8) == Scene.notesText, "\(name) damaged notes.txt")
    }

    @Test(arguments: folderCommands)
    func aMissingFolderAFileAndAnEmptyFolder(command: [String]) throws {
        let scene = try Scene()
        defer { scene.remove() }
        try check(command + [scene.root.appendingPathComponent("missing").path], status: 1, saying: "no such folder", scene)
        if command != ["quotes"] {  // quotes takes one article file as well as a folder
            try check(command + [scene.file.path], status: 1, saying: "is a file, not a folder", scene)
        }
        try check(command + [scene.empty.path], status: 1, saying: "no articles", scene)
    }

    @Test(arguments: folderCommands)
    func anIndexLocationThatCannotBeUsed(command: [String]) throws {
        let scene = try Scene()
        defer { scene.remove() }
        let corpus = scene.corpus.path
        try check(command + [corpus, "--index", "/proc/nope/x.sqlite"], status: 1, saying: "cannot use index location", scene)
        try check(command + [corpus, "--index", scene.notes.appendingPathComponent("x.sqlite").path], status: 1,
                  saying: "notes.txt is a file, not a folder", scene)
        try check(command + [corpus, "--index", scene.notes.path], status: 1, saying: "will not overwrite", scene)
    }

    @Test func showAndQuotesOfOneFile() throws {
        let scene = try Scene()
        defer { scene.remove() }
        let binary = scene.root.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: binary)
        for command in [["show"], ["show", "--json"], ["quotes"]] {
            try check(command + [scene.root.appendingPathComponent("missing.txt").path], status: 1, saying: "no such", scene)
            try check(command + [binary.path], status: 1, saying: "looks binary", scene)
        }
        try check(["show", scene.corpus.path], status: 1, saying: "it is a folder", scene)
        // A FIFO named like an article: refused at once, not read forever.
        let pipe = scene.root.appendingPathComponent("pipe.txt")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        try check(["show", pipe.path], status: 1, saying: "a pipe", scene)
        try check(["quotes", pipe.path], status: 1, saying: "a pipe", scene)
    }

    @Test func usageErrorsExitTwo() throws {
        let scene = try Scene()
        defer { scene.remove() }
        let corpus = scene.corpus.path
        try check(["list", corpus, "--bogus"], status: 2, saying: "Unknown option", scene)
        try check(["search"], status: 2, saying: "Missing expected argument", scene)
        try check(["search", "harbour", corpus, "--limit", "0"], status: 2, saying: "--limit", scene)
        try check(["entities", corpus, "--type", "planet"], status: 2, saying: "planet", scene)
        try check(["show"], status: 2, saying: "Missing expected argument", scene)
        try check(["mentions"], status: 2, saying: "Missing expected argument", scene)
    }

    /// Every `--limit` takes only a positive whole number, with the same words: `entities
    /// --limit=-5` printed everything, `--limit=0` nothing (and exit 0), `mentions --limit=-1`
    /// one mention.
    @Test func everyLimitTakesOnlyAPositiveNumber() throws {
        let scene = try Scene()
        defer { scene.remove() }
        let corpus = scene.corpus.path
        var messages: Set<String> = []
        for command in [["search", "harbour"], ["entities"], ["mentions", "Lindqvist"]] {
            for value in ["0", "-1", "-5", "x", "1.5"] {
                let arguments = command + [corpus, "--limit=\(value)"]
                try check(arguments, status: 2, saying: "--limit", scene)
                let outcome = try Spawn.run([byline] + arguments, environment: TestEnvironment.isolated(), timeout: 60)
                #expect(outcome.output.isEmpty, "byline \(arguments.joined(separator: " ")) printed \(outcome.output)")
                if let first = outcome.error.split(separator: "\n").first {
                    messages.insert(first.replacingOccurrences(of: "'\(value)'", with: "'N'"))
                }
            }
            let one = try Spawn.run([byline] + command + [corpus, "--limit", "1", "--json"], environment: TestEnvironment.isolated(), timeout: 60)
            #expect(one.status == 0, "\(command[0]) --limit 1: \(one.error)")
        }
        #expect(messages.count == 1, "different messages: \(messages.sorted())")
    }
}
