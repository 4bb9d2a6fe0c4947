import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Back as one value: the back stack holds `Location`s that nothing touches while they wait, and
/// Back returns each one whole, with only the session's marks laid over it and a trail view
/// following the trail stepped from it.
@Suite struct NavigationTests {
    /// Random sessions of keys, with page loads and openings answered (some late, as a slow disk
    /// would), checked at every Back against the location that was saved.
    ///
    /// The comparison is `Location`'s own `==`, so a field added to `Location` is checked here
    /// without this test or `back` naming it; the coverage check at the end fails if the walk
    /// never changes a field before returning to it, so that the field's return is really seen.
    /// Resizing and quotation highlighting are left out: they re-wrap the body, and a saved
    /// scroll position is then fitted to the new layout on the way back, by design.
    @Test func backReturnsEverySavedLocationExactly() {
        var seen: [String: Set<Int>] = [:]
        var restores = 0
        for seed in UInt64(1)...24 {
            let size = seed % 2 == 0 ? Size(width: 100, height: 30) : Size(width: 80, height: 24)
            var start = UpdateTests.state(size.width, size.height)
            start.savedSearches = [SavedSearch(name: "Votes", query: "vote"), SavedSearch(name: "Trams", query: "tram")]
            var walk = Walk(state: start, seed: seed)
            var shadow: [Location] = []
            for _ in 0..<220 {
                let depth = walk.state.backStack.count
                guard depth < AppState.backStackLimit - 2 else { break }
                let left = walk.state.location
                let request = walk.pickRequest()
                walk.pushedFrom = nil
                walk.perform(request)
                let now = walk.state.backStack.count
                if now == depth + 1 {
                    // Every way forward saves the place it leaves, as it was before the key.
                    shadow.append(walk.pushedFrom ?? left)
                } else if now == depth - 1 {
                    let saved = shadow.removeLast()
                    let expected = Self.expectedReturn(to: saved, from: left, marks: walk.marks, height: fullScreenListHeight(walk.state))
                    let returned = walk.state.location == expected
                    #expect(returned, "seed \(seed): Back after \(request) did not return to the saved location")
                    restores += 1
                    // What was worked out for the place left is not shown for the place returned to.
                    #expect(Self.derivedIsCurrent(walk.state), "seed \(seed): Back after \(request) kept the body or finder of the place left")
                    for child in Mirror(reflecting: walk.state.location).children {
                        seen[child.label ?? "?", default: []].insert(String(describing: child.value).hashValue)
                    }
                }
                // (A new search typed over results replaces them and saves nothing: the place
                // saved before the first search stays where it is.)
                walk.deliverSome()
                // Saved locations wait untouched: no key, page or mark reaches into the stack.
                let untouched = walk.state.backStack == shadow
                #expect(untouched, "seed \(seed): a saved location changed after \(request)")
                if !untouched { return }
            }
        }
        #expect(restores > 100)
        for child in Mirror(reflecting: Location()).children {
            let label = child.label ?? "?"
            #expect((seen[label]?.count ?? 0) >= 2, "the walk never returned to two different values of Location.\(label): give it a key that changes it")
        }
    }

    /// Whether the body layout and the finder are those of the open article, for this screen.
    static func derivedIsCurrent(_ state: AppState) -> Bool {
        // Turning highlighting off and on lays the body out afresh from the location.
        var fresh = state
        _ = update(&fresh, .toggleQuoteHighlighting)
        _ = update(&fresh, .toggleQuoteHighlighting)
        let finderFits = state.derived.finder == nil || state.derived.finder == state.location.open.map { TextFinder(text: $0.article.text) }
        return fresh.derived.body == state.derived.body && finderFits
    }

