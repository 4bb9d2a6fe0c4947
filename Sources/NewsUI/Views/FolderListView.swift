/// The folder list full-screen: each folder's name, its article count, and for a saved search
/// its query; the folder the reader came from is marked.
public enum FolderListView {
    public static func render(_ list: FolderList, state: AppState, buffer: inout Buffer, theme: Theme) {
        let width = state.size.width
        let title: String
        let detail: String
        switch list.kind {
        case .folders:
            let saved = Folder.all(savedSearches: state.savedSearches).count - 3
            title = "Folders"
            detail = saved == 1 ? "1 saved search" : "\(saved) saved searches"
        case .facets:
            title = "Sections and sources"
            detail = list.folders.count == 1 ? "1 row" : "\(list.folders.count) rows"
        }
        PaneHeader.render(
            title, detail: list.filter.isEmpty ? detail : "“\(list.filter)” · \(detail)", focused: true,
            in: Rect(x: 0, y: 0, width: width, height: 1), buffer: &buffer, theme: theme)
        if list.folders.isEmpty {
            let text = list.loading ? " Counting sections and sources…"
                : list.problem.map { " " + $0 } ?? (list.filter.isEmpty ? " No sections or sources" : " Nothing holds “\(list.filter)”")
            buffer.write(text, x: 0, y: 1, style: list.problem == nil ? theme[.meta] : theme[.statusError], maxWidth: width)
            return
        }
        let height = fullScreenListHeight(state)
        let nameWidth = max(12, min(30, width * 30 / 100))
        let countWidth = 8
        for row in 0..<height {
            let index = list.position.top + row
            guard let folder = list.folders[safe: index] else { break }
            let y = 1 + row
            let isCurrent = folder.isShown(list.current, name: list.currentName)
            buffer.write(isCurrent ? "•" : " ", x: 1, y: y, style: theme[.starMark])
            buffer.write(Truncate.toWidth(folder.name, nameWidth), x: 3, y: y, style: theme[.normal].merged(with: theme[.unread]), maxWidth: nameWidth)
            let count: String
            var countStyle = theme[.count]
            switch list.counts?[safe: index] {
            case .articles(let n)?: count = String(n)
            case .problem?:
                count = "error"
                countStyle = theme[.statusError]
            case nil: count = "…"
            }
            let countX = width - countWidth - 1
            buffer.write(count, x: countX + countWidth - CharacterWidth.of(count), y: y, style: countStyle, maxWidth: countWidth)
            if let query = folder.query {
                let x = 3 + nameWidth + 2
                buffer.write(Truncate.toWidth(query, countX - x - 1), x: x, y: y, style: theme[.meta], maxWidth: max(0, countX - x - 1))
            }
            if index == list.position.selected {
                buffer.restyle(Rect(x: 0, y: y, width: width, height: 1)) { $0.merged(with: theme[.selection]) }
            }
        }
        // Under the list, what the selected folder's count could not say in a word.
        let below = 1 + (list.folders.count - list.position.top) + 1
        if case .problem(let problem)? = list.counts?[safe: list.position.selected], below <= height {
            buffer.write(" " + problem, x: 0, y: below, style: theme[.statusError], maxWidth: width)
        }
    }
}
