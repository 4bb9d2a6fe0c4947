// MARK: - Questions: A, and writing over a file

/// `A`: asks before marking every article of the list read, saying how many.
func askToMarkAllRead(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.location.screen else {
        state.message = StatusMessage("A marks the articles of the list: Esc returns to it", isError: true)
        return []
    }
    let count = state.location.list.count
    guard count > 0 else {
        state.message = StatusMessage("No articles to mark")
        return []
    }
    let what: String
    if let query = state.location.searchQuery {
        what = "the \(count) article\(count == 1 ? "" : "s") matching \(state.location.listName ?? query)"
    } else {
        what = count == 1 ? "the 1 article in this list" : "all \(count) articles in this list"
    }
    state.confirmation = Confirmation(
        question: "Mark \(what) read? (y/n)",
        deed: .markAllRead(state.location.listSource, count: count, generation: state.location.list.generation))
    return []
}

/// `y` or any other key, to the question in the status line.
func answer(_ state: inout AppState, _ yes: Bool) -> [Effect] {
    guard let confirmation = state.confirmation else { return [] }
    state.confirmation = nil
    switch confirmation.deed {
    case .markAllRead(let source, _, let generation):
        guard yes else {
            state.message = StatusMessage("Nothing marked")
            return []
        }
        return [.markAllRead(source, generation: generation)]
    case .overwrite(var request):
        guard yes else {
            state.message = StatusMessage("Not exported: \(request.path) left as it was")
            return []
        }
        request.overwrite = true
        return [.export(request)]
    }
}

/// The backend marked the list read: the rows and the open article show it, and the list is
/// loaded again (an unread list empties).
func allMarkedRead(_ state: inout AppState, count: Int, generation: Int) -> [Effect] {
    state.message = StatusMessage("Marked \(count) article\(count == 1 ? "" : "s") read")
    guard generation == state.location.list.generation else { return [] }
    var changes: [Int64: MarkChange] = [:]
    for items in state.location.list.pages.values {
        for item in items where !item.isRead { changes[item.id] = MarkChange(isRead: true) }
    }
    if let open = state.location.open, !open.isRead, state.location.list.loadedIndex(where: { $0.id == open.id }) != nil {
        changes[open.id] = MarkChange(isRead: true)
    }
    state.setMarks(changes)
    return reloadList(&state)
}

/// The export's file exists: ask before writing over it.
func confirmOverwrite(_ state: inout AppState, _ request: ExportRequest) -> [Effect] {
    state.message = nil
    state.confirmation = Confirmation(question: "\(request.path) exists. Write over it? (y/n)", deed: .overwrite(request))
    return []
}