    /// What Back should show after leaving `left` for `saved`: `saved`, with the marks the user
    /// set laid over its copies of the articles and, when it is the trail view `left` stepped
    /// along, the line stepped to.
    static func expectedReturn(to saved: Location, from left: Location, marks: [Int64: Marks], height: Int) -> Location {
        var expected = saved
        for (id, mark) in marks {
            expected.list.updateAll(where: { $0.id == id }) { item in
                if let read = mark.read { item.isRead = read }
                if let starred = mark.starred { item.isStarred = starred }
                if let tags = mark.tags { item.tags = tags }
            }
            if expected.open?.id == id {
                if let read = mark.read { expected.open?.isRead = read }
                if let starred = mark.starred { expected.open?.isStarred = starred }
                if let tags = mark.tags { expected.open?.tags = tags }
            }
        }
        if case .trail(var shown) = saved.screen, case .trail(let stepped)? = left.stepper,
            shown.kind == stepped.kind, shown.lines.generation == stepped.lines.generation
        {
            shown.lines = stepped.lines
            shown.lines.position.keepVisible(height: height, count: shown.lines.count)
            expected.screen = .trail(shown)
        }
        return expected
    }

    @Test func marksSetDeepInATrailShowWhereverBackReturns() {
        var s = UpdateTests.state()
        // Depth 0: the list, article 1 open. Its first entity's mentions, then line 3 (article 2).
        _ = update(&s, .focusPrevious)
        openTrailLine(2, in: &s)
        _ = update(&s, .articleOpened(UpdateTests.opened(2), reveal: Reveal(0..<8)))
        let savedBefore = s.backStack
        #expect(update(&s, .toggleStar) == [.setStarred(id: 2, true)])
        #expect(update(&s, .toggleRead) == [.setRead(id: 2, false)])
        // The marks are the session's: the places Esc returns to are not rewritten.
        #expect(s.backStack == savedBefore)
        // Two steps further down: another mentions view, and article 1 from it, starred there.
        _ = update(&s, .focusNext)
        openTrailLine(0, in: &s)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(0..<8)))
        #expect(update(&s, .toggleStar) == [.setStarred(id: 1, true)])
        #expect(s.backStack.count == 4)

        _ = update(&s, .back)
        _ = update(&s, .back)
        // Article 2 as it was left, with its marks.
        #expect(s.location.open?.id == 2 && s.location.open?.isStarred == true && s.location.open?.isRead == false)
        _ = update(&s, .back)
        _ = update(&s, .back)
        // The list and article 1, saved before any of it: every mark shows.
        #expect(s.backStack.isEmpty && s.location.screen == .reader)
        #expect(s.location.open?.id == 1 && s.location.open?.isStarred == true)
        #expect(s.location.list.item(at: 0)?.isStarred == true)
        #expect(s.location.list.item(at: 1)?.isStarred == true && s.location.list.item(at: 1)?.isRead == false)
        #expect(s.location.list.item(at: 2)?.isStarred == true)
    }

    @Test func aMarkSetTwiceShowsTheLastOneAfterBack() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        openTrailLine(0, in: &s)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(0..<8)))
        _ = update(&s, .toggleStar)
        _ = update(&s, .toggleStar)
        _ = update(&s, .back)
        _ = update(&s, .back)
        #expect(s.location.open?.isStarred == false && s.location.list.item(at: 0)?.isStarred == false)
    }

    @Test func theSessionStaysAsItIsWhenBackChangesPlace() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        openTrailLine(1, in: &s)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(100..<108)))
        // Settings changed and a search typed deep in the trail belong to the session.
        _ = update(&s, .toggleQuoteHighlighting)
        _ = update(&s, .startFind)
        for c in "harbour" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptAccept)
        let generations = s.generations
        _ = update(&s, .back)
        _ = update(&s, .back)
        _ = update(&s, .back)
        #expect(s.backStack.isEmpty)
        #expect(!s.highlightQuotes && s.generations == generations)
        #expect(s.history.entries(for: .findInArticle) == ["harbour"])
        // The body the list shows again is laid out for the session's setting, not the saved one.
        let quotes = UpdateTests.state()
        #expect(s.derived.body != nil && s.derived.body != quotes.derived.body)
    }

    @Test func aStepWaitingForItsPageIsDroppedWhenTheReaderMovesOn() {
        var s = UpdateTests.state()
        _ = update(&s, .focusPrevious)
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen else {
            Issue.record("no mentions view")
            return
        }
        let first = (0..<100).map { i in
            TrailLine.mention(articleID: Int64(i + 1), path: "a\(i + 1).txt", title: "S", date: nil, range: 0..<4, context: MarkedText(text: "x"))
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: first, count: 150))
        for _ in 0..<99 { _ = update(&s, .moveDown) }
        _ = update(&s, .open)
        _ = update(&s, .articleOpened(UpdateTests.opened(1), reveal: Reveal(0..<4)))
        _ = update(&s, .nextMatch)
        #expect(s.pendingStep == 100)
        // Before the page comes, the reader opens another entity's mentions from this article.
        _ = update(&s, .focusNext)
        _ = update(&s, .open)
        guard case .trail(let other) = s.location.screen, other.lines.generation != screen.lines.generation else {
            Issue.record("Enter on an entity did not open its mentions")
            return
        }
        let late = (100..<150).map { i in
            TrailLine.mention(articleID: Int64(i + 1), path: "a\(i + 1).txt", title: "S", date: nil, range: 0..<4, context: MarkedText(text: "x"))
        }
        // The step belonged to the place left: its page must not open an article over this view.
        #expect(update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 1, lines: late, count: 150)) == [])
        #expect(s.pendingStep == nil && s.location.screen == .trail(other))
    }

    /// Enter on an entity (the entity pane focused) and then on line `index` of its mentions.
    func openTrailLine(_ index: Int, in s: inout AppState) {
        _ = update(&s, .open)
        guard case .trail(let screen) = s.location.screen else {
            Issue.record("Enter on an entity did not open its mentions")
            return
        }
        _ = update(&s, .trailPageLoaded(generation: screen.lines.generation, page: 0, lines: TrailTests.mentionLines(6), count: 6))
        for _ in 0..<index { _ = update(&s, .moveDown) }
        _ = update(&s, .open)
    }
}

