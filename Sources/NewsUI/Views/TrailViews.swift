import NewsCore

/// The full-screen mentions view: an entity's mentions across the corpus as concordance lines.
public enum MentionsView {
    public static func render(_ screen: MentionsScreen, state: AppState, buffer: inout Buffer, theme: Theme) {
        let entity = screen.entity
        let articles = entity.corpusArticles.map { " in \($0) article\($0 == 1 ? "" : "s")" } ?? ""
        let header = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        PaneHeader.render(
            "Mentions of \(entity.name)", detail: "\(screen.lines.count) mention\(screen.lines.count == 1 ? "" : "s")\(articles)",
            focused: true, in: header, buffer: &buffer, theme: theme)
        FullScreenList.render(screen.lines, state: state, buffer: &buffer, theme: theme) { line, buffer, y, x, width in
            MarkedTextView.render(line.context, x: x, y: y, width: width, style: theme[.normal], marked: theme[.mentionMark], buffer: &buffer, centreFirstMark: true)
        } header: { line in
            (line.date, line.title)
        }
    }
}

/// The full-screen quotes view: everything one person is quoted as saying.
public enum QuotesView {
    public static func render(_ screen: QuotesScreen, state: AppState, buffer: inout Buffer, theme: Theme) {
        let header = Rect(x: 0, y: 0, width: state.size.width, height: 1)
        PaneHeader.render(
            "Quotations of \(screen.entity.name)", detail: "\(screen.lines.count) quotation\(screen.lines.count == 1 ? "" : "s")",
            focused: true, in: header, buffer: &buffer, theme: theme)
        FullScreenList.render(screen.lines, state: state, buffer: &buffer, theme: theme) { line, buffer, y, x, width in
            let text = "“" + line.text + "”"
            buffer.write(Truncate.toWidth(text, width), x: x, y: y, style: theme[line.kind == .direct ? .quote : .quotePartial], maxWidth: width)
        } header: { line in
            (line.date, line.title)
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
        let titleWidth = max(12, min(36, width * 28 / 100))
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
