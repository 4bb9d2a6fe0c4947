import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// `/` in the article, `s` across the corpus, and the prompt they share.
@Suite struct FindAndSearchTests {
    func type(_ text: String, into state: inout AppState) {
        for c in text { _ = update(&state, .promptEdit(.insert(c))) }
    }

    @Test func findHighlightsAsYouTypeAndEscRestoresTheScroll() throws {
        var s = UpdateTests.state(100, 12)
        _ = update(&s, .open)
        _ = update(&s, .moveDown)
        let origin = s.location.bodyTop
        _ = update(&s, .startFind)
        #expect(s.keyContext == .prompt)
        type("briain", into: &s)
        let find = try #require(s.location.find)
        #expect(find.matches.count == 2)
        // Case and accents are ignored, offsets point at the original text.
        #expect(s.location.open!.article.slice(find.matches[0]) == "Briain")
        _ = update(&s, .promptCancel)
        #expect(s.location.find == nil && s.location.bodyTop == origin)
    }

    @Test func nAndNStepThroughMatchesAndWrap() throws {
        var s = UpdateTests.state()
        _ = update(&s, .open)
        _ = update(&s, .startFind)
        type("the", into: &s)
        _ = update(&s, .promptAccept)
        let count = try #require(s.location.find).matches.count
        #expect(count > 3)
        #expect(s.location.find?.current == 0)
        _ = update(&s, .nextMatch)
        #expect(s.location.find?.current == 1)
        _ = update(&s, .previousMatch)
        _ = update(&s, .previousMatch)
        #expect(s.location.find?.current == count - 1)
        #expect(s.message?.text.contains("wrapped") == true)
    }

    @Test func aFindWithNoMatchSaysSo() {
        var s = UpdateTests.state()
        _ = update(&s, .open)
        _ = update(&s, .startFind)
        type("zebra", into: &s)
        _ = update(&s, .promptAccept)
        #expect(s.message == StatusMessage("Not found: zebra", isError: true))
        #expect(s.location.find == nil)
    }

    @Test func corpusSearchReplacesTheListAndBackRestoresIt() {
        var s = UpdateTests.state()
        _ = update(&s, .moveDown)
        _ = update(&s, .startCorpusSearch)
        type("dredging", into: &s)
        let effects = update(&s, .promptAccept)
        #expect(effects == [.loadListPage(source: .search("dredging"), sort: .score, page: 0, generation: s.location.list.generation)])
        let hit = ArticleListItem(id: 1, path: "port/a.txt", title: "Harbour", date: nil, snippet: MarkedText(text: "the dredging plan", marks: [4..<12]))
        let opened = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [hit], count: 1))
        #expect(opened == [.openArticle(id: 1, path: "port/a.txt", reveal: nil, highlight: "dredging")])
        #expect(s.location.listRowsPerItem == 2)
        _ = update(&s, .back)
        #expect(s.location.listSource == .articles(.all))
        #expect(s.location.list.position.selected == 1)
    }

    @Test func aSecondSearchReplacesTheResultsAndBackStillReturnsToTheList() {
        var s = UpdateTests.state()
        _ = update(&s, .moveDown)
        for query in ["dredging", "harbour"] {
            _ = update(&s, .startCorpusSearch)
            type(query, into: &s)
            _ = update(&s, .promptAccept)
        }
        #expect(s.location.listSource == .search("harbour"))
        #expect(s.backStack.count == 1)
        _ = update(&s, .back)
        #expect(s.location.listSource == .articles(.all))
        #expect(s.location.list.position.selected == 1)
    }

    @Test func nStepsThroughTheWordsACorpusSearchMarkedInTheArticle() throws {
        var s = UpdateTests.state(100, 12)
        _ = update(&s, .startCorpusSearch)
        type("the", into: &s)
        _ = update(&s, .promptAccept)
        let hit = ArticleListItem(id: 1, path: "port/a.txt", title: "Harbour", date: nil, snippet: MarkedText(text: "the plan", marks: [0..<3]))
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [hit], count: 1))
        var opened = UpdateTests.opened()
        let finder = TextFinder(text: opened.article.text)
        opened.searchMatches = finder.matches(of: "the")
        #expect(opened.searchMatches.count > 3)
        _ = update(&s, .articleOpened(opened, reveal: nil))
        _ = update(&s, .open)
        // Before: "Nothing to step through", though the body showed the matches marked.
        _ = update(&s, .nextMatch)
        #expect(s.location.find?.current == 0 && s.location.stepper == .find)
        #expect(s.message?.isError == false)
        _ = update(&s, .nextMatch)
        _ = update(&s, .nextMatch)
        #expect(s.location.find?.current == 2)
        let third = try #require(s.location.find).matches[2]
        let line = try #require(s.derived.body?.line(containing: third.lowerBound))
        #expect((s.location.bodyTop..<(s.location.bodyTop + s.layout.contentHeight(of: .body))).contains(line))
        _ = update(&s, .previousMatch)
        #expect(s.location.find?.current == 1)
        // Esc clears the stepping; the search's own marks stay.
        _ = update(&s, .back)
        #expect(s.location.find == nil && s.location.open?.searchMatches.isEmpty == false)
    }

    @Test func aMalformedQueryShowsItsMessageAndKeepsTheList() {
        var s = UpdateTests.state()
        _ = update(&s, .startCorpusSearch)
        type("\"unclosed", into: &s)
        _ = update(&s, .promptAccept)
        _ = update(&s, .listFailed(generation: s.location.list.generation, message: "unclosed quotation mark at column 1"))
        #expect(s.location.listSource == .articles(.all))
        #expect(s.message == StatusMessage("unclosed quotation mark at column 1", isError: true))
        #expect(s.location.list.count == 3)
    }

    @Test func promptHistoryWalksEarlierEntries() {
        var s = UpdateTests.state()
        for query in ["port", "council"] {
            _ = update(&s, .startCorpusSearch)
            type(query, into: &s)
            _ = update(&s, .promptAccept)
        }
        _ = update(&s, .startCorpusSearch)
        type("dra", into: &s)
        _ = update(&s, .promptEdit(.historyUp))
        #expect(s.prompt?.text == "council")
        _ = update(&s, .promptEdit(.historyUp))
        #expect(s.prompt?.text == "port")
        _ = update(&s, .promptEdit(.historyDown))
        _ = update(&s, .promptEdit(.historyDown))
        #expect(s.prompt?.text == "dra")
    }

    @Test func promptEditingFollowsReadline() {
        var p = Prompt(purpose: .searchCorpus, text: "port strike")
        p.apply(.deleteWord)
        #expect(p.text == "port ")
        p.apply(.home)
        p.apply(.insert("a"))
        #expect(p.text == "aport " && p.cursor == 1)
        p.apply(.end)
        p.apply(.deleteBackward)
        #expect(p.text == "aport")
        p.apply(.clear)
        #expect(p.text == "")
    }

    @Test func slashInTheEntityPaneFilters() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        #expect(s.location.focus == .entities)
        _ = update(&s, .startFind)
        type("lind", into: &s)
        #expect(s.location.entityRows.compactMap(\.entity).map(\.name) == ["Ingrid Lindqvist"])
        _ = update(&s, .promptCancel)
        #expect(s.location.entityRows.compactMap(\.entity).count > 1)
    }
}
