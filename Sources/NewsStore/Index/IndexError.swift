import GRDB
import NewsCore

/// Why the index could not be opened, refreshed or read.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The corpus folder is missing, a file, or unreadable.
    case corpus(CorpusScanner.Failure)
    /// The index cannot be created or written where it should live.
    case location(path: String, reason: String)
    /// The index file is damaged; `NewsIndex.open` rebuilds it, `IndexOwner` rebuilds it when a
    /// question or a refresh meets it.
    case corrupt(path: String, detail: String)
    /// Anything else SQLite reported, with its message (never shown for query syntax).
    case database(String)
    /// The refresh was asked to stop before it finished; what was committed stays consistent.
    case cancelled
    /// The index was opened read-only (`NewsIndex.isReadOnly`), so it cannot be refreshed.
    case readOnly(path: String)
    /// Writing the index failed for lack of room or a disk error; `problem` says which and
    /// what to do (`WriteFailure`). What was committed stays, and the next refresh goes on.
    case cannotWrite(path: String, problem: String)
    /// Memory ran out (SQLite could not allocate, or the limit leaves too little to start);
    /// `detail` says how much there was. What was committed stays.
    case outOfMemory(detail: String)

    /// One sentence for the user. Advice on what to run is the front end's to add.
    public var description: String {
        switch self {
        case .corpus(let failure): return failure.description
        case .location(let path, let reason): return "cannot use index location \(path.terminalSafeName): \(reason)"
        case .corrupt(let path, let detail): return "the index at \(path.terminalSafeName) is damaged (\(detail))"
        case .database(let message): return "index error: \(message)"
        case .cancelled: return "indexing stopped before it finished; the next run continues where it stopped"
        case .cannotWrite(let path, let problem):
            return "could not write the index at \(path.terminalSafeName): \(problem); what was indexed is kept, and the next run goes on from there"
        case .outOfMemory(let detail):
            return "ran out of memory (\(detail)); what was indexed is kept, and the next run goes on from there"
        case .readOnly(let path): return "the index at \(path.terminalSafeName) is read-only (its file or its folder cannot be written), so it could not be refreshed"
        }
    }
}

extension IndexError {
    /// The index error for whatever SQLite or the file system threw while the index file at
    /// `path` was in use: damage becomes `.corrupt`, any other database error `.database`.
    init(_ error: any Error, path: String) {
        switch error {
        case let error as IndexError:
            self = error
        case let error as DatabaseError where error.meansDamage:
            self = .corrupt(path: path, detail: error.damageDetail)
        case let error as DatabaseError where error.resultCode == .SQLITE_NOMEM:
            self = .outOfMemory(detail: MemoryLimit.describe())
        case let error as DatabaseError where WriteFailure.problem(error, at: path) != nil:
            self = .cannotWrite(path: path, problem: WriteFailure.problem(error, at: path)!)
        case let error as DatabaseError:
            self = .database(error.message ?? "\(error)")
        default:
            self = .database("\(error)")
        }
    }

    /// The damage this error reports, as the reason to rebuild; nil for any other failure.
    var damage: RebuildReason? {
        if case .corrupt(_, let detail) = self { return .damaged(detail: detail) }
        return nil
    }
}

extension DatabaseError {
    /// Whether SQLite says the file is damaged: a malformed page (in a table, an index or the
    /// full-text table) or no database at all. The one test of damage, for opening, refreshing
    /// and answering alike.
    var meansDamage: Bool {
        resultCode == .SQLITE_CORRUPT || resultCode == .SQLITE_NOTADB || extendedResultCode == .SQLITE_CORRUPT_VTAB
    }

    /// SQLite's own words for the damage.
    var damageDetail: String { message ?? "\(resultCode)" }
}
