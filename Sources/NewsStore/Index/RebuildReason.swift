import NewsCore

/// Why an index file was replaced by a new, empty one, to be filled again from the folder.
///
/// The one source of the sentences that tell the user why: `description` once the file has
/// been replaced, `underway` while the new index is still being filled. Front ends add their
/// own advice (the command line names its commands; the store never does).
public enum RebuildReason: Sendable, Equatable, CustomStringConvertible {
    /// The caller asked for a fresh index (`byline index --rebuild`).
    case requested
    /// The file is shorter than its own header says (a full disk, an interrupted copy);
    /// `detail` gives the sizes ("1024 of 8192 bytes").
    case truncated(detail: String)
    /// SQLite found the file damaged: a malformed page, or not a database at all; `detail`
    /// is SQLite's message.
    case damaged(detail: String)
    /// Opening failed for a reason SQLite did not call damage; `detail` is the error.
    case unreadable(detail: String)
    /// The file's creation was cut short before the index was complete.
    case incomplete
    /// The parser, the analysis or the tables changed since the file was built (`IndexVersion`);
    /// `from` is the version key the file carried.
    case versionChanged(from: String)
    /// The file was the index of another folder.
    case otherCorpus(was: String, now: String)

    /// What was found, said once the file has been replaced.
    public var description: String {
        switch self {
        case .requested: return "rebuild requested"
        case .truncated, .damaged, .unreadable: return "\(finding) and has been rebuilt"
        case .incomplete, .versionChanged: return "\(finding); it has been rebuilt"
        case .otherCorpus(_, let now): return "\(finding); it has been rebuilt for \(now.terminalSafeName)"
        }
    }

    /// What was found, said while the new index is being filled from the folder.
    public var underway: String {
        "\(finding); it is rebuilt from the folder"
    }

    /// What was wrong with the old file (or that a new one was asked for).
    var finding: String {
        switch self {
        case .requested: return "rebuild requested"
        case .truncated(let detail): return "the index file was cut short (\(detail))"
        case .damaged(let detail): return "the index file was damaged (\(detail))"
        case .unreadable(let detail): return "the index could not be read (\(detail))"
        case .incomplete: return "the index was incomplete"
        case .versionChanged: return "the article parser, entity model or index format changed since the index was built"
        case .otherCorpus(let was, _): return "the index file belonged to \(was.terminalSafeName)"
        }
    }
}
