import ArgumentParser
import Foundation
import NewsCore
import NewsStore
import NewsTerminal
import NewsUI
import ReaderData

/// Opens the three-pane reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on a folder of articles (the default command)."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .customLong("no-color"), help: "Monochrome: bold, underline and reverse only (also NO_COLOR).")
    var noColor = false

    @Flag(help: "Click to focus and select, wheel to scroll.")
    var mouse = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            let owner = try OpenedCorpus.owner(folder: folder, override: corpus.indexPath, announce: false)
            // A reading state that cannot be opened for writing (a full disk) does not stop the
            // reading: its marks are kept in memory, and the status line says so.
            let readingState = OpenedCorpus.readingStateOrUnsaved()
            let count: Int
            do {
                // Damage the opening did not see: the owner starts from an empty index, which the
                // refresh fills in the background.
                count = try owner.recovering { index in try index.articleCount() }
            } catch {
                throw CommandFailure(error)
            }
            if count == 0 {
                // A first run: the index is empty, so make sure the folder has anything to index.
                try OpenedCorpus.requireArticles(in: folder)
            }
            let environment = ProcessInfo.processInfo.environment
            let (config, configPath) = ConfigLoader.load()
            let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty || config.monochrome
            let session: TerminalSession
            do {
                session = try TerminalSession(useColor: !monochrome, useMouse: mouse || config.mouse)
            } catch {
                throw CommandFailure(String(describing: error), status: 2)
            }
            let backend = IndexReaderBackend(owner: owner, state: readingState, extractor: owner.index.analysis.extractor)
            // Read before the refresh starts: a rebuild it may start later has news of its own.
            let rebuildNote = backend.rebuildNote
            backend.startRefresh()
            var state = AppState(
                size: session.size, corpusName: CorpusLocation.displayName(folder, given: corpus.directory), articleCount: count,
                keymap: config.keymap)
            state.location.listSource = .articles(config.filter)
            state.highlightQuotes = config.highlightQuotes
            state.corpusFolder = owner.index.corpus.path
            // A saved search with a malformed query is a config problem of its own line.
            var problems = config.problems
            for search in config.savedSearches {
                do {
                    _ = try QueryParser.parse(search.query)
                    state.savedSearches.append(search)
                } catch {
                    problems.append(ConfigProblem(line: search.line, message: "saved search '\(search.name)' left out (\(error))"))
                }
            }
            problems.sort { $0.line < $1.line }
            // The refresh has just started: say so until its first report, so an empty first
            // list reads as "indexing", not as "no articles".
            state.refreshStatus = "scanning…"
            // Every problem in the config file is shown, one at a time; the index's news first.
            var messages = rebuildNote.map { [StatusMessage("Index: \($0)")] } ?? []
            messages += problems.map { problem in
                StatusMessage("config \(problem); the default stands", isError: true, source: ConfigLoader.shortPath(configPath).terminalSafeName)
            }
            if let notice = readingState.takeNotice() {
                messages.insert(StatusMessage(notice, isError: true), at: rebuildNote == nil ? 0 : 1)
            }
            state.show(messages)
            let theme: Theme = monochrome || !session.hasColors ? config.monochromeTheme : config.standardTheme
            let clipboardFile = XDGDirectories.state(environment).appendingPathComponent("clipboard.txt")
            let tools = ExternalTools(
                environment: environment, osc52: config.osc52, clipboardFile: clipboardFile,
                clipboardFileShown: ConfigLoader.shortPath(clipboardFile.path))
            var loop = ReaderLoop(state: state, theme: theme, backend: backend, tools: tools)
            let outcome = loop.run(in: session)
            backend.stopRefresh()
            switch outcome {
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
