// MARK: - Folders: c

/// `c`: the folder list full-screen, its counts asked for; Esc returns to where it was opened.
func showFolders(_ state: inout AppState) -> [Effect] {
    if case .folders(let list) = state.location.screen, list.kind == .folders { return [] }
    let folders = Folder.all(savedSearches: state.savedSearches)
    let list = FolderList(
        folders: folders, current: state.location.listSource, currentName: state.location.listName, generation: state.nextGeneration())
    state.pushLocation()
    state.location.screen = .folders(list)
    return [.countFolders(folders.map(\.source), generation: list.generation)]
}

func foldersCounted(_ state: inout AppState, generation: Int, counts: [FolderCount]) -> [Effect] {
    guard case .folders(var list) = state.location.screen, list.generation == generation else { return [] }
    list.setCounts(counts)
    state.location.screen = .folders(list)
    return []
}

/// Enter on a folder: its articles in the list, in the place the folder list was opened from
/// (Esc then goes back to where the reader was before `c`).
func openFolder(_ state: inout AppState, _ list: FolderList) -> [Effect] {
    guard let folder = list.folders[safe: list.position.selected] else { return [] }
    if case .problem(let problem)? = list.counts?[safe: list.position.selected] {
        state.message = StatusMessage("\(folder.name): \(problem)", isError: true)
        return []
    }
    state.location.screen = .reader
    state.location.listSource = folder.source
    state.location.listName = folder.listName
    // A section or source is a filter, not a ranking: it opens in the article list's order.
    state.location.listSort = list.kind == .facets ? state.articleSort : state.sort(for: folder.source)
    state.location.list.reset(generation: state.nextGeneration())
    state.location.listIsFresh = true
    state.location.stepper = nil
    setFocus(&state, .articles)
    state.message = StatusMessage(folder.name)
    return [.loadListPage(source: folder.source, sort: state.location.listSort, page: 0, generation: state.location.list.generation)]
}

// MARK: - The picker: f

/// `f`: the sections and sources of the corpus, with their counts, full-screen as the folder
/// list is; Enter shows one's articles, Esc returns to where it was opened.
func showFacets(_ state: inout AppState) -> [Effect] {
    if case .folders(let list) = state.location.screen, list.kind == .facets { return [] }
    var list = FolderList(
        folders: [], current: state.location.listSource, currentName: state.location.listName, generation: state.nextGeneration())
    list.kind = .facets
    list.loading = true
    state.pushLocation()
    state.location.screen = .folders(list)
    return [.loadFacets(generation: list.generation)]
}

func facetsLoaded(_ state: inout AppState, generation: Int, _ result: Result<[ListFacet], ReaderBackendError>) -> [Effect] {
    guard case .folders(let shown) = state.location.screen, shown.generation == generation else { return [] }
    var list = shown
    list.loading = false
    switch result {
    case .success(let facets):
        let folders = facets.map(Folder.init)
        var fresh = FolderList(folders: folders, current: list.current, currentName: list.currentName, generation: generation)
        fresh.kind = .facets
        fresh.counts = facets.map { .articles($0.articles) }
        // What was typed while the rows were on their way applies to them.
        if !list.filter.isEmpty { fresh.apply(filter: list.filter) }
        list = fresh
    case .failure(let error):
        list.problem = error.message
        state.message = StatusMessage(error.message, isError: true)
    }
    state.location.screen = .folders(list)
    return []
}

/// `/` in the folder list or the picker: narrows its rows as the text is typed.
func filterFolders(_ state: inout AppState, _ words: String) {
    guard case .folders(var list) = state.location.screen, list.filter != words else { return }
    list.apply(filter: words)
    state.location.screen = .folders(list)
}
