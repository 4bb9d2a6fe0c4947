import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// `update` as a pure function: actions in, state and effects out.
@Suite struct UpdateTests {
    static let items = [
        ArticleListItem(id: 1, path: "port/2026-05-02-harbour-vote.txt", title: "Harbour board backs €40m dredging plan", date: "2026-05-02"),
        ArticleListItem(id: 2, path: "city/2026-04-20-tram-vote.txt", title: "Council delays vote on tram extension", date: "2026-04-20", isRead: true),
        ArticleListItem(id: 3, path: "city/2026-04-01-budget.txt", title: "Budget passes", date: "2026-04-01", isStarred: true),
    ]

    static func opened(_ id: Int64 = 1) -> OpenArticle {
        // Even ids are the council story, odd ones the wire story.
        let article = id % 2 == 0 ? Fixtures.councilArticle : Fixtures.wireArticle
        var entities = CapitalisationExtractor().entities(in: article).map(ReaderEntity.init)
        for i in entities.indices {
            entities[i].id = Int64(100 + i)
            entities[i].corpusMentions = 10 + i
            entities[i].corpusArticles = 3
        }
        return OpenArticle(id: id, article: article, entities: entities, quotes: Fixtures.wireQuotes(article), isRead: id == 2)
    }

    /// A reader with the list loaded and the first article open, as after start-up.
    static func state(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var state = AppState(size: Size(width: width, height: height), corpusName: "Articles")
        _ = update(&state, .resize(Size(width: width, height: height)))
        let effects = update(&state, .listPageLoaded(generation: state.location.list.generation, page: 0, items: items, count: items.count))
        #expect(effects == [.openArticle(id: 1, path: items[0].path, reveal: nil, highlight: nil)])
        _ = update(&state, .articleOpened(opened(), reveal: nil))
        return state
    }

    func state(_ width: Int = 100, _ height: Int = 30) -> AppState { Self.state(width, height) }

