import NewsCore

/// Applies one action to the reader's state and says what work that asks for.
///
/// Pure: no terminal, no files. The run loop performs the returned effects and feeds their
/// results back as actions (`articleLoaded`, `articleFailed`).
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .resize = action {} else if case .articleLoaded = action {} else { state.message = nil }

    if state.helpTop != nil {
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

    case .readOn:
        let height = state.layout.contentHeight(of: .body)
        if state.bodyTop < maxBodyTop(state) {
            state.bodyTop = min(state.bodyTop + max(1, height - 2), maxBodyTop(state))
            return []
        }
        guard state.list.selected + 1 < state.articles.count else {
            state.message = StatusMessage("End of the last article")
            return []
        }
        state.list.move(by: 1, count: state.articles.count, height: state.layout.contentHeight(of: .articles))
        return loadSelected(state)

    case .open:
        switch state.focus {
        case .articles:
            guard !state.articles.isEmpty else { return [] }
            setFocus(&state, .body)
            if state.open?.index != state.list.selected { return loadSelected(state) }
            return []
        case .body, .entities:
            return []
        }

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
        return []

    case .toggleHelp:
        state.helpTop = 0
        return []

    case .closeOverlay:
        return []

    case .quit:
        state.isQuitting = true
        return [.quit]

    case .resize(let size):
        state.size = size
        relayoutBody(&state)
        state.list.keepVisible(height: state.layout.contentHeight(of: .articles), count: state.articles.count)
        state.entityList.keepVisible(height: state.layout.contentHeight(of: .entities), count: selectableEntityCount(state))
        return []

    case .articleLoaded(let opened):
        state.open = opened
        state.body = nil
        state.bodyTop = 0
        state.entityRows = EntityRow.rows(for: opened.entities)
        state.entityList = ListPosition()
        relayoutBody(&state)
        for warning in opened.article.warnings.prefix(1) {
            state.message = StatusMessage("\(opened.article.path): \(warning)")
        }
        return []

    case .articleFailed(_, let message):
        state.open = nil
        state.body = nil
        state.entityRows = []
        // The loader's message already names the file.
        state.message = StatusMessage(message, isError: true)
        return []

    case .showMessage(let text):
        state.message = StatusMessage(text)
        return []
    }
}

// MARK: - Helpers

private func updateHelp(_ state: inout AppState, _ action: Action) -> [Effect] {
    let total = HelpOverlayView.lineCount(keymap: state.keymap, width: state.size.width)
    let height = HelpOverlayView.visibleLines(size: state.size)
    let maxTop = max(0, total - height)
    var top = state.helpTop ?? 0
    switch action {
    case .moveDown: top += 1
    case .moveUp: top -= 1
    case .pageDown, .readOn: top += max(1, height - 1)
    case .pageUp: top -= max(1, height - 1)
    case .toggleHelp, .closeOverlay:
        state.helpTop = nil
        return []
    case .quit:
        state.isQuitting = true
        return [.quit]
    case .resize(let size):
        state.size = size
        relayoutBody(&state)
    case .articleLoaded, .articleFailed, .showMessage:
        state.helpTop = nil
        let effects = update(&state, action)
        state.helpTop = top
        return effects
    default:
        break
    }
    state.helpTop = min(max(0, top), maxTop)
    return []
}

private func pageSize(_ state: AppState) -> Int {
    max(1, state.layout.contentHeight(of: state.focus) - 1)
}

private func move(_ state: inout AppState, by delta: Int) -> [Effect] {
    switch state.focus {
    case .articles:
        let before = state.list.selected
        state.list.move(by: delta, count: state.articles.count, height: state.layout.contentHeight(of: .articles))
        return state.list.selected != before ? loadSelected(state) : []
    case .body:
        state.bodyTop = min(max(0, state.bodyTop.addingReportingOverflow(delta).partialValue), maxBodyTop(state))
        return []
    case .entities:
        state.entityList.move(by: delta, count: selectableEntityCount(state), height: state.layout.contentHeight(of: .entities))
        return []
    }
}

private func loadSelected(_ state: AppState) -> [Effect] {
    guard state.articles.indices.contains(state.list.selected) else { return [] }
    let index = state.list.selected
    return [.loadArticle(index: index, path: state.articles[index].path)]
}

func maxBodyTop(_ state: AppState) -> Int {
    guard let body = state.body else { return 0 }
    return max(0, body.lines.count - state.layout.contentHeight(of: .body))
}

func selectableEntityCount(_ state: AppState) -> Int {
    state.entityRows.filter(\.isSelectable).count
}

private func setFocus(_ state: inout AppState, _ pane: Pane) {
    state.focus = pane
    if pane != .entities, state.size.width < ScreenLayout.threePaneWidth, pane == .articles {
        state.entitiesShown = false
    }
    relayoutBody(&state)
}

/// Re-wraps the open article when the body pane's width has changed, keeping the first line
/// shown anchored to the same place in the text.
func relayoutBody(_ state: inout AppState) {
    guard let open = state.open else {
        state.body = nil
        return
    }
    let width = state.layout.bodyTextWidth
    if let body = state.body, body.width == width { return }
    let anchor = state.body.flatMap { body in
        body.lines.indices.contains(state.bodyTop) ? body.lines[state.bodyTop...].lazy.compactMap(\.offsets).first?.lowerBound : nil
    }
    let layout = BodyLayout(article: open.article, width: width)
    state.body = layout
    if let anchor, let line = layout.line(containing: anchor) {
        state.bodyTop = line
    }
    state.bodyTop = min(state.bodyTop, maxBodyTop(state))
}
