import Foundation
import NewsCore
import NewsStore
import NewsUI
import Synchronization

/// The reader's data, answered by the index and the reading state.
///
/// The refresh runs on a thread of its own from the moment the reader opens, so the first
/// screen shows what the index already holds; its progress and summary queue up here until
/// the run loop collects them.
public final class IndexReaderBackend: ReaderBackend {
    /// Holds the index, and rebuilds it once if it turns out damaged.
    public let owner: IndexOwner
    /// The index answering now; a rebuilt one once a rebuild after damage has filled it.
    public var index: NewsIndex { owner.index }
    public let state: ReadingState
    /// Used for articles the index has not analysed yet (or that changed since it did).
    let extractor: any EntityExtractor
    private let events = Mutex<[ReaderRefreshEvent]>([])
    private let stopRequested = Atomic<Bool>(false)
    /// Bumped whenever a refresh or a rebuild reports, that is whenever what the index holds may
    /// have changed; counts remembered under an older value are counted again.
    let indexEpoch = Atomic<Int>(0)
    /// The last search's count. Counting a broad query (`a*` over 10,000 articles) costs as much
    /// as ranking it, and every page of its results used to count it again: `G` in such a list
    /// waited 400 ms.
    private let searchCount = Mutex<(query: String, epoch: Int, count: Int)?>(nil)
    /// The people view's last count, by type and filter: changing the order, or paging down
    /// (`G` at 17,000 names), counted every name again.
    let directoryCount = Mutex<(type: EntityType?, filter: String, epoch: Int, count: Int)?>(nil)

    public init(owner: IndexOwner, state: ReadingState, extractor: any EntityExtractor) {
        self.owner = owner
        self.state = state
        self.extractor = extractor
    }

    /// A backend over an index opened elsewhere, given its own owner.
    public convenience init(index: NewsIndex, state: ReadingState, extractor: any EntityExtractor) {
        self.init(owner: IndexOwner(index), state: state, extractor: extractor)
    }

    /// Why the index was started afresh before the reader opened, for the status line: the
    /// opening replaced the file (damaged, cut short, built by another version), or the owner
    /// did when the first question met damage. Nil when the index was whole, or a rebuild was
    /// asked for (nothing the user needs to hear about).
    public var rebuildNote: String? {
        if let reason = owner.rebuiltAfterOpening { return reason.underway }
        guard let reason = index.rebuilt, reason != .requested else { return nil }
        return reason.description
    }

