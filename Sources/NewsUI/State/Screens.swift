import Foundation

/// What fills the screen: the three panes, a trail's full-screen list, the folder list, the
/// people view, or an entity's page.
public enum Screen: Sendable, Equatable {
    case reader
    case trail(TrailScreen)
    case folders(FolderList)
    /// Every person, organisation and place of the corpus (`p`).
    case directory(EntityDirectory)
    /// One entity's page (`i`).
    case entityPage(EntityPage)
}

/// A trail on screen (or followed with `n`/`N`): its kind, whose it is, and its lines.
public struct TrailScreen: Sendable, Equatable {
    public var kind: TrailKind
    public var entity: ReaderEntity
    /// The lines shown: every line, or while a filter applies, the lines that pass it (all
    /// loaded, so Enter and `n`/`N` step through exactly those).
    public var lines: PagedList<TrailLine>
    /// What `/` typed: words a line's headline or text must hold, empty for none.
    public var filter = ""
    /// Every line, as the backend pages them in, while a filter applies.
    public var unfiltered: PagedList<TrailLine>?

    /// The most lines a filter loads to look through: a prime minister's 20,000 mentions would
    /// read thousands of files; past this the filter looks through the lines loaded and says so.
    public static let filterLimit = 5_000

    public init(_ kind: TrailKind, of entity: ReaderEntity, lines: PagedList<TrailLine> = PagedList()) {
        self.kind = kind
        self.entity = entity
        self.lines = lines
    }

    /// The list pages arrive in: the unfiltered lines while a filter applies.
    var source: PagedList<TrailLine> { unfiltered ?? lines }

    /// The page effects that load `pages` of this trail's current generation.
    func loading(pages: [Int]) -> [Effect] {
        pages.map { .loadTrailPage(kind, of: entity, page: $0, generation: source.generation) }
    }

    /// Whether the filter looked at fewer lines than the trail has (past `filterLimit`).
    public var filterIsPartial: Bool {
        !filter.isEmpty && source.count > Self.filterLimit
    }

    /// Sets the filter and keeps the lines that pass it, among those loaded; `generation` is
    /// the new list's (the reader's next). An empty filter shows every line again.
    mutating func apply(filter words: String, generation: Int) {
        filter = words
        let all = source
        guard !words.trimmingCharacters(in: .whitespaces).isEmpty else {
            lines = all
            unfiltered = nil
            filter = ""
            return
        }
        unfiltered = all
        let needles = words.lowercased().split(separator: " ").map { String($0).folding(options: [.diacriticInsensitive], locale: nil) }
        let kept = (0..<all.count).compactMap { all.item(at: $0) }.filter { line in
            let haystack = (line.title + " " + line.text.plain).lowercased().folding(options: [.diacriticInsensitive], locale: nil)
            return needles.allSatisfy { haystack.contains($0) }
        }
        var filtered = PagedList<TrailLine>(count: kept.count, generation: generation)
        for page in stride(from: 0, to: kept.count, by: PagedList<TrailLine>.pageSize) {
            filtered.receive(page: page / PagedList<TrailLine>.pageSize, items: Array(kept[page..<min(kept.count, page + PagedList<TrailLine>.pageSize)]),
                             count: kept.count, generation: generation)
        }
        filtered.position.selected = min(lines.position.selected, max(0, kept.count - 1))
        lines = filtered
    }
}

extension TrailLine.Text {
    /// The line's words as plain text.
    var plain: String {
        switch self {
        case .context(let marked): return marked.text
        case .quotation(let text, _): return text
        }
    }
}
