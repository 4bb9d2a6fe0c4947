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
    /// `p`: every person, organisation and place of the corpus, from anywhere.
    case showEntityDirectory
    /// `i`: the selected entity's page (counts, mentions over time, who appears with it).
    case showEntityPage
    /// `O`: the next order of the article list (date, title, source, section, and match score
    /// for results), or of the people view (`o` there too: mentions, articles, latest mention).
    case cycleSort

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
    /// `A`: every article the list shows marked read, once the user confirms.
    case markAllRead
    /// `t`: a prompt for the article's tags.
    case tagArticle
    /// `c`: the folder list (all, unread, starred, the saved searches), as mutt's change-folder.
    case showFolders
    /// `f`: the picker of sections and sources, with counts; Enter filters the list to one.
    case showFacets
    /// `v`: every version of the story in hand, listed with path and date, as mutt's `v`
    /// lists a message's attachments.
    case showVersions

    // Getting text out.
    /// `e`: the article's file in `$VISUAL` or `$EDITOR`.
    case editArticle
    /// `|`: a prompt for a command to pipe the article to.
    case pipeArticle
    /// `o`: the article's URL in `$BROWSER` or `xdg-open`.
    case openURL
    /// `y`: the quotation or mention under the cursor, or the article as a citation, copied.
    case copy
    /// `w`: a prompt for a file to write the list or the trail to (CSV, JSON Lines, Markdown).
    case export
    /// The answer to a question in the status line (`y` or `n`).
    case answer(Bool)

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
    /// The editor has closed (`problem` says why it could not run or failed).
    case editorClosed(id: Int64, path: String, problem: String?)
    /// The reading state holds these tags for the article now (as it normalised them).
    case tagsSet(id: Int64, tags: [String])
    /// The tags in use, for completion in the tag prompt.
    case tagNamesLoaded([String])
    /// `count` articles of the list of `generation` are marked read.
    case allMarkedRead(count: Int, generation: Int)
    /// The picker's sections and sources, or why they could not be read.
    case facetsLoaded(generation: Int, Result<[ListFacet], ReaderBackendError>)
    /// The folder list's counts, in its order.
    case foldersCounted(generation: Int, counts: [FolderCount])
    /// A page of the people view; the generation says which opening and query it is for.
    case directoryPageLoaded(generation: Int, page: Int, rows: [DirectoryEntity], count: Int)
    /// An entity page's facts.
    case entityFactsLoaded(generation: Int, EntityFacts)
    /// The export's file exists: ask before writing over it.
    case confirmOverwrite(ExportRequest)
}

/// Work `update` asks the run loop to do; its outcome comes back as an `Action`.
public enum Effect: Sendable, Equatable {
    case loadListPage(source: ListSource, sort: ListSort, page: Int, generation: Int)
    /// Open an article; `highlight` is the corpus search whose matches to mark.
    case openArticle(id: Int64, path: String, reveal: Reveal?, highlight: String?)
    case loadTrailPage(TrailKind, of: ReaderEntity, page: Int, generation: Int)
    case setRead(id: Int64, Bool)
    case setStarred(id: Int64, Bool)
    /// Find where an article sits in a list not yet loaded that far, so the list can follow it.
    case locateInList(id: Int64, source: ListSource, sort: ListSort, generation: Int)
    /// The sections and sources of the corpus with their counts, for the picker.
    case loadFacets(generation: Int)
    /// Start the short wait after which an opened article counts as read.
    case scheduleRead(id: Int64)
    case quit
    /// Every article of a list marked read, in one transaction.
    case markAllRead(ListSource, generation: Int)
    /// Replace an article's tags with those `text` names (comma- or space-separated).
    case setTags(id: Int64, text: String)
    case loadTagNames
    /// Count the articles of each folder of the folder list.
    case countFolders([ListSource], generation: Int)
    /// One page of the people view.
    case loadDirectoryPage(EntityDirectoryQuery, page: Int, generation: Int)
    /// What an entity's page shows.
    case loadEntityFacts(ReaderEntity, generation: Int)
    /// Write a list or a trail to a file.
    case export(ExportRequest)

    // Effects that need the terminal or the desktop; the run loop performs them itself.
    /// Open the file at `path` (absolute) in the editor, curses suspended meanwhile.
    case edit(id: Int64, path: String, shownPath: String)
    /// Run `command` with the shell, the article's text on its standard input.
    case pipe(command: String, text: String)
    /// Open `url` in the browser.
    case browse(url: String)
    /// Put `text` on the clipboard; `what` names it for the status line ("the quotation").
    case copy(text: String, what: String)
}
