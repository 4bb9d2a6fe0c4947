import NewsUI

/// Performs the effects that ask the reader's backend for data, and reports each as an action.
///
/// Kept apart from `ReaderLoop`, which owns the terminal and the read timer, so that what each
/// effect asks of the backend and how its failure is shown can be tested without a terminal.
public struct EffectRunner: Sendable {
    public let backend: any ReaderBackend
    public let exporter: Exporter

    public init(backend: any ReaderBackend, exporter: Exporter? = nil) {
        self.backend = backend
        self.exporter = exporter ?? Exporter(backend: backend)
    }

    /// Does the backend work of `effect`; nil for effects that are not backend work (`.quit`,
    /// `.scheduleRead`, and those the run loop does with the terminal: the editor, a pipe, the
    /// browser, the clipboard) and for writes that succeeded, which report nothing.
    public func perform(_ effect: Effect) -> Action? {
        do throws(ReaderBackendError) {
            switch effect {
            case .quit, .scheduleRead, .edit, .pipe, .browse, .copy:
                return nil
            case .loadListPage(let source, let sort, let page, let generation):
                // A list that cannot load says so in the list, not only in the status line.
                do throws(ReaderBackendError) {
                    let result = try backend.listPage(source, sort: sort, page: page, pageSize: PagedList<ArticleListItem>.pageSize)
                    return .listPageLoaded(generation: generation, page: page, items: result.items, count: result.count)
                } catch {
                    return .listFailed(generation: generation, message: error.message)
                }
            case .openArticle(let id, let path, let reveal, let highlight):
                do throws(ReaderBackendError) {
                    return .articleOpened(try backend.openArticle(id: id, path: path, highlight: highlight), reveal: reveal)
                } catch {
                    return .articleFailed(path: path, message: error.message)
                }
            case .loadTrailPage(let kind, let entity, let page, let generation):
                let result = try backend.trailPage(kind: kind, of: entity, page: page, pageSize: PagedList<TrailLine>.pageSize)
                return .trailPageLoaded(generation: generation, page: page, lines: result.lines, count: result.count)
            case .locateInList(let id, let source, let sort, let generation):
                return .listIndexFound(id: id, index: try backend.listIndex(of: id, in: source, sort: sort), generation: generation)
            case .loadFacets(let generation):
                do throws(ReaderBackendError) {
                    return .facetsLoaded(generation: generation, .success(try backend.facets()))
                } catch {
                    return .facetsLoaded(generation: generation, .failure(error))
                }
            case .setRead(let id, let read):
                try backend.setRead(id: id, read)
                return nil
            case .setStarred(let id, let starred):
                try backend.setStarred(id: id, starred)
                return nil
            case .markAllRead(let source, let generation):
                return .allMarkedRead(count: try backend.markAllRead(source), generation: generation)
            case .setTags(let id, let text):
                return .tagsSet(id: id, tags: try backend.setTags(id: id, text: text))
            case .loadTagNames:
                return .tagNamesLoaded(try backend.tagNames())
            case .countFolders(let sources, let generation):
                // One folder's bad query is that folder's problem, not the list's.
                let counts = sources.map { source -> FolderCount in
                    do throws(ReaderBackendError) {
                        return .articles(try backend.count(source))
                    } catch {
                        return .problem(error.message)
                    }
                }
                return .foldersCounted(generation: generation, counts: counts)
            case .export(let request):
                return exporter.perform(request)
            case .loadDirectoryPage(let query, let page, let generation):
                let result = try backend.directoryPage(query, page: page, pageSize: PagedList<DirectoryEntity>.pageSize)
                return .directoryPageLoaded(generation: generation, page: page, rows: result.rows, count: result.count)
            case .loadEntityFacts(let entity, let generation):
                return .entityFactsLoaded(generation: generation, try backend.entityFacts(of: entity))
            }
        } catch {
            return .showMessage(error.message, isError: true)
        }
    }
}
