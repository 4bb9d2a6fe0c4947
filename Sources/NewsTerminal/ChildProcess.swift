import Foundation

/// Running another program from the reader: the editor, a pipe command, the browser, a
/// clipboard tool.
///
/// Started with `posix_spawnp`, its signal mask cleared and the signals the reader handles
/// back at their defaults, so Ctrl-C stops the child as it would in a shell. A child given the
/// terminal runs with SIGINT and SIGQUIT ignored in the reader meanwhile (as `system` does):
/// the terminal sends them to both, and the reader must not quit because `less` did.
enum ChildProcess {
    /// Where the child's standard input comes from.
    enum Input {
        /// The terminal, as the reader has it.
        case terminal
        /// These bytes, through a temporary file (no pipe to fill, no SIGPIPE if it never reads).
        case bytes(Data)
        case null
    }

    /// Why a child did not run to an exit status.
    enum Failure: Error, Equatable {
        /// `posix_spawnp` failed: the program is missing or cannot be run (an errno).
        case spawn(Int32)
        /// It was still running at the deadline and was killed.
        case timedOut
        /// The input could not be written to a temporary file.
        case input(String)

        var description: String {
            switch self {
            case .spawn(let code): return String(cString: strerror(code))
            case .timedOut: return "it did not finish in time"
            case .input(let reason): return reason
            }
        }
    }

    /// Runs `arguments` to its end and returns its exit status (128 + n when killed by signal n).
    ///
    /// - Parameters:
    ///   - terminal: the child's output goes to the terminal (and its input, with `.terminal`);
    ///     otherwise both go to /dev/null.
    ///   - timeout: seconds after which a child without the terminal is killed.
    static func run(
        _ arguments: [String], input: Input, terminal: Bool, environment: [String: String], timeout: Double? = nil
    ) -> Result<Int32, Failure> {
        var inputFile: String? = nil
        if case .bytes(let data) = input {
            let path = NSTemporaryDirectory() + "byline-\(getpid())-\(UUID().uuidString.prefix(8))"
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                return .failure(.input("cannot write a temporary file in \(NSTemporaryDirectory())"))
            }
            inputFile = path
        }
        defer { if let inputFile { unlink(inputFile) } }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        switch input {
        case .terminal: break
        case .bytes: posix_spawn_file_actions_addopen(&actions, 0, inputFile!, O_RDONLY, 0)
        case .null: posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        if !terminal {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let ignored = terminal ? IgnoredSignals([SIGINT, SIGQUIT]) : nil
        defer { ignored?.restore() }
        var pid: pid_t = 0
        let env = environment.map { "\($0.key)=\($0.value)" }
        let status = withCStrings(arguments) { argv in
            withCStrings(env) { envp in posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp) }
        }
        guard status == 0 else { return .failure(.spawn(status)) }
        if let timeout, !terminal {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if let code = poll(pid) { return .success(code) }
                usleep(5_000)
            }
            kill(pid, SIGKILL)
            _ = wait(pid)
            return .failure(.timedOut)
        }
        return .success(wait(pid))
    }

    /// The executable file `name` names in the first of `PATH`'s folders that holds one (the
    /// environment the child gets, which `posix_spawnp` would not search).
    static func find(_ name: String, environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { String($0) + "/" + name }.first { access($0, X_OK) == 0 }
    }

    /// `value` quoted for the shell: in single quotes, its own single quotes spelled `'\''`.
    static func shellQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func poll(_ pid: pid_t) -> Int32? {
        var exit: Int32 = 0
        let result = waitpid(pid, &exit, WNOHANG)
        return result == pid ? decode(exit) : nil
    }

    private static func wait(_ pid: pid_t) -> Int32 {
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        return decode(exit)
    }

    private static func decode(_ exit: Int32) -> Int32 {
        (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// Signals set to be ignored until `restore` puts back what was there.
private struct IgnoredSignals {
    private var saved: [(Int32, sigaction)] = []

    init(_ signals: [Int32]) {
        for number in signals {
            var ignore = sigaction()
            #if os(Linux)
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            #else
            ignore.__sigaction_u.__sa_handler = SIG_IGN
            #endif
            sigemptyset(&ignore.sa_mask)
            var old = sigaction()
            sigaction(number, &ignore, &old)
            saved.append((number, old))
        }
    }

    func restore() {
        for (number, old) in saved {
            var action = old
            sigaction(number, &action, nil)
        }
    }
}
