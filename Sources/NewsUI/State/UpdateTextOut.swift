import NewsCore

// MARK: - Getting text out: e, |, o, y

/// The article a key that acts on "the article" means: the line's in a trail view, the
/// selected one in the list, else the open one.
struct ArticleInHand {
    var id: Int64
    /// Relative to the corpus folder.
    var path: String
    /// The article as opened, when it is the one open in the body.
    var open: OpenArticle?
}

func articleInHand(_ state: AppState) -> ArticleInHand? {
    switch state.location.screen {
    case .folders, .directory, .entityPage:
        return nil
    case .trail(let trail):
        return trail.lines.selectedItem.map { ArticleInHand(id: $0.articleID, path: $0.path, open: nil) }
    case .reader:
        let open = state.location.open
        if state.location.focus == .articles, let item = state.location.list.selectedItem {
            return ArticleInHand(id: item.id, path: item.path, open: open?.id == item.id ? open : nil)
        }
        return open.map { ArticleInHand(id: $0.id, path: $0.article.path, open: $0) }
    }
}

/// `e`: the article's file in the editor; the reader reopens it when the editor closes.
func editArticle(_ state: inout AppState) -> [Effect] {
    guard let article = articleInHand(state) else {
        state.message = StatusMessage(noArticle(state, "e edits"), isError: true)
        return []
    }
    // An item of a feed (`feed.xml#id`) is edited in its file.
    let file = ArticlePath.file(of: article.path)
    return [.edit(id: article.id, path: state.absolutePath(file), shownPath: file)]
}

/// The editor has closed: show the article as the file is now, if it is the one open.
func editorClosed(_ state: inout AppState, id: Int64, path: String, problem: String?) -> [Effect] {
    if let problem {
        state.message = StatusMessage(problem, isError: true)
    } else {
        state.message = StatusMessage("Back from the editor", source: path)
    }
    guard case .reader = state.location.screen, state.location.open?.id == id else { return [] }
    return [.openArticle(id: id, path: path, reveal: nil, highlight: state.location.searchQuery)]
}

/// `|`: a prompt for the command the open article is piped to.
func startPipe(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.location.screen, let open = state.location.open else {
        state.message = StatusMessage(noArticle(state, "| pipes"), isError: true)
        return []
    }
    var prompt = Prompt(purpose: .pipe, history: state.history.entries(for: .pipe))
    prompt.articleID = open.id
    state.prompt = prompt
    return []
}

func acceptPipe(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
    let command = prompt.text.trimmingCharacters(in: .whitespaces)
    guard !command.isEmpty else { return [] }
    guard let open = state.location.open, open.id == prompt.articleID else {
        state.message = StatusMessage("Another article opened meanwhile; press | again", isError: true)
        return []
    }
    return [.pipe(command: command, text: open.article.text)]
}

/// `o`: the article's address in the browser.
func openURL(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.location.screen, let article = articleInHand(state) else {
        state.message = StatusMessage(noArticle(state, "o opens the URL of"), isError: true)
        return []
    }
    guard let open = article.open else {
        state.message = StatusMessage("The article is still opening; press o again", isError: true)
        return []
    }
    guard let url = open.article.url, !url.isEmpty else {
        state.message = StatusMessage("This article has no URL (a url: line in its front matter, or a web page's address)", isError: true)
        return []
    }
    return [.browse(url: url)]
}

/// `y`: what is under the cursor, as text to paste elsewhere: a trail's quotation or mention,
/// a quotation revealed or found in the body, an entity's name, else the article's citation.
func copy(_ state: inout AppState) -> [Effect] {
    switch state.location.screen {
    case .folders:
        state.message = StatusMessage("Nothing to copy in the folder list", isError: true)
        return []
    case .directory, .entityPage:
        guard let entity = entityInHand(state, companion: true) ?? entityInHand(state) else { return [] }
        return [.copy(text: entity.name, what: "the name")]
    case .trail(let trail):
        guard let line = trail.lines.selectedItem else { return [] }
        let citation = Citation(headline: line.title, date: line.date, location: state.absolutePath(line.path))
        switch line.text {
        case .quotation(let text, _):
            return [.copy(text: citation.quoting(text, speaker: trail.entity.name), what: "the quotation")]
        case .context(let marked):
            return [.copy(text: citation.mentioning(marked.text), what: "the mention")]
        }
    case .reader:
        break
    }
    if state.location.focus == .entities, let entity = selectedEntity(state) {
        return [.copy(text: entity.name, what: "the name")]
    }
    guard let article = articleInHand(state) else {
        state.message = StatusMessage("No article to copy", isError: true)
        return []
    }
    guard let open = article.open else {
        let item = state.location.list.selectedItem
        let citation = Citation(headline: item?.title ?? article.path, date: item?.date, location: state.absolutePath(article.path))
        return [.copy(text: citation.text, what: "the citation")]
    }
    let citation = Citation(open.article, path: state.absolutePath(open.article.path))
    if state.location.focus == .body, let quote = quoteUnderCursor(state, open) {
        return [.copy(text: citation.quoting(open.article.slice(quote.range), speaker: speakerName(quote)), what: "the quotation")]
    }
    return [.copy(text: citation.text, what: "the citation")]
}

/// The quotation holding the body's cursor: the mention or quotation revealed, else the
/// current match of a find.
private func quoteUnderCursor(_ state: AppState, _ open: OpenArticle) -> Quote? {
    var spot = state.location.revealed
    if spot == nil, let find = state.location.find, let current = find.current, find.matches.indices.contains(current) {
        spot = find.matches[current]
    }
    guard let spot else { return nil }
    return open.quotes.first { $0.range.overlaps(spot) || $0.range.lowerBound == spot.lowerBound }
}

/// The speaker to name with a copied quotation: the resolved entity, or the words that name
/// them unless they are only a pronoun.
private func speakerName(_ quote: Quote) -> String? {
    if let entity = quote.speakerEntity, !entity.isEmpty { return entity }
    guard let text = quote.speakerText, !QuoteSpeakers.isPronoun(text) else { return nil }
    return text
}

/// Why a key that acts on an article has none here, and how to reach one.
func noArticle(_ state: AppState, _ doing: String) -> String {
    switch state.location.screen {
    case .folders: return "\(doing) an article: Enter opens a folder first"
    case .directory, .entityPage: return "\(doing) an article: Enter lists mentions or articles first"
    case .trail: return "\(doing) the article you read: Enter opens this line's"
    case .reader: return "No article open"
    }
}
