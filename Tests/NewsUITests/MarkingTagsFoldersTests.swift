import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// `A` marks a list read after asking, `t` tags, `c` lists the folders and saved searches.
@Suite struct MarkingTagsFoldersTests {
    @Test func aAsksHowManyAndMarksTheWholeListOnlyOnYes() {
        var s = UpdateTests.state()
        #expect(update(&s, .markAllRead) == [])
        #expect(s.keyContext == .confirm && s.confirmation?.question == "Mark all 3 articles in this list read? (y/n)")
        // As mutt asks: any key but y says no, and does nothing else.
        #expect(Keymap.standard.action(for: .char("j"), in: .confirm) == .answer(false))
        #expect(update(&s, .moveDown) == [] && s.confirmation == nil && s.location.list.position.selected == 0)
        #expect(s.message?.text == "Nothing marked")
        _ = update(&s, .markAllRead)
        let generation = s.location.list.generation
        #expect(update(&s, .answer(true)) == [.markAllRead(.articles(.all), generation: generation)])
        // The backend marked them all: every row and the open article show it, the list reloads.
        let effects = update(&s, .allMarkedRead(count: 3, generation: generation))
        #expect(s.message?.text == "Marked 3 articles read")
        #expect((0..<3).allSatisfy { s.location.list.item(at: $0)?.isRead ?? true })
        #expect(s.location.open?.isRead == true)
        #expect(effects.contains(.loadListPage(source: .articles(.all), sort: .date, page: 0, generation: s.location.list.generation)))
    }

