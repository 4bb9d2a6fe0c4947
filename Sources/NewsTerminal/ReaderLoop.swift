import CNcurses
import Foundation
import NewsUI

/// The reader's run loop: terminal events in, `update`, effects performed, screen redrawn.
public struct ReaderLoop {
    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        /// A signal asked the reader to stop; the terminal is already restored.
        case signal(Int32)
    }

    /// How long an opened article must stay open to count as read.
    public static let readDelay: TimeInterval = 1.5

    /// The most typed-ahead events handled before the screen is drawn anyway, so a long burst
    /// still shows progress.
    static let typeaheadLimit = 4096

    public var state: AppState
    public let theme: Theme
    public let backend: any ReaderBackend
    /// The editor, pipes, the browser and the clipboard.
    public let tools: ExternalTools
    private let runner: EffectRunner
    private var readTimer: (id: Int64, deadline: Date)?

    public init(state: AppState, theme: Theme, backend: any ReaderBackend, tools: ExternalTools) {
        self.state = state
        self.theme = theme
        self.backend = backend
        self.tools = tools
        self.runner = EffectRunner(backend: backend)
    }

    /// Runs until the reader quits or a signal arrives, then closes the session.
    public mutating func run(in session: TerminalSession) -> Outcome {
        QuitSignals.install()
        defer { session.close() }
        var pending = update(&state, .resize(session.size))
        pending.append(.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation))
        var needsDraw = true
        var lookahead: TerminalEvent? = nil
        var typedAhead = 0
        while true {
            if let signal = QuitSignals.pending { return .signal(signal) }
            // Effects may produce actions whose effects produce more: run them all before drawing.
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return .quit }
                for action in perform(effect, session: session) {
                    pending += update(&state, action)
                }
                needsDraw = true
            }
            if needsDraw {
                // Keys typed ahead (a burst, or a paste into a terminal without bracketed
                // paste) are handled before the screen is drawn, as less and vim do: one draw
                // per burst instead of one per key.
                if typedAhead < Self.typeaheadLimit, let waiting = KeyDecoder.poll() {
                    lookahead = waiting
                    typedAhead += 1
                } else {
                    session.draw(ScreenView.render(state, theme: theme))
                    needsDraw = false
                    typedAhead = 0
                }
            }
            let event = lookahead ?? KeyDecoder.next()
            lookahead = nil
            for refresh in backend.refreshEvents() {
                switch refresh {
                case .progress(let text): pending += update(&state, .refreshProgress(text))
                case .finished(let text): pending += update(&state, .refreshFinished(text))
                }
                needsDraw = true
            }
            if let timer = readTimer, Date() >= timer.deadline {
                readTimer = nil
                pending += update(&state, .readDelayElapsed(id: timer.id))
                needsDraw = true
            }
            switch event {
            case .tick:
                continue
            case .resize:
                session.invalidate()
                pending += update(&state, .resize(session.size))
            case .click(let x, let y):
                pending += update(&state, .click(x: x, y: y))
            case .wheel(let x, let y, let lines):
                pending += update(&state, .wheel(x: x, y: y, lines: lines))
            case .paste(let text):
                pending += update(&state, .paste(text))
            case .key(let key):
                if let action = state.keymap.action(for: key, in: state.keyContext) {
                    pending += update(&state, action)
                } else {
                    state.message = StatusMessage("\(key.label) does nothing here; ? lists the keys", isError: true)
                }
            }
            needsDraw = true
        }
    }

    /// Does one effect's work and returns the actions that report how it went.
    private mutating func perform(_ effect: Effect, session: TerminalSession) -> [Action] {
        switch effect {
        case .scheduleRead(let id):
            readTimer = (id, Date().addingTimeInterval(Self.readDelay))
            return []
        case .edit(let id, let path, let shown):
            let problem = tools.edit(path, in: session)
            // The window may have changed size while the editor had it.
            return [.editorClosed(id: id, path: shown, problem: problem), .resize(session.size)]
        case .pipe(let command, let text):
            let (message, isError) = tools.pipe(command, text: text, in: session)
            return [.showMessage(message, isError: isError), .resize(session.size)]
        case .browse(let url):
            let (message, isError) = tools.browse(url, in: session)
            return [.showMessage(message, isError: isError), .resize(session.size)]
        case .copy(let text, let what):
            let (message, isError) = tools.copy(text, what: what, in: session)
            return [.showMessage(message, isError: isError)]
        default:
            return runner.perform(effect).map { [$0] } ?? []
        }
    }
}
