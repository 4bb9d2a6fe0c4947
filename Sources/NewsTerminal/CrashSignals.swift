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

/// What the crash handler needs to give the terminal back, prepared while nothing is wrong:
/// the bytes that leave the reader's screen modes, and the terminal's modes from before curses.
private struct TerminalRestore {
    /// Written to the terminal as they are (allocated once, never freed).
    var bytes: UnsafeMutablePointer<UInt8>? = nil
    var capacity = 0
    var count = 0
    /// The line discipline's modes (echo, line editing) the shell had.
    var modes = termios()
    var hasModes = false
}

/// Written by `CrashSignals.activate` while no handler can act (`cursesOwnsTerminal` false),
/// only read by the handler afterwards.
nonisolated(unsafe) private var terminalRestore = TerminalRestore()

/// Gives the terminal back when the program dies without asking: a crash (SIGSEGV, SIGBUS,
/// SIGILL, SIGTRAP, SIGFPE, SIGABRT from a failed check), Ctrl-\ (SIGQUIT), or `exit` called
/// from anywhere while the reader is drawing.
///
/// Otherwise the shell is left on the reader's alternate screen with echo and line editing off
/// and the cursor hidden. `endwin` would put all that back, but it is not async-signal-safe:
/// after heap damage it could block on a lock or in `malloc` and hang the dying process. So
/// the handler only writes the terminal's own restore sequence (saved from terminfo when the
/// reader started: mouse reports off, attributes reset, cursor shown, keypad and alternate
/// screen left, as `endwin` sends them) and puts back the terminal modes saved before curses
/// changed them, both plain system calls; then it puts back the handler that was there before
/// and raises the signal again, so the runtime's crash report and the exit status are what
/// they would have been.
enum CrashSignals {
    static let handled: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT]
    private static let installed = Mutex<Bool>(false)

    /// Installs the handlers once per process; `activate` and `deactivate` say whether they act.
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
                // Not a signal handler: `exit` from any thread runs this, and `endwin` is safe here.
                if cursesOwnsTerminal.exchange(false, ordering: .relaxed) { endwin() }
            }
        }
    }

    /// Curses owns the terminal from now on (after `newterm`): saves what the handler will need,
    /// then lets it act. `shellModes` are the terminal's modes from before `newterm`; `mouse`
    /// says whether mouse reports are being turned on.
    static func activate(shellModes: termios?, mouse: Bool) {
        cursesOwnsTerminal.store(false, ordering: .sequentiallyConsistent)
        var sequence: [UInt8] = []
        if mouse, let off = byline_mouse_off_sequence() {
            sequence += Array(String(cString: off).utf8)
        }
        // Bracketed paste is always on while the reader runs (TerminalSession); left on, the
        // shell would see paste marks around everything pasted into it.
        sequence += Array("\u{1B}[?2004l".utf8)
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = byline_terminfo_string(capability) {
                sequence += Array(String(cString: value).utf8)
            }
        }
        var restore = terminalRestore
        if restore.capacity < sequence.count {
            // Made once (a terminal's sequence is a few dozen bytes), never freed: the handler
            // may read it until the process ends.
            restore.capacity = max(sequence.count, 256)
            restore.bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: restore.capacity)
        }
        restore.bytes!.update(from: sequence, count: sequence.count)
        restore.count = sequence.count
        restore.modes = shellModes ?? termios()
        restore.hasModes = shellModes != nil
        terminalRestore = restore
        cursesOwnsTerminal.store(true, ordering: .sequentiallyConsistent)
    }

    /// Curses has given the terminal back (`endwin`): the handler leaves it alone.
    static func deactivate() {
        cursesOwnsTerminal.store(false, ordering: .sequentiallyConsistent)
    }
}

/// Only async-signal-safe calls: `write`, `tcsetattr`, `sigaction`, `raise`.
private func restoreTerminalAndDie(_ signal: Int32) {
    if cursesOwnsTerminal.exchange(false, ordering: .sequentiallyConsistent) {
        var restore = terminalRestore
        if let bytes = restore.bytes {
            var written = 0
            while written < restore.count {
                let n = write(STDOUT_FILENO, bytes + written, restore.count - written)
                if n > 0 {
                    written += n
                } else if n < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
        if restore.hasModes {
            // At once, not after the output drains: a terminal that stopped reading must not
            // keep the process from dying.
            tcsetattr(STDOUT_FILENO, TCSANOW, &restore.modes)
        }
    }
    var previous = previousActions[Int(signal)]
    sigaction(signal, &previous, nil)
    // Pending until this handler returns, then delivered to the previous handler; a fault
    // (SIGSEGV from a bad access) would also simply happen again.
    raise(signal)
}
