import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Pasted text: typed into a prompt as one line, never run as keys, and cheap however long.
@Suite struct PasteTests {
    @Test func aPasteIntoTheSearchPromptIsTextNotKeys() {
        var s = UpdateTests.state()
        _ = update(&s, .startCorpusSearch)
        let effects = update(&s, .paste("crane strike\n*"))
        // The newline did not run the search, and the star stayed in the query.
        #expect(effects.isEmpty)
        #expect(s.prompt?.text == "crane strike *")
        #expect(s.keyContext == .prompt)
        #expect(s.location.searchQuery == nil)
    }

    @Test func escapesAndControlsInAPasteAreDropped() {
        #expect(Prompt.pastable("x\u{1B}[31mQ\tq\r\n") == "x[31mQ q  ")
        #expect(Prompt.pastable("caf\u{E9} \u{9B}2J") == "caf\u{E9} 2J")
        var s = UpdateTests.state()
        _ = update(&s, .startCorpusSearch)
        _ = update(&s, .paste("x\u{1B}Q"))
        // The Esc inside the paste did not cancel the prompt.
        #expect(s.prompt?.text == "xQ")
    }

    @Test func aPasteOutsideAPromptIsIgnoredAndSaysSo() {
        var s = UpdateTests.state()
        let before = s
        let effects = update(&s, .paste("x\nQ"))
        #expect(effects.isEmpty)
        #expect(!s.isQuitting)
        #expect(s.message?.isError == true && s.message?.text.contains("Pasted text ignored") == true)
        s.message = nil
        #expect(s == before)
    }

    @Test func aPasteGoesInAtTheCursor() {
        var prompt = Prompt(purpose: .searchCorpus, text: "ab")
        prompt.apply(.left)
        let changed = prompt.apply(.insertText("XY"))
        #expect(changed)
        #expect(prompt.text == "aXYb" && prompt.cursor == 3)
        let unchanged = prompt.apply(.insertText(""))
        #expect(!unchanged)
    }

    @Test func aPromptKeepsItsFirstCharactersUpToItsLimit() {
        var prompt = Prompt(purpose: .searchCorpus)
        prompt.apply(.insertText(String(repeating: "ab", count: Prompt.maximumLength / 2 + 1000)))
        #expect(prompt.characters.count == Prompt.maximumLength)
        let full = prompt.apply(.insert("c"))
        #expect(!full)
        prompt.apply(.deleteBackward)
        let room = prompt.apply(.insert("c"))
        #expect(room && prompt.characters.last == "c")
    }

    @Test func findAsYouTypeRunsOnAPaste() throws {
        var s = UpdateTests.state()
        _ = update(&s, .open)
        _ = update(&s, .startFind)
        _ = update(&s, .paste("briain"))
        #expect(try #require(s.location.find).matches.count == 2)
    }

    /// The window of a long prompt shows the characters just before the cursor, as the old
    /// character-by-character measure did, for wide and narrow characters alike.
    @Test(arguments: [5, 12, 40])
    func theShownWindowEndsAtTheCursor(room: Int) {
        let pieces: [Character] = ["a", "界", "é", " ", "b", "😀"]
        var chars: [Character] = []
        for k in 0..<300 { chars.append(pieces[(k * 7 + k / 3) % pieces.count]) }
        for cursor in [0, 1, 2, 10, 150, 299, 300] {
            var naive = 0
            while CharacterWidth.of(String(chars[naive..<cursor])) >= room, naive < cursor { naive += 1 }
            let start = StatusLineView.firstShown(chars, cursor: cursor, room: room)
            #expect(start == naive, "cursor \(cursor)")
        }
    }

    @Test func aLongPromptDrawsItsTailWithTheCursor() {
        var s = UpdateTests.state(80, 24)
        _ = update(&s, .startCorpusSearch)
        _ = update(&s, .paste(String(repeating: "harbour ", count: 1_000) + "END"))
        let screen = ScreenView.render(s, theme: .standard)
        let last = screen.textLines().last ?? ""
        #expect(last.hasPrefix("search: "))
        #expect(last.contains("harbour END"))
    }
}
