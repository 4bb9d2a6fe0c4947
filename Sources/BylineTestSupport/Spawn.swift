import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starting child processes with `posix_spawn`, for the end-to-end tests.
///
/// Foundation's `Process` can hang on Linux when the child (tmux) leaves a daemon holding its
/// pipes, and it passes on the test runner's blocked signals, so the reader would never see
/// SIGWINCH. Spawning directly fixes both: the signal mask is cleared and defaults restored.
public enum Spawn {
    /// Held while a pipe is made and marked close-on-exec, and while a child is spawned, so no
    /// child inherits a pipe in between.
    private static let descriptors = NSLock()

    /// Runs `body` while no child can be spawned (see `descriptors`).
    static func holdingDescriptors<T>(_ body: () -> T) -> T {
        descriptors.withLock(body)
    }

    /// The outcome of a finished child.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `arguments` to completion, returning its exit status and standard output.
    ///
    /// With `captureOutput` false, output goes to /dev/null and nothing waits on a pipe, which is
    /// what a command that leaves a daemon behind (`tmux new-session -d`) needs.
    ///
    /// A child still running after `timeout` seconds is killed and the call throws
    /// `SpawnError.timedOut`, so a hang fails one test by name instead of stalling the whole run.
    @discardableResult
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, captureOutput: Bool = true, timeout: Double = 600
    ) throws -> Result {
        var pipe: [Int32] = [-1, -1]
        // Close-on-exec, set under the lock every spawn takes (Glibc offers no pipe2): tests run
        // in parallel, and a write end inherited by another test's child (a tmux server lives for
        // the whole test) would keep this read from ever ending.
        if captureOutput {
            let made = descriptors.withLock {
                Glibc.pipe(&pipe) == 0 && fcntl(pipe[0], F_SETFD, FD_CLOEXEC) == 0 && fcntl(pipe[1], F_SETFD, FD_CLOEXEC) == 0
            }
            guard made else { throw SpawnError.failed("pipe") }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
            posix_spawn_file_actions_addclose(&actions, pipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let (pid, status) = spawn(arguments, environment: environment, actions: &actions)
        if captureOutput { close(pipe[1]) }
        guard status == 0 else {
            if captureOutput { close(pipe[0]) }
            throw SpawnError.failed("\(arguments[0]): \(String(cString: strerror(status)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var output = Data()
        if captureOutput {
            defer { close(pipe[0]) }
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                var ready = pollfd(fd: pipe[0], events: Int16(POLLIN), revents: 0)
                let left = deadline.timeIntervalSinceNow
                guard left > 0 else { throw timedOut(pid, arguments, timeout) }
                let polled = Glibc.poll(&ready, 1, Int32(min(left, 1) * 1000))
                if polled < 0, errno == EINTR { continue }
                if polled == 0 { continue }
                let n = read(pipe[0], &chunk, chunk.count)
                if n < 0, errno == EINTR || errno == EAGAIN { continue }
                if n <= 0 { break }
                output.append(contentsOf: chunk[0..<n])
            }
        }
        while true {
            if let status = poll(pid) { return Result(status: status, output: String(decoding: output, as: UTF8.self)) }
            guard Date() < deadline else { throw timedOut(pid, arguments, timeout) }
            usleep(1000)
        }
    }

    /// Kills a child that outlived its deadline and names it in the error thrown.
    private static func timedOut(_ pid: pid_t, _ arguments: [String], _ timeout: Double) -> SpawnError {
        _ = kill9(pid)
        return .timedOut("\(arguments.joined(separator: " ")) (after \(Int(timeout)) s)")
    }

    fileprivate static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

extension Spawn {
    /// The outcome of a child run with `run(_:environment:timeout:)`.
    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        /// What the child wrote to standard error.
        public var error: String
        /// The child was still running at the deadline and was killed (status 137).
        public var timedOut: Bool
        /// Standard output and standard error as the bytes written, for checks that decoding
        /// them (which replaces bytes that are not UTF-8) would hide.
        public var outputBytes: [UInt8]
        public var errorBytes: [UInt8]
    }

    /// Runs `arguments` to completion with standard output and standard error captured apart,
    /// killing the child if it outlives `timeout` seconds: a hang fails the test instead of
    /// stalling the run. Output goes through temporary files, so no pipe can fill and block.
    public static func run(_ arguments: [String], environment: [String: String]?, timeout: Double) throws -> Outcome {
        let directory = Scratch.directory("spawn")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out").path
        let err = directory.appendingPathComponent("err").path
        let pid = try start(arguments, environment: environment, output: out, error: err)
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        var status: Int32? = nil
        while status == nil {
            status = poll(pid)
            if status != nil { break }
            if Date() > deadline {
                kill(pid, SIGKILL)
                timedOut = true
                status = wait(pid)
                break
            }
            usleep(10_000)
        }
        let outBytes = [UInt8](TestFiles.contents(atPath: out))
        let errBytes = [UInt8](TestFiles.contents(atPath: err))
        return Outcome(status: status ?? -1, output: String(decoding: outBytes, as: UTF8.self), error: String(decoding: errBytes, as: UTF8.self),
                       timedOut: timedOut, outputBytes: outBytes, errorBytes: errBytes)
    }

    /// Starts `arguments` in the background with its output in files (or /dev/null) and
    /// returns its process id; `poll`, `wait` and `kill` manage it.
    public static func start(_ arguments: [String], environment: [String: String]? = nil, output: String = "/dev/null", error: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let (pid, status) = spawn(arguments, environment: environment, actions: &actions)
        guard status == 0 else { throw SpawnError.failed("\(arguments[0]): \(String(cString: strerror(status)))") }
        return pid
    }

    /// Starts `arguments` with `actions` arranging its descriptors: no signal blocked, and the
    /// ones the test runner or a terminal may have changed back at their defaults. Returns the
    /// child's id and `posix_spawnp`'s result (0 when it started).
    private static func spawn(_ arguments: [String], environment: [String: String]?, actions: inout posix_spawn_file_actions_t) -> (pid_t, Int32) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(env) { envp in
                descriptors.withLock { posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp) }
            }
        }
        return (pid, status)
    }

    /// The exit status of a started child if it has ended (128 + n when killed by signal n).
    public static func poll(_ pid: pid_t) -> Int32? {
        var exit: Int32 = 0
        let result = waitpid(pid, &exit, WNOHANG)
        guard result == pid else { return nil }
        return decode(exit)
    }

    /// Polls a started child until `done()` holds, the child ends or `deadline` passes; returns
    /// the child's exit status if it ended (and so was reaped: it must not be signalled then,
    /// its process id may already belong to another process).
    public static func poll(_ pid: pid_t, until done: () -> Bool, deadline: Date, every microseconds: UInt32 = 1000) -> Int32? {
        while !done(), Date() < deadline {
            if let status = poll(pid) { return status }
            usleep(microseconds)
        }
        return poll(pid)
    }

    /// Kills a started child that has not been reaped with SIGKILL and returns its exit status.
    public static func kill9(_ pid: pid_t) -> Int32 {
        kill(pid, SIGKILL)
        return wait(pid)
    }

    /// Waits for a started child to end and returns its exit status.
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        return decode(exit)
    }

    private static func decode(_ exit: Int32) -> Int32 {
        (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
    }
}

