/// Why the index could not be opened, refreshed or read.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The corpus folder is missing, a file, or unreadable.
    case corpus(CorpusScanner.Failure)
    /// The index cannot be created or written where it should live.
    case location(path: String, reason: String)
    /// The index file is damaged; `NewsIndex.open` rebuilds it, a query reports it.
    case corrupt(path: String, detail: String)
    /// Anything else SQLite reported, with its message (never shown for query syntax).
    case database(String)
    /// The refresh was asked to stop before it finished; what was committed stays consistent.
    case cancelled

    public var description: String {
        switch self {
        case .corpus(let failure): return failure.description
        case .location(let path, let reason): return "cannot use index location \(path): \(reason)"
        case .corrupt(let path, let detail): return "the index at \(path) is damaged (\(detail)); run `byline index --rebuild`"
        case .database(let message): return "index error: \(message)"
        case .cancelled: return "indexing stopped before it finished; the next run continues where it stopped"
        }
    }
}

extension IndexError {
    /// The index file is damaged (SQLite found a malformed page or no database at all).
    public var isDamage: Bool {
        if case .corrupt = self { return true }
        return false
    }

    /// For the reader's status line: what was found, and that a rebuild is under way.
    public var rebuildNote: String {
        if case .corrupt(_, let detail) = self { return "the index file was damaged (\(detail)); it is rebuilt from the folder" }
        return "\(description); it is rebuilt from the folder"
    }
}
