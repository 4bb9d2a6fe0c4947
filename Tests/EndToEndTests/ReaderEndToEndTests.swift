import BylineTestSupport
import Foundation
import Testing

/// The real binary in tmux, driven and read back like a person would.
@Suite(.serialized) struct ReaderEndToEndTests {
    let byline = BuiltProducts.byline.path

    @Test func openCyclePanesResizeAndQuit() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let tmux = try TmuxSession(command: "'\(byline)' '\(corpus.path)'", width: 100, height: 30)
        defer { tmux.kill() }

        // Both stories listed: the first-run index has taken in the whole folder.
        var (ok, screen) = tmux.wait { $0.contains("Harbour board backs") && $0.contains("Council delays vote") }
        #expect(ok, "list never showed:\n\(screen)")
        (ok, screen) = tmux.wait {
            $0.contains("Ingrid Lindqvist") && $0.contains("Articles") && $0.contains("Entities") && $0.contains("▎ Trawlers at the north quay")
        }
        #expect(ok, "panes never showed the article and its people:\n\(screen)")

        tmux.send("j")
        (ok, screen) = tmux.wait(for: "Zoë Ferreira")
        #expect(ok, "j did not preview the next article:\n\(screen)")
        tmux.send("k")
        (ok, screen) = tmux.wait(for: "The port’s governors")
        #expect(ok, "k did not preview the first article again:\n\(screen)")
        tmux.send("Enter")
        (ok, screen) = tmux.wait(timeout: 5, escapes: true) { $0.contains("\u{1B}[1;7m") && $0.contains("port/2026-05-02") }
        #expect(ok)

        // Tab moves the focus highlight from pane to pane.
        for pane in ["Entities", "Articles"] {
            tmux.send("Tab")
            (ok, screen) = tmux.wait(timeout: 5, escapes: true) { Self.focusedTitle(in: $0)?.contains(pane) == true }
            #expect(ok, "Tab did not focus \(pane):\n\(screen)")
        }

        tmux.send("?")
        // The screen may be caught half drawn, so wait for everything expected at once.
        // (Its first lines: the help has grown past one 30-line screen.)
        (ok, screen) = tmux.wait { $0.contains("Keys") && $0.contains("Move down one line or item") }
        #expect(ok, "no help overlay:\n\(screen)")
        tmux.send("q")
        (ok, screen) = tmux.wait { !$0.contains("Move down one line or item") }
        #expect(ok)

        tmux.resize(width: 60, height: 20)
        (ok, screen) = tmux.wait {
            $0.split(separator: "\n").first.map { $0.count <= 60 && !$0.contains("Entities") } == true && $0.contains("Harbour board")
        }
        #expect(ok, "no reflow at 60x20:\n\(screen)")
        tmux.resize(width: 30, height: 8)
        (ok, screen) = tmux.wait(for: "Terminal too small")
        #expect(ok)
        tmux.resize(width: 100, height: 30)
        (ok, screen) = tmux.wait(for: "Entities")
        #expect(ok)

        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        screen = tmux.capture()
        #expect(!screen.contains("Entities"), "the reader's screen was left behind:\n\(screen)")
    }

    @Test(arguments: [("C-c", Int32(130)), ("TERM", 143), ("HUP", 129)])
    func signalsRestoreTheTerminal(signal: String, status: Int32) throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        // The wrapping shell ignores Ctrl-C so that it lives to report how the reader ended.
        let tmux = try TmuxSession(command: "trap '' INT; '\(byline)' '\(corpus.path)'", width: 100, height: 30)
        defer { tmux.kill() }
        #expect(tmux.wait(for: "Ingrid Lindqvist").matched)
        if signal == "C-c" {
            tmux.send("C-c")
        } else {
            let shell = tmux.tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            try Spawn.run(["pkill", "-\(signal)", "-P", shell])
        }
        #expect(tmux.exitStatus() == status)
        #expect(!tmux.capture().contains("Entities"))
    }

    @Test func dumbAndMissingTerminalsAreRefused() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        for term in ["dumb", ""] {
            let tmux = try TmuxSession(command: "TERM='\(term)' '\(byline)' '\(corpus.path)'", width: 100, height: 30)
            defer { tmux.kill() }
            #expect(tmux.exitStatus() == 2)
            #expect(tmux.capture().contains("TERM"))
        }
    }

    @Test func monochromeFlagDrawsNoColours() throws {
        let corpus = try Fixtures.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let tmux = try TmuxSession(command: "'\(byline)' --no-color '\(corpus.path)'", width: 100, height: 30)
        defer { tmux.kill() }
        let (ok, screen) = tmux.wait(timeout: 10, escapes: true) { $0.contains("Ingrid Lindqvist") }
        #expect(ok)
        // SGR 30–37, 90–97 and 38;… set colours; none may appear.
        #expect(screen.range(of: #"\e\[[0-9;]*(3[0-8]|9[0-7])m"#, options: .regularExpression) == nil)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// The title of the pane drawn in reverse video (the focused one), from a `capture-pane -e`.
    static func focusedTitle(in screen: String) -> String? {
        guard let first = screen.split(separator: "\n").first,
            let start = first.range(of: "\u{1B}[1;7m")
        else { return nil }
        let rest = first[start.upperBound...]
        let end = rest.range(of: "\u{1B}[0m")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
