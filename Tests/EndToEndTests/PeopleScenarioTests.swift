import BylineTestSupport
import Foundation
import Testing

/// The people view and an entity's page in the real reader, read back from the screen.
@Suite(.serialized) struct PeopleScenarioTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    @Test func openThePeopleViewFilterItOpenAPersonStepTheirMentionsAndComeBack() throws {
        let tmux = try TmuxSession(
            command: "'\(byline)' '\(articles)'", width: 100, height: 30, environment: TestEnvironment.isolatedDirectories())
        defer { tmux.kill() }
        var (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Emergency waits") && $0.contains("People") }
        #expect(ok, "the reader did not show the corpus:\n\(screen)")
        // p from the list: every name of the corpus, most mentioned first.
        tmux.send("p")
        (ok, screen) = tmux.wait { $0.contains("People, organisations and places") && $0.contains("Mentions ▼") && $0.contains("Merrowick") }
        #expect(ok, "the people view:\n\(screen)")
        // Filtered as typed: the q of a name is text, not the key that closes the view.
        tmux.send("/", "okaf")
        (ok, screen) = tmux.wait { $0.contains("“okaf”") && $0.contains("Daniel Okafor") && !$0.contains("Helen Carrow") }
        #expect(ok, "the filtered view:\n\(screen)")
        tmux.send("Enter", "o")
        (ok, screen) = tmux.wait { $0.contains("by articles") && $0.contains("Articles ▼") }
        #expect(ok, "o did not sort by articles:\n\(screen)")
        // i: Daniel Okafor's page, his forms, a histogram and who appears with him.
        tmux.send("i")
        (ok, screen) = tmux.wait { $0.contains("Also written") && $0.contains("Mentions by") && $0.contains("Appears most with") }
        #expect(ok, "the person's page:\n\(screen)")
        #expect(screen.contains("█") || screen.contains("▇"), "no bars in the histogram:\n\(screen)")
        // Enter on Mentions: the mentions view; Enter on its second line, then n.
        tmux.send("Enter")
        (ok, screen) = tmux.wait { $0.contains("Mentions of Daniel Okafor") }
        #expect(ok, "mentions from the page:\n\(screen)")
        tmux.send("j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("n/N: mention 2/") }
        #expect(ok, "the second mention:\n\(screen)")
        tmux.send("n")
        (ok, screen) = tmux.wait { $0.contains("Mention 3 of") }
        #expect(ok, "n did not step:\n\(screen)")
        // Back: the mentions view, the page, the view with its filter, everyone, the reader.
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("Mentions of Daniel Okafor") && $0.contains("· 3/") }
        #expect(ok, "back to the mentions view:\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("Appears most with") }
        #expect(ok, "back to the page:\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("“okaf”") && $0.contains("by articles") && $0.contains("Daniel Okafor") }
        #expect(ok, "back to the filtered view:\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("People, organisations and places") && !$0.contains("“okaf”") && $0.contains("Merrowick") }
        #expect(ok, "Esc did not clear the filter:\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("Emergency waits") && $0.contains("Entities") }
        #expect(ok, "back to the reader:\n\(screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
