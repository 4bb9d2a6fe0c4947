import NewsCore

/// A trail full-screen: an entity's mentions as concordance lines, or its quotations.
public enum TrailView {
    public static func render(_ trail: TrailScreen, state: AppState, buffer: inout Buffer, theme: Theme) {
        let header = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        PaneHeader.render(
            trail.kind.title(of: trail.entity),
            detail: trail.filter.isEmpty
                ? trail.kind.countText(trail.lines.count, of: trail.entity)
                : "“\(trail.filter)”: \(trail.lines.count) of \(trail.source.count)\(trail.filterIsPartial ? " (first \(TrailScreen.filterLimit) looked at)" : "")",
            focused: true, in: header, buffer: &buffer, theme: theme)
        FullScreenList.render(trail.lines, state: state, buffer: &buffer, theme: theme) { line, buffer, y, x, width in
            switch line.text {
            case .context(let context):
                MarkedTextView.render(context, x: x, y: y, width: width, style: theme[.normal], marked: theme[.mentionMark], buffer: &buffer, centreFirstMark: true)
            case .quotation(let text, let kind):
                buffer.write(Truncate.toWidth("“" + text + "”", width), x: x, y: y, style: theme[kind == .direct ? .quote : .quotePartial], maxWidth: width)
            }
        } header: { line in
            (line.date, line.title)
        }
        renderPreview(trail, state: state, buffer: &buffer, theme: theme)
    }

    /// The selected line whole, wrapped under the list: the sentence around a mention with the
    /// mention marked, or the whole quotation.
    static func renderPreview(_ trail: TrailScreen, state: AppState, buffer: inout Buffer, theme: Theme) {
        let rows = trailPreviewRows(state)
        guard rows > 1 else { return }
        let top = 1 + fullScreenListHeight(state)
        let width = state.size.width
        buffer.write(String(repeating: "─", count: width), x: 0, y: top, style: theme[.separator], maxWidth: width)
        guard let line = trail.lines.selectedItem else { return }
        var characters: [LaidOutCharacter]
        switch line.text {
        case .context(let context):
            characters = context.text.enumerated().map { k, c in
                LaidOutCharacter(character: c, role: context.marks.contains { $0.contains(k) } ? .mentionMark : .normal, offset: nil)
            }
        case .quotation(let text, let kind):
            let role: StyleRole = kind == .direct ? .quote : .quotePartial
            characters = ("“" + text + "”").map { LaidOutCharacter(character: $0, role: role, offset: nil) }
        }
        var lines = TextWrapper.wrap(characters, width: width - 2)
        if lines.count > rows - 1 {
            lines = Array(lines.prefix(rows - 1))
            lines[lines.count - 1].characters.append(LaidOutCharacter(character: "…", role: .meta, offset: nil))
        }
        for (k, wrapped) in lines.enumerated() {
            var x = 1
            for character in wrapped.characters {
                let style = character.role == .mentionMark ? theme[.normal].merged(with: theme[.mentionMark]) : theme[character.role]
                x += buffer.put(character.character, x: x, y: top + 1 + k, style: style, limit: width - 1)
            }
        }
    }
}

/// Rows of a full-screen list: date, headline column, then the line's own text.
enum FullScreenList {
    static func render<Item>(
        _ list: PagedList<Item>, state: AppState, buffer: inout Buffer, theme: Theme,
        text: (Item, inout Buffer, _ y: Int, _ x: Int, _ width: Int) -> Void,
        header: (Item) -> (date: String?, title: String)
    ) {
        let height = fullScreenListHeight(state)
        let width = state.size.width
        // A date column only when the lines on screen have dates, as in the article list:
        // undated corpora (BBC-style folders) lost seven columns of an 80-column screen to it.
        let visible = list.position.top..<min(list.count, list.position.top + height)
        let dateWidth = visible.contains { list.item(at: $0).map { header($0).date != nil } ?? false } ? 7 : 0
        // The headline column leaves most of the row to the line's own text.
        let titleWidth = max(12, min(30, width * 22 / 100))
        if list.count == 0 {
            let text = list.pages.isEmpty ? " Loading…" : " Nothing here"
            buffer.write(text, x: 0, y: 1, style: theme[.meta], maxWidth: width)
        }
        for row in 0..<height {
            let index = list.position.top + row
            guard index < list.count else { break }
            let y = 1 + row
            guard let item = list.item(at: index) else {
                buffer.write("  …", x: 0, y: y, style: theme[.meta])
                continue
            }
            let (date, title) = header(item)
            var x = 1
            if dateWidth > 0 {
                buffer.write(date.map(ArticleListView.shortDate) ?? "", x: x, y: y, style: theme[.dateColumn], maxWidth: 6)
                x += dateWidth
            }
            buffer.write(Truncate.toWidth(title, titleWidth), x: x, y: y, style: theme[.normal], maxWidth: titleWidth)
            x += titleWidth + 1
            buffer.put("│", x: x, y: y, style: theme[.separator])
            x += 2
            text(item, &buffer, y, x, width - x - 1)
            if index == list.position.selected {
                buffer.restyle(Rect(x: 0, y: y, width: width, height: 1)) { $0.merged(with: theme[.selection]) }
            }
        }
    }
}
