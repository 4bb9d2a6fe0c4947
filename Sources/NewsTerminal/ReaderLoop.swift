import CNcurses
import Foundation
import NewsUI

/// The reader's run loop: terminal events in, `update`, effects performed, screen redrawn.
public struct ReaderLoop {
    /// Performs the work effects ask for; each returns the action that reports the outcome.
    public struct Services: Sendable {
        public var loadArticle: @Sendable (_ index: Int, _ path: String) -> Action

        public init(loadArticle: @escaping @Sendable (_ index: Int, _ path: String) -> Action) {
            self.loadArticle = loadArticle
        }
    }

    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        /// A signal asked the reader to stop; the terminal is already restored.
        case signal(Int32)
    }

    public var state: AppState
    public let theme: Theme
    public let services: Services

    public init(state: AppState, theme: Theme, services: Services) {
        self.state = state
        self.theme = theme
        self.services = services
    }

    /// Runs until the reader quits or a signal arrives, then closes the session.
    public mutating func run(in session: TerminalSession) -> Outcome {
        QuitSignals.install()
        defer { session.close() }
        var effects = update(&state, .resize(session.size))
        if !state.articles.isEmpty {
            effects += [.loadArticle(index: 0, path: state.articles[0].path)]
        }
        var needsDraw = true
        while true {
            if let signal = QuitSignals.pending { return .signal(signal) }
            for effect in effects {
                switch effect {
                case .quit:
                    return .quit
                case .loadArticle(let index, let path):
                    _ = update(&state, services.loadArticle(index, path))
                }
                needsDraw = true
            }
            effects = []
            if needsDraw {
                session.draw(ScreenView.render(state, theme: theme))
                needsDraw = false
            }
            switch KeyDecoder.next() {
            case .tick:
                continue
            case .resize:
                session.invalidate()
                effects = update(&state, .resize(session.size))
                needsDraw = true
            case .key(let key):
                if let action = state.keymap.action(for: key, in: state.keyContext) {
                    effects = update(&state, action)
                } else if state.message != nil {
                    state.message = nil
                }
                needsDraw = true
            }
        }
    }
}
