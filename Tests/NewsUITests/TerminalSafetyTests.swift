import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// No text from outside (articles, file names, messages) reaches a cell as a control character,
/// whatever the views are given: the buffer is the last gate before the terminal.
///
/// The strings here are raw, not sanitised by the parser, so the test holds the views to it even
/// if some other path (a file name, an error message, a future data source) skips the parser.
@Suite struct TerminalSafetyTests {
    /// Every attack of the hostile corpus, plus bidirectional and invisible characters.
    static let nasty = HostileCorpus.attacks.joined() + "\u{202E}\u{2066}\u{200B}\u{FEFF}\u{200F}\u{061C}\r\n\u{0B}\u{0C}\u{7F}"

    /// A scalar that must never be written to the terminal.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || TextSanitizer.isUnsafe(scalar)
    }

    static func forbiddenCells(_ buffer: Buffer) -> [String] {
        var found: [String] = []
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width where buffer[x, y].character.unicodeScalars.contains(where: isForbidden) {
                let codes = buffer[x, y].character.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
                found.append("(\(x),\(y)): U+\(codes)")
            }
        }
        return found
    }

    /// A reader whose every visible string carries escape sequences and control characters.
    static func hostileState(_ width: Int, _ height: Int) -> AppState {
        let n = nasty
        var state = AppState(size: Size(width: width, height: height), corpusName: "news\(n)")
        _ = update(&state, .resize(Size(width: width, height: height)))
        let items = (1...3).map { i in
            ArticleListItem(
                id: Int64(i), path: "dir\(n)/file\(i)\(n).txt", title: "Title\(n) \(i)", date: "2026-05-0\(i)",
                snippet: MarkedText(text: "snippet\(n) words", marks: [0..<3]))
        }
        _ = update(&state, .listPageLoaded(generation: state.location.list.generation, page: 0, items: items, count: items.count))
        let headline = "Headline\(n)"
        let body = "Body \(n) with \u{1B}[2J more text and a long word \(String(repeating: "x", count: 300))."
        let text = headline + "\n\n" + body
        let headlineEnd = headline.unicodeScalars.count
        let article = Article(
            path: "dir\(n)/file1.txt", title: headline, date: "2026\(n)", meta: [MetaEntry(key: "by\(n)", value: "val\(n)")],
            text: text, blocks: [Block(kind: .headline, range: 0..<headlineEnd),
                                 Block(kind: .paragraph, range: (headlineEnd + 2)..<text.unicodeScalars.count)],
            warnings: ["warning\(n)"])
        let entity = ReaderEntity(id: 7, name: "Name\(n)", type: .person, mentions: [0..<4], corpusMentions: 3, corpusArticles: 2)
        let quote = Quote(range: (headlineEnd + 2)..<(headlineEnd + 8), kind: .direct, speakerText: "Who\(n)", speakerEntity: "Who\(n)")
        let opened = OpenArticle(id: 1, article: article, entities: [entity], quotes: [quote], searchMatches: [0..<3])
        _ = update(&state, .articleOpened(opened, reveal: nil))
        _ = update(&state, .showMessage("message\(n)", isError: true))
        return state
    }

    @Test(arguments: [(120, 40), (80, 24), (50, 15), (30, 8)])
    func theReaderScreenHoldsNoControls(width: Int, height: Int) {
        var state = Self.hostileState(width, height)
        let first = ScreenView.render(state, theme: .standard)
        #expect(Self.forbiddenCells(first) == [])
        if width >= 100 {
            // The hostile strings were drawn (what is left of them), not left out.
            let screen = first.textLines().joined(separator: "\n")
            #expect(screen.contains("Title") && screen.contains("Headline") && screen.contains("Name") && screen.contains("message"), "\(screen)")
        }
        // The body focused, a find typed with controls in it, help over it all.
        _ = update(&state, .open)
        _ = update(&state, .startFind)
        for c in "x\u{1B}[2J\u{9B}" { _ = update(&state, .promptEdit(.insert(c))) }
        #expect(Self.forbiddenCells(ScreenView.render(state, theme: .monochrome)) == [])
        _ = update(&state, .promptAccept)
        _ = update(&state, .toggleHelp)
        #expect(Self.forbiddenCells(ScreenView.render(state, theme: .standard)) == [])
    }

    @Test func theMentionsViewHoldsNoControls() {
        var state = Self.hostileState(100, 30)
        _ = update(&state, .focusPrevious)
        _ = update(&state, .open)
        guard case .trail(let screen) = state.location.screen, screen.kind == .mentions else {
            Issue.record("Enter on an entity did not open its mentions")
            return
        }
        let n = Self.nasty
        let lines = (0..<5).map { i in
            TrailLine.mention(articleID: Int64(i), path: "p\(n)\(i).txt", title: "T\(n)", date: "2026-01-0\(i + 1)", range: 0..<4,
                        context: MarkedText(text: "before\(n) Name after\(n)", marks: [0..<4]))
        }
        _ = update(&state, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: lines, count: lines.count))
        #expect(Self.forbiddenCells(ScreenView.render(state, theme: .standard)) == [])
    }

    /// The check itself can fail: a control character put straight into a cell is caught.
    @Test func theCheckCatchesAControlCell() {
        #expect(Self.isForbidden("\u{1B}") && Self.isForbidden("\u{9B}") && Self.isForbidden("\u{202E}") && !Self.isForbidden("é"))
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("ab\u{1B}c", x: 0, y: 0, style: .plain)
        // Buffer.put refuses zero-width scalars, so the ESC never lands in a cell.
        #expect(Self.forbiddenCells(buffer) == [])
        #expect(buffer.textLines() == ["abc"])
    }
}
