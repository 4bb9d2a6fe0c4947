/// The bottom line: where you are, counts, the current message, and how to get help.
public enum StatusLineView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(rect, style: theme[.status])
        let hint = state.helpTop != nil ? "q close help" : "? help  q quit"
        var left = " \(state.corpusName) · \(state.articles.count) article\(state.articles.count == 1 ? "" : "s")"
        if let open = state.open, state.articles.indices.contains(open.index) {
            left += " · \(open.index + 1)/\(state.articles.count)"
        }
        let hintWidth = CharacterWidth.of(hint) + 1
        if let message = state.message {
            let style = theme[message.isError ? .statusError : .statusMessage]
            let room = rect.width - hintWidth - 2
            buffer.write(" " + Truncate.toWidth(message.text, room), x: rect.x, y: rect.y, style: style, maxWidth: room + 1)
        } else {
            buffer.write(Truncate.toWidth(left, rect.width - hintWidth - 1), x: rect.x, y: rect.y, style: theme[.status])
        }
        if rect.width > hintWidth + 10 {
            buffer.write(hint, x: rect.maxX - hintWidth, y: rect.y, style: theme[.status])
        }
    }
}
