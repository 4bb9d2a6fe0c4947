import NewsCore

/// The people, organisations and places named in the open article, grouped by type.
public enum EntityPaneView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.focus == .entities
        let selectable = state.entityRows.filter(\.isSelectable).count
        let detail = selectable == 0 ? "" : "\(min(state.entityList.selected + 1, selectable))/\(selectable)"
        PaneHeader.render(Pane.entities.title, detail: detail, focused: focused, in: rect, buffer: &buffer, theme: theme)
        let content = rect.droppingTop(1)
        guard !state.entityRows.isEmpty else {
            let text = state.open == nil ? "" : " No names found"
            buffer.write(text, x: content.x, y: content.y, style: theme[.meta], maxWidth: content.width)
            return
        }
        // Rows are laid out in full, then the window follows the selected entity.
        let selectedRow = rowIndex(ofSelectable: state.entityList.selected, in: state.entityRows)
        var top = 0
        if selectedRow >= content.height { top = selectedRow - content.height + 1 }
        // Keep the heading of the first visible group on screen when it fits.
        if top > 0, case .heading = state.entityRows[top - 1] { top -= 1 }
        for row in 0..<content.height {
            let index = top + row
            guard index < state.entityRows.count else { break }
            let y = content.y + row
            switch state.entityRows[index] {
            case .heading(let type, let count):
                buffer.write(" \(type.pluralLabel) (\(count))", x: content.x, y: y, style: theme[.entityHeading], maxWidth: content.width)
            case .entity(let entity):
                let count = String(entity.mentions.count)
                let room = content.width - count.count - 4
                buffer.write(Truncate.toWidth(entity.name, room), x: content.x + 2, y: y, style: theme[role(of: entity.type)], maxWidth: room)
                buffer.write(count, x: content.maxX - count.count - 1, y: y, style: theme[.count])
                if index == selectedRow {
                    let bar = theme[focused ? .selection : .selectionUnfocused]
                    buffer.restyle(Rect(x: content.x, y: y, width: content.width, height: 1)) { $0.merged(with: bar) }
                }
            }
        }
    }

    static func role(of type: EntityType) -> StyleRole {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        case .other: return .otherEntity
        }
    }

    static func rowIndex(ofSelectable n: Int, in rows: [EntityRow]) -> Int {
        var seen = -1
        for (index, row) in rows.enumerated() where row.isSelectable {
            seen += 1
            if seen == n { return index }
        }
        return 0
    }
}
