import BylineTestSupport
import Foundation
import Testing

/// Getting text out of the real reader, and saved searches, marking and tags, read back from
/// the screen in tmux: the programs it hands text to are small scripts that record what they got.
@Suite(.serialized) struct TextOutScenarioTests {
    let byline = BuiltProducts.byline.path
    let articles = BuiltProducts.packageRoot.appendingPathComponent("Articles").path

    /// A private home (index, state, config) and a folder for the scripts and what they write.
    final class Home {
        let environment: [String: String]
        let work: URL

        init(config: String = "") throws {
            environment = TestEnvironment.isolatedDirectories()
            work = Scratch.directory("text-out")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            if !config.isEmpty {
                let folder = URL(fileURLWithPath: environment["XDG_CONFIG_HOME"]!).appendingPathComponent("byline")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(config.utf8).write(to: folder.appendingPathComponent("config.toml"))
            }
        }

        /// An executable script in the work folder (written so that no other test's child holds
        /// it open: see `TestFiles.writeExecutable`).
        func script(_ name: String, _ body: String) throws -> String {
            let path = work.appendingPathComponent(name).path
            try TestFiles.writeExecutable("#!/bin/sh\n\(body)\n", to: path)
            return path
        }

        func path(_ name: String) -> String { work.appendingPathComponent(name).path }

        func read(_ name: String) -> String { String(decoding: TestFiles.contents(atPath: path(name)), as: UTF8.self) }

        var clipboardFile: String { environment["XDG_STATE_HOME"]! + "/byline/clipboard.txt" }
    }

    /// The reader on `Articles/`, started from the work folder with `variables` set for it alone.
    func start(_ home: Home, variables: String = "", configuration: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession(
            command: "cd '\(home.work.path)' && \(variables) '\(byline)' '\(articles)'", width: 100, height: 30,
            environment: home.environment, configuration: configuration)
        let (ok, screen) = tmux.wait(timeout: 30) { $0.contains("Emergency waits") && $0.contains("People") }
        #expect(ok, "the reader did not show the corpus:\n\(screen)")
        return tmux
    }

    @Test func eOpensTheFileInTheEditorAndTheReaderComesBack() throws {
        let home = try Home()
        let editor = try home.script("editor", "printf '%s' \"$1\" > '\(home.path("edited"))'; printf 'EDITOR RAN'; sleep 1")
        let tmux = try start(home, variables: "EDITOR='\(editor)'")
        defer { tmux.kill() }
        tmux.send("e")
        // curses gave the terminal to the editor, whose output is on the screen meanwhile…
        var (ok, screen) = tmux.wait { $0.contains("EDITOR RAN") && !$0.contains("People") }
        #expect(ok, "the editor did not get the terminal:\n\(screen)")
        // …and none of it is left when the reader has the screen again.
        (ok, screen) = tmux.wait { $0.contains("Back from the editor") && $0.contains("People") && !$0.contains("EDITOR RAN") }
        #expect(ok, "the reader did not come back whole:\n\(screen)")
        #expect(home.read("edited") == articles + "/health/2026-06-10-emergency-waits-fall.txt")
        // An editor that is not there is a message, not a crash.
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        let missing = try start(home, variables: "EDITOR=no-such-editor-here VISUAL=")
        defer { missing.kill() }
        missing.send("e")
        (ok, screen) = missing.wait { $0.contains("The editor “no-such-editor-here” was not found") && $0.contains("People") }
        #expect(ok, "a missing editor gave no message:\n\(screen)")
    }

    @Test func aPipeGetsTheArticleAndItsOutputStaysOffTheReadersScreen() throws {
        let home = try Home()
        let tmux = try start(home)
        defer { tmux.kill() }
        tmux.send("|")
        #expect(tmux.wait(for: "pipe to:").matched)
        // (The marker it prints is not in the command, which the status line shows afterwards.)
        tmux.send("-l", "tee piped.txt | wc -l; echo PIPE-$((40+2))")
        tmux.send("Enter")
        var (ok, screen) = tmux.wait { $0.contains("PIPE-42") && $0.contains("Press Enter to return to Byline") }
        #expect(ok, "the command's output was not shown with the terminal given back:\n\(screen)")
        tmux.send("Enter")
        (ok, screen) = tmux.wait { $0.contains("Piped the article to “tee piped.txt") && $0.contains("People") && !$0.contains("PIPE-42") }
        #expect(ok, "the reader did not come back whole:\n\(screen)")
        #expect(home.read("piped.txt").hasPrefix("Emergency waits at Merrowick General fall to lowest level in two years"))
        // A command that fails says how.
        tmux.send("|")
        tmux.send("-l", "exit 3")
        tmux.send("Enter")
        #expect(tmux.wait(for: "Press Enter to return").matched)
        tmux.send("Enter")
        (ok, screen) = tmux.wait { $0.contains("“exit 3” exited with status 3") }
        #expect(ok, "a failing command gave no message:\n\(screen)")
    }

