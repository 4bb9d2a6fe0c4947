import CNcurses
import Foundation
import Synchronization

/// Whether curses owns the terminal, read by the crash handler.
private let cursesOwnsTerminal = Atomic<Bool>(false)

/// The C library's signal disposition record (named apart from the `sigaction` function).
private typealias SignalAction = sigaction

/// The handlers in place before ours (the Swift runtime's backtracer, or the defaults), by
/// signal number. Written once, before any handler is installed; only read afterwards, which
/// a signal handler may do.
nonisolated(unsafe) private var previousActions = [SignalAction](repeating: SignalAction(), count: 65)

/// Gives the terminal back when the program dies without asking: a crash (SIGSEGV, SIGBUS,
/// SIGILL, SIGTRAP, SIGFPE, SIGABRT from a failed check), Ctrl-\ (SIGQUIT), or `exit` called
/// from anywhere while the reader is drawing.
///
/// Otherwise the shell is left on the reader's alternate screen with echo and line editing off
/// and the cursor hidden. The handler leaves curses mode (`endwin` is not async-signal-safe,
/// but the process is dying and the terminal is all that matters now), puts back the handler
/// that was there before and raises the signal again, so the runtime's crash report and the
/// exit status are what they would have been.
enum CrashSignals {
    static let handled: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT]
    private static let installed = Mutex<Bool>(false)

    /// Installs the handlers once per process; `active` says whether they act.
    static func install() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            for signal in handled {
                var old = SignalAction()
                sigaction(signal, nil, &old)
                previousActions[Int(signal)] = old
                var action = SignalAction()
                #if os(Linux)
                action.__sigaction_handler.sa_handler = restoreTerminalAndDie
                #else
                action.__sigaction_u.__sa_handler = restoreTerminalAndDie
                #endif
                sigemptyset(&action.sa_mask)
                action.sa_flags = Int32(SA_ONSTACK)
                sigaction(signal, &action, nil)
            }
            atexit {
                if cursesOwnsTerminal.exchange(false, ordering: .relaxed) { endwin() }
            }
        }
    }

    /// Whether curses owns the terminal now (between `newterm` and `endwin`).
    static func setActive(_ active: Bool) {
        cursesOwnsTerminal.store(active, ordering: .relaxed)
    }
}

private func restoreTerminalAndDie(_ signal: Int32) {
    if cursesOwnsTerminal.exchange(false, ordering: .relaxed) {
        endwin()
    }
    var previous = previousActions[Int(signal)]
    sigaction(signal, &previous, nil)
    // Pending until this handler returns, then delivered to the previous handler; a fault
    // (SIGSEGV from a bad access) would also simply happen again.
    raise(signal)
}
