import NewsCore

// MARK: - Layout

func maxBodyTop(_ state: AppState) -> Int {
    guard let body = state.derived.body else { return 0 }
    return max(0, body.lines.count - state.layout.contentHeight(of: .body))
}

/// Re-wraps the open article when the body pane's width has changed, when the layout was
/// dropped, or when `force` asks (quotation highlighting changed), keeping the first line shown
/// anchored to the same place in the text.
func relayoutBody(_ state: inout AppState, force: Bool = false) {
    guard let open = state.location.open else {
        state.derived.body = nil
        return
    }
    let width = state.layout.bodyTextWidth
    if !force, let body = state.derived.body, body.width == width { return }
    let anchor = state.derived.body?.firstOffset(from: state.location.bodyTop)
    let layout = BodyLayout(
        article: open.article, width: width,
        quotes: state.highlightQuotes ? open.quotes : [],
        speakers: state.highlightQuotes ? QuoteSpeakers(open) : nil
    )
    state.derived.body = layout
    if let anchor, let line = layout.line(containing: anchor) {
        state.location.bodyTop = line
    }
    state.location.bodyTop = min(state.location.bodyTop, maxBodyTop(state))
}

/// Scrolls the body so that `range` shows a third of the way down the pane.
func scrollBody(_ state: inout AppState, toShow range: Range<Int>) {
    guard let body = state.derived.body, let line = body.line(containing: range.lowerBound) else { return }
    let height = state.layout.contentHeight(of: .body)
    let visible = state.location.bodyTop..<(state.location.bodyTop + height)
    if !visible.contains(line) {
        state.location.bodyTop = min(max(0, line - height / 3), maxBodyTop(state))
    }
}

// MARK: - Find in the article

func startFind(_ state: inout AppState) -> [Effect] {
    if case .trail(let trail) = state.location.screen {
        return startTrailFilter(&state, trail)
    }
    if case .directory(let directory) = state.location.screen {
        state.prompt = Prompt(purpose: .filterDirectory, text: directory.query.filter, history: state.history.entries(for: .filterDirectory))
        return []
    }
    if case .folders(let list) = state.location.screen {
        state.prompt = Prompt(purpose: .filterFolders, text: list.filter, history: state.history.entries(for: .filterFolders))
        return []
    }
    if case .entityPage = state.location.screen {
        state.message = StatusMessage("/ filters the people view (p) and the mentions and quotes views", isError: true)
        return []
    }
    switch state.location.focus {
    case .body:
        guard state.location.open != nil else { return [] }
        state.prompt = Prompt(purpose: .findInArticle, history: state.history.entries(for: .findInArticle))
        state.location.find = FindState(query: "", matches: [], current: nil, originTop: state.location.bodyTop)
    case .entities:
        state.prompt = Prompt(purpose: .filterEntities, text: state.location.entityFilter)
    case .articles:
        state.prompt = Prompt(purpose: .searchCorpus, history: state.history.entries(for: .searchCorpus))
    }
    return []
}

/// Finds `query` in the open article and shows the first match at or after where the search began.
func runFind(_ state: inout AppState, query: String) {
    guard let open = state.location.open, var find = state.location.find else { return }
    if state.derived.finder == nil { state.derived.finder = TextFinder(text: open.article.text) }
    find.query = query
    find.matches = query.isEmpty ? [] : state.derived.finder!.matches(of: query)
    let originOffset = state.derived.body?.firstOffset(from: find.originTop) ?? 0
    find.current = find.matches.firstIndex { $0.lowerBound >= originOffset } ?? (find.matches.isEmpty ? nil : 0)
    state.location.find = find
    if let current = find.current {
        scrollBody(&state, toShow: find.matches[current])
    } else {
        state.location.bodyTop = min(find.originTop, maxBodyTop(state))
    }
}

// MARK: - n and N

func step(_ state: inout AppState, by delta: Int) -> [Effect] {
    guard case .reader = state.location.screen else { return move(&state, by: delta) }
    switch state.location.stepper {
    case .none:
        if stepSearchMatches(&state, by: delta) { return [] }
        state.message = StatusMessage("Nothing to step through: search with / or open an entity's mentions", isError: true)
        return []
    case .find:
        guard var find = state.location.find, !find.matches.isEmpty else {
            state.message = StatusMessage("No matches", isError: true)
            return []
        }
        let count = find.matches.count
        let next = ((find.current ?? -1) + delta + count) % count
        if (delta > 0 && next < (find.current ?? -1)) || (delta < 0 && next > (find.current ?? count)) {
            state.message = StatusMessage(delta > 0 ? "Search wrapped to the top" : "Search wrapped to the bottom")
        }
        find.current = next
        state.location.find = find
        scrollBody(&state, toShow: find.matches[next])
        return []
    case .trail(let trail):
        return stepTrail(&state, to: trail.lines.position.selected + delta)
    }
}

/// `n`/`N` in an article opened from corpus search results: steps through the words the search
/// marked in it, from the part on screen, as `n` does after a search in less; false when there
/// are none to step through (or the body is not on screen).
///
/// The marks become an accepted find, so the status line, the current-match style, `n`/`N`
/// wrapping and Esc behave exactly as after `/`.
private func stepSearchMatches(_ state: inout AppState, by delta: Int) -> Bool {
    guard let open = state.location.open, !open.searchMatches.isEmpty, state.layout.isVisible(.body) else { return false }
    let matches = open.searchMatches.sorted { $0.lowerBound < $1.lowerBound }
    let shownFrom = state.derived.body?.firstOffset(from: state.location.bodyTop) ?? 0
    let current: Int
    if delta > 0 {
        current = matches.firstIndex { $0.lowerBound >= shownFrom } ?? 0
    } else {
        current = matches.lastIndex { $0.lowerBound < shownFrom } ?? matches.count - 1
    }
    state.location.find = FindState(query: state.location.searchQuery ?? "", matches: matches, current: current, originTop: state.location.bodyTop)
    state.location.stepper = .find
    scrollBody(&state, toShow: matches[current])
    state.message = StatusMessage("Match \(current + 1) of \(matches.count) of the search; n and N step")
    return true
}
