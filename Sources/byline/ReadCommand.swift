import ArgumentParser
import Foundation
import NewsCore
import NewsStore
import NewsTerminal
import NewsUI

/// Opens the three-pane reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on a folder of articles (the default command)."
    )

    @Argument(help: "Folder of articles (default: ./Articles, else $BYLINE_ARTICLES).", completion: .directory)
    var directory: String?

    @Flag(name: .customLong("no-color"), help: "Monochrome: bold, underline and reverse only (also NO_COLOR).")
    var noColor = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(directory)
            let corpus: FolderCorpus
            do {
                corpus = try FolderCorpus(folder: folder)
            } catch {
                throw CommandFailure(String(describing: error))
            }
            guard !corpus.entries.isEmpty else {
                let skipped = corpus.warnings.isEmpty ? "" : " (\(corpus.warnings.count) unreadable file\(corpus.warnings.count == 1 ? "" : "s") skipped)"
                throw CommandFailure("\(folder.path.terminalSafeName): no articles (*.txt or *.md) found\(skipped)")
            }
            let environment = ProcessInfo.processInfo.environment
            let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
            let session: TerminalSession
            do {
                session = try TerminalSession(useColor: !monochrome)
            } catch {
                throw CommandFailure(String(describing: error), status: 2)
            }
            let summaries = corpus.entries.map { ArticleSummary(path: $0.path, title: $0.title, date: $0.date) }
            var state = AppState(size: session.size, corpusName: CorpusLocation.displayName(folder, given: directory), articles: summaries)
            if let warning = corpus.warnings.first {
                let more = corpus.warnings.count > 1 ? " (and \(corpus.warnings.count - 1) more)" : ""
                state.message = StatusMessage(warning + more, isError: true)
            }
            let extractor = TaggerEntityExtractor.standard()
            let services = ReaderLoop.Services { index, path in
                do {
                    let article = try corpus.article(at: path)
                    return .articleLoaded(OpenArticle(index: index, article: article, entities: extractor.entities(in: article)))
                } catch {
                    return .articleFailed(path: path, message: String(describing: error))
                }
            }
            var loop = ReaderLoop(state: state, theme: monochrome || !session.hasColors ? .monochrome : .standard, services: services)
            switch loop.run(in: session) {
            case .quit:
                return
            case .signal(let number):
                // Die by the same signal, now that the terminal is restored, so the shell sees why.
                signal(number, SIG_DFL)
                raise(number)
                throw ExitCode(128 + number)
            }
        }
    }
}
