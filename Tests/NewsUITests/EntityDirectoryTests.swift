import BylineTestSupport
import NewsCore
@testable import NewsUI
import Testing

/// The people view (`p`) and an entity's page (`i`): opened from anywhere, requeried by type,
/// order and filter, Enter into the existing trails and searches, and Back to where they were.
@Suite struct EntityDirectoryTests {
    static let names: [(String, EntityType)] = [
        ("Helle Søndergaard", .person), ("Harbour Board", .organization), ("Merrowick", .place), ("Daniel Okafor", .person),
        ("Ellison Dockers Union", .organization), ("Bethan Lloyd", .person), ("Castlebridge", .place), ("Operation Tidewater", .other),
    ]

    /// Rows for a query as a backend would answer it: the names holding the filter, of its type.
    static func rows(_ query: EntityDirectoryQuery) -> [DirectoryEntity] {
        names.enumerated().map { k, entry in
            DirectoryEntity(
                entity: ReaderEntity(id: Int64(300 + k), name: entry.0, type: entry.1, corpusMentions: 90 - 9 * k, corpusArticles: 40 - 3 * k),
                latest: k == 7 ? nil : "2026-0\(6 - k % 5)-1\(k)")
        }.filter {
            (query.type == nil || $0.entity.type == query.type)
                && (query.filter.isEmpty || $0.entity.name.lowercased().contains(query.filter.lowercased()))
        }
    }

    /// Answers a directory page effect as the backend would.
    static func answer(_ effects: [Effect], _ state: inout AppState) {
        for effect in effects {
            guard case .loadDirectoryPage(let query, let page, let generation) = effect else { continue }
            let rows = Self.rows(query)
            _ = update(&state, .directoryPageLoaded(generation: generation, page: page, rows: rows, count: rows.count))
        }
    }

    static func directory(_ state: AppState) -> EntityDirectory? {
        if case .directory(let directory) = state.location.screen { return directory }
        return nil
    }

    static func page(_ state: AppState) -> EntityPage? {
        if case .entityPage(let page) = state.location.screen { return page }
        return nil
    }

    /// The reader on the people view, its first page loaded.
    static func onDirectory(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var s = UpdateTests.state(width, height)
        answer(update(&s, .showEntityDirectory), &s)
        return s
    }

    static func facts(of entity: ReaderEntity) -> EntityFacts {
        var entity = entity
        entity.aliases = [entity.name, "Ms Søndergaard", "Søndergaard", "Dr Helle Søndergaard"]
        let days = [
            DayMentions(day: 20260105, mentions: 2), DayMentions(day: 20260212, mentions: 7), DayMentions(day: 20260213, mentions: 3),
            DayMentions(day: 20260330, mentions: 12), DayMentions(day: 20260401, mentions: 1), DayMentions(day: 20260528, mentions: 5),
        ]
        let companions = names.enumerated().filter { $0.offset != 0 }.map { k, entry in
            Companion(entity: ReaderEntity(id: Int64(300 + k), name: entry.0, type: entry.1, corpusMentions: 90 - 9 * k, corpusArticles: 40 - 3 * k),
                      sharedArticles: 14 - k)
        }
        return EntityFacts(entity: entity, quotations: 6, days: days, companions: companions)
    }

    /// The page of the people view's first row, its facts loaded.
    static func onPage(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var s = onDirectory(width, height)
        let effects = update(&s, .showEntityPage)
        guard case .loadEntityFacts(let entity, let generation)? = effects.first else {
            Issue.record("i asked for no facts: \(effects)")
            return s
        }
        _ = update(&s, .entityFactsLoaded(generation: generation, facts(of: entity)))
        return s
    }

    @Test func pOpensThePeopleViewFromAnywhereAndBackReturns() throws {
        var s = UpdateTests.state()
        let effects = update(&s, .showEntityDirectory)
        let directory = try #require(Self.directory(s))
        #expect(effects == [.loadDirectoryPage(EntityDirectoryQuery(), page: 0, generation: directory.rows.generation)])
        #expect(s.keyContext == .directory)
        #expect(s.keymap.action(for: .char("p"), in: .body) == .showEntityDirectory)
        Self.answer(effects, &s)
        #expect(Self.directory(s)?.rows.count == Self.names.count)
        // p again stays; Esc goes back to the panes as they were.
        #expect(update(&s, .showEntityDirectory) == [])
        _ = update(&s, .back)
        #expect(s.location.screen == .reader && s.location.open?.id == 1)
        // From a mentions view too.
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail = s.location.screen else { Issue.record("no mentions view"); return }
        _ = update(&s, .showEntityDirectory)
        #expect(Self.directory(s) != nil)
    }