/// A child process that could not be started, or that had to be killed.
public enum SpawnError: Error, CustomStringConvertible {
    case failed(String)
    /// The child was still running at its deadline and was killed.
    case timedOut(String)

    public var description: String {
        switch self {
        case .failed(let what): return "could not start \(what)"
        case .timedOut(let what): return "killed, still running at its deadline: \(what)"
        }
    }
}

/// Reading small files in tests, and writing the scripts they run.
public enum TestFiles {
    /// Writes `text` to a new executable file at `path`.
    ///
    /// Through a close-on-exec descriptor, and while no `Spawn` child can start: a child
    /// spawned meanwhile would otherwise inherit the file open for writing, and running it
    /// would then fail with "Text file busy" (status 126) for as long as that child lived
    /// (a tmux server lives for a whole test).
    public static func writeExecutable(_ text: String, to path: String) throws {
        let bytes = Array(text.utf8)
        let written: Bool = Spawn.holdingDescriptors {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            return bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
        }
        guard written else { throw SpawnError.failed("writing \(path): \(String(cString: strerror(errno)))") }
    }

    /// The bytes of a file, or none if it cannot be read. Foundation's readers leak a buffer for
    /// every empty file (LeakSanitizer reports it under `swift test --sanitize=address`), and
    /// the files tests read (a child's output) are often empty; this reads with plain `read`.
    public static func contents(atPath path: String) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return Data() }
        defer { close(fd) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return data
    }
}
