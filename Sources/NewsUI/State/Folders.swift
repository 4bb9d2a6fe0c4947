import Foundation

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
    /// What the list is called once shown (`Location.listName`): a saved search's name, a
    /// section's or source's query; nil for the built-in folders.
    public var listName: String?

    public init(name: String, source: ListSource, query: String? = nil, listName: String? = nil) {
        self.name = name
        self.source = source
        self.query = query
        self.listName = listName ?? (query == nil ? nil : name)
    }

    /// A section or source of the picker: its articles are a search for it.
    public init(_ facet: ListFacet) {
        self.init(name: facet.name, source: .search(facet.query), query: facet.query, listName: facet.query)
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
///
/// Two lists share it: the folders (`c`) and the picker of sections and sources (`f`), whose
/// rows are searches for one of them. `/` narrows either to the rows whose name holds the text.
public struct FolderList: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// All, unread, starred and the saved searches (`c`).
        case folders
        /// The corpus's sections and sources (`f`).
        case facets
    }

    public var kind: Kind = .folders
    /// The rows shown: every folder, or while a filter applies, those that pass it.
    public var folders: [Folder]
    /// Counts in `folders`' order; nil until the backend has counted.
    public var counts: [FolderCount]?
    /// Every folder and its count, while a filter applies (nil: `folders` are all of them).
    private var everything: Everything?
    /// What `/` typed, empty for none.
    public var filter = ""
    /// The picker's rows are loading, or could not be read (the reason).
    public var loading = false
    public var problem: String?
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
        position.selected = folders.firstIndex { $0.isShown(current, name: currentName) } ?? 0
    }

    private struct Everything: Sendable, Equatable {
        var folders: [Folder]
        var counts: [FolderCount]?
    }

    /// Keeps the rows whose name (or query) holds `words`, case and accents ignored; empty
    /// words show every row again. The selection stays on its row when that row is kept.
    mutating func apply(filter words: String) {
        let all = everything ?? Everything(folders: folders, counts: counts)
        let selected = folders[safe: position.selected]
        let needle = FolderList.folded(words.trimmingCharacters(in: .whitespaces))
        filter = needle.isEmpty ? "" : words
        if needle.isEmpty {
            folders = all.folders
            counts = all.counts
            everything = nil
        } else {
            let kept = all.folders.indices.filter {
                FolderList.folded(all.folders[$0].name).contains(needle) || FolderList.folded(all.folders[$0].query ?? "").contains(needle)
            }
            folders = kept.map { all.folders[$0] }
            counts = all.counts.map { counts in kept.map { counts[$0] } }
            everything = all
        }
        position = ListPosition()
        position.selected = selected.flatMap { row in folders.firstIndex(of: row) } ?? 0
    }

    /// Sets the counts of every folder (in the order of all of them, filtered or not).
    mutating func setCounts(_ all: [FolderCount]) {
        if var everything {
            everything.counts = all
            self.everything = everything
            let filter = self.filter
            apply(filter: "")
            apply(filter: filter)
        } else {
            counts = all
        }
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension Folder {
    /// Whether this row opens the list `current`, called `name`.
    func isShown(_ current: ListSource, name: String?) -> Bool {
        source == current && listName == name
    }
}
