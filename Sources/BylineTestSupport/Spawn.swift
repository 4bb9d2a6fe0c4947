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
    /// The outcome of a finished child.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `arguments` to completion, returning its exit status and standard output.
    ///
    /// With `captureOutput` false, output goes to /dev/null and nothing waits on a pipe, which is
    /// what a command that leaves a daemon behind (`tmux new-session -d`) needs.
    @discardableResult
    public static func run(_ arguments: [String], environment: [String: String]? = nil, captureOutput: Bool = true) throws -> Result {
        var pipe: [Int32] = [-1, -1]
        if captureOutput {
            guard Glibc.pipe(&pipe) == 0 else { throw SpawnError.failed("pipe") }
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
                posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
            }
        }
        if captureOutput { close(pipe[1]) }
        guard status == 0 else {
            if captureOutput { close(pipe[0]) }
            throw SpawnError.failed("\(arguments[0]): \(String(cString: strerror(status)))")
        }
        var output = Data()
        if captureOutput {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(pipe[0], &chunk, chunk.count)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                output.append(contentsOf: chunk[0..<n])
            }
            close(pipe[0])
        }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        let code = (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
        return Result(status: code, output: String(decoding: output, as: UTF8.self))
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// A child process that could not be started.
public enum SpawnError: Error, CustomStringConvertible {
    case failed(String)

    public var description: String {
        switch self {
        case .failed(let what): return "could not start \(what)"
        }
    }
}
