import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// `update` as a pure function: actions in, state and effects out.
@Suite struct UpdateTests {
    static let summaries = [
        ArticleSummary(path: "port/2026-05-02-harbour-vote.txt", title: "Harbour board backs €40m dredging plan", date: "2026-05-02"),
        ArticleSummary(path: "city/2026-04-20-tram-vote.txt", title: "Council delays vote on tram extension", date: "2026-04-20"),
        ArticleSummary(path: "city/2026-04-01-budget.txt", title: "Budget passes", date: "2026-04-01"),
    ]

    static func opened(_ index: Int = 0) -> OpenArticle {
        let article = index == 1 ? Fixtures.councilArticle : Fixtures.wireArticle
        return OpenArticle(index: index, article: article, entities: CapitalisationExtractor().entities(in: article))
    }

    func state(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var state = AppState(size: Size(width: width, height: height), corpusName: "Articles", articles: Self.summaries)
        _ = update(&state, .articleLoaded(Self.opened()))
        return state
    }

    @Test func movingInTheListPreviewsTheArticle() {
        var s = state()
        #expect(update(&s, .moveDown) == [.loadArticle(index: 1, path: Self.summaries[1].path)])
        #expect(s.list.selected == 1)
        #expect(update(&s, .bottom) == [.loadArticle(index: 2, path: Self.summaries[2].path)])
        #expect(update(&s, .moveDown) == [])
        #expect(s.list.selected == 2)
        _ = update(&s, .top)
        #expect(s.list.selected == 0)
    }

    @Test func openFocusesTheBodyAndLoadsOnlyWhenNeeded() {
        var s = state()
        #expect(update(&s, .open) == [])
        #expect(s.focus == .body)
        var t = state()
        t.list.selected = 1
        #expect(update(&t, .open) == [.loadArticle(index: 1, path: Self.summaries[1].path)])
    }

    @Test func tabCyclesThePanesBothWays() {
        var s = state()
        var seen: [Pane] = []
        for _ in 0..<3 {
            _ = update(&s, .focusNext)
            seen.append(s.focus)
        }
        #expect(seen == [.body, .entities, .articles])
        _ = update(&s, .focusPrevious)
        #expect(s.focus == .entities)
        _ = update(&s, .focusLeft)
        #expect(s.focus == .body)
        _ = update(&s, .focusLeft)
        #expect(s.focus == .articles)
    }

    @Test func bodyScrollsWithinItsLength() throws {
        var s = state(100, 14)
        _ = update(&s, .open)
        let lines = try #require(s.body).lines.count
        let height = s.layout.contentHeight(of: .body)
        #expect(lines > height)
        _ = update(&s, .moveDown)
        #expect(s.bodyTop == 1)
        _ = update(&s, .bottom)
        #expect(s.bodyTop == lines - height)
        _ = update(&s, .moveDown)
        #expect(s.bodyTop == lines - height)
        _ = update(&s, .halfPageUp)
        #expect(s.bodyTop == lines - height - (height - 1) / 2)
        _ = update(&s, .top)
        #expect(s.bodyTop == 0)
    }

    @Test func spacePagesThenOpensTheNextArticle() {
        var s = state(100, 14)
        var effects: [Effect] = []
        for _ in 0..<20 where effects.isEmpty {
            effects = update(&s, .readOn)
        }
        #expect(effects == [.loadArticle(index: 1, path: Self.summaries[1].path)])
        #expect(s.list.selected == 1)
    }

    @Test func resizeRewrapsTheBodyAndKeepsThePlace() throws {
        var s = state(120, 30)
        _ = update(&s, .open)
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        let body = try #require(s.body)
        let anchor = try #require(body.lines[s.bodyTop].offsets).lowerBound
        _ = update(&s, .resize(Size(width: 60, height: 20)))
        let narrow = try #require(s.body)
        #expect(narrow.width < body.width)
        #expect(narrow.lines.count > body.lines.count)
        #expect(narrow.lines[s.bodyTop].offsets.map { $0.contains(anchor) || $0.lowerBound >= anchor } == true)
    }

    @Test func entitiesAreGroupedAndSelectable() {
        var s = state()
        #expect(s.entityRows.first.map { if case .heading(.person, _) = $0 { true } else { false } } == true)
        _ = update(&s, .focusNext)
        _ = update(&s, .focusNext)
        _ = update(&s, .moveDown)
        #expect(s.entityList.selected == 1)
        _ = update(&s, .bottom)
        #expect(s.entityList.selected == s.entityRows.filter(\.isSelectable).count - 1)
    }

    @Test func helpOverlayTakesKeysUntilClosed() {
        var s = state()
        _ = update(&s, .toggleHelp)
        #expect(s.keyContext == .help)
        _ = update(&s, .moveDown)
        #expect(s.list.selected == 0)
        _ = update(&s, .closeOverlay)
        #expect(s.helpTop == nil)
        #expect(s.keyContext == .articles)
    }

    @Test func quitAsksTheLoopToStop() {
        var s = state()
        #expect(update(&s, .quit) == [.quit])
        #expect(s.isQuitting)
    }

    @Test func aFailedLoadSaysWhyAndClearsTheBody() {
        var s = state()
        _ = update(&s, .articleFailed(path: "x.txt", message: "x.txt: looks binary (contains NUL bytes); skipped"))
        #expect(s.open == nil && s.body == nil && s.entityRows.isEmpty)
        #expect(s.message == StatusMessage("x.txt: looks binary (contains NUL bytes); skipped", isError: true))
        _ = update(&s, .moveDown)
        #expect(s.message == nil)
    }

    @Test(arguments: [
        (120, 40, Pane.articles, [Pane.articles, .body, .entities]),
        (100, 30, .entities, [.articles, .body, .entities]),
        (80, 24, .articles, [.articles, .body]),
        (80, 24, .entities, [.body, .entities]),
        (50, 20, .body, [.body]),
        (40, 12, .entities, [.entities]),
    ])
    func layoutFollowsTheWidth(width: Int, height: Int, focus: Pane, panes: [Pane]) {
        let layout = ScreenLayout(size: Size(width: width, height: height), focus: focus, entitiesShown: false)
        #expect(layout.panes.map(\.0) == panes)
        #expect(layout.panes.map(\.1.width).reduce(0, +) + layout.separators.count == width)
    }

    @Test func narrowScreensShowEntitiesOnRequest() {
        var s = state(80, 24)
        _ = update(&s, .toggleEntities)
        #expect(s.layout.panes.map(\.0) == [.body, .entities])
        #expect(s.focus == .entities)
        _ = update(&s, .toggleEntities)
        #expect(s.layout.panes.map(\.0) == [.articles, .body])
    }

    @Test func tinyTerminalsGetAMessage() {
        #expect(ScreenLayout(size: Size(width: 39, height: 20), focus: .body, entitiesShown: false).isTooSmall)
        #expect(ScreenLayout(size: Size(width: 80, height: 9), focus: .body, entitiesShown: false).isTooSmall)
        #expect(!ScreenLayout(size: Size(width: 40, height: 10), focus: .body, entitiesShown: false).isTooSmall)
    }
}
