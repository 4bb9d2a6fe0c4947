/// The open article, wrapped to the pane and scrolled to `bodyTop`.
public enum BodyView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.focus == .body
        let content = rect.droppingTop(1)
        guard let body = state.body, let open = state.open else {
            PaneHeader.render(Pane.body.title, detail: "", focused: focused, in: rect, buffer: &buffer, theme: theme)
            let hint = state.articles.isEmpty ? "" : " Select an article and press Enter"
            buffer.write(hint, x: content.x, y: content.y, style: theme[.meta], maxWidth: content.width)
            return
        }
        let total = body.lines.count
        let percent = total <= content.height ? "all" : "\(min(100, (state.bodyTop + content.height) * 100 / max(1, total)))%"
        PaneHeader.render(open.article.path, detail: percent, focused: focused, in: rect, buffer: &buffer, theme: theme)
        for row in 0..<content.height {
            let index = state.bodyTop + row
            guard index < total else { break }
            let line = body.lines[index]
            var x = content.x + 1 + line.indent
            for character in line.characters {
                x += buffer.put(character.character, x: x, y: content.y + row, style: theme[character.role], limit: content.maxX - 1)
            }
        }
    }
}
