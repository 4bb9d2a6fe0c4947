/// How far a refresh has got: sent to the progress callback after the scan and each batch.
public struct RefreshProgress: Sendable, Equatable {
    /// The step a refresh is in.
    public enum Phase: String, Sendable, Equatable {
        /// Listing the folder and comparing fingerprints.
        case scanning
        /// Reading, parsing and analysing new and changed files; `done`/`total` count them.
        case indexing
        /// Linking names across the corpus (bare surnames to full names).
        case linking
        /// Rebuilding the full-text table to drop rows of replaced articles.
        case compacting
        case finished
    }

    public var phase: Phase
    /// Files processed so far in this phase, of `total`.
    public var done: Int
    public var total: Int
    /// Bytes of those files, for a rate in MB/s.
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Seconds since the refresh started.
    public var elapsed: Double

    public init(phase: Phase, done: Int = 0, total: Int = 0, bytesDone: Int = 0, bytesTotal: Int = 0, elapsed: Double = 0) {
        self.phase = phase
        self.done = done
        self.total = total
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.elapsed = elapsed
    }
}

/// What a refresh changed, for telling the user ("3 new, 1 changed, 2 removed").
public struct RefreshSummary: Sendable, Equatable, CustomStringConvertible {
    /// Articles indexed for the first time.
    public var added = 0
    /// Articles whose content changed and were indexed again.
    public var changed = 0
    /// Articles whose file is gone.
    public var removed = 0
    /// Articles found under a new path with the same content (nothing re-read but the file).
    public var moved = 0
    /// Files whose time changed but not their content.
    public var touched = 0
    /// Files left as they were.
    public var unchanged = 0
    /// Files that are not articles (binary, empty) or could not be read, with the reason.
    public var skipped: [String] = []
    /// Files indexed despite a problem (not UTF-8, control characters removed, too long to
    /// analyse whole), each as "path: what", one line per file.
    public var warnings: [String] = []
    /// Whether the full-text table was rebuilt to drop replaced rows.
    public var compacted = false
    /// Articles in the index after the refresh.
    public var total = 0
    public var seconds: Double = 0
    /// Where the time went, for `byline index --stats` and the bench.
    public var timing = RefreshTiming()

    public init() {}

    /// Whether any article was added, changed, moved or removed.
    public var changedAnything: Bool { added + changed + removed + moved > 0 }

    /// "3 new, 1 changed, 2 removed" (parts with zero left out), or "no changes".
    public var description: String {
        var parts: [String] = []
        if added > 0 { parts.append("\(added) new") }
        if changed > 0 { parts.append("\(changed) changed") }
        if moved > 0 { parts.append("\(moved) moved") }
        if removed > 0 { parts.append("\(removed) removed") }
        if !skipped.isEmpty { parts.append("\(skipped.count) skipped") }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }
}

/// Where a refresh spent its time, in CPU seconds of the threads doing each stage. Reading,
/// parsing and analysis run on every core (summed over the workers); writing runs on the one
/// writer thread, alongside them, and the finishing steps on it and on a reader or two.
public struct RefreshTiming: Sendable, Equatable {
    /// Reading files and hashing them.
    public var reading: Double = 0
    /// `ArticleParser.parse`.
    public var parsing: Double = 0
    /// Entity extraction and quote finding (`Analysis`).
    public var analysing: Double = 0
    /// SQLite: article rows, FTS, mentions, counters (one transaction per batch).
    public var writing: Double = 0
    /// Cross-corpus name linking (deciding on a reader, writing on the writer), FTS segment
    /// merge, compaction and checkpoint.
    public var finishing: Double = 0
    /// Grouping versions of one story (`DuplicateGroups`), part of `finishing`.
    public var grouping: Double = 0
    /// Wall seconds the writer waited for a batch's analysis (`RefreshTrace`): the workers
    /// are the bottleneck then, and the writer's core is idle unless they use it.
    public var writerWaiting: Double = 0
    /// Wall seconds the workers had nothing to analyse while the writer still wrote the batch
    /// before (the last batch's write and the finishing steps not counted): the writer is the
    /// bottleneck then.
    public var workersIdle: Double = 0

    public init() {}
}
