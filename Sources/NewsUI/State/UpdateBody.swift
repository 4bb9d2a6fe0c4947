import NewsCore

// MARK: - Layout

func maxBodyTop(_ state: AppState) -> Int {
    guard let body = state.body else { return 0 }
    return max(0, body.lines.count - state.layout.contentHeight(of: .body))
}

/// Re-wraps the open article when the body pane's width has changed, when the layout was
/// dropped, or when `force` asks (quotation highlighting changed), keeping the first line shown
/// anchored to the same place in the text.
func relayoutBody(_ state: inout AppState, force: Bool = false) {
    guard let open = state.open else {
        state.body = nil
        return
    }
    let width = state.layout.bodyTextWidth
    if !force, let body = state.body, body.width == width { return }
    let anchor = state.body.flatMap { body in
        body.lines.indices.contains(state.bodyTop) ? body.lines[state.bodyTop...].lazy.compactMap(\.offsets).first?.lowerBound : nil
    }
    let layout = BodyLayout(
        article: open.article, width: width,
        quotes: state.highlightQuotes ? open.quotes : [],
        speakers: state.highlightQuotes ? QuoteSpeakers(open) : nil
    )
    state.body = layout
    if let anchor, let line = layout.line(containing: anchor) {
        state.bodyTop = line
    }
    state.bodyTop = min(state.bodyTop, maxBodyTop(state))
}

/// Scrolls the body so that `range` shows a third of the way down the pane.
func scrollBody(_ state: inout AppState, toShow range: Range<Int>) {
    guard let body = state.body, let line = body.line(containing: range.lowerBound) else { return }
    let height = state.layout.contentHeight(of: .body)
    let visible = state.bodyTop..<(state.bodyTop + height)
    if !visible.contains(line) {
        state.bodyTop = min(max(0, line - height / 3), maxBodyTop(state))
    }
}

// MARK: - Find in the article

func startFind(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.screen else { return [] }
    switch state.focus {
    case .body:
        guard state.open != nil else { return [] }
        state.prompt = Prompt(purpose: .findInArticle, history: state.history.entries(for: .findInArticle))
        state.find = FindState(query: "", matches: [], current: nil, originTop: state.bodyTop)
    case .entities:
        state.prompt = Prompt(purpose: .filterEntities, text: state.entityFilter)
    case .articles:
        state.prompt = Prompt(purpose: .searchCorpus, history: state.history.entries(for: .searchCorpus))
    }
    return []
}

/// Finds `query` in the open article and shows the first match at or after where the search began.
func runFind(_ state: inout AppState, query: String) {
    guard let open = state.open, var find = state.find else { return }
    if state.finder == nil { state.finder = TextFinder(text: open.article.text) }
    find.query = query
    find.matches = query.isEmpty ? [] : state.finder!.matches(of: query)
    let originOffset = state.body.flatMap { body in
        body.lines.indices.contains(find.originTop) ? body.lines[find.originTop...].lazy.compactMap(\.offsets).first?.lowerBound : nil
    } ?? 0
    find.current = find.matches.firstIndex { $0.lowerBound >= originOffset } ?? (find.matches.isEmpty ? nil : 0)
    state.find = find
    if let current = find.current {
        scrollBody(&state, toShow: find.matches[current])
    } else {
        state.bodyTop = min(find.originTop, maxBodyTop(state))
    }
}

// MARK: - n and N