    @Test func typeAndOrderCycleAndAskForAFreshFirstPage() throws {
        var s = Self.onDirectory()
        let before = try #require(Self.directory(s)).rows.generation
        var effects = update(&s, .cycleFilter)
        var directory = try #require(Self.directory(s))
        #expect(directory.query.type == .person && directory.rows.generation != before)
        #expect(effects == [.loadDirectoryPage(EntityDirectoryQuery(type: .person), page: 0, generation: directory.rows.generation)])
        #expect(s.message?.text == "Showing people")
        // A page for the old query arrives late: dropped.
        _ = update(&s, .directoryPageLoaded(generation: before, page: 0, rows: Self.rows(EntityDirectoryQuery()), count: 8))
        #expect(Self.directory(s)?.rows.count == 0)
        Self.answer(effects, &s)
        #expect(Self.directory(s)?.rows.count == 3)
        effects = update(&s, .cycleSort)
        directory = try #require(Self.directory(s))
        #expect(effects == [.loadDirectoryPage(EntityDirectoryQuery(type: .person, sort: .articles), page: 0, generation: directory.rows.generation)])
        #expect(s.message?.text == "Sorted by articles")
        _ = update(&s, .cycleSort)
        #expect(Self.directory(s)?.query.sort == .latest)
        _ = update(&s, .cycleSort)
        #expect(Self.directory(s)?.query.sort == .mentions)
        for expected: EntityType? in [.organization, .place, .other, nil] {
            _ = update(&s, .cycleFilter)
            #expect(Self.directory(s)?.query.type == expected)
        }
        // Outside the people view the same action sorts the article list.
        _ = update(&s, .back)
        #expect(update(&s, .cycleSort) == [.loadListPage(source: .articles(.all), sort: .title, page: 0, generation: s.location.list.generation)])
        #expect(Self.directory(s) == nil)
    }

    @Test func slashFiltersAsYouTypeAndTypingNeverRunsKeys() throws {
        var s = Self.onDirectory()
        _ = update(&s, .startFind)
        #expect(s.keyContext == .prompt && s.prompt?.purpose == .filterDirectory)
        var asked: [String] = []
        for c in "Oq" {
            let effects = update(&s, .promptEdit(.insert(c)))
            for case .loadDirectoryPage(let query, _, _) in effects { asked.append(query.filter) }
            Self.answer(effects, &s)
        }
        // The "q" was text: the view is still open, asked for "O" then "Oq".
        #expect(asked == ["O", "Oq"])
        #expect(Self.directory(s)?.rows.count == 0)
        Self.answer(update(&s, .promptEdit(.deleteBackward)), &s)
        _ = update(&s, .promptAccept)
        let directory = try #require(Self.directory(s))
        #expect(directory.query.filter == "O" && directory.rows.count == 6)
        #expect(s.message?.text == "6 hold “O”; Esc shows all")
        // Esc lists everyone again before it leaves.
        Self.answer(update(&s, .back), &s)
        #expect(Self.directory(s)?.query.filter == "" && Self.directory(s)?.rows.count == 8)
        _ = update(&s, .back)
        #expect(s.location.screen == .reader)
    }