    /// Starts bringing the index up to date in the background. `rebuildNote` stays in the
    /// summary the status line shows at the end.
    public func startRefresh() {
        let rebuildReason = rebuildNote
        if index.isReadOnly {
            post(.finished("Index: cannot be written, so not refreshed; showing it as it is"))
            return
        }
        let thread = Thread { [self] in
            let started = Date()
            do {
                let summary = try index.refresh(
                    progress: { [self] progress in
                        post(.progress(Self.describe(progress)))
                    },
                    shouldStop: { [self] in stopRequested.load(ordering: .relaxed) })
                let seconds = Date().timeIntervalSince(started)
                let timing = "\(summary) (\(String(format: "%.1f", seconds)) s)"
                let text = rebuildReason.map { "Index: \($0) — \(timing)" }
                    ?? (summary.changedAnything || !summary.skipped.isEmpty ? "Index refreshed: \(timing)" : "")
                post(.finished(text))
            } catch {
                if let damage = IndexOwner.damage(in: error) {
                    rebuildAfterDamage(damage)
                } else {
                    post(.finished("Refresh failed: \(error)"))
                }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// SQLite met a damaged page: has the owner build a new index from the folder, on a thread
    /// of its own, and answers from it once it is complete, telling the reader. Reading state
    /// lives in its own file and is not touched. Until then the damaged index answers what it
    /// still can. The owner rebuilds once; later damage starts nothing.
    func rebuildAfterDamage(_ damage: RebuildReason) {
        let thread = Thread { [self] in
            do {
                let rebuilt = try owner.rebuild(because: damage, announce: { [self] reason in post(.progress(reason.underway)) }) { fresh in
                    try fresh.refresh(
                        progress: { [self] progress in
                            post(.progress("rebuilding the damaged index: " + Self.describe(progress)))
                        },
                        shouldStop: { [self] in stopRequested.load(ordering: .relaxed) })
                }
                guard let summary = rebuilt else { return }
                post(.finished("The index was damaged and has been rebuilt: \(summary.total) articles"))
            } catch {
                post(.finished("Rebuilding the damaged index failed: \(error)"))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues a refresh event for the run loop and marks remembered counts as stale.
    private func post(_ event: ReaderRefreshEvent) {
        indexEpoch.add(1, ordering: .sequentiallyConsistent)
        events.withLock { $0.append(event) }
    }

    /// How many articles `query` matches, counted once per query while the index stays as it is.
    ///
    /// A query naming tags is counted every time: tags change without the index changing (in
    /// this reader, or another one on the same reading state).
    func searchResultCount(_ query: String) throws(SearchError) -> Int {
        let epoch = indexEpoch.load(ordering: .sequentiallyConsistent)
        if let known = searchCount.withLock({ $0 }), known.query == query, known.epoch == epoch {
            return known.count
        }
        let count = try index.count(query, state: state)
        let namesTags = (try? QueryParser.parse(query))?.tagNames.isEmpty == false
        if !namesTags { searchCount.withLock { $0 = (query, epoch, count) } }
        return count
    }

    /// Asks a running refresh to stop between batches (on quit).
    public func stopRefresh() {
        stopRequested.store(true, ordering: .relaxed)
    }

    static func describe(_ progress: RefreshProgress) -> String {
        switch progress.phase {
        case .scanning: return "scanning…"
        case .indexing:
            let percent = progress.total > 0 ? progress.done * 100 / progress.total : 0
            return "indexing \(progress.done)/\(progress.total) (\(percent)%)"
        case .linking: return "linking names…"
        case .compacting: return "compacting…"
        case .finished: return "done"
        }
    }

    /// The queued events; of a run of progress reports only the latest is worth showing.
    public func refreshEvents() -> [ReaderRefreshEvent] {
        let queued = events.withLock { list in
            defer { list.removeAll() }
            return list
        }
        var out: [ReaderRefreshEvent] = []
        for event in queued {
            if case .progress = event, case .progress = out.last {
                out[out.count - 1] = event
            } else {
                out.append(event)
            }
        }
        return out
    }

    // MARK: - Lists

    /// The store's filter for the reader's list filter.
    func storeFilter(_ filter: ListFilter) -> ArticleFilter {
        switch filter {
        case .all: return .all
        case .unread: return .unread(state)
        case .starred: return .starred(state)
        }
    }

    /// The store's order for the reader's sort.
    static func order(_ sort: ListSort) -> ArticleOrder {
        switch sort {
        case .date: return .date
        case .title: return .title
        case .source: return .source
        case .section: return .section
        case .score: return .score
        }
    }

    public func listIndex(of id: Int64, in source: ListSource, sort: ListSort) throws(ReaderBackendError) -> Int? {
        switch source {
        case .articles(let filter):
            let filter = storeFilter(filter)
            return try wrap { () throws(IndexError) in
                try index.position(ofArticle: id, filter: filter, order: Self.order(sort), storiesOnce: true)
            }
        case .search:
            // A ranked list has no order to count in short of ranking every match again.
            return nil
        case .versions(let of):
            return try wrap { () throws(IndexError) in try index.versions(ofArticle: of, order: Self.order(sort)).firstIndex { $0.id == id } }
        }
    }

    public func listPage(_ source: ListSource, sort: ListSort, page: Int, pageSize: Int) throws(ReaderBackendError) -> (items: [ArticleListItem], count: Int) {
        let offset = page * pageSize
        let order = Self.order(sort)
        switch source {
        case .articles(let filter):
            let storeFilter = storeFilter(filter)
            let summaries = try wrap { () throws(IndexError) in
                try index.articles(offset: offset, limit: pageSize, filter: storeFilter, order: order, storiesOnce: true)
            }
            let count = try wrap { () throws(IndexError) in try index.articleCount(filter: storeFilter, storiesOnce: true) }
            return (try summaries.map { summary throws(ReaderBackendError) in try item(summary, snippet: nil) }, count)
        case .versions(let id):
            let all = try wrap { () throws(IndexError) in try index.versions(ofArticle: id, order: order) }
            let page = all.dropFirst(offset).prefix(pageSize)
            return (try page.map { summary throws(ReaderBackendError) in try item(summary, snippet: nil) }, all.count)
        case .search(let query):
            let results: SearchResults
            let count: Int
            do {
                results = try index.search(query, offset: offset, limit: pageSize, snippets: true, state: state, order: order)
                count = try searchResultCount(query)
            } catch {
                throw searchFailure(error, query: query)
            }
            return (try results.hits.map { hit throws(ReaderBackendError) in
                try item(hit.summary, snippet: hit.snippet.map(Self.marked))
            }, count)
        }
    }

    /// A search's failure as the status line says it; damage starts a rebuild.
    func searchFailure(_ error: SearchError, query: String) -> ReaderBackendError {
        if let damage = IndexOwner.damage(in: error) {
            rebuildAfterDamage(damage)
            return ReaderBackendError("The index is damaged; rebuilding it in the background")
        }
        if case .query(let problem) = error {
            // The prompt has closed by the time this shows: a bare "column 15" pointed
            // into text no longer on screen, so the query comes with it.
            return ReaderBackendError(Self.queryProblem(query, problem))
        }
        return ReaderBackendError(error.description)
    }

    /// The status line's sentence for a malformed query: the query, the column, what is wrong.
    /// Kept short to fit 80 columns; `s` then `↑` brings the query back to fix it.
    static func queryProblem(_ query: String, _ problem: QueryError) -> String {
        "In “\(query.terminalSafe)”, column \(problem.column): \(problem.message)"
    }

    private func item(_ summary: ArticleSummary, snippet: MarkedText?) throws(ReaderBackendError) -> ArticleListItem {
        let marks = try marks(of: summary)
        return ArticleListItem(
            id: summary.id, path: summary.path, title: summary.title, date: summary.shownDate,
            isRead: marks.isRead, isStarred: marks.isStarred, snippet: snippet, tags: try tags(of: summary), versions: summary.versions)
    }

    private func marks(of summary: ArticleSummary) throws(ReaderBackendError) -> ArticleMarks {
        do {
            return try state.marks(of: summary.stateKey(in: index.corpus))
        } catch {
            throw ReaderBackendError("reading state: \(error)")
        }
    }

    private func tags(of summary: ArticleSummary) throws(ReaderBackendError) -> [String] {
        do {
            return try state.tags(of: summary.stateKey(in: index.corpus))
        } catch {
            throw ReaderBackendError("reading state: \(error)")
        }
    }

    /// A snippet whose scalar ranges become the character ranges the reader draws with.
    static func marked(_ snippet: Snippet) -> MarkedText {
        MarkedText(text: snippet.text, marks: snippet.matches.map { CharacterOffsets.range($0, in: snippet.text) })
    }

    // MARK: - Articles

    public func openArticle(id: Int64, path: String, highlight: String?) throws(ReaderBackendError) -> OpenArticle {
        guard let summary = try wrap({ () throws(IndexError) in try index.article(id: id) }) else {
            throw ReaderBackendError("\(path.terminalSafeName): no longer in the index; it may have been moved or deleted")
        }
        let opened = try wrap { () throws(IndexError) in try index.open(summary, highlighting: highlight) }
        let marks = try marks(of: summary)
        var entities: [ReaderEntity] = []
        var quotes: [Quote] = []
        let stored = opened.isStale ? [] : try wrap { () throws(IndexError) in try index.entities(inArticle: id) }
        if stored.isEmpty {
            // Not analysed yet, or changed on disk since: name what is in the text as it is now.
            entities = extractor.entities(in: opened.article).map(ReaderEntity.init)
        } else {
            for entity in stored {
                let corpus = try wrap { () throws(IndexError) in try index.entity(id: entity.entityID) }
                entities.append(ReaderEntity(
                    id: entity.entityID, name: entity.name, type: entity.type, aliases: corpus?.aliases ?? [entity.name],
                    mentions: entity.mentions, corpusMentions: corpus?.mentions, corpusArticles: corpus?.articles))
            }
            quotes = try wrap { () throws(IndexError) in try index.quotes(inArticle: id) }.map { stored in
                var quote = stored.quote
                quote.speakerEntity = stored.speakerName ?? quote.speakerEntity
                return quote
            }
        }
        let shown = Self.shownPart(opened.article)
        // Only what comes before the cut: past it is the notice, where no mark belongs.
        let end = min(shown.text.unicodeScalars.count, Self.shownScalarLimit)
        for k in entities.indices { entities[k].mentions.removeAll { $0.upperBound > end } }
        return OpenArticle(
            id: id, article: shown, entities: entities, quotes: quotes.filter { $0.range.upperBound <= end },
            searchMatches: opened.matches.filter { $0.upperBound <= end },
            isRead: marks.isRead, isStarred: marks.isStarred, tags: try tags(of: summary))
    }

    /// The most of one article the reader lays out, in Unicode scalars: about 150,000 words,
    /// far beyond any news story. Laying out a 50 MB one-line file took the reader half a
    /// minute and gigabytes of memory.
    static let shownScalarLimit = 1_000_000

    /// The article as the reader shows it: cut after `shownScalarLimit` scalars, with a last
    /// paragraph saying so.
    static func shownPart(_ article: Article) -> Article {
        guard article.isLonger(than: shownScalarLimit) else { return article }
        var part = article.prefix(scalars: shownScalarLimit)
        let notice = "[Byline shows the first 1,000,000 characters of this file; open it in an editor to read the rest.]"
        let start = shownScalarLimit + 2
        part.text += "\n\n" + notice
        part.blocks.append(Block(kind: .paragraph, range: start..<(start + notice.unicodeScalars.count)))
        return part
    }

    public func trailPage(kind: TrailKind, of entity: ReaderEntity, page: Int, pageSize: Int) throws(ReaderBackendError) -> (lines: [TrailLine], count: Int) {
        guard let id = entity.id else { return ([], 0) }
        switch kind {
        case .mentions: return try mentionLines(of: id, page: page, pageSize: pageSize)
        case .quotes: return try quoteLines(of: id, page: page, pageSize: pageSize)
        }
    }

    private func mentionLines(of id: Int64, page: Int, pageSize: Int) throws(ReaderBackendError) -> (lines: [TrailLine], count: Int) {
        let records = try wrap { () throws(IndexError) in try index.mentions(of: id, offset: page * pageSize, limit: pageSize) }
        let count = try wrap { () throws(IndexError) in try index.entity(id: id) }?.mentions ?? records.count
        return (records.map { record in
            .mention(
                articleID: record.articleID, path: record.path, title: record.title, date: record.date,
                range: record.start..<record.end,
                context: MarkedText(text: record.context, marks: [CharacterOffsets.range(record.contextRange, in: record.context)]))
        }, count)
    }

    private func quoteLines(of id: Int64, page: Int, pageSize: Int) throws(ReaderBackendError) -> (lines: [TrailLine], count: Int) {
        // Only the page's quotations are read back from their files: a prime minister in a
        // 10,000-article archive has about a thousand, in several hundred files, and fetching
        // them all for every page made the view and each G wait about 100 ms.
        let slice = try wrap { () throws(IndexError) in try index.quotes(bySpeaker: id, offset: page * pageSize, limit: pageSize) }
        let count = try wrap { () throws(IndexError) in try index.quoteCount(bySpeaker: id) }
        return (slice.map { stored in
            .quote(
                articleID: stored.articleID, path: stored.path, title: stored.title, date: stored.date,
                range: stored.quote.range, text: stored.text ?? "", kind: stored.quote.kind)
        }, count)
    }

    // MARK: - Reading state

    public func setRead(id: Int64, _ read: Bool) throws(ReaderBackendError) {
        let key = try key(of: id)
        do {
            try state.setRead(key, read)
        } catch {
            throw ReaderBackendError("could not save the read mark: \(error)")
        }
        if let notice = state.takeNotice() { throw ReaderBackendError(notice) }
    }

    public func setStarred(id: Int64, _ starred: Bool) throws(ReaderBackendError) {
        let key = try key(of: id)
        do {
            if try state.isStarred(key) != starred {
                _ = try state.toggleStar(key)
            }
        } catch {
            throw ReaderBackendError("could not save the star: \(error)")
        }
        if let notice = state.takeNotice() { throw ReaderBackendError(notice) }
    }

    func key(of id: Int64) throws(ReaderBackendError) -> ArticleKey {
        guard let summary = try wrap({ () throws(IndexError) in try index.article(id: id) }) else {
            throw ReaderBackendError("that article is no longer in the index")
        }
        return summary.stateKey(in: index.corpus)
    }

    /// Runs an index call, turning its error into a sentence for the status line.
    func wrap<T>(_ body: () throws(IndexError) -> T) throws(ReaderBackendError) -> T {
        do {
            return try body()
        } catch {
            if let damage = IndexOwner.damage(in: error) {
                rebuildAfterDamage(damage)
                throw ReaderBackendError("The index is damaged; rebuilding it in the background")
            }
            throw ReaderBackendError(error.description)
        }
    }
}

/// Converting Unicode scalar offsets into the character offsets the reader draws by.
enum CharacterOffsets {
    static func range(_ scalars: Range<Int>, in text: String) -> Range<Int> {
        var characterIndex = 0
        var scalarIndex = 0
        var lower: Int? = nil
        var upper: Int? = nil
        for character in text {
            if lower == nil, scalarIndex >= scalars.lowerBound { lower = characterIndex }
            if upper == nil, scalarIndex >= scalars.upperBound { upper = characterIndex }
            scalarIndex += character.unicodeScalars.count
            characterIndex += 1
        }
        let start = lower ?? characterIndex
        return start..<max(start, upper ?? characterIndex)
    }
}