    @Test func aOnSearchResultsSaysWhatItWillMark() {
        var s = UpdateTests.state()
        _ = update(&s, .startCorpusSearch)
        for c in "harbour" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptAccept)
        _ = update(&s, .listPageLoaded(generation: s.location.list.generation, page: 0, items: [UpdateTests.items[0]], count: 1))
        _ = update(&s, .markAllRead)
        #expect(s.confirmation?.question == "Mark the 1 article matching harbour read? (y/n)")
        #expect(update(&s, .answer(true)) == [.markAllRead(.search("harbour"), generation: s.location.list.generation)])
    }

    @Test func tShowsTheTagsToEditCompletesAndSavesThem() {
        var s = UpdateTests.state()
        #expect(update(&s, .tagArticle) == [.loadTagNames])
        #expect(s.prompt?.purpose == .tags && s.prompt?.text == "" && s.prompt?.articleID == 1)
        _ = update(&s, .tagNamesLoaded(["budget", "fisheries", "fishing", "follow-up"]))
        for c in "fo" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptEdit(.complete))
        #expect(s.prompt?.text == "follow-up ")
        for c in "fi" { _ = update(&s, .promptEdit(.insert(c))) }
        // Two candidates: Tab goes as far as they agree and names them.
        _ = update(&s, .promptEdit(.complete))
        #expect(s.prompt?.text == "follow-up fish" && s.prompt?.hint == "fisheries fishing")
        _ = update(&s, .promptEdit(.insert("e")))
        _ = update(&s, .promptEdit(.complete))
        #expect(s.prompt?.text == "follow-up fisheries ")
        // A tag already typed is not offered again.
        for c in "fo" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptEdit(.complete))
        #expect(s.prompt?.text == "follow-up fisheries fo" && s.prompt?.hint == "no tag starts “fo”")
        _ = update(&s, .promptEdit(.deleteWord))
        #expect(update(&s, .promptAccept) == [.setTags(id: 1, text: "follow-up fisheries ")])
        _ = update(&s, .tagsSet(id: 1, tags: ["fisheries", "follow-up"]))
        #expect(s.message?.text == "Tagged fisheries, follow-up")
        #expect(s.location.list.item(at: 0)?.tags == ["fisheries", "follow-up"] && s.location.open?.tags == ["fisheries", "follow-up"])
        // The prompt opens on the tags the article has.
        _ = update(&s, .tagArticle)
        #expect(s.prompt?.text == "fisheries follow-up ")
    }

    @Test func tagsSetDownATrailShowWhenBackReturnsToTheList() {
        var s = TrailTests().onMentions()
        _ = update(&s, .open)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(0..<8)))
        _ = update(&s, .tagsSet(id: 1, tags: ["harbour"]))
        _ = update(&s, .back)
        _ = update(&s, .back)
        #expect(s.backStack.isEmpty && s.location.list.item(at: 0)?.tags == ["harbour"])
    }

    @Test func cListsTheFoldersWithTheirCountsAndEnterShowsOne() {
        var s = UpdateTests.state()
        s.savedSearches = [SavedSearch(name: "Dredging", query: "dredging"), SavedSearch(name: "Broken", query: "\"open")]
        let effects = update(&s, .showFolders)
        guard case .folders(let list) = s.location.screen else {
            Issue.record("c did not show the folder list")
            return
        }
        #expect(s.keyContext == .folders)
        #expect(list.folders.map(\.name) == ["All articles", "Unread", "Starred", "Dredging", "Broken"])
        #expect(effects == [.countFolders([.articles(.all), .articles(.unread), .articles(.starred), .search("dredging"), .search("\"open")], generation: list.generation)])
        _ = update(&s, .foldersCounted(generation: list.generation, counts: [.articles(3), .articles(2), .articles(1), .articles(1), .problem("In “\"open”, column 1: unclosed quote")]))
        // A folder whose query the index refused says why instead of opening.
        _ = update(&s, .bottom)
        #expect(update(&s, .open) == [])
        #expect(s.message == StatusMessage("Broken: In “\"open”, column 1: unclosed quote", isError: true))
        _ = update(&s, .moveUp)
        let opened = update(&s, .open)
        #expect(s.location.screen == .reader && s.location.listSource == .search("dredging") && s.location.listName == "Dredging")
        #expect(opened == [.loadListPage(source: .search("dredging"), sort: .score, page: 0, generation: s.location.list.generation)])
        // Esc goes back to the list the folder list was opened over.
        _ = update(&s, .back)
        #expect(s.location.listSource == .articles(.all) && s.location.listName == nil && s.backStack.isEmpty)
        // The built-in folders are the list filters.
        _ = update(&s, .showFolders)
        _ = update(&s, .moveDown)
        _ = update(&s, .open)
        #expect(s.location.listSource == .articles(.unread) && s.location.listName == nil)
    }

    @Test func theNewKeysAreBoundAndERebindsTheEntityPane() {
        let keymap = Keymap.standard
        let expected: [(Key, Action)] = [
            (.char("e"), .editArticle), (.char("|"), .pipeArticle), (.char("o"), .openURL), (.char("y"), .copy),
            (.char("w"), .export), (.char("A"), .markAllRead), (.char("t"), .tagArticle), (.char("c"), .showFolders),
            (.char("E"), .toggleEntities),
        ]
        for (key, action) in expected {
            for context in [KeyContext.articles, .body, .entities] {
                #expect(keymap.action(for: key, in: context) == action, "\(key) in \(context)")
            }
        }
        // In the views of lines, what acts on the lines; E would change the hidden panes.
        #expect(keymap.action(for: .char("y"), in: .list) == .copy)
        #expect(keymap.action(for: .char("w"), in: .list) == .export)
        #expect(keymap.action(for: .char("E"), in: .list) == nil)
        #expect(keymap.action(for: .char("c"), in: .folders) == .back)
        #expect(keymap.action(for: .tab, in: .prompt) == .promptEdit(.complete))
        #expect(keymap.action(for: .char("y"), in: .confirm) == .answer(true))
        // Every new action can be bound by name in the config.
        let config = ReaderConfig(text: """
            [keys]
            edit = "C-e"
            pipe = "!"
            open-url = "O"
            copy = "Y"
            export = "W"
            mark-all-read = "C-a"
            tag = "T"
            folders = "C-f"
            toggle-entities = "e"
            """)
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.keymap.action(for: .control("e"), in: .body) == .editArticle)
        #expect(config.keymap.action(for: .char("e"), in: .body) == .toggleEntities)
        #expect(config.keymap.action(for: .char("!"), in: .body) == .pipeArticle)
        #expect(config.keymap.action(for: .char("T"), in: .articles) == .tagArticle)
        #expect(config.keymap.action(for: .control("f"), in: .articles) == .showFolders)
    }

    @Test func savedSearchesAndOSC52ComeFromTheConfig() {
        let config = ReaderConfig(text: """
            [defaults]
            osc52 = true

            [searches]
            "Port strike" = "strike port"
            mayor = 'person:okafor -title:election'
            """)
        #expect(config.problems.isEmpty)
        #expect(config.osc52)
        #expect(config.savedSearches == [SavedSearch(name: "Port strike", query: "strike port", line: 5), SavedSearch(name: "mayor", query: "person:okafor -title:election", line: 6)])
        let bad = ReaderConfig(text: "[searches]\na = 3\nb = \"\"\nc = \"x\"\nc = \"y\"\n[defaults]\nosc52 = \"yes\"")
        #expect(bad.problems.map(\.line) == [2, 3, 5, 7])
        #expect(bad.savedSearches == [SavedSearch(name: "c", query: "x", line: 4)])
    }
}
