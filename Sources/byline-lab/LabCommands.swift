import ArgumentParser

/// Every `byline-lab` subcommand. Each lives in its own file; add new ones here.
enum LabCommands {
    static let all: [any ParsableCommand.Type] = [
        QuotesPredictCommand.self,
        QuotesEvalCommand.self,
    ]
}
