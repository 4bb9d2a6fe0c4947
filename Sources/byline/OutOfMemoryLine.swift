import Foundation
import NewsStore

/// The C library's signal disposition record (named apart from the `sigaction` function).
private typealias SignalAction = sigaction

/// Prepared by `OutOfMemoryLine.install` before any handler can run; only read afterwards.
nonisolated(unsafe) private var previousActions = [SignalAction](repeating: SignalAction(), count: 65)
nonisolated(unsafe) private var line: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
nonisolated(unsafe) private var statm: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
/// The number of pages past which a crash is taken for memory running out.
nonisolated(unsafe) private var exhaustedPages = Int.max

/// One line instead of a crash report when memory runs out under a limit (`ulimit -v`).
///
/// The indexer sizes its work to fit under the limit (`MemoryLimit`, `RefreshPlan`), but Swift
/// cannot catch a failed allocation: it traps, and the runtime's crash reporter, itself short of
/// memory, printed a 60-line backtrace, crashed on `strlen(NULL)` or hung. When a limit is set,
/// these handlers look at how much of it the process had mapped when it crashed; near the
/// limit, they write one line saying memory ran out and exit 1 (what the refresh committed is
/// kept, batch by batch, so the next run goes on from there). Otherwise they put back the
/// handler that was there before and raise the signal again, so a real crash is reported as
/// it would have been. Only system calls run in the handler: no allocation, no locks.
enum OutOfMemoryLine {
    static let handled: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT]

    static func install() {
        guard let limit = MemoryLimit.limit else { return }
        let text = Array("\nbyline: ran out of memory (the limit is \(limit >> 20) MB, ulimit -v); what was indexed is kept, and the next run goes on from there\n".utf8)
        line = .allocate(capacity: text.count)
        _ = line.initialize(from: text)
        statm = .allocate(capacity: 64)
        statm.initialize(repeating: 0)
        // Within an eighth of the limit (at least 16 MB) of the end: an allocation that failed.
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        exhaustedPages = (limit - max(16 << 20, limit / 8)) / pageSize
        for signal in handled {
            var old = SignalAction()
            sigaction(signal, nil, &old)
            previousActions[Int(signal)] = old
            var action = SignalAction()
            action.__sigaction_handler.sa_handler = reportOrPassOn
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}

/// The signal handler: one line and exit 1 near the limit, else the previous handler.
private func reportOrPassOn(_ signal: Int32) {
    if mappedPages() >= exhaustedPages {
        _ = write(STDERR_FILENO, line.baseAddress, line.count)
        _exit(1)
    }
    sigaction(signal, &previousActions[Int(signal)], nil)
    raise(signal)
}

/// The pages the process has mapped (the first field of /proc/self/statm), read with plain
/// system calls into the buffer prepared at install; 0 when it cannot be read.
private func mappedPages() -> Int {
    let fd = open("/proc/self/statm", O_RDONLY)
    guard fd >= 0 else { return 0 }
    let n = read(fd, statm.baseAddress, statm.count)
    close(fd)
    var pages = 0
    var i = 0
    while i < n, statm[i] >= UInt8(ascii: "0"), statm[i] <= UInt8(ascii: "9") {
        pages = pages * 10 + Int(statm[i] - UInt8(ascii: "0"))
        i += 1
    }
    return pages
}
