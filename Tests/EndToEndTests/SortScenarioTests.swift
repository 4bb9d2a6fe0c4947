import BylineTestSupport
import Foundation
import Testing

/// Sorting the list (`O`) and picking a section or source (`f`) in the real reader.
@Suite(.serialized) struct SortScenarioTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    /// The list pane's rows: the text left of the first pane border of each line.
    private func listRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").dropFirst().map { line in String(line.split(separator: "│", maxSplits: 1).first ?? "") }
    }

    @Test func sortTheListByTitleThenPickASectionAndComeBack() throws {
        let tmux = try TmuxSession(
            command: "'\(byline)' '\(articles)'", width: 100, height: 30, environment: TestEnvironment.isolatedDirectories())
        defer { tmux.kill() }
        var (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Emergency waits") && $0.contains("People") }
        #expect(ok, "the reader did not show the corpus:\n\(screen)")
        // O: by title, A to Z; the status line says so once the message has gone.
        tmux.send("O")
        (ok, screen) = tmux.wait { $0.contains("Sorted by title") && listRows($0).first?.contains("Amadi double gives") == true }
        #expect(ok, "O did not sort by title:\n\(screen)")
        #expect(listRows(screen).dropFirst().first?.contains("Amadi ruled out") == true, "second row:\n\(screen)")
        tmux.send("j")
        (ok, screen) = tmux.wait { $0.contains("2/45 · by title") }
        #expect(ok, "the status line does not name the order:\n\(screen)")
        // f: the sections and sources with their counts; typed text narrows them.
        tmux.send("f")
        (ok, screen) = tmux.wait { $0.contains("Sections and sources") && $0.contains("section:sport") && $0.contains("source:\"Merrowick Courier\"") }
        #expect(ok, "the picker:\n\(screen)")
        tmux.send("/", "spo")
        (ok, screen) = tmux.wait { $0.contains("“spo”") && $0.contains("section:sport") && !$0.contains("section:health") }
        #expect(ok, "the picker did not filter:\n\(screen)")
        // Enter: the sport section's six articles, still by title (the order chosen for lists).
        tmux.send("Enter", "Enter")
        (ok, screen) = tmux.wait { $0.contains("6 articles match section:sport") && listRows($0).first?.contains("Amadi double") == true }
        #expect(ok, "Enter did not show the section by title:\n\(screen)")
        #expect(listRows(screen).contains { $0.contains("Thousands line") } && !screen.contains("Emergency waits"), "not only sport:\n\(screen)")
        // O again: by source (the status line says so after the next key), then Esc back to
        // the whole list, still by title.
        tmux.send("O", "j")
        (ok, screen) = tmux.wait { $0.contains("2/6 · by source") }
        #expect(ok, "O on the section:\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { listRows($0).first?.contains("Amadi double gives") == true && $0.contains("by title") && !$0.contains("section:sport") }
        #expect(ok, "Esc did not come back to the list:\n\(screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
