// MARK: - Folders: c

/// `c`: the folder list full-screen, its counts asked for; Esc returns to where it was opened.
func showFolders(_ state: inout AppState) -> [Effect] {
    if case .folders = state.location.screen { return [] }
    let folders = Folder.all(savedSearches: state.savedSearches)
    let list = FolderList(
        folders: folders, current: state.location.listSource, currentName: state.location.listName, generation: state.nextGeneration())
    state.pushLocation()
    state.location.screen = .folders(list)
    return [.countFolders(folders.map(\.source), generation: list.generation)]
}

func foldersCounted(_ state: inout AppState, generation: Int, counts: [FolderCount]) -> [Effect] {
    guard case .folders(var list) = state.location.screen, list.generation == generation else { return [] }
    list.counts = counts
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
    state.location.listName = folder.query == nil ? nil : folder.name
    state.location.list.reset(generation: state.nextGeneration())
    state.location.listIsFresh = true
    state.location.stepper = nil
    setFocus(&state, .articles)
    state.message = StatusMessage(folder.name)
    return [.loadListPage(source: folder.source, page: 0, generation: state.location.list.generation)]
}
