import ArgumentParser
import Foundation

/// Parses and runs a root command, exiting 2 (not argument-parser's 64) on a usage error.
///
/// Shells and tools such as `grep` and `less` use 2 for "you called me wrong"; scripts test for it.
enum UsageExit {
    static func main(_ root: any ParsableCommand.Type) {
        do {
            var command = try root.parseAsRoot()
            try command.run()
        } catch {
            let code = root.exitCode(for: error)
            let message = root.fullMessage(for: error)
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
