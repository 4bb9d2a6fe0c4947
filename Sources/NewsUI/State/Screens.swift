/// What fills the screen: the three panes, or a trail's full-screen list.
public enum Screen: Sendable, Equatable {
    case reader
    case trail(TrailScreen)
}

/// A trail on screen (or followed with `n`/`N`): its kind, whose it is, and its lines.
public struct TrailScreen: Sendable, Equatable {
    public var kind: TrailKind
    public var entity: ReaderEntity
    public var lines: PagedList<TrailLine>

    public init(_ kind: TrailKind, of entity: ReaderEntity, lines: PagedList<TrailLine> = PagedList()) {
        self.kind = kind
        self.entity = entity
        self.lines = lines
    }

    /// The page effects that load `pages` of this trail's current generation.
    func loading(pages: [Int]) -> [Effect] {
        pages.map { .loadTrailPage(kind, of: entity, page: $0, generation: lines.generation) }
    }
}
