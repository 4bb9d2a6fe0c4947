// MARK: - The mouse

/// A click focuses the pane under it and selects the row it hits.
func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
    if case .entityPage = state.location.screen { return [] }
    if state.location.screen != .reader {
        // A full-screen list: row 0 is its header (the people view's row 1 its column
        // headings), the last row the status line.
        let headings = if case .directory = state.location.screen { 1 } else { 0 }
        let row = y - 1 - headings
        guard row >= 0, y < state.size.height - 1 else { return [] }
        _ = state.location.changeTrailList { position, count in
            if position.top + row < count { position.selected = position.top + row }
        }
        return []
    }
    guard let (pane, rect) = state.layout.panes.first(where: { $0.1.x <= x && x < $0.1.maxX }) else { return [] }
    if state.location.focus != pane { setFocus(&state, pane) }
    let paneRow = y - rect.y - 1
    guard paneRow >= 0, paneRow < rect.height - 1 else { return [] }
    switch pane {
    case .articles:
        let index = state.location.list.position.top + paneRow / state.location.listRowsPerItem
        guard index < state.location.list.count else { return [] }
        state.location.list.position.selected = index
        return pageEffects(state) + previewSelected(&state)
    case .entities:
        let rows = EntityPaneView.visibleRows(state)
        guard let clicked = rows[safe: paneRow], let selectable = clicked else { return [] }
        state.location.entityList.selected = selectable
        return []
    case .body:
        return []
    }
}

/// The wheel scrolls what is under the pointer without selecting (so nothing gets marked read).
func wheel(_ state: inout AppState, x: Int, y: Int, lines: Int) -> [Effect] {
    let height = fullScreenListHeight(state)
    if state.location.changeTrailList({ position, count in position.scroll(by: lines, count: count, height: height) }) {
        return pageEffects(state)
    }
    guard let pane = state.layout.panes.first(where: { $0.1.x <= x && x < $0.1.maxX })?.0 else { return [] }
    switch pane {
    case .articles:
        state.location.list.position.scroll(by: lines, count: state.location.list.count, height: state.listCapacity)
        return pageEffects(state)
    case .body:
        state.location.bodyTop = min(max(0, state.location.bodyTop + lines), maxBodyTop(state))
        return []
    case .entities:
        return []
    }
}
