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
        state.location.entityFilter = prompt.text
        state.location.entityRows = EntityRow.rows(for: state.location.open?.entities ?? [], filter: prompt.text)
        state.location.entityList = ListPosition()
    case .filterTrail:
        filterTrail(&state, prompt.text)
    case .filterDirectory:
        return filterDirectory(&state, prompt.text)
    case .filterFolders:
        filterFolders(&state, prompt.text)
    case .searchCorpus, .pipe, .export:
        break
    case .tags:
        // What Tab could not choose between is old news once the text changes otherwise.
        if edit != .complete { state.prompt?.hint = nil }
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
        guard let find = state.location.find, !find.query.isEmpty else {
            state.location.find = nil
            return []
        }
        if find.matches.isEmpty {
            state.message = StatusMessage("Not found: \(find.query)", isError: true)
            state.location.find = nil
            return []
        }
        state.location.stepper = .find
        state.message = StatusMessage("Match \((find.current ?? 0) + 1) of \(find.matches.count); n and N step")
        return []
    case .filterTrail:
        if case .trail(let trail) = state.location.screen, !trail.filter.isEmpty {
            let partial = trail.filterIsPartial ? " (in the first \(TrailScreen.filterLimit) of \(trail.source.count))" : ""
            state.message = StatusMessage("\(trail.lines.count) of \(trail.source.count) \(trail.kind.noun)s hold “\(trail.filter)”\(partial); Esc shows all")
        }
        return []
    case .filterEntities:
        return []
    case .filterFolders:
        if case .folders(let list) = state.location.screen, !list.filter.isEmpty {
            state.message = StatusMessage("\(list.folders.count) hold “\(list.filter)”; Esc shows all")
        }
        return []
    case .filterDirectory:
        if case .directory(let directory) = state.location.screen, !directory.query.filter.isEmpty {
            state.message = StatusMessage("\(directory.rows.count) hold “\(directory.query.filter)”; Esc shows all")
        }
        return []
    case .pipe:
        return acceptPipe(&state, prompt)
    case .export:
        return acceptExport(&state, prompt)
    case .tags:
        return acceptTags(&state, prompt)
    case .searchCorpus:
        let query = prompt.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        // A new search replaces the results on screen rather than stacking on them, so Back
        // still returns to where the first search began.
        if state.location.searchQuery == nil || state.backStack.isEmpty {
            state.pushLocation()
        }
        state.location.screen = .reader
        state.location.listSource = .search(query)
        state.location.listSort = state.sort(for: state.location.listSource)
        state.location.listName = nil
        state.location.list.reset(generation: state.nextGeneration())
        state.location.listIsFresh = true
        setFocus(&state, .articles)
        return [.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation)]
    }
}

func cancelPrompt(_ state: inout AppState) -> [Effect] {
    guard let prompt = state.prompt else { return [] }
    state.prompt = nil
    switch prompt.purpose {
    case .filterDirectory:
        return filterDirectory(&state, "")
    case .filterFolders:
        filterFolders(&state, "")
    case .findInArticle:
        if let find = state.location.find { state.location.bodyTop = min(find.originTop, maxBodyTop(state)) }
        state.location.find = nil
    case .filterTrail:
        filterTrail(&state, "")
    case .filterEntities:
        state.location.entityFilter = ""
        state.location.entityRows = EntityRow.rows(for: state.location.open?.entities ?? [])
    case .searchCorpus, .pipe, .export, .tags:
        break
    }
    return []
}
