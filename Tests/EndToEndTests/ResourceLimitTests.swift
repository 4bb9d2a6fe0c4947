import BylineTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Memory and disk running out, under the limits a shell sets (`ulimit -v`, `ulimit -f`):
/// plain words and an index the next run completes, never a crash report or engine text.
///
/// A small disk is simulated with the file-size limit: writes past it fail with EFBIG, as
/// they would with ENOSPC on a full disk, and it works in any CI, as root or not, where
/// mounting a small file system does not.
@Suite(.serialized) struct ResourceLimitTests {
    let byline = BuiltProducts.byline.path

    /// AddressSanitizer reserves terabytes of address space for its shadow memory, so nothing
    /// built with it runs under `ulimit -v`.
    static let addressSpaceLimitsWork = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") == nil

    /// Runs `byline ARGUMENTS` under `limits` (shell `ulimit` options, `-v 160000`).
    func run(_ arguments: [String], limits: String = "", _ environment: [String: String], timeout: Double = 900) throws -> Spawn.Outcome {
        let words = arguments.map { "'\($0)'" }.joined(separator: " ")
        let script = (limits.isEmpty ? "" : "ulimit \(limits) && ") + "exec \"$0\" \(words)"
        let outcome = try Spawn.run(["sh", "-c", script, byline], environment: environment, timeout: timeout)
        #expect(!outcome.timedOut, "byline \(arguments.joined(separator: " ")) under ulimit \(limits) hung")
        return outcome
    }

    /// The lines of standard error other than the indexer's progress.
    static func messages(_ error: String) -> [Substring] {
        error.split(separator: "\n").filter { line in
            !["byline: scanning", "byline: indexing", "byline: linking", "byline: compacting"].contains { line.hasPrefix($0) }
        }
    }

    static func noCrashReport(_ outcome: Spawn.Outcome) -> Bool {
        !["Backtrac", "Program crashed", "Signal ", "Thread 0", "Stack dump", "Current stack trace"].contains { outcome.error.contains($0) }
    }

    /// Under `ulimit -v 200000`, indexing 2,160 articles died with SIGSEGV and a 60-line crash
    /// report (or hung in it). With two workers and 60 MB over what the binary starts in, 600
    /// articles must index; with barely enough to start, one line must say memory ran out, and
    /// the next run finishes.
    @Test(.enabled(if: addressSpaceLimitsWork)) func aMemoryLimitIsMetOrSaidInOneLine() throws {
        let root = Scratch.directory("memory-limit")
        let corpus = root.appendingPathComponent("news")
        try SyntheticCorpus.write(600, to: corpus)
        var env = TestEnvironment.isolated()
        // The same number of analysing threads on any machine (each has a stack to map).
        env["BYLINE_WORKERS"] = "2"
        let index = root.appendingPathComponent("news.sqlite").path

        // The least the binary starts in, in 4 MB steps. 60 MB above that (160 MB when this
        // test was written; the address space of the libraries linked grows) must be enough.
        var start = 40_000
        while start < 400_000, try run(["--version"], limits: "-v \(start)", env, timeout: 60).status != 0 { start += 4096 }
        let enough = max(160_000, start + 61_440)
        let fits = try run(["index", corpus.path, "--index", index], limits: "-v \(enough)", env)
        #expect(fits.status == 0, "status \(fits.status):\n\(fits.error.suffix(1500))")
        #expect(fits.output.contains("600 articles indexed"), "\(fits.output)")
        #expect(Self.noCrashReport(fits), "\(fits.error.suffix(1500))")

        // A little more than the least the binary starts in leaves too little to index.
        try FileManager.default.removeItem(atPath: index)
        let short = try run(["index", corpus.path, "--index", index], limits: "-v \(start + 12_288)", env)
        #expect(short.status == 1, "status \(short.status) at \(start + 12_288) KB:\n\(short.error.suffix(1500))")
        #expect(Self.noCrashReport(short), "\(short.error.suffix(1500))")
        let lines = Self.messages(short.error).filter { !$0.hasPrefix("Fatal error: failed to allocate") && !$0.isEmpty }
        #expect(lines.count == 1 && lines.first?.hasPrefix("byline: ran out of memory") == true, "\(short.error.suffix(1500))")
        // Whatever was committed is kept; the next run, without the limit, completes.
        let after = try run(["index", corpus.path, "--index", index], env)
        #expect(after.status == 0 && after.output.contains("600 articles indexed"), "\(after.output)\(after.error.suffix(800))")
    }