    @Test func oOpensTheWebPagesAddressInTheBrowser() throws {
        let home = try Home()
        let browser = try home.script("browser", "printf '%s' \"$1\" > '\(home.path("browsed"))'")
        let tmux = try start(home, variables: "BROWSER='\(browser)'")
        defer { tmux.kill() }
        tmux.send("o")
        var (ok, screen) = tmux.wait { $0.contains("This article has no URL") }
        #expect(ok, "an article without an address gave no message:\n\(screen)")
        // The saved web page, ninth from the end of the list (the December 2025 feed and wire
        // samples come after it), knows its canonical address.
        tmux.send("G", "k", "k", "k", "k", "k", "k", "k", "k", "k")
        (ok, screen) = tmux.wait { $0.contains("web/2026-01-12-saltings") && $0.contains("https://www.merrowickcourier.ex") }
        #expect(ok, "the web page did not open, or its address is not under its headline:\n\(screen)")
        tmux.send("o")
        (ok, screen) = tmux.wait { $0.contains("Opened https://www.merrowickcourier.example/") }
        #expect(ok, "o did not open the address:\n\(screen)")
        #expect(home.read("browsed") == "https://www.merrowickcourier.example/city/2026/01/12/saltings-sea-wall-petition")
        // With neither BROWSER nor xdg-open, it says so.
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        let bare = try start(home, variables: "BROWSER= PATH=/nonexistent")
        defer { bare.kill() }
        bare.send("G", "k", "k", "k", "k", "k", "k", "k", "k", "k")
        #expect(bare.wait { $0.contains("web/2026-01-12-saltings") }.matched)
        bare.send("o")
        (ok, screen) = bare.wait { $0.contains("No browser to open the address with: set BROWSER, or install xdg-open") }
        #expect(ok, "no browser gave no message:\n\(screen)")
    }

    @Test func yWithoutAClipboardLeavesTheCitationInAFile() throws {
        let home = try Home()
        // No clipboard tool on the reader's PATH.
        let tmux = try start(home, variables: "PATH=/nonexistent")
        defer { tmux.kill() }
        tmux.send("G", "k", "k", "k", "k", "k", "k", "k", "k", "k")
        #expect(tmux.wait { $0.contains("web/2026-01-12-saltings") }.matched)
        tmux.send("y")
        let (ok, screen) = tmux.wait { $0.contains("No clipboard tool; the citation is in /") }
        #expect(ok, "y did not say where the citation went:\n\(screen)")
        let copied = String(decoding: TestFiles.contents(atPath: home.clipboardFile), as: UTF8.self)
        #expect(copied == "\"Saltings residents petition for sea wall survey before budget vote\", Merrowick Courier, 2026-01-12, https://www.merrowickcourier.example/city/2026/01/12/saltings-sea-wall-petition")
        #expect(tmux.tmux(["list-buffers"]).isEmpty)
    }

    @Test func yCopiesAQuotationThroughOSC52WhenTheConfigSaysSo() throws {
        let home = try Home(config: "[defaults]\nosc52 = true\n")
        let tmux = try start(home, configuration: HostileReaderTests.tmuxConfiguration)
        defer { tmux.kill() }
        // Helle Søndergaard's quotations, from the entity pane.
        tmux.send("Tab", "Tab", "/", "ndergaard", "Enter", "\"")
        var (ok, screen) = tmux.wait { $0.contains("Quotations of Helle Søndergaard") && $0.contains("“") }
        #expect(ok, "the quotes view did not open:\n\(screen)")
        tmux.send("y")
        (ok, screen) = tmux.wait { $0.contains("Copied the quotation to the clipboard (OSC 52)") }
        #expect(ok, "y did not copy through the terminal:\n\(screen)")
        let buffer = tmux.tmux(["show-buffer"])
        #expect(buffer.hasPrefix("“") && buffer.contains("” — Helle Søndergaard, \"") && buffer.contains(articles + "/health/"), "\(buffer)")
        // Nothing but the clipboard sequence reached tmux: the screen is the reader's.
        #expect(HostileReaderTests.nonSGR(tmux.capture(escapes: true)) == [])
    }

