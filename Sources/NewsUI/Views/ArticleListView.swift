/// The article list: one line per article (two for search results, with the snippet), unread
/// ones bold, starred ones marked, the selected one highlighted.
public enum ArticleListView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.location.focus == .articles
        let count = state.location.list.count
        let title: String
        switch state.location.listSource {
        case .articles(.all): title = Pane.articles.title
        case .articles(.unread): title = "Unread"
        case .articles(.starred): title = "Starred"
        case .search: title = state.location.listName ?? "Results"
        case .versions: title = "Versions"
        }
        let position = count == 0 ? "0" : "\(state.location.list.position.selected + 1)/\(count)"
        PaneHeader.render(title, detail: position, focused: focused, in: rect, buffer: &buffer, theme: theme)
        let content = rect.droppingTop(1)
        guard count > 0 else {
            let text: String
            if state.location.searchQuery == nil, state.refreshStatus != nil {
                // A first run: the articles appear here as the index takes them in.
                text = " Indexing…"
            } else if !state.location.list.pages.isEmpty {
                text = state.location.searchQuery == nil ? " No articles" : " No matches"
            } else {
                text = state.location.searchQuery == nil ? "" : " Searching…"
            }
            buffer.write(text, x: content.x, y: content.y, style: theme[.meta], maxWidth: content.width)
            return
        }
        let rowsPerItem = state.location.listRowsPerItem
        let isVersionList = state.location.showsVersions
        // A date column only when the articles on screen have dates (BBC-style folders have none).
        let visible = state.location.list.position.top..<min(count, state.location.list.position.top + content.height / rowsPerItem)
        let showDates = content.width >= 26 && visible.contains { state.location.list.item(at: $0)?.date != nil }
        for slot in 0..<(content.height / rowsPerItem) {
            let index = state.location.list.position.top + slot
            guard index < count else { break }
            let y = content.y + slot * rowsPerItem
            guard let item = state.location.list.item(at: index) else {
                buffer.write("  …", x: content.x, y: y, style: theme[.meta], maxWidth: content.width)
                continue
            }
            let base = item.isRead ? theme[.normal] : theme[.normal].merged(with: theme[.unread])
            buffer.write(item.isStarred ? "★" : " ", x: content.x, y: y, style: theme[.starMark])
            var x = content.x + 1
            if showDates {
                buffer.write(item.date.map(shortDate) ?? "", x: x, y: y, style: theme[.dateColumn], maxWidth: 6)
                x += 7
            }
            var room = content.maxX - x - 1
            if item.versions > 1, !isVersionList, room >= 12 {
                // One row stands for every version of the story: how many, at the row's end.
                let mark = "×\(item.versions)"
                let width = CharacterWidth.of(mark)
                buffer.write(mark, x: content.maxX - 1 - width, y: y, style: theme[.meta], maxWidth: width)
                room -= width + 1
            }
            if !item.tags.isEmpty, room >= 12 {
                // The first tag (and how many more) at the row's end, where the title gives way;
                // in a narrow list only a mark and how many.
                let more = item.tags.count > 1 ? "+\(item.tags.count - 1)" : ""
                let tag = room >= 40
                    ? Truncate.toWidth("#" + item.tags[0], min(14, room / 3) - CharacterWidth.of(more)) + more
                    : item.tags.count > 1 ? "#\(item.tags.count)" : "#"
                let width = CharacterWidth.of(tag)
                buffer.write(tag, x: content.maxX - 1 - width, y: y, style: theme[.tag], maxWidth: width)
                room -= width + 1
            }
            if isVersionList {
                // The versions differ in where they are, not in their headline: the path first.
                let path = keepingEnd(item.path, room)
                let used = buffer.write(path, x: x, y: y, style: base, maxWidth: room)
                if room - used > 4 {
                    buffer.write(Truncate.toWidth(item.title, room - used - 1), x: x + used + 1, y: y, style: theme[.meta], maxWidth: room - used - 1)
                }
            } else {
                buffer.write(Truncate.toWidth(item.title, room), x: x, y: y, style: base, maxWidth: room)
            }
            if rowsPerItem == 2, let snippet = item.snippet {
                // The list is narrow (28 columns at 100): without centring, the matched word
                // was often cut off or past the edge, and the snippet showed no match at all.
                MarkedTextView.render(
                    snippet, x: content.x + 2, y: y + 1, width: content.width - 3, style: theme[.snippet], marked: theme[.snippetMatch],
                    buffer: &buffer, centreFirstMark: true, onlyIfHidden: true)
            }
            if index == state.location.list.position.selected {
                let bar = theme[focused ? .selection : .selectionUnfocused]
                buffer.restyle(Rect(x: content.x, y: y, width: content.width, height: rowsPerItem)) { $0.merged(with: bar) }
            }
        }
    }

    /// `text` cut from the front to `width` columns: a path keeps its file name.
    static func keepingEnd(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if CharacterWidth.of(text) <= width { return text }
        var kept = ""
        var used = 1
        for character in text.reversed() {
            let w = CharacterWidth.of(character)
            if used + w > width { break }
            kept.insert(character, at: kept.startIndex)
            used += w
        }
        return "…" + kept
    }

    /// "2026-03-14" → "Mar 14"; anything else is shown as it is.
    static func shortDate(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count >= 3, let month = Int(parts[1]), (1...12).contains(month) else { return String(date.prefix(6)) }
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names[month - 1] + " " + String(parts[2].prefix(2))
    }
}

/// Draws text with marked stretches, keeping the first mark in view when the text is too long.
enum MarkedTextView {
    /// With `centreFirstMark` the text is shifted to put its first mark a third of the way in;
    /// `onlyIfHidden` keeps it unshifted when that mark already shows whole from the start.
    static func render(
        _ text: MarkedText, x: Int, y: Int, width: Int, style: Style, marked: Style, buffer: inout Buffer,
        centreFirstMark: Bool = false, onlyIfHidden: Bool = false
    ) {
        guard width > 0 else { return }
        let chars = Array(text.text)
        var start = 0
        if centreFirstMark, let first = text.marks.first, CharacterWidth.of(text.text) > width,
            !(onlyIfHidden && CharacterWidth.of(String(chars[..<min(chars.count, first.upperBound)])) <= width) {
            // Put the mark a third of the way in, so the words before it show too.
            start = max(0, first.lowerBound - width / 3)
            // Begin on a word rather than inside one, when a space comes before the mark.
            if start > 0, chars[start - 1] != " ", let space = chars[start..<first.lowerBound].firstIndex(of: " ") {
                start = space + 1
            }
        }
        var column = x
        if start > 0 {
            column += buffer.put("…", x: column, y: y, style: style)
        }
        for index in start..<chars.count {
            let isMarked = text.marks.contains { $0.contains(index) }
            let w = CharacterWidth.of(chars[index])
            if column + w > x + width { break }
            column += buffer.put(chars[index], x: column, y: y, style: isMarked ? style.merged(with: marked) : style, limit: x + width)
        }
    }
}
