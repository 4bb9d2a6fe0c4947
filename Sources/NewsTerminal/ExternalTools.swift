import Foundation
import NewsUI

/// The programs the reader hands text to: the editor (`e`), a shell command (`|`), the
/// browser (`o`), and the clipboard (`y`), each answering with the status line's sentence.
public struct ExternalTools: Sendable {
    public var environment: [String: String]
    /// Copy through the terminal with OSC 52 (the config's `osc52`).
    public var osc52: Bool
    /// Where `y` leaves the text when there is no clipboard to put it on.
    public var clipboardFile: URL
    /// That file as the status line names it (`~/.local/state/byline/clipboard.txt`).
    public var clipboardFileShown: String

    public init(environment: [String: String], osc52: Bool, clipboardFile: URL, clipboardFileShown: String? = nil) {
        self.environment = environment
        self.osc52 = osc52
        self.clipboardFile = clipboardFile
        self.clipboardFileShown = clipboardFileShown ?? clipboardFile.path
    }

    /// The most text copied through OSC 52, in bytes before base64: terminals cap the sequence
    /// (xterm at about 100 KB), and past the cap they drop it without a word.
    static let osc52Limit = 74_000

    /// Seconds a clipboard tool may take before it is given up on.
    static let clipboardTimeout = 5.0

    // MARK: - The editor

