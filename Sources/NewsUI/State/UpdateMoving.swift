import NewsCore

// MARK: - Moving

func move(_ state: inout AppState, by delta: Int) -> [Effect] {
    let height = fullScreenListHeight(state)
    if state.location.changeTrailList({ position, count in position.move(by: delta, count: count, height: height) }) {
        return pageEffects(state)
    }
    switch state.location.focus {
    case .articles:
        let before = state.location.list.position.selected
        state.location.list.position.move(by: delta, count: state.location.list.count, height: state.listCapacity)
        guard state.location.list.position.selected != before else { return [] }
        return pageEffects(state) + previewSelected(&state)
    case .body:
        state.location.bodyTop = min(max(0, state.location.bodyTop.addingReportingOverflow(delta).partialValue), maxBodyTop(state))
        return []
    case .entities:
        state.location.entityList.move(by: delta, count: selectableEntityCount(state), height: state.layout.contentHeight(of: .entities))
        return []
    }
}

/// Opens the selected list item in the body, if it is loaded and not already open (or, with
/// `force`, even if it is, to show it with a new search's matches).
func previewSelected(_ state: inout AppState, force: Bool = false) -> [Effect] {
    guard let item = state.location.list.selectedItem, force || state.location.open?.id != item.id else { return [] }
    return [.openArticle(id: item.id, path: item.path, reveal: nil, highlight: state.location.searchQuery)]
}

extension AppState {
    /// How many list items fit in the article pane.
    public var listCapacity: Int { max(1, layout.contentHeight(of: .articles) / location.listRowsPerItem) }
}

func readOn(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.location.screen else { return move(&state, by: pageSize(state)) }
    let height = state.layout.contentHeight(of: .body)
    if state.location.bodyTop < maxBodyTop(state) {
        state.location.bodyTop = min(state.location.bodyTop + max(1, height - 2), maxBodyTop(state))
        return []
    }
    guard state.location.list.position.selected + 1 < state.location.list.count else {
        state.message = StatusMessage("End of the last article")
        return []
    }
    state.location.list.position.move(by: 1, count: state.location.list.count, height: state.listCapacity)
    return pageEffects(state) + previewSelected(&state)
}

// MARK: - Opening

func open(_ state: inout AppState) -> [Effect] {
    if case .trail(let trail) = state.location.screen {
        return openLine(&state, of: trail)
    }
    if case .folders(let list) = state.location.screen {
        return openFolder(&state, list)
    }
    if case .directory = state.location.screen {
        return openTrail(&state, .mentions)
    }
    if case .entityPage(let page) = state.location.screen {
        return openPageLine(&state, page)
    }
    switch state.location.focus {
    case .articles:
        guard state.location.list.count > 0 else { return [] }
        setFocus(&state, .body)
        return previewSelected(&state)
    case .body:
        return []
    case .entities:
        return openTrail(&state, .mentions)
    }
}

func selectedEntity(_ state: AppState) -> ReaderEntity? {
    state.location.entityRows.filter(\.isSelectable)[safe: state.location.entityList.selected]?.entity
}

