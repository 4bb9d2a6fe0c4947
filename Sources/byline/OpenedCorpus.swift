import Foundation
import NewsCore
import NewsStore

/// Opening a corpus's index and the reading state, with the messages the commands share.
enum OpenedCorpus {
    /// The owner of the index of `folder`, at `override` (`--index`), `$BYLINE_INDEX` or the
    /// cache default.
    ///
    /// With `announce`, says on standard error why the file was replaced, if it was (damaged,
    /// built by another version): the user should know their index was rebuilt.
    static func owner(folder: URL, override: String?, rebuild: Bool = false, announce: Bool = true) throws -> IndexOwner {
        do {
            try MemoryLimit.checkRoomToIndex()
            let location = IndexLocation.resolve(corpus: folder, override: override)
            let owner = try IndexOwner(corpus: folder, location: location, rebuild: rebuild)
            if announce, let reason = owner.index.rebuilt, reason != .requested {
                warn(reason.description)
            }
            return owner
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Answers a question from the folder's index, brought up to date first.
    ///
    /// SQLite notices damage only when it reads a damaged page, which may be in the middle of
    /// the refresh or of an answer. Then the index owner rebuilds the index from the folder
    /// (the user is told) and the refresh and question run again, so a corrupt or truncated
    /// file costs a rebuild, never a wrong answer or a dead end. `question` should gather its
    /// answer without printing, so nothing is printed twice. Index and search errors other than
    /// damage become one-line failures.
    static func answering<T>(folder: URL, override: String?, _ question: (NewsIndex) throws -> T) throws -> T {
        let owner = try owner(folder: folder, override: override)
        if owner.index.isReadOnly {
            // One line, then the answer from the index as it is: it may miss recent changes.
            warn("\(IndexError.readOnly(path: owner.index.location.databaseURL.path).description); answering from it as it is")
        }
        do {
            return try owner.recovering({ index in
                if index.isReadOnly { return try question(index) }
                let summary = try index.refresh()
                report(summary)
                try requireAny(summary, in: folder)
                return try question(index)
            }, rebuilding: announceRebuild(of: owner))
        } catch {
            tidy(owner, after: error)
            throw CommandFailure(error)
        }
    }

    /// Closes the index after a failure, so that SQLite takes away its log and shared-memory
    /// files; after a write that found no room, an index still without articles (a first
    /// build) is deleted instead, since its log cannot be checkpointed on the full disk.
    static func tidy(_ owner: IndexOwner, after error: any Error) {
        if case .outOfMemory? = error as? IndexError {
            // Closing the index (and releasing it) needs threads that libdispatch, short of
            // memory, waits for forever: the line, and out at once. What was committed is on disk.
            warn(CommandFailure(error).message)
            _exit(1)
        }
        if case .cannotWrite? = error as? IndexError, owner.index.discardIfEmpty() { return }
        try? owner.index.close()
    }

    /// What to say when the index owner starts a rebuild: one line saying the index is damaged
    /// and is being rebuilt.
    static func announceRebuild(of owner: IndexOwner) -> (RebuildReason) -> Void {
        let path = owner.index.location.databaseURL.path
        return { reason in
            var line = reason.underway
            if case .damaged(let detail) = reason {
                line = "the index at \(path.terminalSafeName) is damaged (\(detail)); rebuilding it from the folder"
            }
            warn(line)
        }
    }

    /// The reading state (read marks and stars), shared by every corpus; when its file cannot
    /// be opened for writing, a copy in memory that says so (`takeNotice`).
    static func readingStateOrUnsaved() -> ReadingState {
        do {
            return try ReadingState.open()
        } catch {
            return ReadingState.unsaved(copying: .resolve(), because: error.description)
        }
    }

    /// Fails with a clear message when the folder holds no article files at all.
    static func requireArticles(in folder: URL) throws {
        let files: [CorpusScanner.File]
        do {
            files = try CorpusScanner.scan(folder)
        } catch {
            throw CommandFailure(String(describing: error))
        }
        if files.isEmpty {
            throw CommandFailure("\(folder.path.terminalSafeName): no articles (*.txt, *.md, *.html, feeds, wire copy or JSON Lines) found")
        }
    }

    /// Fails with one clear line when the folder holds no article the index could take: no
    /// article file at all, or only files it had to skip (named when first met).
    static func requireAny(_ summary: RefreshSummary, in folder: URL) throws(CommandFailure) {
        guard summary.total == 0 else { return }
        throw CommandFailure("\(folder.path.terminalSafeName): no articles found (no *.txt, *.md, *.html, feed, wire or JSON Lines file that can be read)")
    }

    /// One line on standard error for each file a refresh skipped or read with a problem.
    static func report(_ summary: RefreshSummary) {
        for line in summary.skipped + summary.warnings {
            warn(line)
        }
    }
}