    /// `$VISUAL`, else `$EDITOR`, else `vi`, as git chooses.
    var editor: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "vi"
    }

    /// Opens `path` in the editor with the terminal; nil when it ran and exited 0, else why not.
    func edit(_ path: String, in session: TerminalSession?) -> String? {
        let editor = self.editor
        // Through the shell, so an editor given with options ("code --wait") works, as in git.
        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        let outcome = withTerminal(session) {
            ChildProcess.run(arguments, input: .terminal, terminal: true, environment: environment)
        }
        switch outcome {
        case .success(0): return nil
        case .success(127): return "The editor “\(editor.terminalSafe)” was not found; set VISUAL or EDITOR"
        case .success(126): return "The editor “\(editor.terminalSafe)” cannot be run"
        case .success(let status): return "The editor “\(editor.terminalSafe)” exited with status \(status)"
        case .failure(let failure): return "The editor could not be started: \(failure.description)"
        }
    }

    // MARK: - Pipes

    /// Runs `command` with the shell, `text` on its standard input and the terminal for its
    /// output, then waits for Enter so what it printed can be read; the status line's sentence.
    func pipe(_ command: String, text: String, in session: TerminalSession?) -> (String, isError: Bool) {
        let outcome = withTerminal(session) { () -> Result<Int32, ChildProcess.Failure> in
            let result = ChildProcess.run(["/bin/sh", "-c", command], input: .bytes(Data(text.utf8)), terminal: true, environment: environment)
            if session != nil {
                let status = (try? result.get()).map { $0 == 0 ? "" : "[exit \($0)] " } ?? ""
                Self.waitForEnter(prompt: "\r\n\(status)Press Enter to return to Byline ")
            }
            return result
        }
        let shown = command.terminalSafe
        switch outcome {
        case .success(0): return ("Piped the article to “\(shown)”", false)
        case .success(127): return ("“\(shown)”: command not found", true)
        case .success(let status): return ("“\(shown)” exited with status \(status)", true)
        case .failure(let failure): return ("Could not run “\(shown)”: \(failure.description)", true)
        }
    }

    /// Shows `prompt` on the terminal, in the shell's modes, and reads up to the end of a line.
    static func waitForEnter(prompt: String) {
        var bytes = Array(prompt.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
        var byte: UInt8 = 0
        while true {
            let n = read(STDIN_FILENO, &byte, 1)
            if n < 0, errno == EINTR { continue }
            if n <= 0 || byte == 10 || byte == 13 { break }
        }
    }

    // MARK: - The browser

    /// Opens `url` with `$BROWSER` (given the terminal, for text browsers; `%s` stands for the
    /// address if present), else `xdg-open` (or macOS's `open`) in the background.
    func browse(_ url: String, in session: TerminalSession?) -> (String, isError: Bool) {
        if let browsers = environment["BROWSER"], let browser = browsers.split(separator: ":").first.map(String.init),
            !browser.trimmingCharacters(in: .whitespaces).isEmpty
        {
            let script = browser.contains("%s") ? browser.replacingOccurrences(of: "%s", with: "\"$1\"") : browser + " \"$1\""
            let outcome = withTerminal(session) {
                ChildProcess.run(["/bin/sh", "-c", script, "sh", url], input: .terminal, terminal: true, environment: environment)
            }
            switch outcome {
            case .success(0): return ("Opened \(url.terminalSafe)", false)
            case .success(127): return ("The browser “\(browser.terminalSafe)” was not found (BROWSER)", true)
            case .success(let status): return ("The browser “\(browser.terminalSafe)” exited with status \(status)", true)
            case .failure(let failure): return ("The browser could not be started: \(failure.description)", true)
            }
        }
        guard let opener = ["xdg-open", "open"].first(where: { ChildProcess.find($0, environment: environment) != nil }) else {
            return ("No browser to open the address with: set BROWSER, or install xdg-open", true)
        }
        // In the background, its output to /dev/null: a desktop browser started from here
        // would otherwise write its warnings over the reader's screen.
        let script = "\(opener) \"$1\" >/dev/null 2>&1 </dev/null &"
        switch ChildProcess.run(["/bin/sh", "-c", script, "sh", url], input: .null, terminal: false, environment: environment, timeout: 10) {
        case .success(0): return ("Opening \(url.terminalSafe) with \(opener)", false)
        case .success(let status): return ("\(opener) exited with status \(status)", true)
        case .failure(let failure): return ("\(opener) could not be started: \(failure.description)", true)
        }
    }

    // MARK: - The clipboard

    /// How `copy` put the text somewhere.
    enum CopyRoute: Equatable {
        case osc52
        case tool(String)
        case file
    }

    /// The clipboard tools tried in turn, with their arguments.
    static let clipboardTools: [(name: String, arguments: [String])] = [
        ("wl-copy", []), ("xclip", ["-selection", "clipboard"]), ("pbcopy", []),
    ]

    /// Copies `text` (already free of control characters: article text is sanitised when read)
    /// by OSC 52 when the config turns it on, else the first clipboard tool on PATH that works,
    /// else into `clipboardFile`; the status line's sentence says which.
    func copy(_ text: String, what: String, in session: TerminalSession?) -> (String, isError: Bool) {
        if osc52, text.utf8.count <= Self.osc52Limit, let session {
            session.send(sequence: Self.osc52Sequence(text))
            return ("Copied \(what) to the clipboard (OSC 52)", false)
        }
        var failed: [String] = []
        for tool in Self.clipboardTools {
            guard let program = ChildProcess.find(tool.name, environment: environment) else { continue }
            let outcome = ChildProcess.run(
                [program] + tool.arguments, input: .bytes(Data(text.utf8)), terminal: false, environment: environment,
                timeout: Self.clipboardTimeout)
            if case .success(0) = outcome { return ("Copied \(what) to the clipboard (\(tool.name))", false) }
            failed.append(tool.name)
        }
        do {
            try FileManager.default.createDirectory(at: clipboardFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: clipboardFile, options: .atomic)
        } catch {
            return ("Could not copy \(what): no clipboard, and \(clipboardFileShown.terminalSafe) cannot be written", true)
        }
        // Why first: a narrow status line cuts the path's end rather than the news.
        let why = failed.isEmpty ? "No clipboard tool" : failed.joined(separator: ", ") + " failed"
        return ("\(why); \(what) is in \(clipboardFileShown.terminalSafe)", false)
    }

    /// OSC 52's "set the clipboard": the text in base64, so nothing in it can end the sequence.
    static func osc52Sequence(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Runs `body` with curses suspended when there is a session (tests run without one).
    private func withTerminal<T>(_ session: TerminalSession?, _ body: () -> T) -> T {
        session.map { $0.suspended(body) } ?? body()
    }
}
