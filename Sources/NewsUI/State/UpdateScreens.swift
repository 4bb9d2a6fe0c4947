// MARK: - Mentions and quotes pages

func mentionsPageLoaded(_ state: inout AppState, generation: Int, page: Int, lines: [MentionLine], count: Int) -> [Effect] {
    if case .mentions(var screen) = state.screen, screen.lines.generation == generation {
        screen.lines.receive(page: page, items: lines, count: count, generation: generation)
        screen.lines.position.keepVisible(height: fullScreenListHeight(state), count: count)
        state.screen = .mentions(screen)
    }
    if case .mentions(var trail) = state.stepper, trail.lines.generation == generation {
        trail.lines.receive(page: page, items: lines, count: count, generation: generation)
        state.stepper = .mentions(trail)
        if let target = state.pendingStep {
            return stepTrail(&state, to: target, count: count, noun: "mention", name: trail.entity.name)
        }
    }
    return []
}

func quotesPageLoaded(_ state: inout AppState, generation: Int, page: Int, lines: [QuoteLine], count: Int) -> [Effect] {
    if case .quotes(var screen) = state.screen, screen.lines.generation == generation {
        screen.lines.receive(page: page, items: lines, count: count, generation: generation)
        screen.lines.position.keepVisible(height: fullScreenListHeight(state), count: count)
        state.screen = .quotes(screen)
        if count == 0 { state.message = StatusMessage("No quotations attributed to \(screen.entity.name)") }
    }
    if case .quotes(var trail) = state.stepper, trail.lines.generation == generation {
        trail.lines.receive(page: page, items: lines, count: count, generation: generation)
        state.stepper = .quotes(trail)
        if let target = state.pendingStep {
            return stepTrail(&state, to: target, count: count, noun: "quotation", name: trail.entity.name)
        }
    }
    return []
}