func selectableEntityCount(_ state: AppState) -> Int {
    state.location.entityRows.filter(\.isSelectable).count
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

// MARK: - Results

func listPageLoaded(_ state: inout AppState, generation: Int, page: Int, items: [ArticleListItem], count: Int) -> [Effect] {
    guard generation == state.location.list.generation else {
        // A page for a list saved on the back stack or already replaced: nothing to show.
        return []
    }
    let wasEmpty = state.location.list.pages.isEmpty
    state.location.list.receive(page: page, items: items, count: count, generation: generation)
    state.location.list.position.keepVisible(height: state.listCapacity, count: state.location.list.count)
    if count == 0 {
        if let query = state.location.searchQuery {
            state.message = StatusMessage("No articles match \(query)")
        } else if state.refreshStatus == nil {
            // (While the first refresh runs, the list says it is indexing; nothing to add.)
            state.post(StatusMessage("No articles to show"))
        }
        return []
    }
    if let query = state.location.searchQuery, wasEmpty, state.pendingFollow?.generation != generation {
        // (Not for a list reloaded under the user, whose news the status line is showing.)
        state.message = StatusMessage("\(count) article\(count == 1 ? "" : "s") match \(query)")
    }
    // A freshly filled list shows its selected article; a refreshed one leaves the body alone
    // and keeps its selection on the article open in it.
    if wasEmpty, state.location.open == nil || state.location.listIsFresh {
        state.location.listIsFresh = false
        return previewSelected(&state, force: state.location.searchQuery != nil)
    }
    if wasEmpty, let follow = state.pendingFollow, follow.generation == generation {
        // A reload under the user (`reloadList`): back to the article the selection was on,
        // unless the user has moved the selection since.
        state.pendingFollow = nil
        if state.location.list.position.selected != follow.row {
            // The user moved while the list reloaded: show what they moved to, as a move would.
            return state.location.focus == .articles ? previewSelected(&state) : []
        }
        guard state.location.list.selectedItem?.id != follow.id else { return [] }
        if let index = state.location.list.loadedIndex(where: { $0.id == follow.id }) {
            return followOpenArticle(&state, id: follow.id, index: index, generation: generation)
        }
        return state.location.open?.id == follow.id
            ? [.locateInList(id: follow.id, source: state.location.listSource, sort: state.location.listSort, generation: generation)] : []
    }
    return []
}

func listFailed(_ state: inout AppState, generation: Int, message: String) -> [Effect] {
    guard generation == state.location.list.generation else { return [] }
    if state.location.searchQuery != nil, !state.backStack.isEmpty {
        // A query the index refused: go back to the list it was typed over.
        _ = update(&state, .back)
    }
    state.message = StatusMessage(message, isError: true)
    return []
}

func articleOpened(_ state: inout AppState, _ opened: OpenArticle, reveal: Reveal?) -> [Effect] {
    state.location.open = opened
    state.derived.body = nil
    state.location.bodyTop = 0
    state.location.find = nil
    if state.location.stepper == .find { state.location.stepper = nil }
    state.derived.finder = nil
    state.location.revealed = reveal?.range
    state.location.entityFilter = ""
    state.location.entityRows = EntityRow.rows(for: opened.entities)
    state.location.entityList = ListPosition()
    relayoutBody(&state)
    if let reveal { scrollBody(&state, toShow: reveal.range) }
    if state.message == nil, let warning = opened.article.warnings.first {
        state.message = StatusMessage("\(opened.article.path.terminalSafeName): \(warning)")
    }
    return followOpenArticle(&state)
}

/// Keeps the list's selection on the open article when a trail (a mention, `n`/`N`) opened
/// another one, as mutt's index follows its pager: from the loaded pages when it is there,
/// else by asking the backend where the article sits.
func followOpenArticle(_ state: inout AppState) -> [Effect] {
    guard let id = state.location.open?.id, state.location.list.selectedItem?.id != id else { return [] }
    if let index = state.location.list.loadedIndex(where: { $0.id == id }) {
        return followOpenArticle(&state, id: id, index: index, generation: state.location.list.generation)
    }
    return [.locateInList(id: id, source: state.location.listSource, sort: state.location.listSort, generation: state.location.list.generation)]
}

/// The open article sits at `index` of the list: select it there (nothing to do when the list
/// does not hold it, or has changed, or another article is open by now).
func followOpenArticle(_ state: inout AppState, id: Int64, index: Int?, generation: Int) -> [Effect] {
    guard let index, generation == state.location.list.generation, state.location.open?.id == id,
        index < state.location.list.count
    else { return [] }
    state.location.list.position.selected = index
    state.location.list.position.keepVisible(height: state.listCapacity, count: state.location.list.count)
    return pageEffects(state)
}
