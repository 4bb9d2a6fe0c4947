import BylineTestSupport
import Foundation
import Testing

/// Pasting into the real reader inside tmux: the text lands in the prompt, never runs as keys.
@Suite(.serialized) struct PasteEndToEndTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    func start() throws -> TmuxSession {
        let tmux = try TmuxSession(command: "'\(byline)' '\(articles)'", width: 100, height: 30)
        let (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Emergency waits") && $0.contains("People") }
        #expect(ok, "the reader did not show the corpus:\n\(screen)")
        return tmux
    }

    static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    @Test func aPastedLineBreakAndStarStayInTheSearchPrompt() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.send("s")
        var (ok, screen) = tmux.wait { Self.statusLine($0).hasPrefix("search:") }
        #expect(ok, "no prompt:\n\(screen)")
        tmux.paste("crane strike\n*")
        (ok, screen) = tmux.wait { Self.statusLine($0).contains("search: crane strike *") }
        #expect(ok, "the paste did not land in the prompt as one line:\n\(screen)")
        // Nothing ran: no search results, no star, still the article list.
        #expect(!screen.contains("result"), "\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { !Self.statusLine($0).hasPrefix("search:") }
        #expect(ok && !screen.contains("★"), "\(screen)")
    }

    @Test func aPasteOutsideAPromptDoesNotQuit() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.paste("x\nQ")
        let (ok, screen) = tmux.wait { $0.contains("Pasted text ignored") }
        #expect(ok, "no message for the ignored paste:\n\(screen)")
        #expect(tmux.exitStatus(timeout: 1) == nil, "the pasted Q quit the reader")
        tmux.send("j")
        let (still, after) = tmux.wait { $0.contains("Emergency waits") && !$0.contains("Pasted text ignored") }
        #expect(still, "the reader stopped answering:\n\(after)")
    }

    @Test func tenKilobytesPastedLeaveTheReaderAnswering() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.send("s")
        var (ok, screen) = tmux.wait { Self.statusLine($0).hasPrefix("search:") }
        #expect(ok, "no prompt:\n\(screen)")
        tmux.paste(String(repeating: "harbour strike ", count: 680) + "TAIL")
        (ok, screen) = tmux.wait(timeout: 20) { Self.statusLine($0).contains("strike TAIL") }
        #expect(ok, "the end of the paste is not shown at the cursor:\n\(screen)")
        tmux.send("C-u")
        tmux.send("-l", "harbour")
        tmux.send("Enter")
        (ok, screen) = tmux.wait { $0.contains("articles match harbour") }
        #expect(ok, "the search after the paste did not run:\n\(screen)")
    }
}
