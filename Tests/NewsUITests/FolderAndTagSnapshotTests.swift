import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// The folder list, tags and the question `A` asks, as whole screens at 100×30 and 80×24.
@Suite struct FolderAndTagSnapshotTests {
    /// The folder list, counted, opened from the unread list, a saved search selected.
    func folders(_ width: Int, _ height: Int) -> AppState {
        var s = UpdateTests.state(width, height)
        s.savedSearches = [
            SavedSearch(name: "Harbour dredging", query: "dredging OR channel place:kestrelport"),
            SavedSearch(name: "Follow up", query: "tag:follow-up"),
            SavedSearch(name: "Broken", query: "\"open"),
        ]
        _ = update(&s, .cycleFilter)
        _ = update(&s, .showFolders)
        guard case .folders(let list) = s.location.screen else { return s }
        _ = update(&s, .foldersCounted(generation: list.generation, counts: [
            .articles(3), .articles(2), .articles(1), .articles(12), .articles(4), .problem("In “\"open”, column 1: unclosed quote"),
        ]))
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        _ = update(&s, .moveDown)
        return s
    }

    @Test func folderListAt100x30() {
        Snapshot.assert(ScreenView.render(folders(100, 30), theme: .standard), named: "folders-100x30")
    }

    @Test func folderListAt80x24WithAFolderThatCannotBeCounted() {
        var s = folders(80, 24)
        _ = update(&s, .bottom)
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "folders-80x24")
    }

    /// Tagged articles in the list and the open article's header, and `A`'s question.
    func tagged(_ width: Int, _ height: Int) -> AppState {
        var s = UpdateTests.state(width, height)
        _ = update(&s, .tagsSet(id: 1, tags: ["dredging", "follow-up"]))
        _ = update(&s, .tagsSet(id: 3, tags: ["budget"]))
        _ = update(&s, .markAllRead)
        return s
    }

    @Test func tagsAndTheMarkAllQuestionAt100x30() {
        Snapshot.assert(ScreenView.render(tagged(100, 30), theme: .standard), named: "tags-mark-all-100x30")
    }

    @Test func tagsAndTheMarkAllQuestionAt80x24() {
        var s = tagged(80, 24)
        // The body focused: its header shows the tags.
        _ = update(&s, .answer(false))
        _ = update(&s, .open)
        _ = update(&s, .tagArticle)
        _ = update(&s, .tagNamesLoaded(["budget", "dredging", "fisheries", "fishing", "follow-up"]))
        for c in "fi" { _ = update(&s, .promptEdit(.insert(c))) }
        _ = update(&s, .promptEdit(.complete))
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "tags-prompt-80x24")
    }
}
