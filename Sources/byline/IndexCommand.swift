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

    @Argument(help: "Folder of articles (default: ./Articles, else $BYLINE_ARTICLES).", completion: .directory)
    var directory: String?

    @Option(name: .customLong("index"), help: "Index file or folder (default: $BYLINE_INDEX, else under $XDG_CACHE_HOME/byline).")
    var indexPath: String?

    @Flag(help: "Throw the index away and build it again.")
    var rebuild = false

    @Flag(help: "Print what the index holds and how big it is.")
    var stats = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(directory)
            var index = try OpenedCorpus.index(folder: folder, override: indexPath, rebuild: rebuild)
            let reporter = ProgressReporter()
            var summary: RefreshSummary
            do {
                summary = try index.refresh(progress: reporter.report)
            } catch let damage as IndexError where damage.isDamage && !rebuild {
                // SQLite met a damaged page on the way: start again from an empty index.
                reporter.finish()
                OpenedCorpus.announceRebuild(damage)
                index = try OpenedCorpus.index(folder: folder, override: indexPath, rebuild: true)
                do {
                    summary = try index.refresh(progress: reporter.report)
                } catch {
                    reporter.finish()
                    throw CommandFailure(String(describing: error))
                }
            } catch {
                reporter.finish()
                throw CommandFailure(String(describing: error))
            }
            reporter.finish()
            OpenedCorpus.warn(summary)
            try OpenedCorpus.requireAny(summary, in: folder)
            emit("\(summary.total) articles indexed: \(summary) in \(String(format: "%.1f", summary.seconds)) s")
            if stats {
                try printStats(index, folder: folder)
            }
        }
    }

    private func printStats(_ index: NewsIndex, folder: URL) throws {
        let files = (try? CorpusScanner.scan(folder)) ?? []
        let corpusBytes = files.reduce(0) { $0 + $1.size }
        let indexBytes = ["", "-wal", "-shm"].reduce(0) { total, suffix in
            let path = index.location.databaseURL.path + suffix
            return total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        do {
            func line(_ label: String, _ value: String) {
                emit((label + ":").padding(toLength: 15, withPad: " ", startingAt: 0) + value)
            }
            line("index", index.location.databaseURL.path.terminalSafeName)
            line("articles", "\(try index.articleCount())")
            for type in EntityType.allCases {
                line(type.pluralLabel.lowercased(), "\(try index.entityCount(type: type))")
            }
            let ratio = corpusBytes > 0 ? Double(indexBytes) / Double(corpusBytes) : 0
            line("size", String(format: "%.1f MB index for %.1f MB of articles (%.2f×)", Double(indexBytes) / 1e6, Double(corpusBytes) / 1e6, ratio))
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }
}
