import ArgumentParser
import Foundation
import NewsStore

/// The `byline` command: the reader by default, and the scripting subcommands.
@main
struct Byline: ParsableCommand {
    /// Runs the command; misuse exits with status 2, as the shell convention has it.
    static func main() {
        // A file-size limit (`ulimit -f`) would kill the process with SIGXFSZ at the first write
        // past it; ignored, the write fails (EFBIG) and is reported in plain words.
        signal(SIGXFSZ, SIG_IGN)
        // Under a memory limit (`ulimit -v`): fewer reservations, and one line if it runs out.
        MemoryLimit.adapt()
        OutOfMemoryLine.install()
        UsageExit.main(Self.self)
    }

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read a folder of news articles in the terminal.",
        discussion: """
            With no subcommand, opens the reader on DIR (default: ./Articles when it exists, \
            else $BYLINE_ARTICLES). The subcommands print text, or JSON with --json, for scripts.
            """,
        version: BylineVersion.current,
        subcommands: BylineCommands.all,
        defaultSubcommand: ReadCommand.self
    )
}

/// The version `--version` prints.
enum BylineVersion {
    static let current = "0.1.0"
}
