import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Builds or brings up to date the index of a folder.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a folder of articles (only new and changed files are read again)."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Throw the index away and build it again.")
    var rebuild = false

    @Flag(help: "Print what the index holds and how big it is.")
    var stats = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            let owner = try OpenedCorpus.owner(folder: folder, override: corpus.indexPath, rebuild: rebuild)
            let reporter = ProgressReporter()
            let announce = OpenedCorpus.announceRebuild(of: owner)
            let summary: RefreshSummary
            do {
                // SQLite may meet a damaged page on the way: the owner starts again from an empty index.
                summary = try owner.recovering({ index in try index.refresh(progress: reporter.report) }, rebuilding: { reason in
                    reporter.clear()
                    announce(reason)
                })
            } catch {
                reporter.clear()
                OpenedCorpus.tidy(owner, after: error)
                throw CommandFailure(error)
            }
            reporter.clear()
            OpenedCorpus.report(summary)
            try OpenedCorpus.requireAny(summary, in: folder)
            // The summary is the command's result: standard output, where scripts read it.
            emit(ProgressReporter.summaryLine(summary))
            if stats {
                try printStats(owner.index, folder: folder)
            }
        }
    }

    private func printStats(_ index: NewsIndex, folder: URL) throws {
        let corpusBytes = ((try? CorpusScanner.scan(folder)) ?? []).reduce(0) { $0 + $1.size }
        let stats: IndexStats
        do {
            stats = try index.stats()
        } catch {
            throw CommandFailure(error)
        }
        func line(_ label: String, _ value: String) {
            emit((label + ":").padding(toLength: 15, withPad: " ", startingAt: 0) + value)
        }
        line("index", index.location.databaseURL.path.terminalSafeName)
        line("articles", "\(stats.articles)")
        line("entities", "\(stats.entities) (\(stats.mentions) mentions)")
        line("quotations", "\(stats.quotes)")
        line("skipped files", "\(stats.skipped.count)")
        let ratio = corpusBytes > 0 ? Double(stats.indexBytes) / Double(corpusBytes) : 0
        line("size", String(format: "%.1f MB index for %.1f MB of articles (%.2f×)", Double(stats.indexBytes) / 1e6, Double(corpusBytes) / 1e6, ratio))
        line("version", stats.version)
    }
}
