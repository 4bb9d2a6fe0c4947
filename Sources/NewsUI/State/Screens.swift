/// The full-screen lists that replace the panes: an entity's mentions or quotations.
public enum Screen: Sendable, Equatable {
    case reader
    case mentions(MentionsScreen)
    case quotes(QuotesScreen)
}

/// Every mention of one entity across the corpus, newest first, as concordance lines.
public struct MentionsScreen: Sendable, Equatable {
    public var entity: ReaderEntity
    public var lines: PagedList<MentionLine>

    public init(entity: ReaderEntity, lines: PagedList<MentionLine> = PagedList()) {
        self.entity = entity
        self.lines = lines
    }
}

/// Everything one person (or institution) is quoted as saying across the corpus.
public struct QuotesScreen: Sendable, Equatable {
    public var entity: ReaderEntity
    public var lines: PagedList<QuoteLine>

    public init(entity: ReaderEntity, lines: PagedList<QuoteLine> = PagedList()) {
        self.entity = entity
        self.lines = lines
    }
}