/// Read and starred flags and tags as the effects set them.
struct Marks {
    var read: Bool?
    var starred: Bool?
    var tags: [String]?
}

/// The run loop in miniature: keys chosen at random, effects answered from made-up data, and
/// answers held back at random for a later turn, as a slow disk would.
struct Walk {
    var state: AppState
    var random: SplitMix64
    var queued: [Effect] = []
    /// Articles whose moment to count as read has started.
    var timers: [Int64] = []
    /// The flags each write effect set, newest last.
    var marks: [Int64: Marks] = [:]
    /// The flags the "disk" holds.
    var stored: [Int64: Marks] = [:]
    /// Where the reader was before the last action that saved a location: a request of several
    /// keys (`c`, moves, Enter) may move before the key that goes forward.
    var pushedFrom: Location?

    init(state: AppState, seed: UInt64) {
        self.state = state
        random = SplitMix64(seed: seed)
    }

    enum Request: CustomStringConvertible {
        case key(Action)
        case search(String)
        case find(String)
        case readTimer
        case tag(String)
        /// `c`, then Enter on folder n.
        case folder(Int)

        var description: String {
            switch self {
            case .key(let action): return "\(action)"
            case .search(let text): return "search \(text)"
            case .find(let text): return "/\(text)"
            case .readTimer: return "read timer"
            case .tag(let text): return "tags \(text)"
            case .folder(let n): return "folder \(n)"
            }
        }
    }

    mutating func pickRequest() -> Request {
        let keys: [Action] = [
            .moveDown, .moveDown, .moveUp, .pageDown, .halfPageUp, .top, .bottom, .readOn,
            .open, .open, .open, .focusLeft, .focusNext, .focusPrevious, .focusPrevious, .toggleEntities,
            .back, .back, .back, .closeOrQuit, .nextMatch, .nextMatch, .previousMatch, .showQuotes,
            .toggleRead, .toggleStar, .cycleFilter,
            .wheel(x: 40, y: 5, lines: 3), .click(x: 85, y: 4), .click(x: 10, y: 3),
            .showFolders, .showFolders, .markAllRead, .answer(true), .answer(false), .copy, .editArticle, .openURL,
            .showEntityDirectory, .showEntityPage, .cycleSort,
        ]
        switch Int(random.next() % 23) {
        case 0: return .search(["vote", "harbour", "tram"][Int(random.next() % 3)])
        case 1, 2: return .find(["the", "o", "lind", "zz"][Int(random.next() % 4)])
        case 3: return .readTimer
        case 4: return .tag(["budget", "", "port follow-up"][Int(random.next() % 3)])
        case 5: return .folder(Int(random.next() % 5))
        default:
            let key = keys[Int(random.next() % UInt64(keys.count))]
            // `q` from the first view quits, which ends a walk.
            if key == .closeOrQuit, state.backStack.isEmpty { return .key(.back) }
            return .key(key)
        }
    }

