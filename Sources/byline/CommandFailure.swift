import ArgumentParser
import Foundation
import NewsStore

/// Ends a command with one clear line on standard error and an exit status.
///
/// Status 1 is for things wrong with the input or the machine, 2 for misuse of the command.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var status: Int32

    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}

extension CommandFailure {
    /// The failure for an error from the rooms below: its own sentence, and for a damaged index
    /// the command that mends it (the store does not know the command line's commands).
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let error as IndexError:
            if case .corrupt = error {
                self.init("\(error.description); run `byline index --rebuild`")
            } else {
                self.init(error.description)
            }
        case let error as SearchError:
            if case .index(let inner) = error {
                self.init(inner)
            } else {
                self.init(error.description)
            }
        default:
            self.init(String(describing: error))
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into its message and exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            // (Several lines for a list of candidates; each name in it made safe where it was written.)
            Console.write("byline: " + failure.message, to: .error)
            throw ExitCode(failure.status)
        }
    }
}
