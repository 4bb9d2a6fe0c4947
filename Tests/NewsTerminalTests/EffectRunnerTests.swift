import NewsUI
import NewsTerminal
import Synchronization
import Testing

/// What the run loop asks of the reader's backend for each effect, and how a failure comes
/// back: checked against an in-memory backend, with no terminal and no index.
@Suite struct EffectRunnerTests {
    /// A backend that answers from fixed values, fails on request, and records its writes.
    final class FakeBackend: ReaderBackend {
        let items = [ArticleListItem(id: 7, path: "a.txt", title: "A", date: "2026-01-02")]
        let failing: Bool
        let writes = Mutex<[String]>([])

        init(failing: Bool = false) {
            self.failing = failing
        }

        private func check() throws(ReaderBackendError) {
            if failing { throw ReaderBackendError("the disk is on fire") }
        }

        func listPage(_ source: ListSource, sort: ListSort, page: Int, pageSize: Int) throws(ReaderBackendError) -> (items: [ArticleListItem], count: Int) {
            try check()
            return (items, 41)
        }

        func facets() throws(ReaderBackendError) -> [ListFacet] {
            try check()
            return [ListFacet(kind: .section, name: "sport", articles: 3)]
        }

        func openArticle(id: Int64, path: String, highlight: String?) throws(ReaderBackendError) -> OpenArticle {
            try check()
            throw ReaderBackendError("\(path) is gone")
        }

        /// Answers each kind with its own line, so a mix-up between kinds shows.
        func trailPage(kind: TrailKind, of entity: ReaderEntity, page: Int, pageSize: Int) throws(ReaderBackendError) -> (lines: [TrailLine], count: Int) {
            try check()
            let line: TrailLine
            switch kind {
            case .mentions:
                line = .mention(articleID: 7, path: "a.txt", title: "A", date: nil, range: 0..<4, context: MarkedText(text: "\(entity.name) page \(page)"))
            case .quotes:
                line = .quote(articleID: 7, path: "a.txt", title: "A", date: nil, range: 10..<20, text: "\(entity.name) page \(page)", kind: .direct)
            }
            return ([line], 3 * pageSize + 1)
        }

        /// One row per page, named after the query and the page, so a mix-up shows.
        func directoryPage(_ query: EntityDirectoryQuery, page: Int, pageSize: Int) throws(ReaderBackendError) -> (rows: [DirectoryEntity], count: Int) {
            try check()
            let name = "\(query.filter) \(query.sort.rawValue) page \(page)"
            return ([DirectoryEntity(entity: ReaderEntity(id: 5, name: name, type: query.type ?? .other), latest: "2026-01-02")], 2 * pageSize + 1)
        }

        func entityFacts(of entity: ReaderEntity) throws(ReaderBackendError) -> EntityFacts {
            try check()
            return EntityFacts(entity: entity, quotations: 2, days: [DayMentions(day: 20260102, mentions: 3)], companions: [])
        }

        func listIndex(of id: Int64, in source: ListSource, sort: ListSort) throws(ReaderBackendError) -> Int? {
            try check()
            return id == 7 ? 40 : nil
        }

        func setRead(id: Int64, _ read: Bool) throws(ReaderBackendError) {
            try check()
            writes.withLock { $0.append("read \(id) \(read)") }
        }

        func setStarred(id: Int64, _ starred: Bool) throws(ReaderBackendError) {
            try check()
            writes.withLock { $0.append("star \(id) \(starred)") }
        }

        func count(_ source: ListSource) throws(ReaderBackendError) -> Int {
            try check()
            if case .search(let query) = source, query.hasPrefix("\"") { throw ReaderBackendError("In “\(query)”, column 1: unclosed quote") }
            return source == .articles(.all) ? 41 : 7
        }

        func markAllRead(_ source: ListSource) throws(ReaderBackendError) -> Int {
            try check()
            writes.withLock { $0.append("all read \(source)") }
            return 41
        }

        func setTags(id: Int64, text: String) throws(ReaderBackendError) -> [String] {
            try check()
            writes.withLock { $0.append("tags \(id) \(text)") }
            return text.split(separator: " ").map { $0.lowercased() }.sorted()
        }

        func tagNames() throws(ReaderBackendError) -> [String] {
            try check()
            return ["budget", "follow-up"]
        }

        func refreshEvents() -> [ReaderRefreshEvent] { [] }
    }

    @Test func aListPageComesBackWithItsGenerationAndCount() {
        let runner = EffectRunner(backend: FakeBackend())
        let action = runner.perform(.loadListPage(source: .articles(.all), sort: .date, page: 0, generation: 3))
        #expect(action == .listPageLoaded(generation: 3, page: 0, items: FakeBackend().items, count: 41))
    }

    @Test func aListThatCannotLoadFailsInTheListNotOnlyInTheStatusLine() {
        let runner = EffectRunner(backend: FakeBackend(failing: true))
        #expect(runner.perform(.loadListPage(source: .search("x"), sort: .score, page: 2, generation: 5)) == .listFailed(generation: 5, message: "the disk is on fire"))
    }

