import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Prints the articles of a folder, newest first, from its index.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of a folder, newest first."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of {\"path\",\"title\",\"date\"}.")
    var json = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            // Gathered whole before printing, so a rebuild after damage prints nothing twice.
            let summaries = try OpenedCorpus.answering(folder: folder, override: corpus.indexPath) { index in
                var all: [ArticleSummary] = []
                var offset = 0
                while true {
                    let page = try index.articles(offset: offset, limit: 1000)
                    all += page
                    if page.count < 1000 { break }
                    offset += page.count
                }
                return all
            }
            var entries: [JSONValue] = []
            for summary in summaries {
                if json {
                    entries.append(.object([
                        ("path", .string(summary.path)), ("title", .string(summary.title)), ("date", .optional(summary.date)),
                        ("modified", .string(summary.modified)),
                    ]))
                } else {
                    // An undated article shows its file's day, marked `~` (the article gives none).
                    let date = summary.date.map { $0 + " " } ?? summary.modified + "~"
                    emit("\(date)  \(summary.title.terminalSafe)  \(summary.path.terminalSafeName)")
                }
            }
            if json { emit(JSONValue.array(entries).serialized()) }
        }
    }
}
