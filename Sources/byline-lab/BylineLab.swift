import ArgumentParser

/// Training, scoring and benchmarks for Byline's text models and index.
@main
struct BylineLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-lab",
        abstract: "Train and evaluate Byline's models; benchmark its index.",
        version: BylineLabVersion.current,
        subcommands: LabCommands.all
    )
}

/// The version the lab reports, kept with the reader's.
enum BylineLabVersion {
    static let current = "0.1.0"
}
