import Foundation
import BylineTestSupport
import NewsUI
@testable import NewsTerminal
import Testing

/// The editor, pipes, the browser and the clipboard, run for real (without a terminal): each
/// program is a small shell script that records what it was given.
@Suite(.serialized) struct ExternalToolsTests {
    /// A folder holding scripts, with a PATH of its own.
    final class Workshop {
        let folder: URL
        let bin: URL

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-tools-\(UUID().uuidString)")
            bin = folder.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: folder)
        }

        /// An executable script in `bin` (written so that no other test's child holds it open).
        @discardableResult
        func script(_ name: String, _ body: String) throws -> String {
            let path = bin.appendingPathComponent(name).path
            try TestFiles.writeExecutable("#!/bin/sh\n\(body)\n", to: path)
            return path
        }

        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

        func read(_ name: String) -> String? { try? String(contentsOf: file(name), encoding: .utf8) }

        func tools(_ environment: [String: String] = [:], osc52: Bool = false) -> ExternalTools {
            var env = ["PATH": bin.path + ":/usr/bin:/bin", "HOME": folder.path]
            env.merge(environment) { _, new in new }
            return ExternalTools(environment: env, osc52: osc52, clipboardFile: file("state/clipboard.txt"), clipboardFileShown: "~/state/clipboard.txt")
        }
    }

    @Test func theEditorGetsTheFileAndAFailureIsNamed() throws {
        let shop = try Workshop()
        let editor = try shop.script("fake-editor", "printf '%s' \"$1\" > '\(shop.file("edited").path)'")
        #expect(shop.tools(["EDITOR": editor]).edit("/news/a story.txt", in: nil) == nil)
        #expect(shop.read("edited") == "/news/a story.txt")
        // VISUAL comes before EDITOR, and vi when neither is set, as git chooses.
        #expect(shop.tools(["VISUAL": "nano", "EDITOR": editor]).editor == "nano")
        #expect(shop.tools().editor == "vi")
        let missing = shop.tools(["EDITOR": "no-such-editor-anywhere"]).edit("/news/a.txt", in: nil)
        #expect(missing == "The editor “no-such-editor-anywhere” was not found; set VISUAL or EDITOR")
        try shop.script("grumpy", "exit 3")
        #expect(shop.tools(["EDITOR": "grumpy"]).edit("/news/a.txt", in: nil) == "The editor “grumpy” exited with status 3")
    }

    @Test func aPipeGetsTheArticleOnItsInput() throws {
        let shop = try Workshop()
        let tools = shop.tools()
        let out = shop.file("piped.txt").path
        let (message, isError) = tools.pipe("cat > '\(out)'", text: "Headline\n\nA paragraph.", in: nil)
        #expect(!isError && message == "Piped the article to “cat > '\(out)'”")
        #expect(shop.read("piped.txt") == "Headline\n\nA paragraph.")
        #expect(tools.pipe("exit 4", text: "x", in: nil) == ("“exit 4” exited with status 4", true))
        #expect(tools.pipe("no-such-command-here", text: "x", in: nil) == ("“no-such-command-here”: command not found", true))
        // A command that never reads its input still ends, and the reader with it.
        #expect(tools.pipe("true", text: String(repeating: "long text ", count: 100_000), in: nil).isError == false)
    }

    @Test func theBrowserIsBrowserElseXdgOpenElseAMessage() throws {
        let shop = try Workshop()
        let browser = try shop.script("fake-browser", "printf '%s' \"$1\" > '\(shop.file("browsed").path)'")
        let url = "https://example.org/news?id=1&x='y'"
        #expect(shop.tools(["BROWSER": browser]).browse(url, in: nil) == ("Opened \(url)", false))
        #expect(shop.read("browsed") == url)
        #expect(shop.tools(["BROWSER": "\(browser) --new-tab %s"]).browse("https://example.org/2", in: nil).isError == false)
        #expect(shop.read("browsed") == "--new-tab")

        let noBrowser = ExternalTools(environment: ["PATH": shop.bin.path], osc52: false, clipboardFile: shop.file("c"))
        #expect(noBrowser.browse(url, in: nil) == ("No browser to open the address with: set BROWSER, or install xdg-open", true))
        try shop.script("xdg-open", "printf '%s' \"$1\" > '\(shop.file("opened").path)'")
        let withOpener = shop.tools()
        #expect(withOpener.browse(url, in: nil) == ("Opening \(url) with xdg-open", false))
        // (xdg-open runs in the background: wait for it to have written.)
        let deadline = Date().addingTimeInterval(20)
        while shop.read("opened") == nil, Date() < deadline { usleep(10_000) }
        #expect(shop.read("opened") == url)
    }

    @Test func copyingUsesAClipboardToolElseAFile() throws {
        let shop = try Workshop()
        // No tool on PATH (the system's folders left out): the text goes to the file.
        let bare = ExternalTools(
            environment: ["PATH": shop.bin.path], osc52: false, clipboardFile: shop.file("state/clipboard.txt"),
            clipboardFileShown: "~/state/clipboard.txt")
        #expect(bare.copy("“Quote” — Ada", what: "the quotation", in: nil) == ("No clipboard tool; the quotation is in ~/state/clipboard.txt", false))
        #expect(shop.read("state/clipboard.txt") == "“Quote” — Ada")
        // A tool that fails is named, and the file still gets the text.
        try shop.script("xclip", "exit 1")
        #expect(bare.copy("again", what: "the citation", in: nil) == ("xclip failed; the citation is in ~/state/clipboard.txt", false))
        #expect(shop.read("state/clipboard.txt") == "again")
        // A tool that works gets the text on its input.
        try shop.script("wl-copy", "/bin/cat > '\(shop.file("wayland").path)'")
        #expect(bare.copy("the citation text", what: "the citation", in: nil) == ("Copied the citation to the clipboard (wl-copy)", false))
        #expect(shop.read("wayland") == "the citation text")
    }

    @Test func osc52CarriesTheTextInBase64() {
        let sequence = ExternalTools.osc52Sequence("“Sea wall” \u{1B}]0;x")
        #expect(sequence.hasPrefix("\u{1B}]52;c;") && sequence.hasSuffix("\u{07}"))
        let payload = String(sequence.dropFirst(7).dropLast())
        #expect(payload.allSatisfy { $0.isLetter || $0.isNumber || "+/=".contains($0) })
        #expect(Data(base64Encoded: payload).map { String(decoding: $0, as: UTF8.self) } == "“Sea wall” \u{1B}]0;x")
    }
}
