import NewsCore

/// The people, organisations and places named in the open article, grouped by type, each with
/// its mentions here and, when the index knows it, in the whole corpus.
public enum EntityPaneView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.location.focus == .entities
        let selectable = state.location.entityRows.filter(\.isSelectable).count
        var detail = selectable == 0 ? "" : "\(min(state.location.entityList.selected + 1, selectable))/\(selectable)"
        if !state.location.entityFilter.isEmpty { detail = "/" + state.location.entityFilter + " " + detail }
        PaneHeader.render(Pane.entities.title, detail: detail, focused: focused, in: rect, buffer: &buffer, theme: theme)
        let content = rect.droppingTop(1)
        guard !state.location.entityRows.isEmpty else {
            let text = state.location.open == nil ? "" : state.location.entityFilter.isEmpty ? " No names found" : " No name matches"
            buffer.write(text, x: content.x, y: content.y, style: theme[.meta], maxWidth: content.width)
            return
        }
        let top = firstVisibleRow(state, height: content.height)
        let selectedRow = rowIndex(ofSelectable: state.location.entityList.selected, in: state.location.entityRows)
        for row in 0..<content.height {
            let index = top + row
            guard index < state.location.entityRows.count else { break }
            let y = content.y + row
            switch state.location.entityRows[index] {
            case .heading(let type, let count):
                buffer.write(" \(type.pluralLabel) (\(count))", x: content.x, y: y, style: theme[.entityHeading], maxWidth: content.width)
            case .entity(let entity):
                let count = counts(entity, room: content.width)
                let room = content.width - CharacterWidth.of(count) - 4
                buffer.write(Truncate.toWidth(entity.name, room), x: content.x + 2, y: y, style: theme[role(of: entity.type)], maxWidth: room)
                buffer.write(count, x: content.maxX - CharacterWidth.of(count) - 1, y: y, style: theme[.count])
                if index == selectedRow {
                    let bar = theme[focused ? .selection : .selectionUnfocused]
                    buffer.restyle(Rect(x: content.x, y: y, width: content.width, height: 1)) { $0.merged(with: bar) }
                }
            }
        }
    }

    /// "3·57", here and in the corpus, or only "3" when the pane is too narrow for both.
    ///
    /// The corpus count is what tells a passing name from a story's protagonist, so it shows
    /// in the 21 columns the pane has at 100 (a name of 13 characters still fits whole).
    static func counts(_ entity: ReaderEntity, room: Int) -> String {
        guard let corpus = entity.corpusMentions, room >= 18 else { return String(entity.mentions.count) }
        return "\(entity.mentions.count)·\(corpus)"
    }

    /// The first row shown: the window follows the selected entity, keeping its group's heading.
    static func firstVisibleRow(_ state: AppState, height: Int) -> Int {
        let selectedRow = rowIndex(ofSelectable: state.location.entityList.selected, in: state.location.entityRows)
        var top = 0
        if selectedRow >= height { top = selectedRow - height + 1 }
        if top > 0, case .heading = state.location.entityRows[top - 1] { top -= 1 }
        return top
    }

    /// For each visible row, the selectable index it holds (nil for headings), for mouse clicks.
    static func visibleRows(_ state: AppState) -> [Int?] {
        guard let rect = state.layout.rect(of: .entities) else { return [] }
        let height = rect.height - 1
        let top = firstVisibleRow(state, height: height)
        var selectableIndex = state.location.entityRows[..<min(top, state.location.entityRows.count)].filter(\.isSelectable).count
        var out: [Int?] = []
        for index in top..<min(state.location.entityRows.count, top + height) {
            if state.location.entityRows[index].isSelectable {
                out.append(selectableIndex)
                selectableIndex += 1
            } else {
                out.append(nil)
            }
        }
        return out
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
