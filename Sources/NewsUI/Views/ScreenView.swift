/// Draws the whole screen for a state: panes, separators, status line and any overlay.
public enum ScreenView {
    public static func render(_ state: AppState, theme: Theme) -> Buffer {
        var buffer = Buffer(size: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            renderTooSmall(state.size, buffer: &buffer, theme: theme)
            return buffer
        }
        switch state.location.screen {
        case .trail(let trail):
            TrailView.render(trail, state: state, buffer: &buffer, theme: theme)
        case .folders(let list):
            FolderListView.render(list, state: state, buffer: &buffer, theme: theme)
        case .directory(let directory):
            EntityDirectoryView.render(directory, state: state, buffer: &buffer, theme: theme)
        case .entityPage(let page):
            EntityPageView.render(page, state: state, buffer: &buffer, theme: theme)
        case .reader:
            for (pane, rect) in layout.panes {
                switch pane {
                case .articles: ArticleListView.render(state, in: rect, buffer: &buffer, theme: theme)
                case .body: BodyView.render(state, in: rect, buffer: &buffer, theme: theme)
                case .entities: EntityPaneView.render(state, in: rect, buffer: &buffer, theme: theme)
                }
            }
            for x in layout.separators {
                for y in 0..<(state.size.height - 1) {
                    buffer.put("│", x: x, y: y, style: theme[.separator])
                }
            }
        }
        StatusLineView.render(state, in: layout.statusLine, buffer: &buffer, theme: theme)
        if state.helpTop != nil {
            HelpOverlayView.render(state, buffer: &buffer, theme: theme)
        }
        return buffer
    }

    /// Below the minimum size, a message instead of panes squeezed into garbage.
    static func renderTooSmall(_ size: Size, buffer: inout Buffer, theme: Theme) {
        let lines = ["Terminal too small", "\(size.width)×\(size.height); need \(ScreenLayout.minimum.width)×\(ScreenLayout.minimum.height)"]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let width = min(CharacterWidth.of(line), size.width)
            buffer.write(line, x: max(0, (size.width - width) / 2), y: top + i, style: theme[.notice], maxWidth: size.width)
        }
    }
}