    mutating func perform(_ request: Request) {
        switch request {
        case .key(let action):
            send(action)
        case .search(let text):
            send(.startCorpusSearch)
            for c in text { send(.promptEdit(.insert(c))) }
            send(.promptAccept)
        case .find(let text):
            // In the body a find, in the entity pane a filter, in the list a corpus search.
            send(.startFind)
            for c in text { send(.promptEdit(.insert(c))) }
            send(random.next() % 4 == 0 ? .promptCancel : .promptAccept)
        case .readTimer:
            guard !timers.isEmpty else { return }
            send(.readDelayElapsed(id: timers.remove(at: Int(random.next() % UInt64(timers.count)))))
        case .folder(let n):
            send(.showFolders)
            send(.top)
            for _ in 0..<n { send(.moveDown) }
            send(.open)
        case .tag(let text):
            send(.tagArticle)
            send(.promptEdit(.clear))
            for c in text { send(.promptEdit(.insert(c))) }
            send(.promptAccept)
        }
    }

    mutating func send(_ action: Action) {
        let before = state.location
        let depth = state.backStack.count
        let effects = update(&state, action)
        if state.backStack.count == depth + 1 { pushedFrom = before }
        for effect in effects {
            switch effect {
            case .setRead(let id, let read): marks[id, default: Marks()].read = read
            case .setStarred(let id, let starred): marks[id, default: Marks()].starred = starred
            case .scheduleRead(let id): timers.append(id)
            default: break
            }
        }
        queued += effects
    }

    /// Answers the queued effects, and what they lead to, most turns; holds them some turns.
    mutating func deliverSome() {
        guard random.next() % 4 != 0 else { return }
        while !queued.isEmpty {
            if let answer = answer(queued.removeFirst()) { send(answer) }
        }
    }