    /// A disk that fills while indexing: "SQLite error 13 …" and a megabytes-long `-wal` file
    /// left behind. Now: what failed, where and what to do, in one line; the log given back;
    /// what was committed kept, and the next run goes on.
    @Test func aFullDiskWhileIndexingIsSaidPlainlyAndCleanedUp() throws {
        let root = Scratch.directory("full-disk")
        let corpus = root.appendingPathComponent("news")
        let first = try SyntheticCorpus.write(300, to: corpus)
        let env = TestEnvironment.isolated()
        let place = root.appendingPathComponent("index")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let index = place.appendingPathComponent("news.sqlite").path

        // A first build that cannot commit a batch: nothing of it is left on the disk.
        let failed = try run(["index", corpus.path, "--index", index], limits: "-f 400", env)
        #expect(failed.status == 1, "status \(failed.status): \(failed.error)")
        let lines = Self.messages(failed.error)
        #expect(lines.count == 1, "\(failed.error)")
        #expect(lines.first?.contains("could not write the index at \(index)") == true, "\(failed.error)")
        #expect(lines.first?.contains("ulimit -f") == true, "\(failed.error)")
        #expect(!failed.error.contains("SQLite") && !failed.error.contains("error 1"), "\(failed.error)")
        #expect(Self.noCrashReport(failed))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: place.path).filter { !$0.hasSuffix(".lock") }
        #expect(leftovers == [], "left behind: \(leftovers)")

        // An index that holds the 300 stories, then 300 more that do not fit: the first 300
        // stay, and the log is given back.
        #expect(try run(["index", corpus.path, "--index", index], env).status == 0)
        try SyntheticCorpus.write(600, to: corpus, seed: 8)
        let size = try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int ?? 0
        let blocks = (size + 64 * 1024) / 512
        let full = try run(["index", corpus.path, "--index", index], limits: "-f \(blocks)", env)
        #expect(full.status == 1 && full.error.contains("could not write the index"), "\(full.error)")
        let wal = (try? FileManager.default.attributesOfItem(atPath: index + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "a \(wal)-byte log was left behind")
        let resumed = try run(["index", corpus.path, "--index", index], env)
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(resumed.output.contains("600 articles indexed") && !resumed.output.contains("600 new"), "\(resumed.output)")
        #expect(first.count == 300)
    }

    /// The reading state's disk fills during a session: "SQLite error 13" in the status line.
    /// Now the marks go on in memory and one plain sentence says so.
    @Test func aReadingStateThatStopsTakingChangesKeepsThemInMemory() throws {
        let root = Scratch.directory("state-limit")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let file = root.appendingPathComponent("reading-state.sqlite")
        let writer = BuiltProducts.directory.appendingPathComponent("byline-state-writer").path
        let out = root.appendingPathComponent("out").path
        let err = root.appendingPathComponent("err").path
        // Distinct keys, so the file and its log grow with every change until the limit stops them.
        let pid = try Spawn.start(["sh", "-c", "ulimit -f 256 && exec \"$0\" \"$1\" 0 1000000", writer, file.path], output: out, error: err)
        let noticed = { String(decoding: TestFiles.contents(atPath: err), as: UTF8.self).contains("notice after") }
        let ended = Spawn.poll(pid, until: noticed, deadline: Date().addingTimeInterval(300))
        // Still writing, in memory: a few more changes come through after the notice.
        let changes = { String(decoding: TestFiles.contents(atPath: out), as: UTF8.self).split(separator: "\n").count }
        let atNotice = changes()
        let more = ended == nil ? Spawn.poll(pid, until: { changes() > atNotice + 100 }, deadline: Date().addingTimeInterval(60)) : ended
        if more == nil { _ = Spawn.kill9(pid) }
        let error = String(decoding: TestFiles.contents(atPath: err), as: UTF8.self)
        #expect(ended == nil && more == nil, "the writer stopped (status \(String(describing: more ?? ended))): \(error)")
        #expect(error.contains("Read marks and stars cannot be saved") && error.contains("ulimit -f"), "\(error)")
        #expect(!error.contains("SQLite error"), "\(error)")
        #expect(changes() > atNotice + 100)
    }

    /// The reader starts, and keeps its marks, when the reading state cannot be written; it
    /// would not start at all ("SQLite error 10: disk I/O error - while executing `PRAGMA
    /// journal_mode = WAL`"). A read-only state folder stands in for a full disk here.
    @Test func theReaderStartsWhenTheReadingStateCannotBeWritten() throws {
        let corpus = try Fixtures.makeCorpus()
        let env = TestEnvironment.isolatedDirectories()
        for folder in ["XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"] { Unprivileged.handOver(URL(fileURLWithPath: env[folder]!)) }
        let command = Unprivileged.command([byline, corpus.path]).map { "'\($0)'" }.joined(separator: " ")
        // A first session stars the newest story.
        do {
            let tmux = try TmuxSession(command: command, environment: env)
            defer { tmux.kill() }
            var (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Harbour board backs") }
            #expect(ok, "\(screen)")
            tmux.send("*")
            (ok, screen) = tmux.wait { $0.contains("Starred") }
            #expect(ok, "\(screen)")
            tmux.send("Q")
            #expect(tmux.exitStatus() == 0)
        }
        let state = URL(fileURLWithPath: env["XDG_STATE_HOME"]!).appendingPathComponent("byline")
        chmod(state.appendingPathComponent("reading-state.sqlite").path, 0o444)
        chmod(state.path, 0o555)
        defer { chmod(state.path, 0o755) }
        let tmux = try TmuxSession(command: command, environment: env)
        defer { tmux.kill() }
        var (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Harbour board backs") && $0.contains("cannot be saved") }
        #expect(ok, "the reader did not start, or did not say the marks are not saved:\n\(screen)")
        // The star from the first session is shown, and a new one is taken.
        #expect(screen.contains("★"), "\(screen)")
        tmux.send("j", "*")
        (ok, screen) = tmux.wait { $0.contains("Starred") }
        #expect(ok, "\(screen)")
        #expect(!screen.contains("SQLite"), "\(screen)")
    }
}
