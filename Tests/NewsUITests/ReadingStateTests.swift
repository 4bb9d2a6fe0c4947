import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Read flags, stars and the list filter, as `update` handles them.
@Suite struct ReadingStateTests {
    @Test func anArticleLeftOpenBecomesReadButOneScrolledPastDoesNot() {
        var s = UpdateTests.state()
        #expect(update(&s, .open) == [.scheduleRead(id: 1)])
        #expect(update(&s, .readDelayElapsed(id: 1)) == [.setRead(id: 1, true)])
        #expect(s.location.list.item(at: 0)?.isRead == true)
        // Moved on to the next article before the first one's wait ended: nothing is marked.
        var t = UpdateTests.state()
        _ = update(&t, .open)
        _ = update(&t, .focusLeft)
        _ = update(&t, .moveDown)
        _ = update(&t, .articleOpened(UpdateTests.opened(2), reveal: nil))
        #expect(update(&t, .readDelayElapsed(id: 1)) == [])
    }

    @Test func restingOnAListRowPreviewsButNeverMarksRead() {
        var s = UpdateTests.state()
        // The first article is shown beside the list at start: previewed, not opened.
        #expect(s.articleBeingRead == nil)
        #expect(update(&s, .readDelayElapsed(id: 1)) == [])
        #expect(update(&s, .bottom) == [.openArticle(id: 3, path: UpdateTests.items[2].path, reveal: nil, highlight: nil)])
        #expect(update(&s, .articleOpened(UpdateTests.opened(3), reveal: nil)) == [])
        #expect(update(&s, .readDelayElapsed(id: 3)) == [])
        #expect(s.location.list.item(at: 2)?.isRead == false)
        // Tab into the body opens it for reading: now its moment starts.
        #expect(update(&s, .focusNext) == [.scheduleRead(id: 3)])
        // Back to the list before the moment ends: still unread.
        _ = update(&s, .focusLeft)
        #expect(update(&s, .readDelayElapsed(id: 3)) == [])
        #expect(s.location.list.item(at: 2)?.isRead == false)
    }

    @Test func markedUnreadWhileReadingItStaysUnread() {
        var s = UpdateTests.state()
        _ = update(&s, .open)
        _ = update(&s, .readDelayElapsed(id: 1))
        #expect(update(&s, .toggleRead) == [.setRead(id: 1, false)])
        // No new moment starts: the user said unread.
        #expect(update(&s, .moveDown).allSatisfy { if case .scheduleRead = $0 { return false } else { return true } })
    }

