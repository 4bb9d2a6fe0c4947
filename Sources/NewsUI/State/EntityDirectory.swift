import NewsCore

/// The order of the people view: the `o` cycle, as mutt's `o` sorts its index.
public enum EntitySort: String, Sendable, Equatable, Hashable, CaseIterable {
    case mentions
    case articles
    case latest

    /// The next order in the `o` cycle.
    public var next: EntitySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// How the header names the order ("by mentions").
    public var label: String {
        switch self {
        case .mentions: return "by mentions"
        case .articles: return "by articles"
        case .latest: return "by latest mention"
        }
    }
}

/// Which entities the people view asks the backend for: a type (nil for all), an order, and
/// the words their names must hold.
public struct EntityDirectoryQuery: Sendable, Equatable, Hashable {
    public var type: EntityType?
    public var sort: EntitySort
    public var filter: String

    public init(type: EntityType? = nil, sort: EntitySort = .mentions, filter: String = "") {
        self.type = type
        self.sort = sort
        self.filter = filter
    }

    /// The type after `type` in the `F` cycle: all, then each type, then all again.
    static func nextType(after type: EntityType?) -> EntityType? {
        let all = EntityType.allCases
        guard let type, let index = all.firstIndex(of: type) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// How the header names the type shown ("people", "all names").
    public var typeLabel: String {
        guard let type else { return "all names" }
        return type == .other ? "other names" : type.pluralLabel.lowercased()
    }
}

/// One row of the people view: a corpus entity, its counts and when it was last mentioned.
public struct DirectoryEntity: Sendable, Equatable, Hashable {
    /// The entity, with its corpus counts (`corpusMentions`, `corpusArticles`).
    public var entity: ReaderEntity
    /// `YYYY-MM-DD` of the newest dated article naming it; nil when none has a date.
    public var latest: String?

    public init(entity: ReaderEntity, latest: String? = nil) {
        self.entity = entity
        self.latest = latest
    }
}

/// The people view on screen (`p`): every entity of the corpus, a page at a time, of the type,
/// in the order and through the filter chosen.
public struct EntityDirectory: Sendable, Equatable {
    public var query: EntityDirectoryQuery
    public var rows: PagedList<DirectoryEntity>

    public init(query: EntityDirectoryQuery = EntityDirectoryQuery(), rows: PagedList<DirectoryEntity> = PagedList()) {
        self.query = query
        self.rows = rows
    }

    /// The page effects that load `pages` of the current generation.
    func loading(pages: [Int]) -> [Effect] {
        pages.map { .loadDirectoryPage(query, page: $0, generation: rows.generation) }
    }
}
