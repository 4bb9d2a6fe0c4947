import Foundation

/// The real `byline` binary running inside a private tmux server, driven like a person would.
///
/// Each session has its own socket (`-L`), no user config (`-f /dev/null`), a UTF-8 locale and a
/// fixed size. Reads poll `capture-pane` until the expected text shows, never sleeping blindly.
/// The server is killed when the session ends.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    private var killed = false

    /// Starts `command` (run by `sh -c`) in a detached session of `width`×`height`.
    ///
    /// When the command ends, the pane prints `[exit N]` and stays open, so tests can read the
    /// exit status and see that the shell's screen was restored.
    ///
    /// `configuration` holds tmux commands for the server (`set -g set-clipboard on`), written
    /// to a file read at start-up; empty means no configuration at all.
    public init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:], configuration: String = "") throws {
        socket = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var configFile = "/dev/null"
        if !configuration.isEmpty {
            configFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf").path
            try Data((configuration + "\n").utf8).write(to: URL(fileURLWithPath: configFile))
        }
        var arguments = ["tmux", "-L", socket, "-f", configFile, "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        // The reader quits without waiting for a background refresh to stop, so under
        // AddressSanitizer the leak check at exit reports what that refresh still holds.
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "ASAN_OPTIONS": "detect_leaks=0"]
        env.merge(TestEnvironment.isolatedDirectories()) { _, new in new }
        env.merge(environment) { _, new in new }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append("\(command); echo \"[exit $?]\"; exec sleep 600")
        var spawnEnvironment = ProcessInfo.processInfo.environment
        spawnEnvironment["TERM"] = "xterm-256color"
        spawnEnvironment.removeValue(forKey: "TMUX")
        // The test runner may ask for plain output; the reader under test must not inherit that.
        spawnEnvironment.removeValue(forKey: "NO_COLOR")
        let result = try Spawn.run(arguments, environment: spawnEnvironment, captureOutput: false)
        guard result.status == 0 else { throw SpawnError.failed("tmux new-session (status \(result.status))") }
    }

    deinit {
        kill()
    }

    /// Runs a tmux client command against this session's server.
    @discardableResult
    public func tmux(_ arguments: [String]) -> String {
        (try? Spawn.run(["tmux", "-L", socket] + arguments).output) ?? ""
    }

    /// Sends keys by tmux name (`Enter`, `Tab`, `BTab`, `C-d`, `Escape`) or as literal text.
    public func send(_ keys: String...) {
        tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Pastes `text` as a terminal does: wrapped in bracketed-paste marks when the program has
    /// turned that mode on (tmux's `paste-buffer -p`), line feeds sent as carriage returns.
    public func paste(_ text: String) {
        tmux(["set-buffer", "-b", "byline-test-paste", "--", text])
        tmux(["paste-buffer", "-p", "-d", "-b", "byline-test-paste", "-t", "0"])
    }

    /// The screen as text (`-e` adds the colour and attribute escapes tmux sees).
    public func capture(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the last screen.
    /// (Not discardable: a wait whose outcome nobody checks lets a test pass on a screen that
    /// never came.)
    public func wait(timeout: Double = 10, escapes: Bool = false, until predicate: (String) -> Bool) -> (matched: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture(escapes: escapes)
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(50_000)
            screen = capture(escapes: escapes)
        }
        return (true, screen)
    }

    /// Waits until the screen contains `text`.
    public func wait(for text: String, timeout: Double = 10) -> (matched: Bool, screen: String) {
        wait(timeout: timeout) { $0.contains(text) }
    }

    /// Resizes the window, as a terminal emulator would when its window changes size.
    public func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The exit status the command printed, once it has ended.
    public func exitStatus(timeout: Double = 10) -> Int32? {
        let (matched, screen) = wait(timeout: timeout) { $0.contains("[exit ") }
        guard matched, let range = screen.range(of: "[exit ") else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    public func kill() {
        guard !killed else { return }
        killed = true
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"])
        try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf").path)
    }
}

/// Where the test run's built products are.
public enum BuiltProducts {
    /// The folder holding the `byline` executable of this build.
    public static var directory: URL {
        // Tests run from a bundle in the build folder, next to the executables.
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            let candidate = url.deletingLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("byline").path) {
                return candidate
            }
            url = candidate
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
    }

    public static var byline: URL { directory.appendingPathComponent("byline") }

    /// The package root, found from this source file's location.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// Environment for a test run of the binary that keeps its index, state and config in a fresh
/// temporary folder, never in the developer's own `~/.cache` or `~/.local/state`.
public enum TestEnvironment {
    public static func isolatedDirectories() -> [String: String] {
        let root = Scratch.directory("home")
        var env: [String: String] = [:]
        for (key, name) in [("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config")] {
            let url = root.appendingPathComponent(name)
            try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            env[key] = url.path
        }
        env["BYLINE_INDEX"] = ""
        return env
    }

    /// This process's environment with the isolated folders in place, for `Spawn.run`.
    public static func isolated() -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env.merge(isolatedDirectories()) { _, new in new }
        env["LANG"] = "C.UTF-8"
        return env
    }
}
