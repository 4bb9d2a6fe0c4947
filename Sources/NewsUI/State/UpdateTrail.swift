// MARK: - Trails

/// Opens the trail of `kind` of the entity in hand (the entity pane's selection, the people
/// view's row, the page's entity) full-screen, Esc returning to where it was opened.
func openTrail(_ state: inout AppState, _ kind: TrailKind) -> [Effect] {
    guard let entity = entityInHand(state) else { return [] }
    guard entity.id != nil else {
        state.message = StatusMessage("\(entity.name) is not in the index yet; wait for the refresh to finish", isError: true)
        return []
    }
    state.pushLocation()
    let lines = PagedList<TrailLine>(count: kind.expectedCount(of: entity), generation: state.nextGeneration())
    let trail = TrailScreen(kind, of: entity, lines: lines)
    state.location.screen = .trail(trail)
    return trail.loading(pages: [0])
}

/// Enter on a trail's line: its article, at the line's place, with `n`/`N` following the trail.
func openLine(_ state: inout AppState, of trail: TrailScreen) -> [Effect] {
    guard let line = trail.lines.selectedItem else { return [] }
    state.pushLocation()
    state.location.screen = .reader
    state.location.stepper = .trail(trail)
    setFocus(&state, .body)
    return [.openArticle(id: line.articleID, path: line.path, reveal: Reveal(line.range), highlight: nil)]
}

/// A page of a trail arrived: it goes to the trail on screen and to the trail `n`/`N` follow,
/// whichever asked for it (both, when the one followed was opened from the one on screen).
func trailPageLoaded(_ state: inout AppState, generation: Int, page: Int, lines: [TrailLine], count: Int) -> [Effect] {
    if case .trail(var screen) = state.location.screen, screen.unfiltered?.generation == generation {
        // A page the filter asked for: it joins the lines the filter looks through.
        screen.unfiltered?.receive(page: page, items: lines, count: count, generation: generation)
        screen.apply(filter: screen.filter, generation: state.nextGeneration())
        screen.lines.position.keepVisible(height: fullScreenListHeight(state), count: screen.lines.count)
        state.location.screen = .trail(screen)
    } else if case .trail(var screen) = state.location.screen, screen.lines.generation == generation {
        screen.lines.receive(page: page, items: lines, count: count, generation: generation)
        screen.lines.position.keepVisible(height: fullScreenListHeight(state), count: count)
        state.location.screen = .trail(screen)
        if count == 0, let message = screen.kind.emptyMessage(of: screen.entity) { state.message = StatusMessage(message) }
    }
    if case .trail(var trail) = state.location.stepper, trail.lines.generation == generation {
        trail.lines.receive(page: page, items: lines, count: count, generation: generation)
        state.location.stepper = .trail(trail)
        if let target = state.pendingStep {
            return stepTrail(&state, to: target)
        }
    }
    return []
}

/// Moves along the trail `n`/`N` follow to line `target`, opening its article if it is
/// another one, or loading its page first.
func stepTrail(_ state: inout AppState, to target: Int) -> [Effect] {
    guard case .trail(var trail) = state.location.stepper else { return [] }
    let noun = trail.kind.noun
    let name = trail.entity.name
    let count = trail.lines.count
    guard target >= 0 else {
        state.message = StatusMessage("First \(noun) of \(name)")
        return []
    }
    guard target < count else {
        state.message = StatusMessage("Last \(noun) of \(name)")
        return []
    }
    trail.lines.position.selected = target
    state.location.stepper = .trail(trail)
    guard let line = trail.lines.item(at: target) else {
        state.pendingStep = target
        return trail.loading(pages: [target / PagedList<TrailLine>.pageSize])
    }
    state.pendingStep = nil
    state.message = StatusMessage("\(noun.prefix(1).uppercased() + noun.dropFirst()) \(target + 1) of \(count) · \(name)")
    if state.location.open?.id == line.articleID {
        state.location.revealed = line.range
        scrollBody(&state, toShow: line.range)
        return []
    }
    return [.openArticle(id: line.articleID, path: line.path, reveal: Reveal(line.range), highlight: nil)]
}

// MARK: - Filtering a trail

/// `/` in a trail view: a prompt whose words keep only the lines that hold them, as `/` filters
/// the entity pane. Every page not loaded yet is asked for (up to `TrailScreen.filterLimit`
/// lines), so the filter looks through the whole trail.
func startTrailFilter(_ state: inout AppState, _ trail: TrailScreen) -> [Effect] {
    state.prompt = Prompt(purpose: .filterTrail, text: trail.filter, history: state.history.entries(for: .filterTrail))
    let source = trail.source
    let reach = min(source.count, TrailScreen.filterLimit)
    guard reach > 0 else { return [] }
    return trail.loading(pages: source.missingPages(for: 0..<reach))
}

/// The filter's words changed (typed, or cleared): the trail shows the lines that pass.
func filterTrail(_ state: inout AppState, _ words: String) {
    guard case .trail(var trail) = state.location.screen else { return }
    trail.apply(filter: words, generation: state.nextGeneration())
    trail.lines.position.keepVisible(height: fullScreenListHeight(state), count: trail.lines.count)
    state.location.screen = .trail(trail)
}
