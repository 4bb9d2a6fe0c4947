import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Prints the articles of a folder, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of a folder, newest first."
    )

    @Argument(help: "Folder of articles (default: ./Articles, else $BYLINE_ARTICLES).", completion: .directory)
    var directory: String?

    @Flag(help: "Print a JSON array of {\"path\",\"title\",\"date\"}.")
    var json = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(directory)
            let corpus: FolderCorpus
            do {
                corpus = try FolderCorpus(folder: folder)
            } catch {
                throw CommandFailure(String(describing: error))
            }
            for warning in corpus.warnings {
                FileHandle.standardError.write(Data(("byline: " + warning + "\n").utf8))
            }
            if json {
                emit(JSONValue.array(corpus.entries.map { entry in
                    .object([("path", .string(entry.path)), ("title", .string(entry.title)), ("date", .optional(entry.date))])
                }).serialized())
                return
            }
            for entry in corpus.entries {
                emit("\(entry.date ?? "          ")  \(entry.title)  \(entry.path.terminalSafeName)")
            }
        }
    }
}
