import Foundation
import Synchronization

/// The signal that asked the reader to stop, 0 while none has.
private let pendingSignal = Atomic<Int32>(0)

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the run loop checks, so the terminal is
/// restored by ordinary code rather than from inside a signal handler.
enum QuitSignals {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        for signal in handled {
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = { number in
                pendingSignal.store(number, ordering: .relaxed)
            }
            #else
            action.__sigaction_u.__sa_handler = { number in
                pendingSignal.store(number, ordering: .relaxed)
            }
            #endif
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: the blocking read returns, and the loop sees the flag at once.
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The pending signal, if one arrived.
    static var pending: Int32? {
        let value = pendingSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Puts back the default handlers so that a re-raised signal ends the process.
    static func restoreDefaults() {
        for number in handled {
            signal(number, SIG_DFL)
        }
    }
}
