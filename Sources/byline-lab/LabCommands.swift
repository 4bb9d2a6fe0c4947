import ArgumentParser

/// Every `byline-lab` subcommand. Each lives in its own file; add new ones here.
enum LabCommands {
    static let all: [any ParsableCommand.Type] = [
        TrainNER.self, NERTag.self, NEREval.self, NERArticle.self, EntitiesEval.self, EntitiesCheck.self,
        BenchCommand.self,
        BenchPhaseCommand.self,
        QuotesPredictCommand.self,
        QuotesEvalCommand.self,
        QuotesWorldCommand.self,
        AnalysisDump.self,
        ExtractBench.self,
        PeopleBench.self,
        InstructionsCommand.self,
        ListBench.self,
    ]
}
