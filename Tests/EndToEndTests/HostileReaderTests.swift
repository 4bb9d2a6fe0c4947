import BylineTestSupport
import Foundation
import Testing

/// The reader on the hostile corpus, in tmux: every article opened, and nothing in any of them
/// reaches the terminal as a control sequence (no title change, no clipboard write, only SGR).
@Suite(.serialized) struct HostileReaderTests {
    let byline = BuiltProducts.byline.path

    /// tmux keeps what applications write with OSC 52 in a paste buffer when this is on, so a
    /// leaked clipboard write shows up in `show-buffer`.
    static let tmuxConfiguration = "set -g set-clipboard on"

    /// Sets the pane title to a known value before running `command`, so a change shows.
    static func titled(_ command: String) -> String {
        "printf '\\033]2;BASELINE-TITLE\\033\\\\'; \(command)"
    }

    /// Every escape sequence in a `capture-pane -e` screen that is not SGR (`ESC [ … m`).
    static func nonSGR(_ screen: String) -> [String] {
        var found: [String] = []
        var scalars = Array(screen.unicodeScalars)[...]
        while let i = scalars.firstIndex(where: { $0 == "\u{1B}" || ($0.properties.generalCategory == .control && $0 != "\n") }) {
            let rest = scalars[i...]
            if rest.first == "\u{1B}", rest.dropFirst().first == "[",
                let end = rest.dropFirst(2).firstIndex(where: { !("0"..."9").contains($0) && $0 != ";" }), scalars[end] == "m"
            {
                scalars = scalars[(end + 1)...]
                continue
            }
            found.append(String(String.UnicodeScalarView(rest.prefix(12))).debugDescription)
            scalars = rest.dropFirst()
        }
        return found
    }

