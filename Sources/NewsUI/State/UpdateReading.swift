// MARK: - Read and starred

/// The article `r` and `*` act on: the selected one in the list, else the open one.
private func target(_ state: AppState) -> (id: Int64, isRead: Bool, isStarred: Bool)? {
    if case .reader = state.screen, state.focus == .articles, let item = state.list.selectedItem {
        return (item.id, item.isRead, item.isStarred)
    }
    if let open = state.open {
        return (open.id, open.isRead, open.isStarred)
    }
    return nil
}

private func setFlags(_ state: inout AppState, id: Int64, read: Bool? = nil, starred: Bool? = nil) {
    setFlags(inPlace: &state, id: id, read: read, starred: starred)
    // The places Esc returns to hold their own copies of the list and the open article: a star
    // set three steps down a trail must still show when Esc comes back to the list.
    for k in state.backStack.indices {
        setFlags(inPlace: &state.backStack[k], id: id, read: read, starred: starred)
    }
}

private func setFlags(inPlace state: inout AppState, id: Int64, read: Bool?, starred: Bool?) {
    state.list.updateAll(where: { $0.id == id }) { item in
        if let read { item.isRead = read }
        if let starred { item.isStarred = starred }
    }
    if state.open?.id == id {
        if let read { state.open?.isRead = read }
        if let starred { state.open?.isStarred = starred }
    }
}

/// Whether `r` and `*` may act: in the mentions and quotes views they would have marked the
/// article open behind the view, not the line's, so there they say how to reach the line's.
private func marksApply(_ state: inout AppState) -> Bool {
    guard case .reader = state.screen else {
        state.message = StatusMessage("r and * mark the article you read: Enter opens this line's", isError: true)
        return false
    }
    return true
}

func toggleRead(_ state: inout AppState) -> [Effect] {
    guard marksApply(&state), let article = target(state) else { return [] }
    setFlags(&state, id: article.id, read: !article.isRead)
    state.message = StatusMessage(article.isRead ? "Marked unread" : "Marked read")
    return [.setRead(id: article.id, !article.isRead)]
}

func toggleStar(_ state: inout AppState) -> [Effect] {
    guard marksApply(&state), let article = target(state) else { return [] }
    setFlags(&state, id: article.id, starred: !article.isStarred)
    state.message = StatusMessage(article.isStarred ? "Star removed" : "Starred")
    return [.setStarred(id: article.id, !article.isStarred)]
}

func cycleFilter(_ state: inout AppState) -> [Effect] {
    guard case .articles(let filter) = state.listSource else {
        state.message = StatusMessage("Filters apply to the article list; Esc leaves the search first", isError: true)
        return []
    }
    state.listSource = .articles(filter.next)
    state.list.reset(generation: state.nextGeneration())
    state.listIsFresh = true
    state.message = StatusMessage("Showing \(filter.next == .all ? "all articles" : filter.next.rawValue + " articles")")
    return [.loadListPage(source: state.listSource, page: 0, generation: state.list.generation)]
}

/// The short wait after opening an article has passed: if it is still open, it has been read.
func readDelayElapsed(_ state: inout AppState, id: Int64) -> [Effect] {
    guard case .reader = state.screen, let open = state.open, open.id == id, !open.isRead else { return [] }
    setFlags(&state, id: id, read: true)
    return [.setRead(id: id, true)]
}

/// The background refresh is done: say what changed and reload the list where it stands.
func refreshFinished(_ state: inout AppState, _ text: String) -> [Effect] {
    state.refreshStatus = nil
    if !text.isEmpty { state.message = StatusMessage(text) }
    let position = state.list.position
    state.list.reset(count: state.list.count, generation: state.nextGeneration())
    state.list.position = position
    state.listIsFresh = state.open == nil
    let effects = pageEffects(state)
    // An empty list knows no pages to ask for; its first page brings the new count.
    return effects.isEmpty ? [.loadListPage(source: state.listSource, page: 0, generation: state.list.generation)] : effects
}
