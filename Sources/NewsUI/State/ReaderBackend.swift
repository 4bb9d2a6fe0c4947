/// The reader's data: what the run loop asks for when `update` returns effects.
///
/// Declared here, beside `Effect`, so the run loop (NewsTerminal) and the index adapter
/// (ReaderData) meet in NewsUI without knowing each other. The loop turns each answer into the
/// action that reports it, so `update` never waits on a disk.
public protocol ReaderBackend: Sendable {
    /// One page of the article list or of a search's results, and the total count.
    func listPage(_ source: ListSource, sort: ListSort, page: Int, pageSize: Int) throws(ReaderBackendError) -> (items: [ArticleListItem], count: Int)
    /// Where article `id` sits in a list in `sort`'s order, counting from 0; nil when the list
    /// does not hold it (or cannot say cheaply, as for search results).
    func listIndex(of id: Int64, in source: ListSource, sort: ListSort) throws(ReaderBackendError) -> Int?
    /// The corpus's sections and sources, each with its article count (the picker, `f`).
    func facets() throws(ReaderBackendError) -> [ListFacet]
    /// An article with its entities (matched to the corpus), quotations and reading state.
    func openArticle(id: Int64, path: String, highlight: String?) throws(ReaderBackendError) -> OpenArticle
    /// One page of an entity's trail of `kind` (its mentions, its quotations), newest first,
    /// and the trail's total count.
    func trailPage(kind: TrailKind, of entity: ReaderEntity, page: Int, pageSize: Int) throws(ReaderBackendError) -> (lines: [TrailLine], count: Int)
    /// One page of the corpus's entities for the people view, and how many the query lists.
    func directoryPage(_ query: EntityDirectoryQuery, page: Int, pageSize: Int) throws(ReaderBackendError) -> (rows: [DirectoryEntity], count: Int)
    /// What an entity's page shows: its forms and counts, mentions by day, its companions.
    func entityFacts(of entity: ReaderEntity) throws(ReaderBackendError) -> EntityFacts
    /// How many articles a list holds (the folder list's counts).
    func count(_ source: ListSource) throws(ReaderBackendError) -> Int
    func setRead(id: Int64, _ read: Bool) throws(ReaderBackendError)
    func setStarred(id: Int64, _ starred: Bool) throws(ReaderBackendError)
    /// Marks every article of a list read (every page, not only those on screen) in one
    /// transaction; returns how many it holds.
    func markAllRead(_ source: ListSource) throws(ReaderBackendError) -> Int
    /// Replaces an article's tags with those `text` names (comma- or space-separated); returns
    /// the tags as kept (lower case, sorted, without repeats).
    func setTags(id: Int64, text: String) throws(ReaderBackendError) -> [String]
    /// Every tag in use, by name.
    func tagNames() throws(ReaderBackendError) -> [String]
    /// News from the background refresh since the last call (progress, then a summary).
    func refreshEvents() -> [ReaderRefreshEvent]
}

extension ReaderBackend {
    /// A page of a list in its default order (newest first; search results best first).
    public func listPage(_ source: ListSource, page: Int, pageSize: Int) throws(ReaderBackendError) -> (items: [ArticleListItem], count: Int) {
        try listPage(source, sort: ListSort.defaultSort(for: source), page: page, pageSize: pageSize)
    }

    /// Where article `id` sits in a list in its default order.
    public func listIndex(of id: Int64, in source: ListSource) throws(ReaderBackendError) -> Int? {
        try listIndex(of: id, in: source, sort: ListSort.defaultSort(for: source))
    }
}

/// What the background refresh reports to the reader.
public enum ReaderRefreshEvent: Sendable, Equatable {
    case progress(String)
    case finished(String)
}

/// A failure the reader shows in its status line: one readable sentence.
public struct ReaderBackendError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
