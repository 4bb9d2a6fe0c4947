/// What `w` writes, where, and in which format.
public struct ExportRequest: Sendable, Equatable {
    public var source: ExportSource
    /// The file as the user typed it (relative to the current folder, or `~/…`).
    public var path: String
    public var format: ExportFormat
    /// Whether writing over an existing file was confirmed.
    public var overwrite: Bool

    public init(source: ExportSource, path: String, format: ExportFormat, overwrite: Bool = false) {
        self.source = source
        self.path = path
        self.format = format
        self.overwrite = overwrite
    }
}

/// The lines an export writes.
public enum ExportSource: Sendable, Equatable {
    /// Every article of a list (all pages, asked of the backend), in the order shown (nil: the
    /// list's default order).
    case list(ListSource, sort: ListSort? = nil)
    /// Every line of an entity's trail (all pages, asked of the backend).
    case trail(TrailKind, ReaderEntity)
    /// The lines a filter kept in a trail view, already loaded.
    case filteredTrail(TrailKind, ReaderEntity, [TrailLine])
    /// Every entity the people view lists for its query (all pages, asked of the backend).
    case directory(EntityDirectoryQuery)

    /// What one line is, in the plural, for "Exported 12 mentions".
    public var noun: String {
        switch self {
        case .list: return "articles"
        case .directory: return "names"
        case .trail(let kind, _), .filteredTrail(let kind, _, _): return kind.noun + "s"
        }
    }
}

/// The formats an export writes, chosen by the file's extension.
public enum ExportFormat: String, Sendable, Equatable, CaseIterable {
    case csv
    case jsonLines = "jsonl"
    case markdown = "md"

    /// The format for a file name by its extension, nil when it has none of ours.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        switch ext {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonLines
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }
}
