/// Everything the reader can be asked to do: every key and every finished effect becomes one.
///
/// The enum is closed so that `update` handles each case and the key map's help text can name
/// each request, as tig's request table does.
public enum Action: Sendable, Equatable {
    // Moving in the focused pane or list.
    case moveDown
    case moveUp
    case pageDown
    case pageUp
    case halfPageDown
    case halfPageUp
    case top
    case bottom
    /// Page down the article, and at its end open the next one (mutt's pager habit).
    case readOn

    // Panes and views.
    case open
    case focusLeft
    case focusNext
    case focusPrevious
    case toggleEntities
    /// Return to where you were before (a browser's back), or cancel what is in progress.
    case back
    case nextMatch
    case previousMatch
    /// The selected entity's quotations across the corpus.
    case showQuotes
    case toggleQuoteHighlighting

    // Searching.
    /// `/`: find in the article, filter the entities, or search the corpus, by focused pane.
    case startFind
    case startCorpusSearch
    case promptEdit(Prompt.Edit)
    /// Text the terminal delivered as a bracketed paste: typed into a prompt, never run as keys.
    case paste(String)
    case promptAccept
    case promptCancel

    // Reading state.
    case toggleRead
    case toggleStar
    case cycleFilter

    // Overlays and the program.
    case toggleHelp
    case closeOverlay
    /// Back out of a view the reader opened (mentions, quotes, an article reached from them,
    /// search results), as `q` does in `less`, `tig` and `mutt`; quit from the first view.
    case closeOrQuit
    case quit

    // The mouse (only with --mouse).
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)

    // Events from the terminal and results of effects.
    case resize(Size)
    case listPageLoaded(generation: Int, page: Int, items: [ArticleListItem], count: Int)
    case listFailed(generation: Int, message: String)
    case articleOpened(OpenArticle, reveal: Reveal?)
    case articleFailed(path: String, message: String)
    /// A page of a trail (mentions, quotes); the generation says which trail it belongs to.
    case trailPageLoaded(generation: Int, page: Int, lines: [TrailLine], count: Int)
    case readDelayElapsed(id: Int64)
    /// Where the article opened from a trail sits in the list (nil: the list does not hold it).
    case listIndexFound(id: Int64, index: Int?, generation: Int)
    case refreshProgress(String)
    case refreshFinished(String)
    case showMessage(String, isError: Bool)
}

/// Work `update` asks the run loop to do; its outcome comes back as an `Action`.
public enum Effect: Sendable, Equatable {
    case loadListPage(source: ListSource, page: Int, generation: Int)
    /// Open an article; `highlight` is the corpus search whose matches to mark.
    case openArticle(id: Int64, path: String, reveal: Reveal?, highlight: String?)
    case loadTrailPage(TrailKind, of: ReaderEntity, page: Int, generation: Int)
    case setRead(id: Int64, Bool)
    case setStarred(id: Int64, Bool)
    /// Find where an article sits in a list not yet loaded that far, so the list can follow it.
    case locateInList(id: Int64, source: ListSource, generation: Int)
    /// Start the short wait after which an opened article counts as read.
    case scheduleRead(id: Int64)
    case quit
}