    @Test func enterOpensTheMentionsAndBackKeepsTheSelectionAndFilter() throws {
        var s = Self.onDirectory()
        _ = update(&s, .startFind)
        for c in "o" { Self.answer(update(&s, .promptEdit(.insert(c))), &s) }
        _ = update(&s, .promptAccept)
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        let selected = try #require(Self.directory(s)?.rows.selectedItem).entity
        let effects = update(&s, .open)
        guard case .trail(let trail) = s.location.screen else { Issue.record("Enter opened no trail"); return }
        #expect(trail.kind == .mentions && trail.entity == selected)
        #expect(effects == [.loadTrailPage(.mentions, of: selected, page: 0, generation: trail.lines.generation)])
        // Its lines open articles and n steps through them, as from the entity pane.
        _ = update(&s, .trailPageLoaded(generation: trail.lines.generation, page: 0, lines: TrailTests.mentionLines(4), count: 4))
        _ = update(&s, .open)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(0..<8)))
        #expect(update(&s, .nextMatch) == [])
        #expect(s.message?.text.hasPrefix("Mention 2 of 4") == true)
        _ = update(&s, .back)
        _ = update(&s, .back)
        let back = try #require(Self.directory(s))
        #expect(back.query.filter == "o" && back.rows.position.selected == 2 && back.rows.selectedItem?.entity == selected)
        // " lists the quotations of the selected row.
        _ = update(&s, .showQuotes)
        guard case .trail(let quotes) = s.location.screen else { Issue.record("\" opened no trail"); return }
        #expect(quotes.kind == .quotes && quotes.entity == selected)
    }

    @Test func iOpensAnEntitysPageFromTheViewAndFromTheEntityPane() throws {
        var s = Self.onPage()
        let page = try #require(Self.page(s))
        #expect(page.entity.name == "Helle Søndergaard" && page.facts?.companions.count == 7)
        #expect(s.keyContext == .entityPage)
        _ = update(&s, .back)
        #expect(Self.directory(s) != nil)
        _ = update(&s, .back)
        // In the entity pane, i opens the selected entity's page.
        _ = update(&s, .focusPrevious)
        let entity = try #require(s.location.entityRows.compactMap(\.entity).first)
        let effects = update(&s, .showEntityPage)
        #expect(Self.page(s)?.entity == entity)
        #expect(effects == [.loadEntityFacts(entity, generation: Self.page(s)!.generation)])
        // A page's facts for an earlier opening are dropped.
        _ = update(&s, .entityFactsLoaded(generation: 1, Self.facts(of: entity)))
        #expect(Self.page(s)?.facts == nil)
        // Elsewhere i says where it works.
        _ = update(&s, .back)
        _ = update(&s, .focusLeft)
        _ = update(&s, .focusLeft)
        #expect(update(&s, .showEntityPage) == [])
        #expect(s.message?.isError == true)
    }

    @Test func thePagesLinesOpenMentionsQuotationsAndSharedArticles() throws {
        var s = Self.onPage()
        let entity = try #require(Self.page(s)).entity
        // Mentions.
        var effects = update(&s, .open)
        guard case .trail(let mentions) = s.location.screen else { Issue.record("no mentions"); return }
        #expect(mentions.kind == .mentions && mentions.entity == entity && effects.count == 1)
        _ = update(&s, .back)
        // Quotations.
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        guard case .trail(let quotes) = s.location.screen else { Issue.record("no quotations"); return }
        #expect(quotes.kind == .quotes && quotes.entity == entity)
        _ = update(&s, .back)
        #expect(Self.page(s)?.position.selected == 1)
        // The first companion, an organisation: the articles both are named in.
        _ = update(&s, .moveDown)
        effects = update(&s, .open)
        let query = "person:\"Helle Søndergaard\" org:\"Harbour Board\""
        #expect(s.location.listSource == .search(query) && s.location.screen == .reader && s.location.focus == .articles)
        #expect(effects == [.loadListPage(source: .search(query), sort: .score, page: 0, generation: s.location.list.generation)])
        _ = update(&s, .back)
        #expect(Self.page(s)?.position.selected == 2)
        // i on a companion opens its page; Back comes back to this one.
        _ = update(&s, .moveDown)
        _ = update(&s, .showEntityPage)
        #expect(Self.page(s)?.entity.name == "Merrowick")
        _ = update(&s, .back)
        #expect(Self.page(s)?.entity == entity)
        // " is the page's own entity's quotations, wherever the selection is.
        _ = update(&s, .showQuotes)
        guard case .trail(let own) = s.location.screen else { Issue.record("no quotations"); return }
        #expect(own.entity == entity)
    }

    @Test func wWritesTheNamesListedAndOnAPageWhatTheSelectedLineOpens() throws {
        // The people view: its query's names, in a file named for its type and filter.
        var s = Self.onDirectory()
        Self.answer(update(&s, .cycleFilter), &s)
        _ = update(&s, .export)
        #expect(s.prompt?.text == "people.csv")
        #expect(update(&s, .promptAccept) == [.export(ExportRequest(
            source: .directory(EntityDirectoryQuery(type: .person)), path: "people.csv", format: .csv))])

        // A page: its mentions, its quotations, then the articles shared with a companion.
        s = Self.onPage()
        let entity = try #require(Self.page(s)).entity
        _ = update(&s, .export)
        #expect(s.prompt?.text == "mentions-helle-søndergaard.csv")
        #expect(update(&s, .promptAccept) == [.export(ExportRequest(
            source: .trail(.mentions, entity), path: "mentions-helle-søndergaard.csv", format: .csv))])
        _ = update(&s, .moveDown)
        _ = update(&s, .export)
        #expect(s.prompt?.text == "quotations-helle-søndergaard.csv")
        #expect(update(&s, .promptAccept) == [.export(ExportRequest(
            source: .trail(.quotes, entity), path: "quotations-helle-søndergaard.csv", format: .csv))])
        _ = update(&s, .moveDown)
        _ = update(&s, .export)
        #expect(s.prompt?.text == "articles-helle-søndergaard-harbour-board.csv")
        #expect(update(&s, .promptAccept) == [.export(ExportRequest(
            source: .list(.search("person:\"Helle Søndergaard\" org:\"Harbour Board\"")),
            path: "articles-helle-søndergaard-harbour-board.csv", format: .csv))])
    }

    @Test func sharedArticlesAreFoundByEachTypesFilter() {
        let place = ReaderEntity(name: "Port \"Ellison\"", type: .place)
        let other = ReaderEntity(name: "Operation Tidewater", type: .other)
        #expect(SharedArticles.query(place, other) == "place:\"Port  Ellison\" \"Operation Tidewater\"")
    }

    @Test func theTimelineCountsWeeksWhenTheyFitElseMonths() throws {
        let days = [DayMentions(day: 20260105, mentions: 2), DayMentions(day: 20260111, mentions: 1), DayMentions(day: 20260112, mentions: 4),
                    DayMentions(day: 20260302, mentions: 5)]
        let weeks = try #require(Timeline.of(days, columns: 20))
        // Mon 5 Jan to Mon 2 Mar: nine weeks, Sunday the 11th in the first.
        #expect(weeks.unit == .week && weeks.counts == [3, 4, 0, 0, 0, 0, 0, 0, 5])
        #expect(weeks.firstDay == 20260105 && weeks.label(ofDay: weeks.firstDay) == "2026-01-05")
        let months = try #require(Timeline.of(days, columns: 5))
        #expect(months.unit == .month && months.counts == [7, 0, 5] && months.label(ofDay: months.firstDay) == "2026-01")
        // Two columns: the latest two months, the first left out and said so.
        let cut = try #require(Timeline.of(days, columns: 2))
        #expect(cut.counts == [0, 5] && cut.dropped == 1 && cut.firstDay == 20260201)
        // Across a year's end.
        let turn = try #require(Timeline.of([DayMentions(day: 20251229, mentions: 1), DayMentions(day: 20260104, mentions: 1)], columns: 5))
        #expect(turn.counts == [2])
        #expect(Timeline.of([], columns: 10) == nil)
    }

    @Test func theNewKeysAreInTheHelpAndTheConfigRebindsThem() {
        let help = HelpOverlayView.lines(keymap: .standard)
        for text in ["People, organisations and places of the corpus", "Sort by mentions, articles, latest mention",
                     "Show all, people, organisations, places, other", "Open: its mentions, quotations, shared articles"] {
            #expect(help.contains { if case .binding(_, text) = $0 { return true } else { return false } }, "\(text)")
        }
        #expect(help.contains(.heading(KeyContext.directory.title)) && help.contains(.heading(KeyContext.entityPage.title)))
        let config = ReaderConfig(text: "[keys]\npeople = \"P\"\n\n[keys.directory]\ncycle-sort = \"S\"\n\n[keys.entity-page]\nentity-page = \"Enter\"\n")
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.keymap.action(for: .char("P"), in: .articles) == .showEntityDirectory)
        #expect(config.keymap.action(for: .char("S"), in: .directory) == .cycleSort)
        #expect(config.keymap.action(for: .enter, in: .entityPage) == .showEntityPage)
        // Keys that act on the hidden panes do nothing over the people view.
        #expect(Keymap.standard.action(for: .char("E"), in: .directory) == nil)
        #expect(Keymap.standard.action(for: .char("F"), in: .entityPage) == nil)
    }

    // MARK: - Snapshots

    @Test func peopleViewAt100x30() {
        Snapshot.assert(ScreenView.render(Self.onDirectory(100, 30), theme: .standard), named: "people-100x30")
    }

    @Test func peopleViewFilteredAndSortedAt80x24() {
        var s = Self.onDirectory(80, 24)
        Self.answer(update(&s, .cycleSort), &s)
        _ = update(&s, .startFind)
        for c in "an" { Self.answer(update(&s, .promptEdit(.insert(c))), &s) }
        _ = update(&s, .promptAccept)
        _ = update(&s, .moveDown)
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "people-80x24")
    }

    @Test func entityPageAt100x30() {
        Snapshot.assert(ScreenView.render(Self.onPage(100, 30), theme: .standard), named: "entity-page-100x30")
    }

    @Test func entityPageAt80x24() {
        var s = Self.onPage(80, 24)
        for _ in 0..<4 { _ = update(&s, .moveDown) }
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "entity-page-80x24")
    }
}
