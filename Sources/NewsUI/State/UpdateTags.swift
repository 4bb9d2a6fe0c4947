// MARK: - Tags: t

/// `t`: a prompt holding the article's tags, to change; Tab completes from the tags in use,
/// which the backend is asked for.
func startTagging(_ state: inout AppState) -> [Effect] {
    guard case .reader = state.location.screen else {
        state.message = StatusMessage(noArticle(state, "t tags"), isError: true)
        return []
    }
    guard let article = articleInHand(state) else {
        state.message = StatusMessage("No article to tag", isError: true)
        return []
    }
    let tags = article.open?.tags ?? state.location.list.selectedItem.map(\.tags) ?? []
    var prompt = Prompt(purpose: .tags, text: tags.map { $0 + " " }.joined())
    prompt.articleID = article.id
    state.prompt = prompt
    return [.loadTagNames]
}

func acceptTags(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
    guard let id = prompt.articleID else { return [] }
    return [.setTags(id: id, text: prompt.text)]
}

/// The tags in use arrived: Tab in the tag prompt completes from them.
func tagNamesLoaded(_ state: inout AppState, _ names: [String]) -> [Effect] {
    guard state.prompt?.purpose == .tags else { return [] }
    state.prompt?.completions = names
    return []
}

/// The reading state holds the article's tags now: show them wherever it is shown.
func tagsSet(_ state: inout AppState, id: Int64, tags: [String]) -> [Effect] {
    state.setMarks(id: id, tags: tags)
    state.message = StatusMessage(tags.isEmpty ? "No tags" : "Tagged " + tags.joined(separator: ", "))
    return []
}
