import NewsCore

/// Applies one action to the reader's state and says what work that asks for.
///
/// Pure: no terminal, no files. The run loop performs the returned effects and feeds their
/// results back as actions.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    let before = state.articleBeingRead
    var effects = dispatch(&state, action)
    // The moment that makes an article count as read starts whenever the reader starts reading
    // one: opened with Enter or a mention, focus moved into the body, or Back to it. Resting on
    // a list row, which only previews the article beside the list, never starts it (as in mutt
    // and newsboat, where only opening counts).
    // (An action that is opening another article leaves the wait to that article's arrival.)
    let opening = effects.contains { if case .openArticle = $0 { return true } else { return false } }
    if !opening, let reading = state.articleBeingRead, reading != before, state.location.open?.isRead == false {
        effects.append(.scheduleRead(id: reading))
    }
    return effects
}

/// `update` for one action, before the read timer is looked after.
private func dispatch(_ state: inout AppState, _ action: Action) -> [Effect] {
    if action.isKeyRequest { state.listFollowsTop = false }
    if action.clearsMessage {
        state.message = state.queuedMessages.isEmpty ? nil : state.queuedMessages.removeFirst()
    }
    if state.confirmation != nil, action.isKeyRequest {
        // A question waits: y says yes, anything else (a click, a paste) no.
        if case .answer(let yes) = action { return answer(&state, yes) }
        return answer(&state, false)
    }
    if state.helpTop != nil, action.isKeyRequest {
        return updateHelp(&state, action)
    }
    switch action {
    case .moveDown: return move(&state, by: 1)
    case .moveUp: return move(&state, by: -1)
    case .pageDown: return move(&state, by: pageSize(state))
    case .pageUp: return move(&state, by: -pageSize(state))
    case .halfPageDown: return move(&state, by: max(1, pageSize(state) / 2))
    case .halfPageUp: return move(&state, by: -max(1, pageSize(state) / 2))
    case .top: return move(&state, by: Int.min / 2)
    case .bottom: return move(&state, by: Int.max / 2)
    case .readOn: return readOn(&state)

    case .open: return open(&state)
    case .focusLeft:
        switch state.location.focus {
        case .articles: break
        case .body: setFocus(&state, .articles)
        case .entities: setFocus(&state, .body)
        }
        return []
    case .focusNext:
        setFocus(&state, Pane(rawValue: (state.location.focus.rawValue + 1) % Pane.allCases.count)!)
        return []
    case .focusPrevious:
        setFocus(&state, Pane(rawValue: (state.location.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!)
        return []
    case .toggleEntities:
        toggleEntities(&state)
        return []
    case .back: return back(&state)
    case .nextMatch: return step(&state, by: 1)
    case .previousMatch: return step(&state, by: -1)
    case .showQuotes: return openTrail(&state, .quotes)
    case .showEntityDirectory: return showEntityDirectory(&state)
    case .showEntityPage: return showEntityPage(&state)
    case .cycleSort: return cycleSort(&state)
    case .toggleQuoteHighlighting:
        state.highlightQuotes.toggle()
        relayoutBody(&state, force: true)
        state.message = StatusMessage(state.highlightQuotes ? "Quotations highlighted" : "Quotation highlighting off")
        return []

    case .startFind: return startFind(&state)
    case .startCorpusSearch:
        state.prompt = Prompt(purpose: .searchCorpus, history: state.history.entries(for: .searchCorpus))
        return []
    case .promptEdit(let edit): return editPrompt(&state, edit)
    case .paste(let text): return paste(&state, text)
    case .promptAccept: return acceptPrompt(&state)
    case .promptCancel: return cancelPrompt(&state)

    case .toggleRead: return toggleRead(&state)
    case .toggleStar: return toggleStar(&state)
    case .cycleFilter: return cycleFilter(&state)
    case .showFacets: return showFacets(&state)
    case .markAllRead: return askToMarkAllRead(&state)
    case .tagArticle: return startTagging(&state)
    case .showFolders: return showFolders(&state)
    case .showVersions: return showVersions(&state)

    case .editArticle: return editArticle(&state)
    case .pipeArticle: return startPipe(&state)
    case .openURL: return openURL(&state)
    case .copy: return copy(&state)
    case .export: return startExport(&state)
    case .answer(let yes): return answer(&state, yes)

    case .toggleHelp:
        state.helpTop = 0
        return []
    case .closeOverlay:
        state.helpTop = nil
        return []
    case .quit:
        state.isQuitting = true
        return [.quit]
    case .closeOrQuit:
        guard !state.backStack.isEmpty else {
            state.isQuitting = true
            return [.quit]
        }
        // (Find marks would make `back` clear them and stay; `q` leaves the view at once.)
        state.location.find = nil
        if state.location.stepper == .find { state.location.stepper = nil }
        return back(&state)

    case .click(let x, let y): return click(&state, x: x, y: y)
    case .wheel(let x, let y, let lines): return wheel(&state, x: x, y: y, lines: lines)

    case .resize(let size):
        state.size = size
        relayoutBody(&state)
        clampPositions(&state)
        return pageEffects(state)
    case .listPageLoaded(let generation, let page, let items, let count):
        return listPageLoaded(&state, generation: generation, page: page, items: items, count: count)
    case .listFailed(let generation, let message):
        return listFailed(&state, generation: generation, message: message)
    case .articleOpened(let opened, let reveal):
        return articleOpened(&state, opened, reveal: reveal)
    case .articleFailed(_, let message):
        // The loader's message already names the file.
        state.location.open = nil
        state.derived.body = nil
        state.location.entityRows = []
        state.message = StatusMessage(message, isError: true)
        return []
    case .trailPageLoaded(let generation, let page, let lines, let count):
        return trailPageLoaded(&state, generation: generation, page: page, lines: lines, count: count)
    case .readDelayElapsed(let id): return readDelayElapsed(&state, id: id)
    case .listIndexFound(let id, let index, let generation):
        return followOpenArticle(&state, id: id, index: index, generation: generation)
    case .refreshProgress(let text):
        state.refreshStatus = text
        // While the index takes articles in (a first run, or many new files), the list shows
        // them as they come, its count rising: each report follows a committed batch.
        guard state.location.searchQuery == nil else { return [] }
        if state.location.list.count == 0 {
            state.location.list.reset(generation: state.nextGeneration())
            state.location.listIsFresh = true
            state.listFollowsTop = state.location.open == nil
            return [.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation)]
        }
        return reloadList(&state)
    case .refreshFinished(let text): return refreshFinished(&state, text)
    case .showMessage(let text, let isError):
        state.message = StatusMessage(text, isError: isError)
        return []
    case .editorClosed(let id, let path, let problem): return editorClosed(&state, id: id, path: path, problem: problem)
    case .tagsSet(let id, let tags): return tagsSet(&state, id: id, tags: tags)
    case .facetsLoaded(let generation, let result): return facetsLoaded(&state, generation: generation, result)
    case .tagNamesLoaded(let names): return tagNamesLoaded(&state, names)
    case .allMarkedRead(let count, let generation): return allMarkedRead(&state, count: count, generation: generation)
    case .foldersCounted(let generation, let counts): return foldersCounted(&state, generation: generation, counts: counts)
    case .directoryPageLoaded(let generation, let page, let rows, let count):
        return directoryPageLoaded(&state, generation: generation, page: page, rows: rows, count: count)
    case .entityFactsLoaded(let generation, let facts): return entityFactsLoaded(&state, generation: generation, facts: facts)
    case .confirmOverwrite(let request): return confirmOverwrite(&state, request)
    }
}

extension Action {
    /// Whether the action comes from the user's keys (and so dismisses the last message).
    var isKeyRequest: Bool {
        switch self {
        case .resize, .listPageLoaded, .listFailed, .articleOpened, .articleFailed, .trailPageLoaded,
            .readDelayElapsed, .listIndexFound, .refreshProgress, .refreshFinished, .showMessage,
            .editorClosed, .tagsSet, .tagNamesLoaded, .allMarkedRead, .foldersCounted, .confirmOverwrite,
            .directoryPageLoaded, .entityFactsLoaded:
            return false
        default:
            return true
        }
    }

    var clearsMessage: Bool {
        guard isKeyRequest else { return false }
        if case .promptEdit = self { return false }
        if case .paste = self { return false }
        return true
    }
}

// MARK: - Help

private func updateHelp(_ state: inout AppState, _ action: Action) -> [Effect] {
    let total = HelpOverlayView.lineCount(keymap: state.keymap, width: state.size.width)
    let height = HelpOverlayView.visibleLines(size: state.size)
    var top = state.helpTop ?? 0
    switch action {
    case .moveDown: top += 1
    case .moveUp: top -= 1
    case .pageDown, .readOn: top += max(1, height - 1)
    case .pageUp: top -= max(1, height - 1)
    case .halfPageDown: top += max(1, height / 2)
    case .halfPageUp: top -= max(1, height / 2)
    case .top: top = 0
    case .bottom: top = total
    case .toggleHelp, .closeOverlay, .back, .closeOrQuit, .click:
        state.helpTop = nil
        return []
    case .quit:
        state.isQuitting = true
        return [.quit]
    default:
        break
    }
    state.helpTop = min(max(0, top), max(0, total - height))
    return []
}

// MARK: - Focus

func pageSize(_ state: AppState) -> Int {
    switch state.location.screen {
    case .reader:
        let rows = state.location.focus == .articles ? state.listCapacity : state.layout.contentHeight(of: state.location.focus)
        return max(1, rows - 1)
    case .trail, .folders, .directory, .entityPage: return max(1, fullScreenListHeight(state) - 1)
    }
}

/// Rows a trail's full-screen list shows between its header and the status line.
public func fullScreenListHeight(_ state: AppState) -> Int {
    // (The people view gives a row to its column headings.)
    let headings = if case .directory = state.location.screen { 1 } else { 0 }
    return max(1, state.size.height - 2 - trailPreviewRows(state) - headings)
}

/// Rows under a full-screen trail that show its selected line whole (a rule, then the text):
/// a concordance line or a quotation cut to one row is not enough to read. None on short
/// screens, where every row goes to the list, and none for the folder list.
public func trailPreviewRows(_ state: AppState) -> Int {
    guard case .trail = state.location.screen else { return 0 }
    return state.size.height >= 16 ? min(7, state.size.height / 4) : 0
}

func setFocus(_ state: inout AppState, _ pane: Pane) {
    state.location.focus = pane
    if pane == .articles, state.size.width < ScreenLayout.threePaneWidth {
        state.location.entitiesShown = false
    }
    relayoutBody(&state)
}

private func toggleEntities(_ state: inout AppState) {
    if state.size.width >= ScreenLayout.threePaneWidth {
        setFocus(&state, state.location.focus == .entities ? .body : .entities)
    } else {
        state.location.entitiesShown.toggle()
        if state.location.entitiesShown {
            setFocus(&state, .entities)
        } else if state.location.focus == .entities {
            setFocus(&state, .body)
        }
    }
}

/// Keeps scroll positions in range for the screen; `restoring` a saved location leaves a list
/// the wheel had scrolled away from its selection scrolled so (in range), as it was saved.
func clampPositions(_ state: inout AppState, restoring: Bool = false) {
    let capacity = state.listCapacity
    let position = state.location.list.position
    if restoring, !(position.top...(position.top + capacity - 1)).contains(position.selected) {
        state.location.list.position.scroll(by: 0, count: state.location.list.count, height: capacity)
    } else {
        state.location.list.position.keepVisible(height: capacity, count: state.location.list.count)
    }
    state.location.entityList.keepVisible(height: state.layout.contentHeight(of: .entities), count: selectableEntityCount(state))
    state.location.bodyTop = min(state.location.bodyTop, maxBodyTop(state))
}

// MARK: - Back

private func back(_ state: inout AppState) -> [Effect] {
    if state.location.find != nil {
        // An accepted find has done its job: Esc clears its marks and stays where it led.
        state.location.find = nil
        if state.location.stepper == .find { state.location.stepper = nil }
        return []
    }
    if case .trail(let trail) = state.location.screen, !trail.filter.isEmpty {
        // A filtered trail: Esc shows every line again before it leaves the view.
        filterTrail(&state, "")
        return pageEffects(state)
    }
    if case .directory(let directory) = state.location.screen, !directory.query.filter.isEmpty {
        // The people view filtered: Esc lists everyone again first, as in a trail.
        return filterDirectory(&state, "")
    }
    guard state.returnToPrevious() else {
        if state.location.revealed != nil {
            state.location.revealed = nil
        } else if !state.location.entityFilter.isEmpty, state.location.focus == .entities {
            state.location.entityFilter = ""
            state.location.entityRows = EntityRow.rows(for: state.location.open?.entities ?? [])
        }
        return []
    }
    // (The article shown again starts its moment to count as read afresh in `update`: its first
    // one may have run out while another article was open.)
    return pageEffects(state)
}

// MARK: - Paged lists

/// Loads whatever pages the visible rows of the current view need.
func pageEffects(_ state: AppState) -> [Effect] {
    switch state.location.screen {
    case .reader:
        let height = state.listCapacity
        let rows = state.location.list.position.top..<(state.location.list.position.top + height)
        return state.location.list.missingPages(for: rows).map {
            .loadListPage(source: state.location.listSource, sort: state.location.listSort, page: $0, generation: state.location.list.generation)
        }
    case .trail(let trail):
        let rows = trail.lines.position.top..<(trail.lines.position.top + fullScreenListHeight(state))
        return trail.loading(pages: trail.lines.missingPages(for: rows))
    case .directory(let directory):
        let rows = directory.rows.position.top..<(directory.rows.position.top + fullScreenListHeight(state))
        return directory.loading(pages: directory.rows.missingPages(for: rows))
    case .folders, .entityPage:
        return []
    }
}