    mutating func answer(_ effect: Effect) -> Action? {
        switch effect {
        case .loadListPage(let source, _, let page, let generation):
            let ids = Self.ids(for: source, stored: stored)
            let slice = ids.dropFirst(page * 100).prefix(100).map { id in
                ArticleListItem(
                    id: id, path: "a\(id).txt", title: "Story \(id)", date: "2026-05-\(10 + id % 18)",
                    isRead: flags(of: id).read, isStarred: flags(of: id).starred, tags: stored[id]?.tags ?? [])
            }
            return .listPageLoaded(generation: generation, page: page, items: Array(slice), count: ids.count)
        case .openArticle(let id, _, let reveal, _):
            var opened = id % 2 == 0 ? Self.council : Self.wire
            opened.id = id
            opened.isRead = flags(of: id).read
            opened.isStarred = flags(of: id).starred
            opened.tags = stored[id]?.tags ?? []
            return .articleOpened(opened, reveal: reveal)
        case .loadTrailPage(let kind, let entity, let page, let generation):
            let count = kind == .mentions ? 130 + Int(entity.id ?? 0) % 5 : 3 + Int(entity.id ?? 0) % 4
            let lines = (page * 100..<min(count, page * 100 + 100)).map { i -> TrailLine in
                switch kind {
                case .mentions:
                    return .mention(
                        articleID: Int64(i / 2 + 1), path: "a\(i / 2 + 1).txt", title: "Story \(i / 2 + 1)", date: nil,
                        range: i % 2 == 0 ? 0..<8 : 100..<108, context: MarkedText(text: "a line", marks: [2..<6]))
                case .quotes:
                    return .quote(articleID: Int64(i + 1), path: "a\(i + 1).txt", title: "Story \(i + 1)", date: nil, range: 10..<40, text: "Said", kind: .direct)
                }
            }
            return .trailPageLoaded(generation: generation, page: page, lines: lines, count: count)
        case .setRead(let id, let read):
            stored[id, default: Marks()].read = read
            return nil
        case .setStarred(let id, let starred):
            stored[id, default: Marks()].starred = starred
            return nil
        case .locateInList(let id, let source, _, let generation):
            return .listIndexFound(id: id, index: Self.ids(for: source, stored: stored).firstIndex(of: id), generation: generation)
        case .scheduleRead, .quit, .edit, .pipe, .browse, .copy, .export, .loadTagNames:
            return nil
        case .loadFacets(let generation):
            return .facetsLoaded(generation: generation, .success([ListFacet(kind: .section, name: "sport", articles: 2)]))
        case .loadDirectoryPage(let query, let page, let generation):
            // 250 names, fewer filtered: "Name 7" holds "7".
            let all = (0..<250).map { n in
                DirectoryEntity(entity: ReaderEntity(id: Int64(100 + n), name: "Name \(n)", type: EntityType.allCases[n % 4],
                                                     corpusMentions: 500 - n, corpusArticles: 200 - n / 2), latest: nil)
            }.filter { (query.type == nil || $0.entity.type == query.type) && (query.filter.isEmpty || $0.entity.name.contains(query.filter)) }
            return .directoryPageLoaded(generation: generation, page: page, rows: Array(all.dropFirst(page * 100).prefix(100)), count: all.count)
        case .loadEntityFacts(let entity, let generation):
            let companions = (0..<Int((entity.id ?? 0) % 7)).map { n in
                Companion(entity: ReaderEntity(id: Int64(200 + n), name: "Companion \(n)", type: .person, corpusMentions: 9, corpusArticles: 4),
                          sharedArticles: 7 - n)
            }
            return .entityFactsLoaded(generation: generation, EntityFacts(
                entity: entity, quotations: 3, days: [DayMentions(day: 20260501, mentions: 4), DayMentions(day: 20260612, mentions: 2)],
                companions: companions))
        case .countFolders(let sources, let generation):
            return .foldersCounted(generation: generation, counts: sources.map { .articles(Self.ids(for: $0, stored: stored).count) })
        case .markAllRead(let source, let generation):
            let ids = Self.ids(for: source, stored: stored)
            for id in ids { stored[id, default: Marks()].read = true }
            // What the reader marks on screen: the unread rows loaded, and the open article
            // among them (as `allMarkedRead` does).
            if generation == state.location.list.generation {
                for items in state.location.list.pages.values {
                    for item in items where !item.isRead { marks[item.id, default: Marks()].read = true }
                }
                if let open = state.location.open, !open.isRead, state.location.list.loadedIndex(where: { $0.id == open.id }) != nil {
                    marks[open.id, default: Marks()].read = true
                }
            }
            return .allMarkedRead(count: ids.count, generation: generation)
        case .setTags(let id, let text):
            let tags = Array(Set(text.split(separator: " ").map(String.init))).sorted()
            stored[id, default: Marks()].tags = tags
            marks[id, default: Marks()].tags = tags
            return .tagsSet(id: id, tags: tags)
        }
    }

    func flags(of id: Int64) -> (read: Bool, starred: Bool) {
        (stored[id]?.read ?? (id % 3 == 0), stored[id]?.starred ?? (id % 5 == 0))
    }

    /// The articles a list shows: 230 in all, fewer filtered or searched.
    static func ids(for source: ListSource, stored: [Int64: Marks]) -> [Int64] {
        let all = Array(Int64(1)...230)
        switch source {
        case .articles(.all): return all
        case .articles(.unread): return all.filter { !(stored[$0]?.read ?? ($0 % 3 == 0)) }
        case .articles(.starred): return all.filter { stored[$0]?.starred ?? ($0 % 5 == 0) }
        case .search(let query): return all.filter { $0 % Int64(3 + query.count) == 0 }
        case .versions(let id): return [id, id + 1000]
        }
    }

    static let wire = UpdateTests.opened(1)
    static let council = UpdateTests.opened(2)
}
