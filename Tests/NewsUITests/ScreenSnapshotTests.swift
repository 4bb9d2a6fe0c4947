import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Whole screens at fixed sizes, compared cell by cell with `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    func state(_ width: Int, _ height: Int, focus: Pane = .articles) -> AppState {
        var state = UpdateTests.state(width, height)
        switch focus {
        case .articles: break
        case .body: _ = update(&state, .open)
        case .entities: _ = update(&state, .toggleEntities)
        }
        return state
    }

    @Test func threePanesAt120x40() {
        Snapshot.assert(ScreenView.render(state(120, 40, focus: .body), theme: .standard), named: "three-panes-120x40")
    }

    @Test func twoPanesAt80x24() {
        Snapshot.assert(ScreenView.render(state(80, 24), theme: .standard), named: "two-panes-80x24")
    }

    @Test func entityPaneFoldsInAt80x24() {
        Snapshot.assert(ScreenView.render(state(80, 24, focus: .entities), theme: .standard), named: "entities-80x24")
    }

    @Test func onePaneAt40x12() {
        Snapshot.assert(ScreenView.render(state(40, 12, focus: .body), theme: .standard), named: "one-pane-40x12")
    }

    @Test func helpOverlayAt80x24() {
        var s = state(80, 24)
        _ = update(&s, .toggleHelp)
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "help-80x24")
    }

    @Test func everyHelpLineFitsAt80Columns() {
        var s = state(80, 24)
        _ = update(&s, .toggleHelp)
        var truncated: [String] = []
        // Scroll through the whole overlay: no description may be cut short.
        for _ in 0..<HelpOverlayView.lineCount(keymap: s.keymap, width: 80) {
            truncated += ScreenView.render(s, theme: .standard).textLines().filter { $0.contains("…") && $0.contains("│ ") }
            _ = update(&s, .moveDown)
        }
        #expect(truncated.isEmpty, "\(Set(truncated))")
    }

    @Test func monochromeAt100x30() {
        Snapshot.assert(ScreenView.render(state(100, 30), theme: .monochrome), named: "monochrome-100x30")
    }

    @Test func tooSmall() {
        Snapshot.assert(ScreenView.render(state(30, 8), theme: .standard), named: "too-small-30x8")
    }

    @Test func findInArticleAt100x30() {
        var s = state(100, 30, focus: .body)
        _ = update(&s, .startFind)
        for c in "harbour" { _ = update(&s, .promptEdit(.insert(c))) }
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "find-100x30")
    }

    @Test func quotesOffAt80x24() {
        var s = state(80, 24, focus: .body)
        _ = update(&s, .toggleQuoteHighlighting)
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "quotes-off-80x24")
    }

    @Test func searchResultsAt100x30() {
        var s = state(100, 30)
        _ = update(&s, .startCorpusSearch)
        for c in "dredging" { _ = update(&s, .promptEdit(.insert(c))) }
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "search-prompt-100x30")
        _ = update(&s, .promptAccept)
        let hits = [
            ArticleListItem(id: 1, path: "port/a.txt", title: "Harbour board backs €40m dredging plan", date: "2026-05-02",
                            snippet: MarkedText(text: "…approved the dredging scheme on Thursday…", marks: [14..<22])),
            ArticleListItem(id: 2, path: "city/b.txt", title: "Council delays vote", date: "2026-04-20", isRead: true,
                            snippet: MarkedText(text: "…the cost of dredging the channel…", marks: [12..<20])),
        ]
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: hits, count: 2))
        var opened = UpdateTests.opened()
        opened.searchMatches = [opened.article.text.scalarCount > 300 ? 0..<7 : 0..<1]
        _ = update(&s, .articleOpened(opened, reveal: nil))
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "search-results-100x30")
    }

    @Test func mentionsViewAt100x30() {
        var s = state(100, 30)
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("Enter on an entity did not open its mentions")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(8), count: 8))
        _ = update(&s, .moveDown)
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "mentions-100x30")
    }

    @Test func quotesViewAt100x30() {
        var s = state(100, 30)
        _ = update(&s, .focusPrevious)
        _ = update(&s, .showQuotes)
        guard case .trail(let screen) = s.location.screen, screen.kind == .quotes else {
            Issue.record("showQuotes on an entity did not open its quotations")
            return
        }
        let lines = [
            TrailLine.quote(articleID: 1, path: "port/a.txt", title: "Harbour board backs €40m dredging plan", date: "2026-05-02",
                      range: 10..<40, text: "We are not choosing between ships and fish,", kind: .direct),
            TrailLine.quote(articleID: 1, path: "port/a.txt", title: "Harbour board backs €40m dredging plan", date: "2026-05-02",
                      range: 50..<60, text: "wither within a decade", kind: .partial),
        ]
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: lines, count: 2))
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "quotes-100x30")
    }

    @Test func entityFilterAt100x30() {
        var s = state(100, 30)
        _ = update(&s, .focusPrevious)
        _ = update(&s, .startFind)
        for c in "ó" { _ = update(&s, .promptEdit(.insert(c))) }
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "entity-filter-100x30")
    }

    @Test func unreadFilterAt100x30() {
        var s = state(100, 30)
        _ = update(&s, .cycleFilter)
        let unread = UpdateTests.items.filter { !$0.isRead }
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: unread, count: unread.count))
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "unread-100x30")
    }

    @Test func aLongPathGivesWayToTheArticlesFlagsAndPosition() throws {
        for width in [100, 80] {
            var s = state(width, 30, focus: .body)
            s.location.open?.article.path = "port/2026-05-28-first-remote-controlled-crane-arrives.txt"
            s.location.open?.isStarred = true
            let header = try #require(ScreenView.render(s, theme: .standard).textLines().first)
            let body = try #require(header.split(separator: "│").dropFirst().first.map(String.init))
            // The flags and the percentage stay whole; the path is what gets cut.
            #expect(body.contains("★ new ") && (body.contains("%") || body.contains("all")), "\(width) columns: \(body)")
            #expect(body.hasPrefix(" port/2026-05-28-") && body.contains("…"), "\(width) columns: \(body)")
        }
    }

    @Test func aLongHeaderDetailGivesWayToTheTitle() throws {
        var s = state(46, 20)
        _ = update(&s, .toggleEntities)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("no mentions view")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(8), count: 8))
        let header = try #require(ScreenView.render(s, theme: .standard).textLines().first)
        // "8 mentions in 3 articles" is longer than half the row: the name stays whole.
        #expect(header.hasPrefix(" Mentions of \(screen.entity.name) "), "\(header)")
    }

    @Test func aSearchSnippetShowsItsMatchInTheWideAndTheNarrowList() throws {
        var s = state(100, 30)
        _ = update(&s, .startCorpusSearch)
        for c in "strike" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptAccept)
        let text = "… talks aimed at ending the strike at the container terminal broke down"
        let start = text.distance(from: text.startIndex, to: text.range(of: "strike")!.lowerBound)
        let hit = ArticleListItem(id: 1, path: "port/a.txt", title: "Talks collapse", date: nil,
                                  snippet: MarkedText(text: text, marks: [start..<(start + 6)]))
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [hit], count: 1))
        // While the results have the focus, the list is wide enough for the snippet as it is.
        let wide = try #require(ScreenView.render(s, theme: .standard).textLines()[2].split(separator: "│").first)
        #expect(wide.hasPrefix("  … talks aimed at ending the strike at the"), "\(wide)")
        // Reading the article, the list narrows again and the snippet shifts to its match.
        _ = update(&s, .focusNext)
        let lines = ScreenView.render(s, theme: .standard).textLines()
        let snippet = try #require(lines[2].split(separator: "│").first)
        // Cut at the list's edge the snippet read "… talks aimed at ending t", with no match.
        #expect(snippet.contains("strike"), "\(snippet)")
        #expect(snippet.hasPrefix("  …the strike"), "starts on a word: \(snippet)")
    }

    @Test func undatedMentionsGiveTheDateColumnToTheText() throws {
        var s = state(80, 24)
        _ = update(&s, .toggleEntities)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("no mentions view")
            return
        }
        let lines = (0..<3).map { i in
            TrailLine.mention(articleID: Int64(i + 1), path: "a.txt", title: "Story \(i)", date: nil, range: 0..<4,
                        context: MarkedText(text: "said Lindqvist on", marks: [5..<14]))
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: lines, count: 3))
        let rendered = ScreenView.render(s, theme: .standard).textLines()
        #expect(rendered[1].hasPrefix(" Story 0"), "\(rendered[1])")
    }

    @Test func aLongCorpusPathGivesWayOnTheStatusLine() throws {
        var s = state(80, 24)
        s.corpusName = "/home/reader/archive/merrowick-courier/Articles"
        _ = update(&s, .toggleEntities)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("no mentions view")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(8), count: 8))
        let status = try #require(ScreenView.render(s, theme: .standard).textLines().last)
        // The path used to push the position and "Esc back" off the line.
        #expect(status.hasPrefix(" mentions of ") && status.contains("1/8 · Esc back"), "\(status)")
        // With room to spare the name stays.
        s.size = Size(width: 160, height: 24)
        #expect(ScreenView.render(s, theme: .standard).textLines().last?.hasPrefix(" /home/reader/archive") == true)
    }

    @Test func monochromeUsesNoColour() {
        let buffer = ScreenView.render(state(100, 30), theme: .monochrome)
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(buffer.cells.allSatisfy { $0.style.attributes.isSubset(of: [.bold, .underline, .reverse]) })
    }

    @Test func standardThemeKeepsTheTerminalBackground() {
        let buffer = ScreenView.render(state(120, 40), theme: .standard)
        #expect(buffer.cells.allSatisfy { $0.style.background == nil })
    }

    @Test func quotationsAreStyledAndTheirSpeakersNamed() throws {
        let s = state(100, 30, focus: .body)
        let lines = ScreenView.render(s, theme: .standard).textLines()
        #expect(lines.contains { $0.hasSuffix("— Ingrid Lindqvist │") || $0.contains("— Ingrid Lindqvist") })
        let body = try #require(s.derived.body)
        let quoted = body.lines.flatMap(\.characters).filter { $0.role == .quote }
        #expect(String(quoted.map(\.character)).contains("“We are not choosing"))
    }
}
