/// The bottom line: the prompt while one is open; otherwise where you are, counts, the mode,
/// the background refresh, the latest message, and how to get help.
public enum StatusLineView {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        if let prompt = state.prompt {
            renderPrompt(prompt, state: state, in: rect, buffer: &buffer, theme: theme)
            return
        }
        if let confirmation = state.confirmation {
            buffer.fill(rect, style: theme[.prompt])
            let text = Truncate.toWidth(confirmation.question, rect.width - 2)
            let x = rect.x + 1 + buffer.write(text, x: rect.x + 1, y: rect.y, style: theme[.prompt].merged(with: Style(attributes: [.bold])))
            buffer.put(" ", x: x, y: rect.y, style: theme[.promptCursor])
            return
        }
        buffer.fill(rect, style: theme[.status])
        let hint = state.helpTop != nil ? "q close help" : state.backStack.isEmpty ? "? help  q quit" : "? help  q back  Q quit"
        let hintWidth = CharacterWidth.of(hint) + 1
        var right = hint
        if let refresh = state.refreshStatus { right = refresh + "  " + hint }
        let rightWidth = CharacterWidth.of(right) + 1
        let room = max(0, rect.width - rightWidth - 1)
        if let message = state.message {
            let style = theme[message.isError ? .statusError : .statusMessage]
            buffer.write(" " + Truncate.toWidth(message.shown, room), x: rect.x, y: rect.y, style: style, maxWidth: room + 1)
        } else {
            // The corpus name is what the user already knows; where they are, n/N and Esc back
            // are what they look for. A folder given as a long path cut those off at 80 columns,
            // so the name goes first when the line is too short for everything.
            var text = position(state)
            if CharacterWidth.of(text) > room { text = position(state, withCorpusName: false) }
            buffer.write(Truncate.toWidth(text, room), x: rect.x, y: rect.y, style: theme[.status])
        }
        if rect.width > hintWidth + 10 {
            let text = rect.width > rightWidth + 20 ? right : hint
            buffer.write(text, x: rect.maxX - CharacterWidth.of(text) - 1, y: rect.y, style: theme[.status])
        }
    }

    /// " Articles · 36 articles · 12/36 · unread" and the like.
    static func position(_ state: AppState, withCorpusName: Bool = true) -> String {
        var parts = withCorpusName ? [state.corpusName] : []
        switch state.location.screen {
        case .trail(let trail):
            parts.append("\(trail.kind.noun)s of \(trail.entity.name)")
            parts.append("\(min(trail.lines.position.selected + 1, trail.lines.count))/\(trail.lines.count)")
        case .folders(let list):
            parts.append(list.kind == .facets ? "Enter shows its articles" : "Enter shows a folder")
            if !list.filter.isEmpty { parts.append("“\(list.filter)” \(list.folders.count)") }
        case .directory(let directory):
            parts.append(directory.query.typeLabel)
            parts.append("\(min(directory.rows.position.selected + 1, directory.rows.count))/\(directory.rows.count)")
        case .entityPage(let page):
            parts.append(page.entity.name)
        case .reader:
            switch state.location.listSource {
            case .search(let query):
                parts.append(state.location.listName ?? "search \(query)")
                parts.append("\(state.location.list.count) result\(state.location.list.count == 1 ? "" : "s")")
            case .articles(let filter):
                let noun = filter == .all ? "article" : "\(filter.rawValue) article"
                parts.append("\(state.location.list.count) \(noun)\(state.location.list.count == 1 ? "" : "s")")
            case .versions:
                parts.append("\(state.location.list.count) version\(state.location.list.count == 1 ? "" : "s") · Enter opens one")
            }
            if state.location.list.count > 0 { parts.append("\(state.location.list.position.selected + 1)/\(state.location.list.count)") }
            // The order is named once it is not the list's usual one (newest first; best match
            // first for results), as the people view's header names its order.
            if state.location.listSort != ListSort.defaultSort(for: state.location.listSource) {
                parts.append(state.location.listSort.label)
            }
            if let find = state.location.find, state.location.stepper == .find {
                parts.append("/\(find.query) \((find.current ?? 0) + 1)/\(find.matches.count)")
            }
            if case .trail(let trail) = state.location.stepper {
                parts.append("n/N: \(trail.kind.noun) \(trail.lines.position.selected + 1)/\(trail.lines.count) of \(trail.entity.name)")
            }
            if !state.highlightQuotes { parts.append("quotes off") }
        }
        if !state.backStack.isEmpty { parts.append("Esc back") }
        return " " + parts.joined(separator: " · ")
    }

    /// The first of `chars` to show so that the text before `cursor` takes less than `room`
    /// columns and as much of it as fits shows.
    public static func firstShown(_ chars: [Character], cursor: Int, room: Int) -> Int {
        var start = min(max(0, cursor), chars.count)
        var width = 0
        while start > 0 {
            let w = CharacterWidth.of(chars[start - 1])
            if width + w >= room { break }
            width += w
            start -= 1
        }
        return start
    }

    static func renderPrompt(_ prompt: Prompt, state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(rect, style: theme[.prompt])
        var info = ""
        if prompt.purpose == .findInArticle, let find = state.location.find, !find.query.isEmpty {
            info = find.matches.isEmpty ? "no match" : "\((find.current ?? 0) + 1)/\(find.matches.count)"
        }
        if let hint = prompt.hint {
            // (At most half the line, so the text being typed keeps its room.)
            info = Truncate.toWidth(hint, max(0, rect.width / 2 - 2))
        }
        let label = prompt.purpose.label
        var x = rect.x + buffer.write(label, x: rect.x, y: rect.y, style: theme[.prompt].merged(with: Style(attributes: [.bold])))
        let room = rect.width - CharacterWidth.of(label) - CharacterWidth.of(info) - 2
        // Keep the cursor in view when the text is longer than the line: the first character
        // shown is found by walking back from the cursor, so drawing costs the width of the
        // line, not the length of the text.
        let chars = prompt.characters
        let start = firstShown(chars, cursor: prompt.cursor, room: room)
        for index in start..<chars.count {
            let character = chars[index]
            let style = index == prompt.cursor ? theme[.promptCursor] : theme[.prompt]
            let w = buffer.put(character, x: x, y: rect.y, style: style, limit: rect.x + CharacterWidth.of(label) + room)
            if w == 0 { break }
            x += w
        }
        if prompt.cursor == chars.count {
            buffer.put(" ", x: x, y: rect.y, style: theme[.promptCursor])
        }
        if !info.isEmpty {
            buffer.write(info, x: rect.maxX - CharacterWidth.of(info) - 1, y: rect.y, style: theme[.meta])
        }
    }
}
