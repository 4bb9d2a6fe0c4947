// MARK: - The mouse

/// A click focuses the pane under it and selects the row it hits.
func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
    if state.screen != .reader {
        // A full-screen list: row 0 is its header, the last row the status line.
        let row = y - 1
        guard row >= 0, y < state.size.height - 1 else { return [] }
        _ = state.changeFullScreenList { position, count in
            if position.top + row < count { position.selected = position.top + row }
        }
        return []
    }
    guard let (pane, rect) = state.layout.panes.first(where: { $0.1.x <= x && x < $0.1.maxX }) else { return [] }
    if state.focus != pane { setFocus(&state, pane) }
    let paneRow = y - rect.y - 1
    guard paneRow >= 0, paneRow < rect.height - 1 else { return [] }
    switch pane {
    case .articles:
        let index = state.list.position.top + paneRow / state.listRowsPerItem
        guard index < state.list.count else { return [] }
        state.list.position.selected = index
        return pageEffects(state) + previewSelected(&state)
    case .entities:
        let rows = EntityPaneView.visibleRows(state)
        guard let clicked = rows[safe: paneRow], let selectable = clicked else { return [] }
        state.entityList.selected = selectable
        return []
    case .body:
        return []
    }
}

/// The wheel scrolls what is under the pointer without selecting (so nothing gets marked read).
func wheel(_ state: inout AppState, x: Int, y: Int, lines: Int) -> [Effect] {
    let height = fullScreenListHeight(state)
    if state.changeFullScreenList({ position, count in position.scroll(by: lines, count: count, height: height) }) {
        return pageEffects(state)
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
