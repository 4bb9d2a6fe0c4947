import NewsUI
import Testing

/// The config file: keys, theme, defaults, and what a bad line does.
@Suite struct ConfigTests {
    @Test func defaultsThemeAndKeysApply() {
        let config = ReaderConfig(text: """
            # my settings
            [defaults]
            filter = "unread"
            quotes = false
            mouse = true

            [theme]
            headline = "bold blue"
            find-match = "black on yellow"

            [keys]
            quit = ["Q"]
            next-match = ["n", "C-n"]

            [keys.body]
            top = "H"
            """)
        #expect(config.problems.isEmpty)
        #expect(config.filter == .unread && !config.highlightQuotes && config.mouse)
        #expect(config.standardTheme[.headline] == Style(foreground: .blue, attributes: [.bold]))
        #expect(config.standardTheme[.findMatch] == Style(foreground: .black, background: .yellow))
        #expect(config.monochromeTheme[.headline] == Style(attributes: [.bold]))
        #expect(config.keymap.action(for: .char("Q"), in: .articles) == .quit)
        // (`q` closes a view, and quits from the first, whatever `quit` is bound to.)
        #expect(config.keymap.action(for: .char("q"), in: .articles) == .closeOrQuit)
        #expect(config.keymap.action(for: .control("n"), in: .body) == .nextMatch)
        #expect(config.keymap.action(for: .char("H"), in: .body) == .top)
        #expect(config.keymap.action(for: .char("g"), in: .body) == .top)
    }

    @Test(arguments: [
        ("[defaults]\nfilter = \"sometimes\"", 2, "filter must be"),
        ("[theme]\nheadline = \"sparkly\"", 2, "unknown colour"),
        ("[keys]\nquit = [\"Q\"", 2, "unclosed array"),
        ("[keys]\nfly = \"f\"", 2, "unknown action"),
        ("[keys]\nquit = \"Hyper-q\"", 2, "unknown key name"),
        ("[keys.nowhere]\nquit = \"Q\"", 2, "unknown key context"),
        ("\n\nthis is not toml", 3, "expected key = value"),
        ("[defaults]\nquotes = \"yes\"", 2, "true or false"),
        ("[colours]\nx = 1", 2, "unknown table"),
    ])
    func badLinesAreNamedAndSkipped(text: String, line: Int, message: String) {
        let config = ReaderConfig(text: text + "\n[defaults]\nmouse = true")
        #expect(config.problems.first?.line == line)
        #expect(config.problems.first?.message.contains(message) == true, "\(config.problems)")
        // The good lines still count, and the bad one leaves its default.
        #expect(config.mouse)
        #expect(config.keymap.action(for: .char("q"), in: .body) == .closeOrQuit)
    }

    @Test func commentsAndQuotedHashes() {
        let config = ReaderConfig(text: "[keys]\nfind = \"#\" # the hash key\n")
        #expect(config.problems.isEmpty)
        #expect(config.keymap.action(for: .char("#"), in: .body) == .startFind)
    }

    @Test func helpFollowsTheConfiguredKeys() {
        let config = ReaderConfig(text: "[keys]\nquit = [\"Q\"]")
        let quit = config.keymap.bindings.first { $0.action == .quit }
        #expect(quit?.keys == [.char("Q")])
    }
}
