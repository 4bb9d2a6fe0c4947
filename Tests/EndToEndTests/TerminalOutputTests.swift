import BylineTestSupport
import Foundation
import NewsCore
import Testing

/// Every command, given escape sequences and bidirectional characters in every place a user or
/// a file name can put them, prints nothing a terminal acts on: no C0 or C1 control other than
/// newline and tab, no bidirectional control, on standard output or standard error.
@Suite struct TerminalOutputTests {
    let byline = BuiltProducts.byline.path

    /// An OSC that sets the window title, a screen clear, an 8-bit CSI, a carriage return and a
    /// right-to-left override: in a message, each would act on the terminal or spoof the line.
    static let attack = "\u{1B}]0;OWNED\u{7}\u{1B}[2J\u{9B}31m\r\u{202E}"

    /// What a terminal would act on: controls other than newline and tab, and bidirectional
    /// controls; and bytes that are not UTF-8 at all.
    static func offending(_ bytes: [UInt8]) -> [String] {
        guard let text = String(validating: bytes, as: UTF8.self) else { return ["bytes that are not UTF-8"] }
        return text.unicodeScalars.filter { scalar in
            (scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t")
                || [0x061C, 0x200E, 0x200F].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// A corpus of two stories, one of them under a name holding the attack.
    struct Scene {
        let root: URL
        var corpus: URL { root.appendingPathComponent("news") }
        var hostileName: String { "port/2026-05-03-\(TerminalOutputTests.attack)-vote.txt" }
        var hostileFile: URL { corpus.appendingPathComponent(hostileName) }

        init() throws {
            root = Scratch.directory("terminal-output")
            let corpus = root.appendingPathComponent("news")
            try FileManager.default.createDirectory(at: corpus.appendingPathComponent("port"), withIntermediateDirectories: true)
            try Data(Fixtures.wireStory.utf8).write(to: corpus.appendingPathComponent("port/2026-05-02-harbour-vote.txt"))
            try Data(Fixtures.councilStory.utf8).write(to: corpus.appendingPathComponent("port/2026-05-03-\(TerminalOutputTests.attack)-vote.txt"))
        }
    }

    @Test func noCommandPrintsWhatATerminalWouldActOn() throws {
        let scene = try Scene()
        let env = TestEnvironment.isolated()
        let dir = scene.corpus.path
        let hostile = scene.root.appendingPathComponent("missing-\(Self.attack)").path
        let attack = Self.attack
        let runs: [[String]] = [
            // Folders, files and index locations with the attack in their names.
            ["list", hostile], ["list", scene.hostileFile.path], ["index", hostile], ["entities", hostile],
            ["search", "harbour", hostile], ["mentions", "Lindqvist", hostile], ["quotes", hostile], ["export", hostile],
            ["read", hostile], [hostile],
            ["show", hostile + ".txt"], ["show", scene.corpus.path], ["quotes", hostile + ".txt"],
            ["list", dir, "--index", scene.root.appendingPathComponent("no-\(attack)/x.sqlite").path],
            ["list", dir, "--index", scene.hostileFile.path],
            // A corpus holding the name: every listing of it.
            ["index", dir], ["index", dir, "--stats"], ["list", dir], ["list", dir, "--json"],
            ["search", "tram", dir], ["search", "tram", dir, "--json"], ["entities", dir], ["quotes", dir],
            ["mentions", "Lindqvist", dir], ["export", dir], ["show", scene.hostileFile.path], ["show", scene.hostileFile.path, "--json"],
            ["quotes", scene.hostileFile.path],
            // Queries, names and option values holding it.
            ["search", attack, dir], ["search", "org:\(attack)", dir], ["search", "person:\(attack)", dir],
            ["search", "speaker:\(attack)", dir], ["search", "place:\(attack)", dir], ["search", "(\(attack)", dir],
            ["search", "after:\(attack)", dir], ["mentions", attack, dir], ["quotes", dir, "--speaker", attack],
            ["entities", dir, "--type", attack], ["entities", dir, "--limit", attack], ["search", "x", dir, "--limit", attack],
            // The argument parser's own messages.
            ["list", dir, "--\(attack)"], ["--\(attack)"], ["\(attack)-command", "x"], ["show"], ["list", dir, "-\(attack)"],
        ]
        for arguments in runs {
            let outcome = try Spawn.run([byline] + arguments, environment: env, timeout: 120)
            let name = "byline " + arguments.joined(separator: " ").terminalSafeName
            #expect(!outcome.timedOut, "\(name) hung")
            #expect(Self.offending(outcome.outputBytes) == [], "\(name): standard output:\n\(outcome.output.terminalSafeName)")
            #expect(Self.offending(outcome.errorBytes) == [], "\(name): standard error:\n\(outcome.error.terminalSafeName)")
        }
        // Through the environment too.
        var withIndex = env
        withIndex["BYLINE_INDEX"] = scene.root.appendingPathComponent("env-\(attack)/x.sqlite").path
        let outcome = try Spawn.run([byline, "list", dir], environment: withIndex, timeout: 120)
        #expect(outcome.status == 1)
        #expect(Self.offending(outcome.outputBytes + outcome.errorBytes) == [], "\(outcome.error.terminalSafeName)")
    }

    /// `invoice-<U+202E>txt.exe<U+202C>.txt` and names that differ only by an invisible character, shown as
    /// `less` shows them in every listing and in `show`'s warnings.
    @Test func bidirectionalAndInvisibleCharactersInNamesAreShownVisibly() throws {
        let root = Scratch.directory("invisible-names")
        let corpus = root.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let invisible: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
                                           "\u{2069}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{FEFF}", "\u{2028}", "\u{2029}"]
        // The wire story names Lindqvist and quotes her; each copy differs in its last line, so
        // that none is taken for a moved copy of another.
        func story(_ k: Int) -> String { Fixtures.wireStory + "\n\nCopy \(k).\n" }
        try Data(story(0).utf8).write(to: corpus.appendingPathComponent("invoice-\u{202E}txt.exe\u{202C}.txt"))
        try Data(story(1).utf8).write(to: corpus.appendingPathComponent("ab.txt"))
        for (k, scalar) in invisible.enumerated() {
            try Data(story(k + 2).utf8).write(to: corpus.appendingPathComponent("a\(String(scalar))b.txt"))
        }
        // A file with a warning, for `show`: bytes that are not UTF-8 in its text.
        let warned = corpus.appendingPathComponent("latin-\u{202E}1.txt")
        try Data(Array("Caf".utf8) + [0xE9] + Array(" owner fined\n\nThe owner paid.\n".utf8)).write(to: warned)
        let env = TestEnvironment.isolated()
        let spoof = "invoice-<U+202E>txt.exe<U+202C>.txt"
        for arguments in [["list", corpus.path], ["search", "dredging", corpus.path], ["mentions", "Lindqvist", corpus.path], ["quotes", corpus.path]] {
            let outcome = try Spawn.run([byline] + arguments, environment: env, timeout: 120)
            let name = "byline \(arguments[0])"
            #expect(outcome.status == 0, "\(name): \(outcome.error)")
            #expect(Self.offending(outcome.outputBytes) == [], "\(name)")
            #expect(outcome.output.contains(spoof), "\(name) does not show \(spoof):\n\(outcome.output)")
            for scalar in invisible {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                #expect(outcome.output.contains("a<U+\(hex)>b.txt"), "\(name) does not show U+\(hex)")
                #expect(!outcome.output.unicodeScalars.contains(scalar), "\(name) printed U+\(hex)")
            }
        }
        let shown = try Spawn.run([byline, "show", warned.path], environment: env, timeout: 60)
        #expect(shown.status == 0)
        #expect(shown.error.contains("latin-<U+202E>1.txt: "), "\(shown.error)")
        #expect(Self.offending(shown.errorBytes) == [])
    }
}