    @Test func anArticleShownAgainByEscGetsItsMomentToBecomeRead() {
        var s = UpdateTests.state()
        _ = update(&s, .open)
        // A search opened another article before the first one's moment ran out.
        _ = update(&s, .startCorpusSearch)
        for c in "vote" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptAccept)
        let hit = ArticleListItem(id: 2, path: UpdateTests.items[1].path, title: "Tram", date: nil)
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [hit], count: 1))
        _ = update(&s, .articleOpened(UpdateTests.opened(2), reveal: nil))
        #expect(update(&s, .readDelayElapsed(id: 1)) == [])
        // Esc shows it again: without a new wait it stayed unread however long it was read.
        #expect(update(&s, .back).contains(.scheduleRead(id: 1)))
        #expect(update(&s, .readDelayElapsed(id: 1)) == [.setRead(id: 1, true)])
    }

    @Test func aStarSetDownATrailStillShowsAfterEsc() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("no mentions view")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(6), count: 6))
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        _ = update(&s, .articleOpened(UpdateTests.opened(2), reveal: Reveal(0..<8)))
        #expect(update(&s, .toggleStar) == [.setStarred(id: 2, true)])
        _ = update(&s, .back)
        _ = update(&s, .back)
        // The list Esc returns to was saved before the star: it must show it all the same.
        #expect(s.location.screen == .reader && s.location.list.item(at: 1)?.isStarred == true)
    }

    @Test func inTheMentionsViewRAndStarLeaveTheArticleBehindItAlone() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("no mentions view")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(6), count: 6))
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        // They used to star and mark article 1, open behind the view, while line 3 was selected.
        #expect(update(&s, .toggleStar) == [])
        #expect(update(&s, .toggleRead) == [])
        #expect(s.message?.isError == true && s.location.open?.isStarred == false)
    }

    @Test func rAndStarToggleTheSelectedArticle() {
        var s = UpdateTests.state()
        _ = update(&s, .moveDown)
        #expect(update(&s, .toggleRead) == [.setRead(id: 2, false)])
        #expect(s.location.list.item(at: 1)?.isRead == false)
        #expect(update(&s, .toggleStar) == [.setStarred(id: 2, true)])
        #expect(s.location.list.item(at: 1)?.isStarred == true)
    }

    @Test func inTheBodyTheyActOnTheOpenArticle() {
        var s = UpdateTests.state()
        _ = update(&s, .open)
        #expect(update(&s, .toggleStar) == [.setStarred(id: 1, true)])
        #expect(s.location.open?.isStarred == true && s.location.list.item(at: 0)?.isStarred == true)
    }

    @Test func fCyclesTheFilter() {
        var s = UpdateTests.state()
        var effects = update(&s, .cycleFilter)
        #expect(effects == [.loadListPage(source: .articles(.unread), sort: .date, page: 0, generation: s.location.list.generation)])
        effects = update(&s, .cycleFilter)
        #expect(s.location.listSource == .articles(.starred))
        _ = update(&s, .cycleFilter)
        #expect(s.location.listSource == .articles(.all))
    }

    @Test func aRefreshReloadsTheListWhereItStands() {
        var s = UpdateTests.state()
        _ = update(&s, .moveDown)
        _ = update(&s, .refreshProgress("indexing 40%"))
        #expect(s.refreshStatus == "indexing 40%")
        let effects = update(&s, .refreshFinished("2 new articles"))
        #expect(s.refreshStatus == nil && s.message?.text == "2 new articles")
        #expect(effects == [.loadListPage(source: .articles(.all), sort: .date, page: 0, generation: s.location.list.generation)])
        #expect(s.location.list.position.selected == 1)
        // The page arriving does not replace what is being read.
        #expect(update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: UpdateTests.items, count: 3)) == [])
    }

    @Test func theWheelScrollsWithoutSelecting() {
        var s = UpdateTests.state(100, 12)
        let many = (0..<40).map { ArticleListItem(id: Int64($0 + 1), path: "a\($0).txt", title: "T\($0)", date: nil) }
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: many, count: 40))
        #expect(update(&s, .wheel(x: 5, y: 5, lines: 3)) == [])
        #expect(s.location.list.position.top == 3 && s.location.list.position.selected == 0)
    }

    @Test func aClickFocusesAndSelects() {
        var s = UpdateTests.state()
        let effects = update(&s, .click(x: 5, y: 3))
        #expect(s.location.focus == .articles && s.location.list.position.selected == 2)
        #expect(effects == [.openArticle(id: 3, path: UpdateTests.items[2].path, reveal: nil, highlight: nil)])
        _ = update(&s, .click(x: 60, y: 10))
        #expect(s.location.focus == .body)
    }
}

/// The mouse in the full-screen views.
@Suite struct FullScreenMouseTests {
    @Test func clicksSelectAndTheWheelScrollsTheMentionsView() {
        var s = UpdateTests.state(100, 12)
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("no mentions view")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(30), count: 30))
        _ = update(&s, .click(x: 10, y: 4))
        guard case .trail(let clicked) = s.location.screen, clicked.kind == .mentions else {
            Issue.record("a click left the mentions view")
            return
        }
        #expect(clicked.lines.position.selected == 3)
        _ = update(&s, .wheel(x: 10, y: 4, lines: 3))
        guard case .trail(let scrolled) = s.location.screen, scrolled.kind == .mentions else {
            Issue.record("the wheel left the mentions view")
            return
        }
        #expect(scrolled.lines.position.top == 3 && scrolled.lines.position.selected == 3)
        // The header row and the status line select nothing.
        _ = update(&s, .click(x: 10, y: 0))
        guard case .trail(let header) = s.location.screen, header.kind == .mentions else {
            Issue.record("a click on the header left the mentions view")
            return
        }
        #expect(header.lines.position.selected == 3)
    }
}
