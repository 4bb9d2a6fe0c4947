import ArgumentParser

/// Every `byline` subcommand. Each lives in its own file; add new ones here.
enum BylineCommands {
    static let all: [any ParsableCommand.Type] = [
        ReadCommand.self,
        ListCommand.self,
        ShowCommand.self,
        IndexCommand.self,
        SearchCommand.self,
        EntitiesCommand.self,
        MentionsCommand.self,
        QuotesCommand.self,
        ExportCommand.self,
    ]
}
