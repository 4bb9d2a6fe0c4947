/// The article list: one line per article, the selected one highlighted.
public enum ArticleListView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.focus == .articles
        let count = state.articles.count
        let position = count == 0 ? "0" : "\(state.list.selected + 1)/\(count)"
        PaneHeader.render(Pane.articles.title, detail: position, focused: focused, in: rect, buffer: &buffer, theme: theme)
        let content = rect.droppingTop(1)
        guard count > 0 else {
            buffer.write(" No articles", x: content.x, y: content.y, style: theme[.meta], maxWidth: content.width)
            return
        }
        let showDates = content.width >= 26 && state.articles.contains { $0.date != nil }
        for row in 0..<content.height {
            let index = state.list.top + row
            guard index < count else { break }
            let summary = state.articles[index]
            let y = content.y + row
            var x = content.x + 1
            if showDates {
                let date = summary.date.map(shortDate) ?? ""
                buffer.write(date, x: x, y: y, style: theme[.dateColumn], maxWidth: 6)
                x += 7
            }
            let room = content.maxX - x - 1
            buffer.write(Truncate.toWidth(summary.title, room), x: x, y: y, style: theme[.normal], maxWidth: room)
            if index == state.list.selected {
                let bar = theme[focused ? .selection : .selectionUnfocused]
                buffer.restyle(Rect(x: content.x, y: y, width: content.width, height: 1)) { $0.merged(with: bar) }
            }
        }
    }

    /// "2026-03-14" → "Mar 14"; anything else is shown as it is.
    static func shortDate(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count >= 3, let month = Int(parts[1]), (1...12).contains(month) else { return String(date.prefix(6)) }
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names[month - 1] + " " + String(parts[2].prefix(2))
    }
}