    @Test func anArticleThatCannotOpenNamesItsPath() {
        let runner = EffectRunner(backend: FakeBackend())
        let action = runner.perform(.openArticle(id: 7, path: "a.txt", reveal: nil, highlight: nil))
        #expect(action == .articleFailed(path: "a.txt", message: "a.txt is gone"))
    }

    @Test(arguments: TrailKind.allCases) func aTrailPageComesBackAsItsKindWithItsGenerationAndCount(kind: TrailKind) throws {
        let runner = EffectRunner(backend: FakeBackend())
        let entity = ReaderEntity(id: 4, name: "Ada Quill", type: .person)
        // The backend is asked for this kind, this entity and page, at the lists' page size.
        let page = try FakeBackend().trailPage(kind: kind, of: entity, page: 2, pageSize: PagedList<TrailLine>.pageSize)
        let expected = Action.trailPageLoaded(generation: 9, page: 2, lines: page.lines, count: 3 * PagedList<TrailLine>.pageSize + 1)
        #expect(runner.perform(.loadTrailPage(kind, of: entity, page: 2, generation: 9)) == expected)
    }

    @Test func aTrailThatCannotLoadSaysWhyInTheStatusLine() {
        let runner = EffectRunner(backend: FakeBackend(failing: true))
        let entity = ReaderEntity(id: 4, name: "Ada Quill", type: .person)
        #expect(runner.perform(.loadTrailPage(.quotes, of: entity, page: 0, generation: 2)) == .showMessage("the disk is on fire", isError: true))
    }

    @Test func writesReportNothingWhenTheySucceedAndAnErrorWhenTheyFail() {
        let backend = FakeBackend()
        let runner = EffectRunner(backend: backend)
        #expect(runner.perform(.setRead(id: 7, true)) == nil)
        #expect(runner.perform(.setStarred(id: 7, false)) == nil)
        #expect(backend.writes.withLock { $0 } == ["read 7 true", "star 7 false"])
        let failing = EffectRunner(backend: FakeBackend(failing: true))
        #expect(failing.perform(.setRead(id: 7, true)) == .showMessage("the disk is on fire", isError: true))
    }

    @Test func effectsThatAreNotBackendWorkAskNothingOfIt() {
        let backend = FakeBackend(failing: true)
        let runner = EffectRunner(backend: backend)
        #expect(runner.perform(.quit) == nil)
        #expect(runner.perform(.scheduleRead(id: 7)) == nil)
        #expect(backend.writes.withLock { $0 }.isEmpty)
    }

    @Test func anArticleIsLocatedInTheListWithTheListsGeneration() {
        let runner = EffectRunner(backend: FakeBackend())
        #expect(runner.perform(.locateInList(id: 7, source: .articles(.all), sort: .date, generation: 4)) == .listIndexFound(id: 7, index: 40, generation: 4))
        #expect(runner.perform(.locateInList(id: 8, source: .articles(.unread), sort: .date, generation: 4)) == .listIndexFound(id: 8, index: nil, generation: 4))
    }

    @Test func markingAListReadTagsAndTagNamesGoToTheBackend() {
        let backend = FakeBackend()
        let runner = EffectRunner(backend: backend)
        #expect(runner.perform(.markAllRead(.articles(.unread), generation: 6)) == .allMarkedRead(count: 41, generation: 6))
        #expect(runner.perform(.setTags(id: 7, text: "Budget follow-up")) == .tagsSet(id: 7, tags: ["budget", "follow-up"]))
        #expect(runner.perform(.loadTagNames) == .tagNamesLoaded(["budget", "follow-up"]))
        #expect(backend.writes.withLock { $0 } == ["all read articles(NewsUI.ListFilter.unread)", "tags 7 Budget follow-up"])
        let failing = EffectRunner(backend: FakeBackend(failing: true))
        #expect(failing.perform(.markAllRead(.articles(.all), generation: 1)) == .showMessage("the disk is on fire", isError: true))
    }

    @Test func eachFolderIsCountedAndABadQueryIsThatFoldersProblemOnly() {
        let runner = EffectRunner(backend: FakeBackend())
        let action = runner.perform(.countFolders([.articles(.all), .search("\"open"), .search("tag:x")], generation: 3))
        #expect(action == .foldersCounted(generation: 3, counts: [.articles(41), .problem("In “\"open”, column 1: unclosed quote"), .articles(7)]))
    }

    @Test func effectsForTheTerminalAreNotTheRunnersToDo() {
        let backend = FakeBackend(failing: true)
        let runner = EffectRunner(backend: backend)
        for effect in [Effect.edit(id: 7, path: "/x/a.txt", shownPath: "a.txt"), .pipe(command: "wc", text: "x"), .browse(url: "https://example.org"),
                       .copy(text: "x", what: "the citation")] {
            #expect(runner.perform(effect) == nil, "\(effect)")
        }
    }
}
