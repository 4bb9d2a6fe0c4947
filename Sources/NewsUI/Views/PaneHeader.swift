/// The title row at the top of a pane: highlighted when the pane has the focus.
enum PaneHeader {
    /// Draws `title` on the left and `detail` on the right.
    ///
    /// A short detail (a position, a count, the article's `new`/`★`/percentage) is the part that
    /// changes, so it stays whole and the title gives way: a long article path used to push the
    /// percentage off the row at 100 columns. A long detail ("55 mentions in 21 articles") gives
    /// way to the title instead, as before.
    static func render(_ title: String, detail: String, focused: Bool, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let style = theme[focused ? .paneTitleFocused : .paneTitle]
        let row = rect.row(0)
        buffer.fill(row, style: style)
        let detailWidth = CharacterWidth.of(detail)
        if detailWidth > 0, detailWidth <= row.width / 2 - 1 {
            buffer.write(" " + Truncate.toWidth(title, row.width - detailWidth - 4) + " ", x: row.x, y: row.y, style: style, maxWidth: row.width)
            buffer.write(detail, x: row.maxX - detailWidth - 1, y: row.y, style: style, maxWidth: detailWidth)
            return
        }
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
