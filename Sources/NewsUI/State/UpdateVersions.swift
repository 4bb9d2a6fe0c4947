// MARK: - Versions of a story: v

/// `v`: the versions of the story in hand (the list's selected row, else the open article) in
/// the list pane, newest first, each with its path and date; Enter opens one and Esc brings the
/// list back as it was. A story told once says so and stays where it is.
func showVersions(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.location.screen else { return [] }
    let selected = state.location.focus == .articles ? state.location.list.selectedItem : nil
    guard let id = selected?.id ?? state.location.open?.id else {
        state.message = StatusMessage("No article to show the versions of", isError: true)
        return []
    }
    if case .versions = state.location.listSource, selected != nil {
        state.message = StatusMessage("These are the versions; Enter opens one, Esc goes back")
        return []
    }
    // The open article's row may not be loaded; its count then comes with the versions list.
    let known = selected?.versions ?? state.location.list.loadedIndex(where: { $0.id == id }).flatMap { state.location.list.item(at: $0)?.versions }
    if known == 1 {
        state.message = StatusMessage("Only one version of this story")
        return []
    }
    state.pushLocation()
    state.location.listSource = .versions(of: id)
    state.location.listName = nil
    // Versions are listed newest first at first (`O` then sorts them like the list).
    state.location.listSort = .date
    state.location.list.reset(generation: state.nextGeneration())
    state.location.listIsFresh = true
    setFocus(&state, .articles)
    return [.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation)]
}

extension Location {
    /// Whether the list shows the versions of a story (`v`): like search results, it widens
    /// while it has the focus, so that the paths show.
    var showsVersions: Bool {
        if case .versions = listSource { return true }
        return false
    }
}
