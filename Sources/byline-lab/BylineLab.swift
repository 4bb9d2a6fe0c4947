import ArgumentParser
import NewsStore

/// Training, scoring and benchmarks for Byline's text models and index.
@main
struct BylineLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-lab",
        abstract: "Train and evaluate Byline's models; benchmark its index.",
        version: BylineLabVersion.current,
        subcommands: LabCommands.all
    )

    /// Runs the command with the memory settings the reader uses (`MemoryLimit.adapt`), so that
    /// `bench` measures the index's memory as `byline index` would have it.
    static func main() {
        MemoryLimit.adapt()
        main(nil)
    }
}

/// The version the lab reports, kept with the reader's.
enum BylineLabVersion {
    static let current = "0.1.0"
}