func step(_ state: inout AppState, by delta: Int) -> [Effect] {
    guard case .reader = state.screen else { return move(&state, by: delta) }
    switch state.stepper {
    case .none:
        if stepSearchMatches(&state, by: delta) { return [] }
        state.message = StatusMessage("Nothing to step through: search with / or open an entity's mentions", isError: true)
        return []
    case .find:
        guard var find = state.find, !find.matches.isEmpty else {
            state.message = StatusMessage("No matches", isError: true)
            return []
        }
        let count = find.matches.count
        let next = ((find.current ?? -1) + delta + count) % count
        if (delta > 0 && next < (find.current ?? -1)) || (delta < 0 && next > (find.current ?? count)) {
            state.message = StatusMessage(delta > 0 ? "Search wrapped to the top" : "Search wrapped to the bottom")
        }
        find.current = next
        state.find = find
        scrollBody(&state, toShow: find.matches[next])
        return []
    case .mentions(let screen):
        return stepTrail(&state, to: screen.lines.position.selected + delta, count: screen.lines.count, noun: "mention", name: screen.entity.name)
    case .quotes(let screen):
        return stepTrail(&state, to: screen.lines.position.selected + delta, count: screen.lines.count, noun: "quotation", name: screen.entity.name)
    }
}

/// `n`/`N` in an article opened from corpus search results: steps through the words the search
/// marked in it, from the part on screen, as `n` does after a search in less; false when there
/// are none to step through (or the body is not on screen).
///
/// The marks become an accepted find, so the status line, the current-match style, `n`/`N`
/// wrapping and Esc behave exactly as after `/`.
private func stepSearchMatches(_ state: inout AppState, by delta: Int) -> Bool {
    guard let open = state.open, !open.searchMatches.isEmpty, state.layout.isVisible(.body) else { return false }
    let matches = open.searchMatches.sorted { $0.lowerBound < $1.lowerBound }
    let shownFrom = state.body.flatMap { body in
        body.lines.indices.contains(state.bodyTop) ? body.lines[state.bodyTop...].lazy.compactMap(\.offsets).first?.lowerBound : nil
    } ?? 0
    let current: Int
    if delta > 0 {
        current = matches.firstIndex { $0.lowerBound >= shownFrom } ?? 0
    } else {
        current = matches.lastIndex { $0.lowerBound < shownFrom } ?? matches.count - 1
    }
    state.find = FindState(query: state.searchQuery ?? "", matches: matches, current: current, originTop: state.bodyTop)
    state.stepper = .find
    scrollBody(&state, toShow: matches[current])
    state.message = StatusMessage("Match \(current + 1) of \(matches.count) of the search; n and N step")
    return true
}

/// Moves along an entity's mentions or quotes to line `target`, opening its article if it is
/// another one, or loading its page first.
func stepTrail(_ state: inout AppState, to target: Int, count: Int, noun: String, name: String) -> [Effect] {
    guard target >= 0 else {
        state.message = StatusMessage("First \(noun) of \(name)")
        return []
    }
    guard target < count else {
        state.message = StatusMessage("Last \(noun) of \(name)")
        return []
    }
    let found: (id: Int64, path: String, range: Range<Int>)?
    var effects: [Effect] = []
    switch state.stepper {
    case .mentions(var screen):
        screen.lines.position.selected = target
        state.stepper = .mentions(screen)
        found = screen.lines.item(at: target).map { ($0.articleID, $0.path, $0.range) }
        if found == nil {
            effects = [.loadMentionsPage(entity: screen.entity, page: target / PagedList<MentionLine>.pageSize, generation: screen.lines.generation)]
        }
    case .quotes(var screen):
        screen.lines.position.selected = target
        state.stepper = .quotes(screen)
        found = screen.lines.item(at: target).map { ($0.articleID, $0.path, $0.range) }
        if found == nil {
            effects = [.loadQuotesPage(entity: screen.entity, page: target / PagedList<QuoteLine>.pageSize, generation: screen.lines.generation)]
        }
    default:
        return []
    }
    guard let found else {
        state.pendingStep = target
        return effects
    }
    state.pendingStep = nil
    state.message = StatusMessage("\(noun.prefix(1).uppercased() + noun.dropFirst()) \(target + 1) of \(count) · \(name)")
    if state.open?.id == found.id {
        state.revealed = found.range
        scrollBody(&state, toShow: found.range)
        return []
    }
    return [.openArticle(id: found.id, path: found.path, reveal: Reveal(found.range), highlight: nil)]
}
