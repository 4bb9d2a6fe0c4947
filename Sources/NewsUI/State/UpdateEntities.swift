import Foundation
import NewsCore

// MARK: - The people view: p

/// `p`: every entity of the corpus full-screen, most mentioned first; Esc returns to where it
/// was opened. Already there, it stays.
func showEntityDirectory(_ state: inout AppState) -> [Effect] {
    if case .directory = state.location.screen { return [] }
    state.pushLocation()
    let directory = EntityDirectory(rows: PagedList(generation: state.nextGeneration()))
    state.location.screen = .directory(directory)
    return directory.loading(pages: [0])
}

/// Replaces the people view's query (a type, an order, a filter) and asks for its first page.
func requery(_ state: inout AppState, _ change: (inout EntityDirectoryQuery) -> Void) -> [Effect] {
    guard case .directory(var directory) = state.location.screen else { return [] }
    change(&directory.query)
    directory.rows.reset(generation: state.nextGeneration())
    state.location.screen = .directory(directory)
    return directory.loading(pages: [0])
}

/// `F` in the people view: all names, then people, organisations, places, other.
func cycleDirectoryType(_ state: inout AppState) -> [Effect] {
    let effects = requery(&state) { $0.type = EntityDirectoryQuery.nextType(after: $0.type) }
    if case .directory(let directory) = state.location.screen {
        state.message = StatusMessage("Showing \(directory.query.typeLabel)")
    }
    return effects
}

/// `O` (and `o` in the people view): the people view by mentions, by articles, by latest
/// mention; the article list newest first, by title, source or section (and best match first
/// for search results).
func cycleSort(_ state: inout AppState) -> [Effect] {
    if case .reader = state.location.screen { return cycleListSort(&state) }
    guard case .directory = state.location.screen else {
        state.message = StatusMessage("O sorts the article list and the people view (p)", isError: true)
        return []
    }
    let effects = requery(&state) { $0.sort = $0.sort.next }
    if case .directory(let directory) = state.location.screen {
        state.message = StatusMessage("Sorted \(directory.query.sort.label)")
    }
    return effects
}

/// The filter's words changed: the view lists the entities whose forms hold them.
func filterDirectory(_ state: inout AppState, _ words: String) -> [Effect] {
    guard case .directory(let directory) = state.location.screen, directory.query.filter != words else { return [] }
    return requery(&state) { $0.filter = words }
}

func directoryPageLoaded(_ state: inout AppState, generation: Int, page: Int, rows: [DirectoryEntity], count: Int) -> [Effect] {
    guard case .directory(var directory) = state.location.screen, directory.rows.generation == generation else { return [] }
    directory.rows.receive(page: page, items: rows, count: count, generation: generation)
    directory.rows.position.keepVisible(height: fullScreenListHeight(state), count: count)
    state.location.screen = .directory(directory)
    return []
}

// MARK: - An entity's page: i

/// The entity `i`, `"` and Enter act on where the reader is: the entity pane's selection, the
/// people view's row, or the page's own entity (a companion's, for `i` on the page).
func entityInHand(_ state: AppState, companion: Bool = false) -> ReaderEntity? {
    switch state.location.screen {
    case .reader:
        return state.location.focus == .entities ? selectedEntity(state) : nil
    case .directory(let directory):
        return directory.rows.selectedItem?.entity
    case .entityPage(let page):
        return companion ? page.selectedCompanion?.entity : page.entity
    case .trail, .folders:
        return nil
    }
}

/// `i`: the entity's page, its facts asked for.
func showEntityPage(_ state: inout AppState) -> [Effect] {
    guard let entity = entityInHand(state, companion: true) else {
        if case .entityPage = state.location.screen {
            state.message = StatusMessage("i opens the page of a name under “Appears most with”", isError: true)
        } else {
            state.message = StatusMessage("i opens the page of the entity selected in the entity pane or the people view (p)", isError: true)
        }
        return []
    }
    guard entity.id != nil else {
        state.message = StatusMessage("\(entity.name) is not in the index yet; wait for the refresh to finish", isError: true)
        return []
    }
    state.pushLocation()
    let page = EntityPage(entity: entity, generation: state.nextGeneration())
    state.location.screen = .entityPage(page)
    return [.loadEntityFacts(entity, generation: page.generation)]
}

func entityFactsLoaded(_ state: inout AppState, generation: Int, facts: EntityFacts) -> [Effect] {
    guard case .entityPage(var page) = state.location.screen, page.generation == generation else { return [] }
    page.facts = facts
    // The counts the page was opened with may be older than the index's.
    page.entity = facts.entity
    page.position.move(by: 0, count: page.lineCount, height: page.lineCount)
    state.location.screen = .entityPage(page)
    return []
}

/// Enter on the page: the mentions or quotations trail, or the articles shared with a companion.
func openPageLine(_ state: inout AppState, _ page: EntityPage) -> [Effect] {
    switch page.position.selected {
    case 0: return openTrail(&state, .mentions)
    case 1: return openTrail(&state, .quotes)
    default:
        guard let companion = page.selectedCompanion else { return [] }
        return showSearch(&state, SharedArticles.query(page.entity, companion.entity), push: true)
    }
}

/// The corpus search finding the articles that name two entities, through the query
/// language's entity filters (`person:"…" org:"…"`); a name of no filterable type is looked for
/// as a phrase.
public enum SharedArticles {
    public static func query(_ a: ReaderEntity, _ b: ReaderEntity) -> String {
        term(a) + " " + term(b)
    }

    static func term(_ entity: ReaderEntity) -> String {
        // (Quotation marks would end the value early; the index's name keys ignore punctuation.)
        let name = String(entity.name.map { "\"“”„".contains($0) ? " " : $0 }).trimmingCharacters(in: .whitespaces)
        switch entity.type {
        case .person: return "person:\"\(name)\""
        case .organization: return "org:\"\(name)\""
        case .place: return "place:\"\(name)\""
        case .other: return "\"\(name)\""
        }
    }
}

/// The list shows the results of `query`, as `s` does; `push` keeps where the reader was for
/// Esc to return to.
func showSearch(_ state: inout AppState, _ query: String, push: Bool) -> [Effect] {
    if push { state.pushLocation() }
    state.location.screen = .reader
    state.location.listSource = .search(query)
    state.location.listSort = state.sort(for: state.location.listSource)
    state.location.listName = nil
    state.location.list.reset(generation: state.nextGeneration())
    state.location.listIsFresh = true
    state.location.stepper = nil
    setFocus(&state, .articles)
    return [.loadListPage(source: state.location.listSource, sort: state.location.listSort, page: 0, generation: state.location.list.generation)]
}
