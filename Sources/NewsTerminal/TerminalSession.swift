import CNcurses
import Foundation
import NewsUI

/// The terminal in curses mode: opened once, closed on every way out.
///
/// `newterm` is used rather than `initscr` because `initscr` exits the process on a bad `TERM`;
/// here a bad terminal is an error the caller reports.
public final class TerminalSession {
    /// Why the terminal cannot be used for the reader.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noTerminalType
        case dumbTerminal
        case notATerminal
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .noTerminalType:
                return "TERM is not set, so the reader cannot drive this terminal. Set TERM (for example TERM=xterm-256color), or use `byline list` and `byline show` in scripts."
            case .dumbTerminal:
                return "TERM=dumb cannot show the reader's panes. Use a full terminal, or `byline list` and `byline show` in scripts."
            case .notATerminal:
                return "the reader needs a terminal on standard input and output. For scripts, use `byline list`, `byline show` or `byline search`."
            case .unknownTerminal(let name):
                return "unknown terminal type '\(name.terminalSafe)'. Set TERM to a type this system's terminfo knows (for example xterm-256color)."
            }
        }
    }

    /// How long a read waits for a key before the loop checks timers and the refresh, in ms.
    static let inputTimeout: Int32 = 100

    private var screen: OpaquePointer?
    public let hasColors: Bool
    private var pairs: [ColorKey: Int16] = [:]
    private var isOpen = false
    /// The shell's terminal modes and whether the mouse is on, for the crash handler again
    /// after a program run with the terminal.
    private let shellModes: termios?
    private let useMouse: Bool

    /// Checks the environment and opens the terminal; `useColor` false keeps it monochrome.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, useColor: Bool, useMouse: Bool = false) throws(Failure) {
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerminalType }
        guard term != "dumb" else { throw .dumbTerminal }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        // The shell's modes, for a crash to put back: curses changes them from here on.
        var shellModes = termios()
        let hasShellModes = tcgetattr(STDOUT_FILENO, &shellModes) == 0
        guard let screen = byline_newterm(nil, byline_stdout(), byline_stdin()) else { throw .unknownTerminal(term) }
        self.screen = screen
        self.shellModes = hasShellModes ? shellModes : nil
        self.useMouse = useMouse
        isOpen = true
        set_term(screen)
        CrashSignals.install()
        CrashSignals.activate(shellModes: self.shellModes, mouse: useMouse)
        cbreak()
        noecho()
        nonl()
        keypad(byline_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(byline_stdscr(), Self.inputTimeout)
        // Pasted text arrives marked, so it is typed into a prompt and never run as keys.
        byline_bracketed_paste(1)
        byline_mouse_enable(useMouse ? 1 : 0)
        if useColor, has_colors() {
            start_color()
            use_default_colors()
            hasColors = true
        } else {
            hasColors = false
        }
    }

    deinit {
        close()
    }

    /// Leaves curses mode and restores the terminal; safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        CrashSignals.deactivate()
        endwin()
        byline_bracketed_paste(0)
        if let screen {
            delscreen(screen)
        }
        screen = nil
    }

    /// Gives the terminal back to the shell's modes while `body` runs another program on it (the
    /// editor, a pipe command), then takes it again and repaints every cell: nothing the
    /// program printed stays on the reader's screen.
    public func suspended<T>(_ body: () -> T) -> T {
        guard isOpen else { return body() }
        def_prog_mode()
        CrashSignals.deactivate()
        endwin()
        byline_bracketed_paste(0)
        let result = body()
        reset_prog_mode()
        byline_bracketed_paste(1)
        CrashSignals.activate(shellModes: shellModes, mouse: useMouse)
        invalidate()
        wrefresh(byline_stdscr())
        return result
    }

    /// Writes a control sequence of Byline's own to the terminal (OSC 52 for the clipboard),
    /// after what curses has drawn. Never text from an article: that goes through `draw`.
    public func send(sequence: String) {
        fputs(sequence, byline_stdout())
        fflush(byline_stdout())
    }

    /// The current size of the terminal.
    public var size: Size {
        var rows: Int32 = 0
        var cols: Int32 = 0
        byline_getmaxyx(byline_stdscr(), &rows, &cols)
        return Size(width: Int(cols), height: Int(rows))
    }

    /// Copies a buffer to the screen and shows it.
    public func draw(_ buffer: Buffer) {
        let size = buffer.size
        var chars: [wchar_t] = Array(repeating: 0, count: 8)
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                var count = 0
                for scalar in cell.character.unicodeScalars where count < 5 {
                    chars[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                chars[count] = 0
                _ = byline_put_cell(Int32(y), Int32(x), chars, attributes(of: cell.style), pair(for: cell.style))
            }
        }
        wnoutrefresh(byline_stdscr())
        doupdate()
    }

    /// Forgets what is on screen so the next draw repaints every cell (after a resize or `fg`).
    public func invalidate() {
        clearok(byline_stdscr(), true)
    }

    private func attributes(of style: Style) -> UInt32 {
        var bits = byline_attr_normal()
        if style.attributes.contains(.bold) { bits |= byline_attr_bold() }
        if style.attributes.contains(.dim) { bits |= byline_attr_dim() }
        if style.attributes.contains(.underline) { bits |= byline_attr_underline() }
        if style.attributes.contains(.reverse) { bits |= byline_attr_reverse() }
        if style.attributes.contains(.italic) { bits |= byline_attr_italic() }
        return bits
    }

    private struct ColorKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// The colour pair for a style, allocated on first use; -1 is the terminal's default colour.
    private func pair(for style: Style) -> Int16 {
        guard hasColors, style.foreground != nil || style.background != nil else { return 0 }
        let colors = Int16(clamping: byline_colors())
        func number(_ color: TerminalColor?) -> Int16 {
            guard let color else { return -1 }
            let n = Int16(color.rawValue)
            // On an 8-colour terminal the bright colours fall back to their plain ones.
            return n < colors ? n : n % 8
        }
        let key = ColorKey(foreground: number(style.foreground), background: number(style.background))
        if let existing = pairs[key] { return existing }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < byline_color_pairs() else { return 0 }
        init_pair(next, key.foreground, key.background)
        pairs[key] = next
        return next
    }
}
