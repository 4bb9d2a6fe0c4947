import NewsCore

/// The open article, wrapped to the pane and scrolled to `bodyTop`, with search matches and
/// the revealed mention or quotation marked over its own styles.
public enum BodyView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.location.focus == .body
        let content = rect.droppingTop(1)
        guard let body = state.derived.body, let open = state.location.open else {
            PaneHeader.render(Pane.body.title, detail: "", focused: focused, in: rect, buffer: &buffer, theme: theme)
            let hint = state.location.list.count == 0 ? "" : " Select an article and press Enter"
            buffer.write(hint, x: content.x, y: content.y, style: theme[.meta], maxWidth: content.width)
            return
        }
        let total = body.lines.count
        let percent = total <= content.height ? "all" : "\(min(100, (state.location.bodyTop + content.height) * 100 / max(1, total)))%"
        let flags = (open.isStarred ? "★ " : "") + (open.isRead ? "" : "new ")
        // The tags beside the flags, in the header row: a line of the body would move the text
        // under the reader each time the tags change. A long set gives way to the flags.
        let tags = open.tags.isEmpty ? "" : Truncate.toWidth(open.tags.map { "#" + $0 }.joined(separator: " "), max(8, rect.width / 4)) + " "
        PaneHeader.render(open.article.path.terminalSafeName, detail: tags + flags + percent, focused: focused, in: rect, buffer: &buffer, theme: theme)
        let overlays = Overlays(state)
        for row in 0..<content.height {
            let index = state.location.bodyTop + row
            guard index < total else { break }
            let line = body.lines[index]
            var x = content.x + 1 + line.indent
            for character in line.characters {
                var style = theme[character.role]
                if let offset = character.offset, let role = overlays.role(at: offset) {
                    style = style.merged(with: theme[role])
                }
                x += buffer.put(character.character, x: x, y: content.y + row, style: style, limit: content.maxX - 1)
            }
        }
    }

    /// Marks drawn over the laid-out text, strongest last.
    struct Overlays {
        var layers: [(ranges: [Range<Int>], role: StyleRole)] = []

        init(_ state: AppState) {
            if let matches = state.location.open?.searchMatches, !matches.isEmpty { layers.append((matches, .searchMatch)) }
            if let find = state.location.find {
                layers.append((find.matches, .findMatch))
                if let current = find.current, find.matches.indices.contains(current) {
                    layers.append(([find.matches[current]], .findCurrent))
                }
            }
            if let revealed = state.location.revealed { layers.append(([revealed], .revealed)) }
        }

        func role(at offset: Int) -> StyleRole? {
            for layer in layers.reversed() where Self.contains(layer.ranges, offset) {
                return layer.role
            }
            return nil
        }

        /// Binary search over sorted, non-overlapping ranges.
        static func contains(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
            var low = 0
            var high = ranges.count
            while low < high {
                let mid = (low + high) / 2
                if ranges[mid].upperBound <= offset {
                    low = mid + 1
                } else if ranges[mid].lowerBound > offset {
                    high = mid
                } else {
                    return true
                }
            }
            return false
        }
    }
}
