/// The title row at the top of a pane: highlighted when the pane has the focus.
enum PaneHeader {
    static func render(_ title: String, detail: String, focused: Bool, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let style = theme[focused ? .paneTitleFocused : .paneTitle]
        let row = rect.row(0)
        buffer.fill(row, style: style)
        let used = buffer.write(" " + title + " ", x: row.x, y: row.y, style: style, maxWidth: row.width)
        let room = row.width - used - 1
        if room > 2, !detail.isEmpty {
            let text = Truncate.toWidth(detail, room)
            let width = CharacterWidth.of(text)
            buffer.write(text, x: row.maxX - width - 1, y: row.y, style: style, maxWidth: width)
        }
    }
}

/// Shortening text to a column budget.
public enum Truncate {
    /// `text` cut to at most `width` columns, with "…" where it was cut.
    public static func toWidth(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if CharacterWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = CharacterWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }
}