    /// Sequences in the bytes a program wrote to the terminal that only an attack would send:
    /// OSC (title, clipboard), DCS, APC, PM and SOS strings, BEL, and C1 controls in UTF-8.
    /// `capture-pane -e` cannot show these, because tmux acts on them instead of drawing them.
    /// `allowed` is written by the test itself (the baseline title).
    static func forbidden(_ bytes: [UInt8], allowed: [UInt8]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < bytes.count {
            if bytes[i...].starts(with: allowed) {
                i += allowed.count
                continue
            }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            let hit = (bytes[i] == 0x1B && [UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X")].contains(next))
                || bytes[i] == 0x07 || (bytes[i] == 0xC2 && (0x80...0x9F).contains(next))
            if hit { found.append(String(decoding: bytes[i..<min(bytes.count, i + 12)], as: UTF8.self).debugDescription) }
            i += 1
        }
        return found
    }

    /// The checks themselves can fail: in a shell under the same tmux setup, an OSC title and an
    /// OSC 52 clipboard write do change the title and fill a paste buffer, and `nonSGR` sees a CSI.
    @Test func theChecksCanSeeAnAttack() throws {
        let tmux = try TmuxSession(
            command: Self.titled("printf 'ready\\033]2;PWNED-TITLE\\007\\033]52;c;UFdORUQtQ0xJUA==\\007\\n'"),
            width: 60, height: 10, configuration: Self.tmuxConfiguration)
        defer { tmux.kill() }
        #expect(tmux.wait(for: "[exit 0]").matched)
        #expect(tmux.tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).contains("PWNED-TITLE"))
        #expect(tmux.tmux(["show-buffer"]).contains("PWNED-CLIP"))
        #expect(Self.nonSGR("a\u{1B}[1mb\u{1B}[0mc") == [] && Self.nonSGR("a\u{1B}[2Jb").count == 1 && Self.nonSGR("\u{07}").count == 1)
        let baseline = Array("\u{1B}]2;BASELINE-TITLE\u{1B}\\".utf8)
        #expect(Self.forbidden(baseline + Array("a\u{1B}[1mb".utf8), allowed: baseline) == [])
        for attack in ["\u{1B}]2;x\u{07}", "\u{1B}]52;c;eA==\u{1B}\\", "\u{1B}Pq\u{1B}\\", "\u{9B}2J", "\u{07}"] {
            #expect(Self.forbidden(Array(attack.utf8), allowed: baseline).count >= 1, "\(attack.debugDescription) not seen")
        }
    }

    @Test func everyArticleOpensAndNothingReachesTheTerminal() throws {
        let corpus = try HostileCorpus(.full)
        defer { corpus.remove() }
        let tmux = try TmuxSession(
            command: Self.titled("'\(byline)' '\(corpus.folder.path)'"), width: 120, height: 35,
            configuration: Self.tmuxConfiguration)
        defer { tmux.kill() }
        // Every byte the reader writes to its terminal, as tmux receives it.
        let raw = Scratch.directory("hostile-raw")
        _ = tmux.tmux(["pipe-pane", "-o", "-t", "0", "cat >> '\(raw.path)'"])
        let count = corpus.goodPaths.count + corpus.cleanedPaths.count
        // The first run indexes everything in the background; wait for its summary.
        var (ok, screen) = tmux.wait(timeout: 300) { $0.contains("Index refreshed: \(count) new") }
        #expect(ok, "the reader never finished indexing the hostile corpus:\n\(screen)")
        guard ok else { return }
        // The list filled in around the article first opened, its selection kept on that article
        // (as mutt keeps its cursor when mail arrives); g goes to the top, the newest.
        tmux.send("g")
        // The corpus holds copies of some files: each story is one row (marked ×2), so the list
        // has fewer rows than files. A copy is the same bytes as the row shown, so every row
        // opening cleanly covers every file's text.
        (ok, screen) = tmux.wait(timeout: 60) { $0.range(of: #" 1/\d+ "#, options: .regularExpression) != nil }
        #expect(ok, "the list did not come back to its top:\n\(screen)")
        guard ok, let total = screen.range(of: #" 1/\d+ "#, options: .regularExpression),
              let rows = Int(screen[total].dropFirst(3).dropLast()) else { return }
        #expect(rows <= count && rows > count / 2, "\(rows) rows for \(count) files")

        var seen: Set<String> = []
        for position in 1...rows {
            if position > 1 { tmux.send("j") }
            // The list shows the position and the body pane has drawn an article (its header's path).
            // (Three minutes: under AddressSanitizer on a loaded machine, opening the 50 MB
            // one-line file took over a minute; the wait ends as soon as the article shows.)
            (ok, screen) = tmux.wait(timeout: 180) { screen in
                guard screen.contains(" \(position)/\(rows) "), let path = ReaderScenarioTests.bodyPath(screen) else { return false }
                // Newest first: the first article is the good story of May 2.
                return position == 1 ? path == corpus.goodPaths[0] : !seen.contains(path)
            }
            #expect(ok, "article \(position) did not open:\n\(screen)")
            let path = ReaderScenarioTests.bodyPath(screen)
            if let path { seen.insert(path) }
            let colours = tmux.capture(escapes: true)
            #expect(Self.nonSGR(colours) == [], "article \(position): escape sequences reached the screen")
            // A file name keeps its payload, inert and visible after its escape (`<U+001B>]0;PWNED…`),
            // as less shows it; anywhere else the payload's words must be gone with the escape.
            let outsideNames = screen.replacingOccurrences(of: #"<U\+001B>\S*"#, with: "", options: .regularExpression)
            #expect(!outsideNames.contains("PWNED"), "article \(position) shows an attack's payload:\n\(screen)")
            if path == "big/one-line.txt" {
                // The 50 MB one-line file: shown up to the reader's limit, with a note saying so.
                tmux.send("Enter", "G")
                (ok, screen) = tmux.wait(timeout: 180) { $0.contains("Byline shows the first 1,000,000") }
                #expect(ok, "the end of the huge article does not say it was cut:\n\(screen)")
                #expect(Self.nonSGR(tmux.capture(escapes: true)) == [])
                tmux.send("h")
            }
        }
        #expect(seen.count == rows)
        #expect(tmux.tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "BASELINE-TITLE")
        #expect(tmux.tmux(["list-buffers"]).isEmpty, "a clipboard write reached tmux")
        tmux.send("q")
        #expect(tmux.exitStatus(timeout: 30) == 0)
        #expect(!tmux.capture().contains("Entities"))
        let written = [UInt8](TestFiles.contents(atPath: raw.path))
        #expect(written.count > 10_000, "tmux did not pass on what the reader wrote")
        let leaks = Self.forbidden(written, allowed: Array("\u{1B}]2;BASELINE-TITLE\u{1B}\\".utf8))
        #expect(leaks.isEmpty, "the reader wrote control strings to the terminal: \(leaks.prefix(5))")
    }
}
