/// The title row at the top of a pane: highlighted when the pane has the focus.
enum PaneHeader {
    /// Draws `title` on the left and `detail` on the right.
    ///
    /// The detail (a position, a count, the article's `new`/`★`/percentage) is short and is the
    /// part that changes, so it keeps up to half the row and the title gives way: a long article
    /// path used to push the percentage off the row at 100 columns.
    static func render(_ title: String, detail: String, focused: Bool, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let style = theme[focused ? .paneTitleFocused : .paneTitle]
        let row = rect.row(0)
        buffer.fill(row, style: style)
        let shownDetail = detail.isEmpty ? "" : Truncate.toWidth(detail, max(0, row.width / 2 - 1))
        let detailWidth = CharacterWidth.of(shownDetail)
        let titleRoom = row.width - 2 - (detailWidth > 0 ? detailWidth + 2 : 0)
        buffer.write(" " + Truncate.toWidth(title, titleRoom) + " ", x: row.x, y: row.y, style: style, maxWidth: row.width)
        if detailWidth > 0 {
            buffer.write(shownDetail, x: row.maxX - detailWidth - 1, y: row.y, style: style, maxWidth: detailWidth)
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
