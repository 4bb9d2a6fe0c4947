import Foundation
import NewsCore
import NewsStore

/// Opening a corpus's index and the reading state, with the messages the commands share.
enum OpenedCorpus {
    /// The index of `folder`, at `override` (`--index`), `$BYLINE_INDEX` or the cache default.
    ///
    /// With `announce`, says on standard error why the file was replaced, if it was (damaged,
    /// built by another version): the user should know their index was rebuilt.
    static func index(folder: URL, override: String?, rebuild: Bool = false, announce: Bool = true) throws -> NewsIndex {
        do {
            let location = IndexLocation.resolve(corpus: folder, override: override)
            let index = try NewsIndex.open(corpus: folder, location: location, rebuild: rebuild)
            if announce, let reason = index.rebuildReason, reason != "rebuild requested" {
                FileHandle.standardError.write(Data("byline: \(reason.terminalSafe)\n".utf8))
            }
            return index
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }

    /// Answers a question from the folder's index, brought up to date first.
    ///
    /// SQLite notices damage only when it reads a damaged page, which may be in the middle of
    /// an answer. If the refresh or `question` meets a damaged index, the index is rebuilt from
    /// the folder (the user is told) and the question asked again, so a corrupt or truncated
    /// file costs a rebuild, never a wrong answer or a dead end. `question` should gather its
    /// answer without printing, so nothing is printed twice. Index and search errors other than
    /// damage become one-line failures.
    static func answering<T>(folder: URL, override: String?, _ question: (NewsIndex) throws -> T) throws -> T {
        var index = try refreshed(folder: folder, override: override)
        do {
            return try ask(index, question)
        } catch let damage as IndexError {
            announceRebuild(damage)
            index = try refreshed(folder: folder, override: override, rebuild: true)
            do {
                return try ask(index, question)
            } catch let again as IndexError {
                throw CommandFailure(again.description)
            }
        }
    }

    /// Runs `question`, letting only damage through as an `IndexError`.
    private static func ask<T>(_ index: NewsIndex, _ question: (NewsIndex) throws -> T) throws -> T {
        do {
            return try question(index)
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as IndexError {
            if error.isDamage { throw error }
            throw CommandFailure(error.description)
        } catch let error as SearchError {
            if case .index(let inner) = error, inner.isDamage { throw inner }
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }

    /// One line saying the index is damaged and is being rebuilt.
    static func announceRebuild(_ damage: IndexError) {
        var line = damage.description
        if case .corrupt(let path, let detail) = damage {
            line = "the index at \(path) is damaged (\(detail)); rebuilding it from the folder"
        }
        FileHandle.standardError.write(Data("byline: \(line.terminalSafe)\n".utf8))
    }

    /// The reading state (read marks and stars), shared by every corpus.
    static func readingState() throws -> ReadingState {
        do {
            return try ReadingState.open()
        } catch {
            throw CommandFailure("reading state: \(error.description)")
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
            throw CommandFailure("\(folder.path.terminalSafeName): no articles (*.txt, *.md, *.html) found")
        }
    }

    /// Fails with one clear line when the folder holds no article the index could take: no
    /// article file at all, or only files it had to skip (named when first met).
    static func requireAny(_ summary: RefreshSummary, in folder: URL) throws(CommandFailure) {
        guard summary.total == 0 else { return }
        throw CommandFailure("\(folder.path.terminalSafeName): no articles found (no *.txt, *.md or *.html file that can be read)")
    }

    /// One line on standard error for each file a refresh skipped or read with a problem.
    static func warn(_ summary: RefreshSummary) {
        for line in summary.skipped + summary.warnings {
            FileHandle.standardError.write(Data("byline: \(line.terminalSafe)\n".utf8))
        }
    }

    /// Brings the index up to date in the foreground, for the scripting commands; a damaged
    /// index is rebuilt (once) and the user told.
    static func refreshed(folder: URL, override: String?, rebuild: Bool = false) throws -> NewsIndex {
        let index = try index(folder: folder, override: override, rebuild: rebuild)
        do {
            let summary = try index.refresh()
            warn(summary)
            try requireAny(summary, in: folder)
        } catch let error as IndexError where error.isDamage && !rebuild {
            announceRebuild(error)
            return try refreshed(folder: folder, override: override, rebuild: true)
        } catch {
            throw CommandFailure(String(describing: error))
        }
        return index
    }
}
