import ArgumentParser
import Foundation
import NewsCore

/// Parses and runs a root command, exiting 2 (not argument-parser's 64) on a usage error.
///
/// Shells and tools such as `grep` and `less` use 2 for "you called me wrong"; scripts test for it.
enum UsageExit {
    static func main(_ root: any ParsableCommand.Type) {
        do {
            var command = try root.parseAsRoot(arguments())
            try command.run()
        } catch {
            let code = root.exitCode(for: error)
            let message = root.fullMessage(for: error)
            if !message.isEmpty {
                // The parser's messages quote what it was given (`Unknown option '--…'`).
                Console.write(message, to: code == .success ? .output : .error)
            }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// The command-line arguments with every byte kept (`PathBytes`): `CommandLine.arguments`
    /// replaces bytes that are not UTF-8 with U+FFFD, and a folder named in Latin-1 could then
    /// not be found.
    static func arguments() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { i in
            CommandLine.unsafeArgv[i].map { PathBytes.string(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) }
        }
    }
}