    @Test func startUpLoadsTheFirstPageAndOpensTheFirstArticle() {
        var s = AppState(size: Size(width: 100, height: 30), corpusName: "Articles")
        let effects = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: Self.items, count: 3))
        #expect(effects == [.openArticle(id: 1, path: Self.items[0].path, reveal: nil, highlight: nil)])
        // Shown beside the list, not yet opened for reading: no moment to count as read.
        #expect(update(&s, .articleOpened(Self.opened(), reveal: nil)) == [])
    }

    @Test func movingInTheListPreviewsTheArticle() {
        var s = state()
        #expect(update(&s, .moveDown) == [.openArticle(id: 2, path: Self.items[1].path, reveal: nil, highlight: nil)])
        #expect(s.location.list.position.selected == 1)
        #expect(update(&s, .bottom) == [.openArticle(id: 3, path: Self.items[2].path, reveal: nil, highlight: nil)])
        #expect(update(&s, .moveDown) == [])
        _ = update(&s, .top)
        #expect(s.location.list.position.selected == 0)
    }

    @Test func pagesAreAskedForAsTheSelectionReachesThem() {
        var s = AppState(size: Size(width: 100, height: 30), corpusName: "Big")
        let page = (0..<100).map { ArticleListItem(id: Int64($0), path: "a\($0).txt", title: "A \($0)", date: nil) }
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: page, count: 1000))
        let effects = update(&s, .bottom)
        #expect(effects.contains(.loadListPage(source: .articles(.all), sort: .date, page: 9, generation: s.location.list.generation)))
        // A page that arrives for a list since replaced is dropped.
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation - 1, page: 9, items: page, count: 1000))
        #expect(s.location.list.item(at: 999) == nil)
    }

    @Test func openFocusesTheBodyAndLoadsOnlyWhenNeeded() {
        var s = state()
        // Already loaded beside the list: Enter only starts reading it.
        #expect(update(&s, .open) == [.scheduleRead(id: 1)])
        #expect(s.location.focus == .body)
    }

    @Test func tabCyclesThePanesBothWays() {
        var s = state()
        var seen: [Pane] = []
        for _ in 0..<3 {
            _ = update(&s, .focusNext)
            seen.append(s.location.focus)
        }
        #expect(seen == [.body, .entities, .articles])
        _ = update(&s, .focusPrevious)
        #expect(s.location.focus == .entities)
        _ = update(&s, .focusLeft)
        #expect(s.location.focus == .body)
        _ = update(&s, .focusLeft)
        #expect(s.location.focus == .articles)
    }

    @Test func bodyScrollsWithinItsLength() throws {
        var s = state(100, 14)
        _ = update(&s, .open)
        let lines = try #require(s.derived.body).lines.count
        let height = s.layout.contentHeight(of: .body)
        #expect(lines > height)
        _ = update(&s, .moveDown)
        #expect(s.location.bodyTop == 1)
        _ = update(&s, .bottom)
        #expect(s.location.bodyTop == lines - height)
        _ = update(&s, .moveDown)
        #expect(s.location.bodyTop == lines - height)
        _ = update(&s, .top)
        #expect(s.location.bodyTop == 0)
    }

    @Test func spacePagesThenOpensTheNextArticle() {
        var s = state(100, 14)
        var effects: [Effect] = []
        for _ in 0..<20 where effects.isEmpty {
            effects = update(&s, .readOn)
        }
        #expect(effects == [.openArticle(id: 2, path: Self.items[1].path, reveal: nil, highlight: nil)])
    }

    @Test func resizeRewrapsTheBodyAndKeepsThePlace() throws {
        var s = state(120, 30)
        _ = update(&s, .open)
        for _ in 0..<3 { _ = update(&s, .moveDown) }
        let body = try #require(s.derived.body)
        let anchor = try #require(body.lines[s.location.bodyTop...].compactMap(\.offsets).first).lowerBound
        _ = update(&s, .resize(Size(width: 60, height: 20)))
        let narrow = try #require(s.derived.body)
        #expect(narrow.width < body.width)
        #expect(narrow.lines[s.location.bodyTop].offsets.map { $0.contains(anchor) || $0.lowerBound >= anchor } == true)
    }

    @Test func helpOverlayTakesKeysUntilClosed() {
        var s = state()
        _ = update(&s, .toggleHelp)
        #expect(s.keyContext == .help)
        _ = update(&s, .moveDown)
        #expect(s.location.list.position.selected == 0)
        _ = update(&s, .closeOverlay)
        #expect(s.helpTop == nil && s.keyContext == .articles)
    }

    @Test func helpGoesToItsEndsWithTheKeysThatDoElsewhere() throws {
        var s = state(80, 12)
        _ = update(&s, .toggleHelp)
        // The same keys as in the panes, read through the key map in the help context.
        for key: Key in [.char("G"), .end] {
            s.helpTop = 0
            let action = try #require(s.keymap.action(for: key, in: s.keyContext))
            _ = update(&s, action)
            #expect((s.helpTop ?? 0) > 0, "\(key) did not go to the end of the help")
        }
        let end = s.helpTop
        let half = try #require(s.keymap.action(for: .control("u"), in: .help))
        _ = update(&s, half)
        #expect((s.helpTop ?? 0) < (end ?? 0))
        let top = try #require(s.keymap.action(for: .char("g"), in: .help))
        _ = update(&s, top)
        #expect(s.helpTop == 0)
        #expect(s.keymap.action(for: .char("Q"), in: .help) == .quit)
    }

    @Test func severalMessagesAreShownOneAfterAnotherNoneCut() {
        var s = state()
        s.show([StatusMessage("config.toml line 2: unknown action `sideways`; the default stands", isError: true),
                StatusMessage("config.toml line 5: `purple-ish` is not a colour; the default stands", isError: true)])
        #expect(s.message?.text == "config.toml line 2: unknown action `sideways`; the default stands (1 of 2; a key shows the next)")
        _ = update(&s, .moveDown)
        #expect(s.message?.text == "config.toml line 5: `purple-ish` is not a colour; the default stands (2 of 2)")
        #expect(s.message?.isError == true)
        _ = update(&s, .moveDown)
        #expect(s.message == nil)
        // Results of effects (a page arriving) do not move the queue on: only keys do.
        s.show([StatusMessage("one"), StatusMessage("two")])
        _ = update(&s, .refreshProgress("indexing 1/2"))
        #expect(s.message?.text.hasPrefix("one") == true)
        // The refresh's summary waits behind a problem not yet read.
        s.show([StatusMessage("config.toml line 2: bad", isError: true)])
        _ = update(&s, .refreshFinished("Index refreshed: 36 new"))
        #expect(s.message?.text == "config.toml line 2: bad")
        _ = update(&s, .moveDown)
        #expect(s.message?.text == "Index refreshed: 36 new")
    }

    @Test func theListGrowsAsTheIndexTakesArticlesInAndKeepsTheOpenOne() {
        var s = state()
        _ = update(&s, .open)
        let generation = s.location.list.generation
        // A batch was committed: the list is asked for again where it stands.
        let effects = update(&s, .refreshProgress("indexing 400/2000 (20%)"))
        #expect(s.location.list.generation != generation)
        #expect(effects == [.loadListPage(source: .articles(.all), sort: .date, page: 0, generation: s.location.list.generation)])
        // Newer articles came in above the open one: the selection stays on it, and the count rises.
        let newer = ArticleListItem(id: 40, path: "city/2026-06-01-new.txt", title: "New", date: "2026-06-01")
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [newer] + Self.items, count: 4))
        #expect(s.location.list.count == 4)
        #expect(s.location.list.selectedItem?.id == 1)
        #expect(s.location.open?.id == 1)
        // A move while the list reloads wins over going back to the open article.
        _ = update(&s, .refreshProgress("indexing 1200/2000 (60%)"))
        _ = update(&s, .focusLeft)
        _ = update(&s, .moveDown)
        let moved = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [newer] + Self.items, count: 4))
        #expect(s.location.list.position.selected == 2)
        #expect(moved == [.openArticle(id: 2, path: Self.items[1].path, reveal: nil, highlight: nil)])
        // A search's results are not reloaded under the user's eyes.
        _ = update(&s, .startCorpusSearch)
        _ = update(&s, .paste("harbour"))
        _ = update(&s, .promptAccept)
        #expect(update(&s, .refreshProgress("indexing 800/2000 (40%)")) == [])
    }

    @Test func aFirstIndexNobodyTouchesKeepsTheNewestArticleSelected() {
        // A first run: the reader opens on an empty index and the refresh fills it batch by batch.
        var s = AppState(size: Size(width: 100, height: 30), corpusName: "news")
        _ = update(&s, .resize(Size(width: 100, height: 30)))
        _ = update(&s, .refreshProgress("indexing 100/2000 (5%)"))
        let first = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [Self.items[2]], count: 1))
        #expect(first == [.openArticle(id: 3, path: Self.items[2].path, reveal: nil, highlight: nil)])
        _ = update(&s, .articleOpened(Self.opened(3), reveal: nil))
        // Newer articles arrive above it: with no key pressed, the list stays at its newest and
        // shows it, as a list opened now would.
        _ = update(&s, .refreshProgress("indexing 900/2000 (45%)"))
        let second = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: Self.items, count: 3))
        #expect(s.location.list.position.selected == 0)
        #expect(second == [.openArticle(id: 1, path: Self.items[0].path, reveal: nil, highlight: nil)])
        _ = update(&s, .articleOpened(Self.opened(1), reveal: nil))
        // Once a key is pressed the selection is the reader's: later batches keep it on its article.
        _ = update(&s, .moveDown)
        _ = update(&s, .articleOpened(Self.opened(2), reveal: nil))
        _ = update(&s, .refreshFinished("Index refreshed: 2000 new"))
        let newer = ArticleListItem(id: 40, path: "city/2026-06-01-new.txt", title: "New", date: "2026-06-01")
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [newer] + Self.items, count: 4))
        #expect(s.location.list.selectedItem?.id == 2)
    }

    @Test func quitAsksTheLoopToStop() {
        var s = state()
        #expect(update(&s, .quit) == [.quit])
        #expect(s.isQuitting)
    }

    @Test func aFailedLoadSaysWhyAndClearsTheBody() {
        var s = state()
        _ = update(&s, .articleFailed(path: "x.txt", message: "x.txt: looks binary (contains NUL bytes); skipped"))
        #expect(s.location.open == nil && s.derived.body == nil && s.location.entityRows.isEmpty)
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
        #expect(s.location.focus == .entities)
        _ = update(&s, .toggleEntities)
        #expect(s.layout.panes.map(\.0) == [.articles, .body])
    }

    @Test func tinyTerminalsGetAMessage() {
        #expect(ScreenLayout(size: Size(width: 39, height: 20), focus: .body, entitiesShown: false).isTooSmall)
        #expect(ScreenLayout(size: Size(width: 80, height: 9), focus: .body, entitiesShown: false).isTooSmall)
        #expect(!ScreenLayout(size: Size(width: 40, height: 10), focus: .body, entitiesShown: false).isTooSmall)
    }
}
