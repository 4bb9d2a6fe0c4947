import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// `O` sorts the article list and the search results; `f` picks a section or source.
@Suite struct SortAndPickerTests {
    private func screen(_ s: AppState) -> String {
        ScreenView.render(s, theme: .standard).textLines().joined(separator: "\n")
    }

    @Test func oCyclesTheListsOrderAndTheStatusLineNamesIt() {
        var s = UpdateTests.state()
        var seen: [ListSort] = []
        for _ in 0..<4 {
            let effects = update(&s, .cycleSort)
            #expect(effects == [.loadListPage(source: .articles(.all), sort: s.location.listSort, page: 0, generation: s.location.list.generation)])
            seen.append(s.location.listSort)
        }
        // A list without a query has no match score to sort by.
        #expect(seen == [.title, .source, .section, .date])
        _ = update(&s, .cycleSort)
        #expect(s.message?.text == "Sorted by title")
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: UpdateTests.items, count: 3))
        _ = update(&s, .moveDown)  // the next key clears the message; the status line says the order
        #expect(screen(s).contains("2/3 · by title"))
        // The default order goes unsaid, as before.
        for _ in 0..<3 { _ = update(&s, .cycleSort) }
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: UpdateTests.items, count: 3))
        _ = update(&s, .moveDown)
        #expect(s.location.listSort == .date && !screen(s).contains("newest first") && screen(s).contains("2/3"))
    }

    @Test func resultsStartBestFirstAndKeepTheOrderChosenForResults() {
        var s = UpdateTests.state()
        _ = update(&s, .cycleSort)  // the article list by title
        _ = update(&s, .startCorpusSearch)
        for c in "harbour" { _ = update(&s, .promptEdit(.insert(c))) }
        #expect(update(&s, .promptAccept) == [.loadListPage(source: .search("harbour"), sort: .score, page: 0, generation: s.location.list.generation)])
        #expect(update(&s, .cycleSort) == [.loadListPage(source: .search("harbour"), sort: .date, page: 0, generation: s.location.list.generation)])
        #expect(s.message?.text == "Sorted newest first")
        // A later search opens in the order chosen for results; the list keeps its own.
        _ = update(&s, .startCorpusSearch)
        for c in "tram" { _ = update(&s, .promptEdit(.insert(c))) }
        #expect(update(&s, .promptAccept) == [.loadListPage(source: .search("tram"), sort: .date, page: 0, generation: s.location.list.generation)])
        _ = update(&s, .back)
        #expect(s.location.listSource == .articles(.all) && s.location.listSort == .title)
    }

    @Test func theListFollowsAnArticleInItsOwnOrder() {
        var s = UpdateTests.state()
        _ = update(&s, .cycleSort)
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: UpdateTests.items, count: 300))
        // An article opened from elsewhere is looked for in the list's current order.
        var opened = UpdateTests.opened(9)
        opened.id = 9
        let effects = update(&s, .articleOpened(opened, reveal: nil))
        #expect(effects.contains(.locateInList(id: 9, source: .articles(.all), sort: .title, generation: s.location.list.generation)))
    }

    @Test func fListsSectionsAndSourcesFiltersAsYouTypeAndEnterShowsOne() {
        var s = UpdateTests.state()
        let effects = update(&s, .showFacets)
        guard case .folders(let list) = s.location.screen, case .loadFacets(let generation)? = effects.first else {
            Issue.record("f should open the picker and ask for its rows")
            return
        }
        #expect(list.kind == .facets && s.keyContext == .folders)
        #expect(screen(s).contains("Counting sections and sources"))
        _ = update(&s, .facetsLoaded(generation: generation, .success([
            ListFacet(kind: .section, name: "business", articles: 510),
            ListFacet(kind: .section, name: "sport", articles: 511),
            ListFacet(kind: .source, name: "Harbour Times", articles: 12),
        ])))
        let shown = screen(s)
        #expect(shown.contains("Sections and sources") && shown.contains("section:sport") && shown.contains("source:\"Harbour Times\""))
        #expect(shown.contains("511"))
        // `/` narrows the rows as the text is typed; the typed keys are text, not commands.
        #expect(Keymap.standard.action(for: .char("/"), in: .folders) == .startFind)
        _ = update(&s, .startFind)
        #expect(s.keyContext == .prompt)
        for c in "SPO" { _ = update(&s, .promptEdit(.insert(c))) }
        guard case .folders(let filtered) = s.location.screen else { return }
        #expect(filtered.folders.map(\.name) == ["sport"])
        _ = update(&s, .promptAccept)
        #expect(s.message?.text == "1 hold “SPO”; Esc shows all")
        // Enter shows its articles as a search, in the article list's order.
        let opened = update(&s, .open)
        #expect(s.location.screen == .reader && s.location.listSource == .search("section:sport") && s.location.listName == "section:sport")
        #expect(opened == [.loadListPage(source: .search("section:sport"), sort: .date, page: 0, generation: s.location.list.generation)])
        // Esc comes back to the list the picker was opened over.
        _ = update(&s, .back)
        #expect(s.location.listSource == .articles(.all) && s.location.screen == .reader)
    }

    @Test func aPickerThatCannotReadItsRowsSaysWhy() {
        var s = UpdateTests.state()
        guard case .loadFacets(let generation)? = update(&s, .showFacets).first else { return }
        _ = update(&s, .facetsLoaded(generation: generation, .failure(ReaderBackendError("the index is busy"))))
        #expect(s.message == StatusMessage("the index is busy", isError: true))
        #expect(screen(s).contains("the index is busy"))
    }

    @Test func theKeysAreBoundWhereMuttAndTheHelpExpectThem() {
        let keymap = Keymap.standard
        #expect(keymap.action(for: .char("O"), in: .articles) == .cycleSort)
        #expect(keymap.action(for: .char("O"), in: .body) == .cycleSort)
        #expect(keymap.action(for: .char("O"), in: .directory) == .cycleSort)
        #expect(keymap.action(for: .char("o"), in: .directory) == .cycleSort)
        // o keeps opening the article's URL in the panes.
        #expect(keymap.action(for: .char("o"), in: .articles) == .openURL)
        #expect(keymap.action(for: .char("f"), in: .articles) == .showFacets)
        let help = keymap.bindings.filter { [.showFacets, .cycleSort].contains($0.action) }.map(\.keys)
        #expect(help.contains([.char("f")]) && help.contains([.char("O")]))
    }

    @Test func aSectionOrSourceNameBecomesAQuery() {
        #expect(ListFacet(kind: .section, name: "sport", articles: 1).query == "section:sport")
        #expect(ListFacet(kind: .source, name: "BBC News", articles: 1).query == "source:\"BBC News\"")
    }
}
