import Foundation

// MARK: - The prompt

func editPrompt(_ state: inout AppState, _ edit: Prompt.Edit) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    let changed = prompt.apply(edit)
    state.prompt = prompt
    guard changed else { return [] }
    switch prompt.purpose {
    case .findInArticle:
        runFind(&state, query: prompt.text)
    case .filterEntities:
        state.entityFilter = prompt.text
        state.entityRows = EntityRow.rows(for: state.open?.entities ?? [], filter: prompt.text)
        state.entityList = ListPosition()
    case .searchCorpus:
        break
    }
    return []
}

/// A bracketed paste: into the open prompt as one line of text; anywhere else it is ignored and
/// the status line says so, because pasted text run as keys could star, mark or quit.
func paste(_ state: inout AppState, _ text: String) -> [Effect] {
    guard state.prompt != nil else {
        state.message = StatusMessage("Pasted text ignored: paste into a prompt (s to search, / to find)", isError: true)
        return []
    }
    return editPrompt(&state, .insertText(Prompt.pastable(text)))
}

func acceptPrompt(_ state: inout AppState) -> [Effect] {
    guard let prompt = state.prompt else { return [] }
    state.prompt = nil
    state.history.record(prompt.text, for: prompt.purpose)
    switch prompt.purpose {
    case .findInArticle:
        guard let find = state.find, !find.query.isEmpty else {
            state.find = nil
            return []
        }
        if find.matches.isEmpty {
            state.message = StatusMessage("Not found: \(find.query)", isError: true)
            state.find = nil
            return []
        }
        state.stepper = .find
        state.message = StatusMessage("Match \((find.current ?? 0) + 1) of \(find.matches.count); n and N step")
        return []
    case .filterEntities:
        return []
    case .searchCorpus:
        let query = prompt.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        if state.searchQuery != nil, !state.backStack.isEmpty {
            // A new search replaces the results on screen rather than stacking on them.
            state.backStack.removeLast()
        }
        pushLocation(&state)
        state.screen = .reader
        state.listSource = .search(query)
        state.list.reset(generation: state.nextGeneration())
        state.listIsFresh = true
        setFocus(&state, .articles)
        return [.loadListPage(source: state.listSource, page: 0, generation: state.list.generation)]
    }
}

func cancelPrompt(_ state: inout AppState) -> [Effect] {
    guard let prompt = state.prompt else { return [] }
    state.prompt = nil
    switch prompt.purpose {
    case .findInArticle:
        if let find = state.find { state.bodyTop = min(find.originTop, maxBodyTop(state)) }
        state.find = nil
    case .filterEntities:
        state.entityFilter = ""
        state.entityRows = EntityRow.rows(for: state.open?.entities ?? [])
    case .searchCorpus:
        break
    }
    return []
}
