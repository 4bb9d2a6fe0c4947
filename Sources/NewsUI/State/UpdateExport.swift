// MARK: - Export: w

/// What `w` would write from where the reader is, and the file it suggests; nil in the folder list.
func exportSource(_ state: AppState) -> (source: ExportSource, count: Int, suggestion: String)? {
    switch state.location.screen {
    case .folders:
        return nil
    case .directory(let directory):
        let name = directory.query.type.map { $0.pluralLabel.lowercased() } ?? "names"
        let filter = directory.query.filter.isEmpty ? "" : "-" + slug(directory.query.filter)
        return (.directory(directory.query), directory.rows.count, name + filter + ".csv")
    case .entityPage(let page):
        // The selected line says what: its mentions, its quotations, or the articles it
        // shares with a companion (what Enter would open).
        switch page.position.selected {
        case 0, 1:
            let kind: TrailKind = page.position.selected == 0 ? .mentions : .quotes
            let count = (page.position.selected == 0 ? page.entity.corpusMentions : page.facts?.quotations) ?? 0
            return (.trail(kind, page.entity), count, "\(kind.noun)s-\(slug(page.entity.name)).csv")
        default:
            guard let companion = page.selectedCompanion else { return nil }
            let query = SharedArticles.query(page.entity, companion.entity)
            return (.list(.search(query)), companion.sharedArticles,
                    "articles-\(slug(page.entity.name))-\(slug(companion.entity.name)).csv")
        }
    case .trail(let trail):
        let name = "\(trail.kind.noun)s-\(slug(trail.entity.name))"
        if trail.filter.isEmpty {
            return (.trail(trail.kind, trail.entity), trail.lines.count, name + ".csv")
        }
        let kept = (0..<trail.lines.count).compactMap { trail.lines.item(at: $0) }
        return (.filteredTrail(trail.kind, trail.entity, kept), kept.count, name + "-" + slug(trail.filter) + ".csv")
    case .reader:
        let name: String
        switch (state.location.listName, state.location.listSource) {
        case (let saved?, _): name = slug(saved)
        case (nil, .articles(.all)): name = "articles"
        case (nil, .articles(let filter)): name = filter.rawValue
        case (nil, .search(let query)): name = "search-" + slug(query)
        case (nil, .versions): name = "versions"
        }
        return (.list(state.location.listSource, sort: state.location.listSort), state.location.list.count, name + ".csv")
    }
}

/// `w`: a prompt for the file, filled in with a name in the current folder.
func startExport(_ state: inout AppState) -> [Effect] {
    guard let (_, count, suggestion) = exportSource(state) else {
        state.message = StatusMessage("w writes a list of articles, names, mentions or quotations: open one first", isError: true)
        return []
    }
    guard count > 0 else {
        state.message = StatusMessage("Nothing to export here", isError: true)
        return []
    }
    state.prompt = Prompt(purpose: .export, text: suggestion, history: state.history.entries(for: .export))
    return []
}

func acceptExport(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
    let path = prompt.text.trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty, let (source, _, _) = exportSource(state) else { return [] }
    guard let format = ExportFormat(path: path) else {
        state.message = StatusMessage("Export to a file ending .csv, .jsonl or .md", isError: true)
        return []
    }
    state.message = StatusMessage("Exporting…")
    return [.export(ExportRequest(source: source, path: path, format: format))]
}

/// A name for a file: lower case, words joined by hyphens, at most 40 characters.
func slug(_ text: String) -> String {
    var out = ""
    for character in text.lowercased() {
        if character.isLetter || character.isNumber {
            out.append(character)
        } else if !out.isEmpty, out.last != "-" {
            out.append("-")
        }
    }
    while out.last == "-" { out.removeLast() }
    let cut = String(out.prefix(40))
    return cut.isEmpty ? "export" : cut
}
