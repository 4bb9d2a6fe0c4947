import NewsCore

/// Applies one action to the reader's state and says what work that asks for.
///
/// Pure: no terminal, no files. The run loop performs the returned effects and feeds their
/// results back as actions.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    if action.clearsMessage { state.message = nil }
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
        switch state.focus {
        case .articles: break
        case .body: setFocus(&state, .articles)
        case .entities: setFocus(&state, .body)
        }
        return []
    case .focusNext:
        setFocus(&state, Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!)
        return []
    case .focusPrevious:
        setFocus(&state, Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!)
        return []
    case .toggleEntities:
        toggleEntities(&state)
        return []
    case .back: return back(&state)
    case .nextMatch: return step(&state, by: 1)
    case .previousMatch: return step(&state, by: -1)
    case .showQuotes: return showQuotes(&state)
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
        state.find = nil
        if state.stepper == .find { state.stepper = nil }
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
        state.open = nil
        state.body = nil
        state.entityRows = []
        state.message = StatusMessage(message, isError: true)
        return []
    case .mentionsPageLoaded(let generation, let page, let lines, let count):
        return mentionsPageLoaded(&state, generation: generation, page: page, lines: lines, count: count)
    case .quotesPageLoaded(let generation, let page, let lines, let count):
        return quotesPageLoaded(&state, generation: generation, page: page, lines: lines, count: count)
    case .readDelayElapsed(let id): return readDelayElapsed(&state, id: id)
    case .refreshProgress(let text):
        state.refreshStatus = text
        // On a first run the list starts empty: show articles as the index takes them in.
        if state.list.count == 0, state.searchQuery == nil {
            state.list.reset(generation: state.nextGeneration())
            state.listIsFresh = true
            return [.loadListPage(source: state.listSource, page: 0, generation: state.list.generation)]
        }
        return []
    case .refreshFinished(let text): return refreshFinished(&state, text)
    case .showMessage(let text, let isError):
        state.message = StatusMessage(text, isError: isError)
        return []
    }
}

extension Action {
    /// Whether the action comes from the user's keys (and so dismisses the last message).
    var isKeyRequest: Bool {
        switch self {
        case .resize, .listPageLoaded, .listFailed, .articleOpened, .articleFailed, .mentionsPageLoaded,
            .quotesPageLoaded, .readDelayElapsed, .refreshProgress, .refreshFinished, .showMessage:
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
    switch state.screen {
    case .reader:
        let rows = state.focus == .articles ? state.listCapacity : state.layout.contentHeight(of: state.focus)
        return max(1, rows - 1)
    case .mentions, .quotes: return max(1, fullScreenListHeight(state) - 1)
    }
}

/// Rows a full-screen list (mentions, quotes) shows between its header and the status line.
public func fullScreenListHeight(_ state: AppState) -> Int {
    max(1, state.size.height - 2)
}

func setFocus(_ state: inout AppState, _ pane: Pane) {
    state.focus = pane
    if pane == .articles, state.size.width < ScreenLayout.threePaneWidth {
        state.entitiesShown = false
    }
    relayoutBody(&state)
}

private func toggleEntities(_ state: inout AppState) {
    if state.size.width >= ScreenLayout.threePaneWidth {
        setFocus(&state, state.focus == .entities ? .body : .entities)
    } else {
        state.entitiesShown.toggle()
        if state.entitiesShown {
            setFocus(&state, .entities)
        } else if state.focus == .entities {
            setFocus(&state, .body)
        }
    }
}

func clampPositions(_ state: inout AppState) {
    state.list.position.keepVisible(height: state.listCapacity, count: state.list.count)
    state.entityList.keepVisible(height: state.layout.contentHeight(of: .entities), count: selectableEntityCount(state))
    state.bodyTop = min(state.bodyTop, maxBodyTop(state))
}

// MARK: - Back

/// Saves where the reader is, so `back` can return to it.
func pushLocation(_ state: inout AppState) {
    var saved = state
    saved.backStack = []
    saved.body = nil
    saved.prompt = nil
    saved.helpTop = nil
    saved.message = nil
    state.backStack.append(saved)
    if state.backStack.count > AppState.backStackLimit {
        state.backStack.removeFirst(state.backStack.count - AppState.backStackLimit)
    }
}

private func back(_ state: inout AppState) -> [Effect] {
    if state.find != nil {
        // An accepted find has done its job: Esc clears its marks and stays where it led.
        state.find = nil
        if state.stepper == .find { state.stepper = nil }
        return []
    }
    guard var previous = state.backStack.popLast() else {
        if state.revealed != nil {
            state.revealed = nil
        } else if !state.entityFilter.isEmpty, state.focus == .entities {
            state.entityFilter = ""
            state.entityRows = EntityRow.rows(for: state.open?.entities ?? [])
        }
        return []
    }
    let trail = state.stepper
    // What belongs to the session, not the place, stays as it is now.
    previous.size = state.size
    previous.keymap = state.keymap
    previous.backStack = state.backStack
    previous.highlightQuotes = state.highlightQuotes
    previous.history = state.history
    previous.refreshStatus = state.refreshStatus
    previous.generations = state.generations
    previous.pendingStep = nil
    previous.isQuitting = false
    state = previous
    followTrail(&state, trail)
    relayoutBody(&state)
    clampPositions(&state)
    // The article shown again starts its moment to count as read afresh: its first one may
    // have run out while another article was open, and it would have stayed unread for good.
    if case .reader = state.screen, let open = state.open, !open.isRead {
        return pageEffects(state) + [.scheduleRead(id: open.id)]
    }
    return pageEffects(state)
}

/// Puts the mentions or quotes view just returned to on the line `n`/`N` stepped to.
///
/// The view was saved when its line was opened; without this, Esc after stepping ten mentions
/// on would land back on the first one, where mutt's index and tig's views follow the pager.
private func followTrail(_ state: inout AppState, _ trail: Stepper?) {
    let height = fullScreenListHeight(state)
    switch (state.screen, trail) {
    case (.mentions(var shown), .mentions(let stepped)?) where shown.lines.generation == stepped.lines.generation:
        // The stepped list holds every page loaded on the way, as well as the position.
        shown.lines = stepped.lines
        shown.lines.position.keepVisible(height: height, count: shown.lines.count)
        state.screen = .mentions(shown)
    case (.quotes(var shown), .quotes(let stepped)?) where shown.lines.generation == stepped.lines.generation:
        shown.lines = stepped.lines
        shown.lines.position.keepVisible(height: height, count: shown.lines.count)
        state.screen = .quotes(shown)
    default:
        break
    }
}

// MARK: - Paged lists

/// Loads whatever pages the visible rows of the current view need.
func pageEffects(_ state: AppState) -> [Effect] {
    switch state.screen {
    case .reader:
        let height = state.listCapacity
        let rows = state.list.position.top..<(state.list.position.top + height)
        return state.list.missingPages(for: rows).map {
            .loadListPage(source: state.listSource, page: $0, generation: state.list.generation)
        }
    case .mentions(let screen):
        let rows = screen.lines.position.top..<(screen.lines.position.top + fullScreenListHeight(state))
        return screen.lines.missingPages(for: rows).map {
            .loadMentionsPage(entity: screen.entity, page: $0, generation: screen.lines.generation)
        }
    case .quotes(let screen):
        let rows = screen.lines.position.top..<(screen.lines.position.top + fullScreenListHeight(state))
        return screen.lines.missingPages(for: rows).map {
            .loadQuotesPage(entity: screen.entity, page: $0, generation: screen.lines.generation)
        }
    }
}
