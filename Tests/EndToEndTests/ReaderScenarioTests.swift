import BylineTestSupport
import Foundation
import Testing

/// The reader's features on the sample corpus, each read back from the real screen.
@Suite(.serialized) struct ReaderScenarioTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    /// Starts the reader on `Articles/` with its own index and state folders.
    func start(_ environment: [String: String] = TestEnvironment.isolatedDirectories(), width: Int = 100, height: Int = 30, extra: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession(command: "'\(byline)' \(extra) '\(articles)'", width: width, height: height, environment: environment)
        let (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Emergency waits") && $0.contains("People") }
        #expect(ok, "the reader did not show the corpus:\n\(screen)")
        return tmux
    }

    /// The path shown in the body pane's header.
    static func bodyPath(_ screen: String) -> String? {
        guard let first = screen.split(separator: "\n").first else { return nil }
        let columns = first.split(separator: "│")
        guard columns.count >= 2 else { return nil }
        return columns[1].split(separator: " ").first.map(String.init)
    }

    @Test func everyProblemInTheConfigFileIsShownInTurn() throws {
        var environment = TestEnvironment.isolatedDirectories()
        let config = URL(fileURLWithPath: environment["XDG_CONFIG_HOME"]!).appendingPathComponent("byline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[keys]\nsideways = \"x\"\n\n[theme]\nheadline = \"purple-ish\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        environment["XDG_CONFIG_HOME"] = config.deletingLastPathComponent().path
        let tmux = try TmuxSession(command: "'\(byline)' '\(articles)'", width: 120, height: 30, environment: environment)
        defer { tmux.kill() }
        var (ok, screen) = tmux.wait(timeout: 30) { $0.contains("config line 2: unknown action") && $0.contains("(1 of 2") }
        #expect(ok, "the first problem:\n\(screen)")
        tmux.send("j")
        (ok, screen) = tmux.wait { $0.contains("config line 5:") && $0.contains("(2 of 2)") }
        #expect(ok, "the second problem:\n\(screen)")
    }

    @Test func followAPersonThroughTheCorpus() throws {
        let tmux = try start()
        defer { tmux.kill() }
        // Tab twice from the list reaches the entity pane; / filters it to one person.
        tmux.send("Tab", "Tab", "/", "Okafor", "Enter")
        var (ok, screen) = tmux.wait { $0.contains("Daniel Okafor") && $0.contains("/Okafor") }
        #expect(ok, "entity filter:\n\(screen)")
        tmux.send("Enter")
        (ok, screen) = tmux.wait { $0.contains("Mentions of Daniel Okafor") && $0.contains("mentions in") }
        #expect(ok, "mentions view:\n\(screen)")
        tmux.resize(width: 80, height: 24)
        (ok, screen) = tmux.wait { $0.contains("Mentions of Daniel Okafor") && $0.split(separator: "\n").first!.count <= 80 }
        #expect(ok, "mentions view after a resize:\n\(screen)")
        tmux.resize(width: 100, height: 30)
        // The third mention, opened in the reader with the mention marked.
        tmux.send("j", "j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("n/N: mention 3/") }
        #expect(ok, "third mention:\n\(screen)")
        let colours = tmux.capture(escapes: true)
        #expect(colours.contains("\u{1B}[7m") && colours.contains("Okafor"), "the mention is not marked")
        let firstPath = Self.bodyPath(screen)
        var moved = false
        var mention = 3
        while !moved, mention < 13 {
            tmux.send("n")
            mention += 1
            (ok, screen) = tmux.wait { $0.contains("Mention \(mention) of") }
            #expect(ok, "n did not step to mention \(mention):\n\(screen)")
            moved = Self.bodyPath(screen) != firstPath
        }
        #expect(moved, "n never crossed into another article:\n\(screen)")
        tmux.send("Escape")
        // Back on the line n led to, not the third one where the article was opened.
        (ok, screen) = tmux.wait { $0.contains("Mentions of Daniel Okafor") && $0.contains("· \(mention)/") }
        #expect(ok, "Esc did not return to the mentions view at mention \(mention):\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("Emergency waits") && $0.contains("Entities") }
        #expect(ok, "a second Esc did not return to the reader:\n\(screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func findInTheArticleHighlightsMatches() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.send("Enter", "/", "disch")
        // Matches in black on bright yellow (SGR 103), the current one bold.
        let (ok, screen) = tmux.wait(escapes: true) { $0.contains("disch") && $0.contains("1/") && $0.contains("\u{1B}[103m") }
        #expect(ok, "no highlighted matches:\n\(screen)")
        tmux.send("Enter", "n")
        #expect(tmux.wait { $0.contains("/disch 2/") }.matched)
        tmux.send("Escape")
        #expect(tmux.wait { !$0.contains("/disch") }.matched)
    }

    @Test func corpusSearchAndBack() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.send("s", "person:carrow hustings", "Enter")
        var (ok, screen) = tmux.wait { $0.contains("Results") && $0.contains("Carrow and Okafor clash") }
        #expect(ok, "search results:\n\(screen)")
        tmux.resize(width: 70, height: 20)
        (ok, screen) = tmux.wait { $0.contains("Results") && $0.split(separator: "\n").first!.count <= 70 }
        #expect(ok)
        tmux.resize(width: 100, height: 30)
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains("Articles") && $0.contains("Emergency waits") && !$0.contains("Results") }
        #expect(ok, "Esc did not restore the list:\n\(screen)")
        tmux.send("s", "\"unclosed", "Enter")
        (ok, screen) = tmux.wait { $0.contains("unclosed") && $0.contains("column") }
        #expect(ok, "a malformed query gave no message:\n\(screen)")
    }

    @Test func nAfterACorpusSearchStepsThroughItsMatches() throws {
        let tmux = try start()
        defer { tmux.kill() }
        tmux.send("s", "sea wall", "Enter")
        var (ok, screen) = tmux.wait { $0.contains("Results") && $0.contains("match sea wall") }
        #expect(ok, "search results:\n\(screen)")
        tmux.send("Enter", "n")
        (ok, screen) = tmux.wait { $0.contains("Match 1 of") && $0.contains("of the search") }
        #expect(ok, "n did not step to the search's first match:\n\(screen)")
        tmux.send("n")
        (ok, screen) = tmux.wait { $0.contains("/sea wall 2/") }
        #expect(ok, "a second n did not move on:\n\(screen)")
    }

    @Test func starsAndReadMarksSurviveARestart() throws {
        let environment = TestEnvironment.isolatedDirectories()
        do {
            let tmux = try start(environment)
            defer { tmux.kill() }
            tmux.send("j", "*")
            #expect(tmux.wait(for: "Starred").matched)
            tmux.send("j", "r")
            #expect(tmux.wait(for: "Marked read").matched)
            tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        let tmux = try start(environment)
        defer { tmux.kill() }
        tmux.send("F", "F")
        let (ok, screen) = tmux.wait { $0.contains("Starred") && $0.contains("★") && $0.contains("First remote-controlled crane") }
        #expect(ok, "the star did not survive:\n\(screen)")
        tmux.send("F")
        tmux.send("F")
        #expect(tmux.wait { $0.contains("Unread") && !$0.contains("Mayor Okafor hands Whitlock") }.matched)
    }

    @Test func quotationsAreHighlightedWithTheirSpeakers() throws {
        let tmux = try start()
        defer { tmux.kill() }
        // Find scrolls the quotation into view; Enter keeps the place, Esc clears the marks.
        tmux.send("Enter", "/", "blocked exit", "Enter", "Escape")
        var (ok, screen) = tmux.wait(escapes: true) { screen in
            // Quotations are drawn in cyan (SGR 36), the speaker line under the paragraph.
            screen.contains("\u{1B}[36m") && screen.contains("— Helle Søndergaard")
        }
        #expect(ok, "no highlighted quotation with its speaker:\n\(screen)")
        tmux.send("\"")
        (ok, screen) = tmux.wait(escapes: true) {
            !$0.contains("— Helle Søndergaard") && $0.contains("Quotation highlighting off") && $0.contains("blocked exit")
        }
        #expect(ok, "quotation highlighting did not toggle off:\n\(screen)")
        tmux.resize(width: 60, height: 20)
        (ok, screen) = tmux.wait { $0.contains("health/2026-06-10") && $0.split(separator: "\n").first!.count <= 60 }
        #expect(ok, "the body did not reflow:\n\(screen)")
    }
}
