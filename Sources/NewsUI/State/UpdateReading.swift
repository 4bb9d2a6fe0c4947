// MARK: - Read and starred

/// The article `r` and `*` act on: the selected one in the list, else the open one.
private func target(_ state: AppState) -> (id: Int64, isRead: Bool, isStarred: Bool)? {
    if case .reader = state.location.screen, state.location.focus == .articles, let item = state.location.list.selectedItem {
        return (item.id, item.isRead, item.isStarred)
    }
    if let open = state.location.open {
        return (open.id, open.isRead, open.isStarred)
    }
    return nil
}

/// Whether `r` and `*` may act: in the mentions and quotes views they would have marked the
/// article open behind the view, not the line's, so there they say how to reach the line's.
private func marksApply(_ state: inout AppState) -> Bool {
    guard case .reader = state.location.screen else {
        state.message = StatusMessage(noArticle(state, "r and * mark"), isError: true)
        return false
    }
    return true
}

func toggleRead(_ state: inout AppState) -> [Effect] {
    guard marksApply(&state), let article = target(state) else { return [] }
    state.setMarks(id: article.id, read: !article.isRead)
    state.message = StatusMessage(article.isRead ? "Marked unread" : "Marked read")
    return [.setRead(id: article.id, !article.isRead)]
}

func toggleStar(_ state: inout AppState) -> [Effect] {
    guard marksApply(&state), let article = target(state) else { return [] }
    state.setMarks(id: article.id, starred: !article.isStarred)
    state.message = StatusMessage(article.isStarred ? "Star removed" : "Starred")
    return [.setStarred(id: article.id, !article.isStarred)]
}

/// The list in its next order, from its first row; the order is kept for the lists of its kind
/// (article lists, search results) opened after it while the reader runs. A story's versions
/// take the orders too (by source: which outlets ran it), but each list of them starts newest
/// first, as `v` lists them.
func cycleListSort(_ state: inout AppState) -> [Effect] {
    let source = state.location.listSource
    let sort = state.location.listSort.next(for: source)
    state.location.listSort = sort
    switch source {
    case .search: state.searchSort = sort
    case .articles: state.articleSort = sort
    case .versions: break
    }
    state.location.list.reset(generation: state.nextGeneration())
    state.location.listIsFresh = true
    state.message = StatusMessage("Sorted \(sort.label)")
    return [.loadListPage(source: source, sort: sort, page: 0, generation: state.location.list.generation)]
}

func cycleFilter(_ state: inout AppState) -> [Effect] {
    if case .directory = state.location.screen { return cycleDirectoryType(&state) }
    guard case .articles(let filter) = state.location.listSource else {
        state.message = StatusMessage("Filters apply to the article list; Esc leaves the search first", isError: true)
        return []
    }
    state.location.listSource = .articles(filter.next)
    state.location.listName = nil
    state.location.list.reset(generation: state.nextGeneration())
    state.location.listIsFresh = true
    state.message = StatusMessage("Showing \(filter.next == .all ? "all articles" : filter.next.rawValue + " articles")")
    return [.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation)]
}

extension AppState {
    /// The article being read: open in the body while the focus is off the list (in the body,
    /// or in its entity pane). An article only previewed beside the list is not being read.
    public var articleBeingRead: Int64? {
        guard case .reader = location.screen, location.focus != .articles else { return nil }
        return location.open?.id
    }
}

/// The short wait after opening an article has passed: if it is still being read, it has been.
func readDelayElapsed(_ state: inout AppState, id: Int64) -> [Effect] {
    guard state.articleBeingRead == id, state.location.open?.isRead == false else { return [] }
    state.setMarks(id: id, read: true)
    return [.setRead(id: id, true)]
}

/// The background refresh is done: say what changed and reload the list where it stands.
func refreshFinished(_ state: inout AppState, _ text: String) -> [Effect] {
    state.refreshStatus = nil
    if !text.isEmpty { state.post(StatusMessage(text)) }
    return reloadList(&state)
}

/// Loads the list again where it stands (the index has changed under it), keeping the selection
/// on the open article when the reload moves it to another row.
func reloadList(_ state: inout AppState) -> [Effect] {
    if state.listFollowsTop {
        // Nobody has touched the list the first index is filling: it opens again at its newest.
        state.location.list.reset(count: state.location.list.count, generation: state.nextGeneration())
        state.location.listIsFresh = true
        state.pendingFollow = nil
    } else {
        let position = state.location.list.position
        let shown = state.location.list.selectedItem?.id ?? state.location.open?.id
        state.location.list.reset(count: state.location.list.count, generation: state.nextGeneration())
        state.location.list.position = position
        state.location.listIsFresh = state.location.open == nil
        state.pendingFollow = shown.map { ListFollow(id: $0, generation: state.location.list.generation, row: position.selected) }
    }
    let effects = pageEffects(state)
    // An empty list knows no pages to ask for; its first page brings the new count.
    return effects.isEmpty ? [.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation)] : effects
}
