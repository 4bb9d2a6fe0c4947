import NewsCore

// MARK: - Moving

func move(_ state: inout AppState, by delta: Int) -> [Effect] {
    let height = fullScreenListHeight(state)
    if state.changeFullScreenList({ position, count in position.move(by: delta, count: count, height: height) }) {
        return pageEffects(state)
    }
    switch state.focus {
    case .articles:
        let before = state.list.position.selected
        state.list.position.move(by: delta, count: state.list.count, height: state.listCapacity)
        guard state.list.position.selected != before else { return [] }
        return pageEffects(state) + previewSelected(&state)
    case .body:
        state.bodyTop = min(max(0, state.bodyTop.addingReportingOverflow(delta).partialValue), maxBodyTop(state))
        return []
    case .entities:
        state.entityList.move(by: delta, count: selectableEntityCount(state), height: state.layout.contentHeight(of: .entities))
        return []
    }
}

/// Opens the selected list item in the body, if it is loaded and not already open (or, with
/// `force`, even if it is, to show it with a new search's matches).
func previewSelected(_ state: inout AppState, force: Bool = false) -> [Effect] {
    guard let item = state.list.selectedItem, force || state.open?.id != item.id else { return [] }
    return [.openArticle(id: item.id, path: item.path, reveal: nil, highlight: state.searchQuery)]
}

extension AppState {
    /// Applies `change` to the position of the full-screen list on show (mentions or quotes),
    /// given its length; false when the reader shows its panes instead.
    mutating func changeFullScreenList(_ change: (inout ListPosition, _ count: Int) -> Void) -> Bool {
        switch screen {
        case .mentions(var shown):
            change(&shown.lines.position, shown.lines.count)
            screen = .mentions(shown)
        case .quotes(var shown):
            change(&shown.lines.position, shown.lines.count)
            screen = .quotes(shown)
        case .reader:
            return false
        }
        return true
    }

    /// The corpus search the list shows, if it shows one.
    public var searchQuery: String? {
        if case .search(let query) = listSource { return query }
        return nil
    }

    /// Screen rows per list item: search results show their snippet under the headline.
    public var listRowsPerItem: Int { searchQuery == nil ? 1 : 2 }

    /// How many list items fit in the article pane.
    public var listCapacity: Int { max(1, layout.contentHeight(of: .articles) / listRowsPerItem) }
}

func readOn(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.screen else { return move(&state, by: pageSize(state)) }
    let height = state.layout.contentHeight(of: .body)
    if state.bodyTop < maxBodyTop(state) {
        state.bodyTop = min(state.bodyTop + max(1, height - 2), maxBodyTop(state))
        return []
    }
    guard state.list.position.selected + 1 < state.list.count else {
        state.message = StatusMessage("End of the last article")
        return []
    }
    state.list.position.move(by: 1, count: state.list.count, height: state.listCapacity)
    return pageEffects(state) + previewSelected(&state)
}

// MARK: - Opening

func open(_ state: inout AppState) -> [Effect] {
    switch state.screen {
    case .mentions(let screen):
        guard let line = screen.lines.selectedItem else { return [] }
        pushLocation(&state)
        state.screen = .reader
        state.stepper = .mentions(screen)
        setFocus(&state, .body)
        return [.openArticle(id: line.articleID, path: line.path, reveal: Reveal(line.range), highlight: nil)]
    case .quotes(let screen):
        guard let line = screen.lines.selectedItem else { return [] }
        pushLocation(&state)
        state.screen = .reader
        state.stepper = .quotes(screen)
        setFocus(&state, .body)
        return [.openArticle(id: line.articleID, path: line.path, reveal: Reveal(line.range), highlight: nil)]
    case .reader:
        break
    }
    switch state.focus {
    case .articles:
        guard state.list.count > 0 else { return [] }
        setFocus(&state, .body)
        return previewSelected(&state)
    case .body:
        return []
    case .entities:
        guard let entity = selectedEntity(state) else { return [] }
        guard entity.id != nil else {
            state.message = StatusMessage("\(entity.name) is not in the index yet; wait for the refresh to finish", isError: true)
            return []
        }
        pushLocation(&state)
        let generation = state.nextGeneration()
        let lines = PagedList<MentionLine>(count: entity.corpusMentions ?? 0, generation: generation)
        state.screen = .mentions(MentionsScreen(entity: entity, lines: lines))
        return [.loadMentionsPage(entity: entity, page: 0, generation: generation)]
    }
}

func showQuotes(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.screen, let entity = selectedEntity(state) else { return [] }
    guard entity.id != nil else {
        state.message = StatusMessage("\(entity.name) is not in the index yet; wait for the refresh to finish", isError: true)
        return []
    }
    pushLocation(&state)
    let generation = state.nextGeneration()
    state.screen = .quotes(QuotesScreen(entity: entity, lines: PagedList(count: 0, generation: generation)))
    return [.loadQuotesPage(entity: entity, page: 0, generation: generation)]
}

func selectedEntity(_ state: AppState) -> ReaderEntity? {
    state.entityRows.filter(\.isSelectable)[safe: state.entityList.selected]?.entity
}

func selectableEntityCount(_ state: AppState) -> Int {
    state.entityRows.filter(\.isSelectable).count
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

// MARK: - Results

func listPageLoaded(_ state: inout AppState, generation: Int, page: Int, items: [ArticleListItem], count: Int) -> [Effect] {
    guard generation == state.list.generation else {
        // A page for a list saved on the back stack or already replaced: nothing to show.
        return []
    }
    let wasEmpty = state.list.pages.isEmpty
    state.list.receive(page: page, items: items, count: count, generation: generation)
    state.list.position.keepVisible(height: state.listCapacity, count: state.list.count)
    if count == 0 {
        state.message = StatusMessage(state.searchQuery.map { "No articles match \($0)" } ?? "No articles to show")
        return []
    }
    if let query = state.searchQuery, wasEmpty {
        state.message = StatusMessage("\(count) article\(count == 1 ? "" : "s") match \(query)")
    }
    // A freshly filled list shows its selected article; a refreshed one leaves the body alone.
    if wasEmpty, state.open == nil || state.listIsFresh {
        state.listIsFresh = false
        return previewSelected(&state, force: state.searchQuery != nil)
    }
    return []
}

func listFailed(_ state: inout AppState, generation: Int, message: String) -> [Effect] {
    guard generation == state.list.generation else { return [] }
    if state.searchQuery != nil, !state.backStack.isEmpty {
        // A query the index refused: go back to the list it was typed over.
        _ = update(&state, .back)
    }
    state.message = StatusMessage(message, isError: true)
    return []
}

func articleOpened(_ state: inout AppState, _ opened: OpenArticle, reveal: Reveal?) -> [Effect] {
    state.open = opened
    state.body = nil
    state.bodyTop = 0
    state.find = nil
    if state.stepper == .find { state.stepper = nil }
    state.finder = nil
    state.revealed = reveal?.range
    state.entityFilter = ""
    state.entityRows = EntityRow.rows(for: opened.entities)
    state.entityList = ListPosition()
    relayoutBody(&state)
    if let reveal { scrollBody(&state, toShow: reveal.range) }
    if state.message == nil, let warning = opened.article.warnings.first {
        state.message = StatusMessage("\(opened.article.path): \(warning)")
    }
    return opened.isRead ? [] : [.scheduleRead(id: opened.id)]
}