    @Test func tagsAreSetShownFoundAndKeptForTheCommandLine() throws {
        let home = try Home()
        do {
            let tmux = try start(home)
            defer { tmux.kill() }
            tmux.send("j", "t")
            #expect(tmux.wait(for: "tags:").matched)
            tmux.send("-l", "Follow-up, hospitals")
            tmux.send("Enter")
            var (ok, screen) = tmux.wait { $0.contains("Tagged follow-up, hospitals") && $0.contains("#2") }
            #expect(ok, "the tags were not set and shown in the list:\n\(screen)")
            // Tab completes a tag in use.
            tmux.send("j", "j", "t", "f", "o", "Tab")
            (ok, screen) = tmux.wait { $0.contains("tags: follow-up") }
            #expect(ok, "Tab did not complete the tag:\n\(screen)")
            tmux.send("Enter")
            #expect(tmux.wait(for: "Tagged follow-up").matched)
            tmux.send("s")
            tmux.send("-l", "tag:follow-up")
            tmux.send("Enter")
            (ok, screen) = tmux.wait { $0.contains("2 articles match tag:follow-up") }
            #expect(ok, "tag: did not find the tagged articles:\n\(screen)")
            tmux.send("Q")
            #expect(tmux.exitStatus() == 0)
        }
        // The tags are in the reading state, for `byline search` too.
        var environment = TestEnvironment.isolated()
        environment.merge(home.environment) { _, new in new }
        let one = try Spawn.run([byline, "search", "tag:hospitals", articles, "--json"], environment: environment)
        #expect(one.status == 0 && one.output.components(separatedBy: "\"path\"").count == 2 && one.output.contains("First remote-controlled crane"), "\(one.output)")
        let both = try Spawn.run([byline, "search", "tag:follow-up", articles, "--json"], environment: environment)
        #expect(both.status == 0 && both.output.components(separatedBy: "\"path\"").count == 3, "\(both.output)")
    }

    @Test func savedSearchesAreFoldersWithCounts() throws {
        let home = try Home(config: """
            [searches]
            "Port strike" = "strike port"
            "Okafor quoted" = "speaker:okafor"
            Broken = "\\"unclosed"
            """)
        let tmux = try start(home)
        defer { tmux.kill() }
        var (ok, screen) = tmux.wait { $0.contains("config line 4: saved search 'Broken' left out") }
        #expect(ok, "the bad saved search was not named:\n\(screen)")
        tmux.send("c")
        (ok, screen) = tmux.wait { screen in
            screen.contains("Folders") && screen.contains("All articles") && screen.contains("Port strike")
                && screen.range(of: #"Port strike +strike port +21"#, options: .regularExpression) != nil
        }
        #expect(ok, "the folder list did not show the saved searches with their counts:\n\(screen)")
        tmux.send("j", "j", "j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("Port strike") && $0.contains("1/21") && $0.contains("Talks to end Merrowick port strike") }
        #expect(ok, "the saved search did not show as the list:\n\(screen)")
        tmux.send("Escape")
        (ok, screen) = tmux.wait { $0.contains(" Articles ") && $0.contains("1/45") }
        #expect(ok, "Esc did not go back to the list:\n\(screen)")
    }

    @Test func aMarksTheWholeListReadAfterAsking() throws {
        let home = try Home()
        let tmux = try start(home)
        defer { tmux.kill() }
        tmux.send("A")
        var (ok, screen) = tmux.wait { $0.contains("Mark all 45 articles in this list read? (y/n)") }
        #expect(ok, "A did not ask:\n\(screen)")
        tmux.send("n")
        (ok, screen) = tmux.wait { $0.contains("Nothing marked") }
        #expect(ok)
        tmux.send("A", "y")
        (ok, screen) = tmux.wait { $0.contains("Marked 45 articles read") }
        #expect(ok, "A then y did not mark the list:\n\(screen)")
        // The unread list is empty now, and stays so after a restart.
        tmux.send("Q")
        #expect(tmux.exitStatus() == 0)
        let again = try TmuxSession(command: "'\(byline)' '\(articles)'", width: 100, height: 30, environment: home.environment)
        defer { again.kill() }
        #expect(again.wait(timeout: 30) { $0.contains("Emergency waits") }.matched)
        again.send("F")
        (ok, screen) = again.wait { $0.contains("Unread") && $0.contains("No articles") }
        #expect(ok, "the marks did not last:\n\(screen)")
    }
}
