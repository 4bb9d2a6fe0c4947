/// Everything the reader can be asked to do: every key and every finished effect becomes one.
///
/// The enum is closed so that `update` handles each case and the key map's help text can name
/// each request, as tig's request table does.
public enum Action: Sendable, Equatable {
    // Moving in the focused pane.
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

    // Panes.
    case open
    case focusLeft
    case focusNext
    case focusPrevious
    case toggleEntities

    // Overlays and the program.
    case toggleHelp
    case closeOverlay
    case quit

    // Events from the terminal and results of effects.
    case resize(Size)
    case articleLoaded(OpenArticle)
    case articleFailed(path: String, message: String)
    case showMessage(String)
}

/// Work `update` asks the run loop to do; its outcome comes back as an `Action`.
public enum Effect: Sendable, Equatable {
    /// Read and analyse the article at `index` of the list.
    case loadArticle(index: Int, path: String)
    case quit
}
