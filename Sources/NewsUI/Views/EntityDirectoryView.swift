import NewsCore

/// The people view full-screen: every entity of the corpus with its type, mentions, articles
/// and latest mention, under column headings that mark the order.
public enum EntityDirectoryView {
    /// Columns after the name: type, mentions, articles, latest.
    static let columns: [(title: String, width: Int, sort: EntitySort?)] = [
        ("Type", 13, nil), ("Mentions", 11, .mentions), ("Articles", 11, .articles), ("Latest", 11, .latest),
    ]

    public static func render(_ directory: EntityDirectory, state: AppState, buffer: inout Buffer, theme: Theme) {
        let width = state.size.width
        let query = directory.query
        var detail = "\(query.typeLabel) · \(query.sort.label) · \(directory.rows.count)"
        if !query.filter.isEmpty { detail = "“\(query.filter)” · " + detail }
        PaneHeader.render(
            "People, organisations and places", detail: detail, focused: true,
            in: Rect(x: 0, y: 0, width: width, height: 1), buffer: &buffer, theme: theme)
        let fixed = columns.reduce(0) { $0 + $1.width }
        let nameWidth = max(8, width - 3 - fixed)
        // Column headings, the order's column marked.
        buffer.write("Name", x: 2, y: 1, style: theme[.meta])
        var x = 2 + nameWidth + 1
        for column in columns {
            let sorted = column.sort == query.sort
            let title = sorted ? column.title + " ▼" : column.title
            let style = sorted ? theme[.meta].merged(with: Style(attributes: [.bold])) : theme[.meta]
            // Numbers are right-aligned under their heading; the type and date read from the left.
            let right = column.sort == .mentions || column.sort == .articles
            let titleX = right ? x + column.width - 1 - CharacterWidth.of(title) : x
            buffer.write(title, x: titleX, y: 1, style: style, maxWidth: column.width)
            x += column.width
        }
        let list = directory.rows
        let height = fullScreenListHeight(state)
        if list.count == 0 {
            let text = list.pages.isEmpty ? " Loading…" : query.filter.isEmpty ? " No names in the index yet" : " No name holds “\(query.filter)”"
            buffer.write(text, x: 0, y: 2, style: theme[.meta], maxWidth: width)
        }
        for row in 0..<height {
            let index = list.position.top + row
            guard index < list.count else { break }
            let y = 2 + row
            guard let item = list.item(at: index) else {
                buffer.write("  …", x: 0, y: y, style: theme[.meta])
                continue
            }
            let entity = item.entity
            buffer.write(Truncate.toWidth(entity.name, nameWidth), x: 2, y: y, style: theme[EntityPaneView.role(of: entity.type)], maxWidth: nameWidth)
            var x = 2 + nameWidth + 1
            let cells = [
                entity.type.label, String(entity.corpusMentions ?? 0), String(entity.corpusArticles ?? 0), item.latest ?? "–",
            ]
            for (column, text) in zip(columns, cells) {
                let right = column.sort == .mentions || column.sort == .articles
                let textX = right ? x + column.width - 1 - CharacterWidth.of(text) : x
                buffer.write(text, x: textX, y: y, style: theme[right ? .count : .meta], maxWidth: column.width - 1)
                x += column.width
            }
            if index == list.position.selected {
                buffer.restyle(Rect(x: 0, y: y, width: width, height: 1)) { $0.merged(with: theme[.selection]) }
            }
        }
    }
}

extension EntityType {
    /// The type as a column of the people view says it ("person", "organisation").
    var label: String {
        switch self {
        case .person: return "person"
        case .organization: return "organisation"
        case .place: return "place"
        case .other: return "other"
        }
    }
}
