// MARK: - The mouse

/// A click focuses the pane under it and selects the row it hits.
func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
    switch state.screen {
    case .mentions, .quotes:
        guard y >= 1, y < state.size.height - 1 else { return [] }
        return selectFullScreenRow(&state, row: y - 1)
    case .reader:
        break
    }
    guard let (pane, rect) = state.layout.panes.first(where: { $0.1.x <= x && x < $0.1.maxX }) else { return [] }
    if state.focus != pane { setFocus(&state, pane) }
    let row = y - rect.y - 1
    guard row >= 0, row < rect.height - 1 else { return [] }
    switch pane {
    case .articles:
        let index = state.list.position.top + row / state.listRowsPerItem
        guard index < state.list.count else { return [] }
        state.list.position.selected = index
        return pageEffects(state) + previewSelected(&state)
    case .entities:
        let rows = EntityPaneView.visibleRows(state)
        guard let clicked = rows[safe: row], let selectable = clicked else { return [] }
        state.entityList.selected = selectable
        return []
    case .body:
        return []
    }
}

private func selectFullScreenRow(_ state: inout AppState, row: Int) -> [Effect] {
    switch state.screen {
    case .mentions(var screen):
        let index = screen.lines.position.top + row
        guard index < screen.lines.count else { return [] }
        screen.lines.position.selected = index
        state.screen = .mentions(screen)
    case .quotes(var screen):
        let index = screen.lines.position.top + row
        guard index < screen.lines.count else { return [] }
        screen.lines.position.selected = index
        state.screen = .quotes(screen)
    case .reader:
        break
    }
    return []
}

/// The wheel scrolls what is under the pointer without selecting (so nothing gets marked read).
func wheel(_ state: inout AppState, x: Int, y: Int, lines: Int) -> [Effect] {
    switch state.screen {
    case .mentions(var screen):
        screen.lines.position.scroll(by: lines, count: screen.lines.count, height: fullScreenListHeight(state))
        state.screen = .mentions(screen)
        return pageEffects(state)
    case .quotes(var screen):
        screen.lines.position.scroll(by: lines, count: screen.lines.count, height: fullScreenListHeight(state))
        state.screen = .quotes(screen)
        return pageEffects(state)
    case .reader:
        break
    }
    guard let pane = state.layout.panes.first(where: { $0.1.x <= x && x < $0.1.maxX })?.0 else { return [] }
    switch pane {
    case .articles:
        state.list.position.scroll(by: lines, count: state.list.count, height: state.listCapacity)
        return pageEffects(state)
    case .body:
        state.bodyTop = min(max(0, state.bodyTop + lines), maxBodyTop(state))
        return []
    case .entities:
        return []
    }
}
