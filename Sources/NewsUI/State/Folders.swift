/// A search saved in the config file's `[searches]` table, shown as a folder.
public struct SavedSearch: Sendable, Equatable {
    public var name: String
    public var query: String
    /// The config file's line, for problems found when the query is checked.
    public var line: Int

    public init(name: String, query: String, line: Int = 0) {
        self.name = name
        self.query = query
        self.line = line
    }
}

/// One row of the folder list: what it is called and the list it opens.
public struct Folder: Sendable, Equatable {
    public var name: String
    public var source: ListSource
    /// The saved search's query, shown beside its name; nil for the built-in folders.
    public var query: String?

    public init(name: String, source: ListSource, query: String? = nil) {
        self.name = name
        self.source = source
        self.query = query
    }

    /// "All articles", "Unread", "Starred", then the saved searches in the config's order.
    public static func all(savedSearches: [SavedSearch]) -> [Folder] {
        [
            Folder(name: "All articles", source: .articles(.all)),
            Folder(name: "Unread", source: .articles(.unread)),
            Folder(name: "Starred", source: .articles(.starred)),
        ] + savedSearches.map { Folder(name: $0.name, source: .search($0.query), query: $0.query) }
    }
}

/// A folder's article count, or why it could not be counted (a query the index refused).
public enum FolderCount: Sendable, Equatable {
    case articles(Int)
    case problem(String)
}

/// The folder list on screen: its rows, their counts as they arrive, and the selection.
public struct FolderList: Sendable, Equatable {
    public var folders: [Folder]
    /// Counts in `folders`' order; nil until the backend has counted.
    public var counts: [FolderCount]?
    public var position = ListPosition()
    /// The list shown when the folder list opened, marked in it.
    public var current: ListSource
    public var currentName: String?
    /// Ties the counts to this opening of the list.
    public var generation: Int

    public init(folders: [Folder], current: ListSource, currentName: String?, generation: Int) {
        self.folders = folders
        self.current = current
        self.currentName = currentName
        self.generation = generation
        position.selected = folders.firstIndex { $0.source == current && ($0.query == nil || $0.name == currentName) } ?? 0
    }
}
