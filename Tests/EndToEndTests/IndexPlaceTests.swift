import BylineTestSupport
import Foundation
import Testing

/// `--index` and `BYLINE_INDEX` pointed somewhere odd: a FIFO, a folder that does not exist, a
/// file that is not an index, an index nobody may write. A clear line or an answer, never a
/// hang, a new folder or a lost file.
@Suite struct IndexPlaceTests {
    let byline = BuiltProducts.byline.path

    /// The subcommands that read a folder through its index, each with what goes before it.
    static let commands: [[String]] = [["list"], ["index"], ["search", "harbour"], ["entities"], ["mentions", "Lindqvist"], ["quotes"], ["export"]]

    func run(_ arguments: [String], _ environment: [String: String] = TestEnvironment.isolated()) throws -> Spawn.Outcome {
        let outcome = try Spawn.run(arguments, environment: environment, timeout: 60)
        #expect(!outcome.timedOut, "\(arguments.joined(separator: " ")) hung")
        return outcome
    }

    @Test func aFIFOIsRefusedBeforeItIsOpened() throws {
        let corpus = try Fixtures.makeCorpus()
        let fifo = Scratch.directory("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for command in Self.commands {
            let outcome = try run([byline] + command + [corpus.path, "--index", fifo.path])
            #expect(outcome.status == 1, "\(command[0]): \(outcome.error)")
            #expect(outcome.error.contains("cannot use index location") && outcome.error.contains("a pipe"), "\(outcome.error)")
        }
        var env = TestEnvironment.isolated()
        env["BYLINE_INDEX"] = fifo.path
        let outcome = try run([byline, "list", corpus.path], env)
        #expect(outcome.status == 1 && outcome.error.contains("a pipe"), "\(outcome.error)")
    }

    @Test func onlyTheCacheFolderIsEverCreated() throws {
        let corpus = try Fixtures.makeCorpus()
        let place = Scratch.directory("no-such-folder")
        let missing = place.appendingPathComponent("deeper/x.sqlite")
        for command in Self.commands {
            let outcome = try run([byline] + command + [corpus.path, "--index", missing.path])
            #expect(outcome.status == 1, "\(command[0]): \(outcome.error)")
            #expect(outcome.error.contains("no such folder"), "\(outcome.error)")
            #expect(!FileManager.default.fileExists(atPath: place.path), "\(command[0]) created \(place.path)")
        }
        var env = TestEnvironment.isolated()
        env["BYLINE_INDEX"] = missing.path
        #expect(try run([byline, "list", corpus.path], env).status == 1)
        #expect(!FileManager.default.fileExists(atPath: place.path))
        // Byline's own cache folder is made when missing, the folders above it with it.
        env = TestEnvironment.isolated()
        env["XDG_CACHE_HOME"] = Scratch.directory("fresh-cache").appendingPathComponent("below").path
        let listed = try run([byline, "list", corpus.path], env)
        #expect(listed.status == 0, "\(listed.error)")
        #expect(FileManager.default.fileExists(atPath: env["XDG_CACHE_HOME"]! + "/byline"))
    }

    /// A file of one byte was taken by SQLite for an empty database and overwritten.
    @Test(arguments: [1, 2, 99, 100, 4096])
    func aSmallFileThatIsNotAnIndexIsNeverOverwritten(size: Int) throws {
        let corpus = try Fixtures.makeCorpus()
        let place = Scratch.directory("small-file")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let file = place.appendingPathComponent("notes")
        let contents = Data((0..<size).map { UInt8(ascii: "a") + UInt8($0 % 26) })
        try contents.write(to: file)
        for command in Self.commands + [["index", "--rebuild"]] {
            let outcome = try run([byline] + command + [corpus.path, "--index", file.path])
            #expect(outcome.status == 1, "\(command.joined(separator: " ")): \(outcome.error)")
            #expect(outcome.error.contains("will not overwrite"), "\(outcome.error)")
            #expect(TestFiles.contents(atPath: file.path) == contents, "\(command[0]) changed the file")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.path).filter { !$0.hasSuffix(".lock") } == ["notes"])
    }

    /// An index of mode 444 in a folder of mode 555: answered from as it is, with one line
    /// saying it could not be refreshed.
    @Test func aReadOnlyIndexIsReadAsItIs() throws {
        let corpus = try Fixtures.makeCorpus()
        let place = Scratch.directory("read-only")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let file = place.appendingPathComponent("news.sqlite")
        let env = TestEnvironment.isolated()
        #expect(try run([byline, "index", corpus.path, "--index", file.path], env).status == 0)
        chmod(file.path, 0o444)
        chmod(place.path, 0o555)
        defer { chmod(place.path, 0o755) }
        let before = try FileManager.default.contentsOfDirectory(atPath: place.path).sorted()
        let probe = try run(Unprivileged.command([byline, "--version"]), env)
        try #require(probe.status == 0, "the binary cannot be run without privileges: \(probe.error)")
        let answers: [([String], String)] = [
            (["list"], "Harbour board backs"), (["search", "dredging"], "harbour-vote.txt"), (["entities"], "Lindqvist"),
            (["mentions", "Lindqvist"], "harbour-vote.txt"), (["quotes"], "harbour-vote.txt"), (["export"], "\"path\""),
        ]
        for (command, expected) in answers {
            let outcome = try run(Unprivileged.command([byline] + command + [corpus.path, "--index", file.path]), env)
            #expect(outcome.status == 0, "\(command[0]): \(outcome.error)")
            #expect(outcome.output.contains(expected), "\(command[0]): \(outcome.output)")
            let lines = outcome.error.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("could not be refreshed"), "\(command[0]): \(outcome.error)")
        }
        let index = try run(Unprivileged.command([byline, "index", corpus.path, "--index", file.path]), env)
        #expect(index.status == 1 && index.error.contains("read-only"), "\(index.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.path).sorted() == before)
    }

    /// The reader opens a read-only index too, and says in its status line that it is not refreshed.
    @Test func theReaderReadsAReadOnlyIndex() throws {
        let corpus = try Fixtures.makeCorpus()
        let place = Scratch.directory("read-only-reader")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let file = place.appendingPathComponent("news.sqlite")
        var directories = TestEnvironment.isolatedDirectories()
        var env = TestEnvironment.isolated()
        env.merge(directories) { _, new in new }
        #expect(try run([byline, "index", corpus.path, "--index", file.path], env).status == 0)
        chmod(file.path, 0o444)
        chmod(place.path, 0o555)
        defer { chmod(place.path, 0o755) }
        // The reading state is the user's own, and writable.
        let state = Scratch.directory("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        Unprivileged.handOver(state)
        directories["XDG_STATE_HOME"] = state.path
        let command = Unprivileged.command([byline, "--index", file.path, corpus.path]).map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(command: command, environment: directories)
        defer { tmux.kill() }
        let (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Harbour board backs") && $0.contains("not refreshed") }
        #expect(ok, "the reader did not show the read-only index:\n\(screen)")
    }
}
