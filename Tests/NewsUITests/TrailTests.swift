import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Following an entity through the corpus: the mentions view, n/N across articles, and back.
@Suite struct TrailTests {
    static func mentionLines(_ count: Int) -> [TrailLine] {
        (0..<count).map { i in
            TrailLine.mention(
                articleID: Int64(i / 2 + 1), path: "a\(i / 2 + 1).txt", title: "Story \(i / 2 + 1)", date: "2026-05-0\(i % 9 + 1)",
                range: (100 * (i % 2))..<(100 * (i % 2) + 8), context: MarkedText(text: "said Lindqvist on", marks: [5..<14]))
        }
    }

    /// The reader on the mentions view of the open article's first person.
    func onMentions() -> AppState {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        let effects = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("Enter on an entity did not open its mentions")
            return s
        }
        #expect(effects == [.loadTrailPage(.mentions, of: screen.entity, page: 0, generation: screen.lines.generation)])
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: Self.mentionLines(6), count: 6))
        return s
    }

    /// The article of the mentions view's second line, opened from it (one step down the trail).
    func onSecondMentionsArticle() -> AppState {
        var s = onMentions()
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(100..<108)))
        return s
    }

    @Test func enterOnAnEntityOpensItsMentionsAndEnterOpensTheArticleAtOne() {
        var s = onMentions()
        #expect(s.keyContext == .list)
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        let effects = update(&s, .open)
        #expect(effects == [.openArticle(id: 2, path: "a2.txt", reveal: Reveal(0..<8), highlight: nil)])
        #expect(s.location.screen == .reader && s.location.focus == .body)
        _ = update(&s, .articleOpened(UpdateTests.opened(2), reveal: Reveal(0..<8)))
        #expect(s.location.revealed == 0..<8)
    }

    @Test func slashFiltersAViewsLinesAndTypingNeverRunsKeys() throws {
        var s = onMentions()
        guard case .trail(let before) = s.location.screen else { Issue.record("no trail"); return }
        // Say the trail has 250 lines, 6 loaded: the filter asks for the other pages.
        var screen = before
        screen.lines.count = 250
        s.location.screen = .trail(screen)
        let effects = update(&s, .startFind)
        #expect(s.keyContext == .prompt)
        #expect(effects == [.loadTrailPage(.mentions, of: screen.entity, page: 1, generation: screen.lines.generation),
                            .loadTrailPage(.mentions, of: screen.entity, page: 2, generation: screen.lines.generation)])
        // The "q" of a typed word is text, not the key that closes the view.
        for c in "story 2" { _ = update(&s, .promptEdit(.insert(c))) }
        guard case .trail(let filtered) = s.location.screen else { Issue.record("the view closed"); return }
        #expect(filtered.lines.count == 2)
        #expect((0..<2).allSatisfy { filtered.lines.item(at: $0)?.title == "Story 2" })
        // A page that arrives meanwhile is filtered too.
        let more = (6..<100).map { i in
            TrailLine.mention(articleID: 2, path: "a2.txt", title: i == 50 ? "Story 2" : "Story 9", date: nil, range: 0..<8,
                              context: MarkedText(text: "said Lindqvist", marks: [5..<14]))
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(6) + more, count: 250))
        guard case .trail(let grown) = s.location.screen else { Issue.record("the view closed"); return }
        #expect(grown.lines.count == 3)
        _ = update(&s, .promptAccept)
        #expect(s.message?.text.hasPrefix("3 of 250 mentions hold “story 2”") == true)
        // Enter opens a filtered line; n steps among the filtered lines only.
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        #expect(update(&s, .open) == [.openArticle(id: 2, path: "a2.txt", reveal: Reveal(0..<8), highlight: nil)])
        _ = update(&s, .back)
        // Esc clears the filter first, then leaves the view.
        _ = update(&s, .back)
        guard case .trail(let all) = s.location.screen else { Issue.record("Esc left before clearing the filter"); return }
        #expect(all.filter.isEmpty && all.lines.count == 250)
        _ = update(&s, .back)
        #expect(s.location.screen == .reader)
    }

    @Test func theListFollowsTheArticleAMentionOpens() {
        var s = onMentions()
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        // Article 2 is the list's second row, already loaded: the selection moves to it.
        #expect(update(&s, .articleOpened(UpdateTests.opened(2), reveal: Reveal(0..<8))) == [])
        #expect(s.location.list.selectedItem?.id == 2)
        // Article 3 by n/N: the same.
        _ = update(&s, .nextMatch)
        _ = update(&s, .nextMatch)
        _ = update(&s, .articleOpened(UpdateTests.opened(3), reveal: Reveal(0..<8)))
        #expect(s.location.list.selectedItem?.id == 3)
    }

    @Test func anArticleBeyondTheLoadedPagesIsLocatedAndSelected() {
        var s = onMentions()
        _ = update(&s, .open)
        let generation = s.location.list.generation
        // An article the list has not loaded yet: ask where it is, then go there.
        #expect(update(&s, .articleOpened(UpdateTests.opened(9), reveal: nil)) == [.locateInList(id: 9, source: .articles(.all), sort: .date, generation: generation), .scheduleRead(id: 9)])
        s.location.list.count = 400
        let effects = update(&s, .listIndexFound(id: 9, index: 250, generation: generation))
        #expect(s.location.list.position.selected == 250)
        #expect(effects == [.loadListPage(source: .articles(.all), sort: .date, page: 2, generation: generation)])
        // An answer for an article no longer open, or for a list since replaced, changes nothing.
        #expect(update(&s, .listIndexFound(id: 8, index: 3, generation: generation)) == [])
        #expect(update(&s, .listIndexFound(id: 9, index: 3, generation: generation + 1)) == [])
        #expect(s.location.list.position.selected == 250)
    }

    @Test func nStepsWithinAndAcrossArticles() {
        var s = onMentions()
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        _ = update(&s, .articleOpened(UpdateTests.opened(2), reveal: Reveal(0..<8)))
        // The next mention is in the same article: no reload, just the mark moves.
        #expect(update(&s, .nextMatch) == [])
        #expect(s.location.revealed == 100..<108)
        // The one after is in the next article.
        #expect(update(&s, .nextMatch) == [.openArticle(id: 3, path: "a3.txt", reveal: Reveal(0..<8), highlight: nil)])
        _ = update(&s, .articleOpened(UpdateTests.opened(3), reveal: Reveal(0..<8)))
        #expect(update(&s, .previousMatch) == [.openArticle(id: 2, path: "a2.txt", reveal: Reveal(100..<108), highlight: nil)])
    }

    @Test func stepsPastTheEndSaySo() {
        var s = onMentions()
        _ = update(&s, .bottom)
        _ = update(&s, .open)
        #expect(update(&s, .nextMatch) == [])
        #expect(s.message?.text.hasPrefix("Last mention") == true)
    }

    @Test func backReturnsToTheMentionsViewThenTheReader() {
        var s = onMentions()
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        _ = update(&s, .back)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("back did not return to the mentions view")
            return
        }
        #expect(screen.lines.position.selected == 1)
        _ = update(&s, .back)
        #expect(s.location.screen == .reader && s.location.focus == .entities)
        #expect(s.backStack.isEmpty)
    }

    @Test func qClosesWhatWasOpenedAndQuitsOnlyFromTheFirstView() {
        var s = onSecondMentionsArticle()
        // An article reached from the mentions view, with a find under way: `q` leaves at once.
        _ = update(&s, .startFind)
        for c in "said" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptAccept)
        #expect(update(&s, .closeOrQuit) != [.quit] && !s.isQuitting)
        guard case .trail(let trail) = s.location.screen, trail.kind == .mentions else {
            Issue.record("q did not return to the mentions view")
            return
        }
        #expect(update(&s, .closeOrQuit) != [.quit])
        #expect(s.location.screen == .reader && s.backStack.isEmpty && !s.isQuitting)
        #expect(update(&s, .closeOrQuit) == [.quit] && s.isQuitting)
        // `Q` quits from anywhere.
        var deep = onMentions()
        _ = update(&deep, .open)
        #expect(update(&deep, .quit) == [.quit] && deep.isQuitting)
    }

    @Test func backAfterSteppingLandsOnTheMentionSteppedTo() {
        var s = onSecondMentionsArticle()
        _ = update(&s, .nextMatch)
        _ = update(&s, .nextMatch)
        _ = update(&s, .back)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("back did not return to the mentions view")
            return
        }
        // Opened at line 2, stepped twice: the view shows line 4 selected, as mutt's index would.
        #expect(screen.lines.position.selected == 3)
        #expect(s.message == nil)
    }

    @Test func backFromAnotherEntitysTrailKeepsTheViewAsItWas() {
        var s = onMentions()
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        // A stepper from another list (a different generation) must not move this view.
        if case .trail(var other) = s.location.stepper {
            other.lines.reset(count: 6, generation: 999)
            other.lines.position.selected = 5
            s.location.stepper = .trail(other)
        }
        _ = update(&s, .back)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("back did not return to the mentions view")
            return
        }
        #expect(screen.lines.position.selected == 1)
    }

    @Test func aStepIntoAnUnloadedPageWaitsForIt() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen, screen.kind == .mentions else {
            Issue.record("Enter on an entity did not open its mentions")
            return
        }
        let generation = screen.lines.generation
        let first = (0..<100).map { i in TrailLine.mention(articleID: Int64(i + 1), path: "a\(i + 1).txt", title: "S", date: nil, range: 0..<4, context: MarkedText(text: "x")) }
        _ = update(&s, .trailPageLoaded(generation: generation, page: 0, lines: first, count: 150))
        for _ in 0..<99 { _ = update(&s, .moveDown) }
        _ = update(&s, .open)
        #expect(update(&s, .nextMatch) == [.loadTrailPage(.mentions, of: screen.entity, page: 1, generation: generation)])
        let second = (100..<150).map { i in TrailLine.mention(articleID: Int64(i + 1), path: "a\(i + 1).txt", title: "S", date: nil, range: 0..<4, context: MarkedText(text: "x")) }
        let effects = update(&s, .trailPageLoaded(generation: generation, page: 1, lines: second, count: 150))
        #expect(effects == [.openArticle(id: 101, path: "a101.txt", reveal: Reveal(0..<4), highlight: nil)])
    }

    @Test func quotesViewListsAPersonsQuotations() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        let effects = update(&s, .showQuotes)
        guard case .trail(let screen) = s.location.screen, screen.kind == .quotes else {
            Issue.record("no quotes view")
            return
        }
        #expect(effects == [.loadTrailPage(.quotes, of: screen.entity, page: 0, generation: screen.lines.generation)])
        let line = TrailLine.quote(articleID: 1, path: "a.txt", title: "Harbour", date: nil, range: 10..<40, text: "We are not choosing", kind: .direct)
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: [line], count: 1))
        #expect(update(&s, .open) == [.openArticle(id: 1, path: "a.txt", reveal: Reveal(10..<40), highlight: nil)])
    }
}
