import Foundation
import NewsCore
import NewsStore

/// Opening a corpus's index and the reading state, with the messages the commands share.
enum OpenedCorpus {
    /// The index of `folder`, at `override` (`--index`), `$BYLINE_INDEX` or the cache default.
    static func index(folder: URL, override: String?) throws -> NewsIndex {
        do {
            let location = IndexLocation.resolve(corpus: folder, override: override)
            return try NewsIndex.open(corpus: folder, location: location)
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }

    /// The reading state (read marks and stars), shared by every corpus.
    static func readingState() throws -> ReadingState {
        do {
            return try ReadingState.open()
        } catch {
            throw CommandFailure("reading state: \(error.description)")
        }
    }

    static func articleCount(_ index: NewsIndex) throws -> Int {
        do {
            return try index.articleCount()
        } catch {
            throw CommandFailure(String(describing: error))
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
            throw CommandFailure("\(folder.path.terminalSafeName): no articles (*.txt or *.md) found")
        }
    }

    /// One line on standard error for each file a refresh skipped or read with a problem.
    static func warn(_ summary: RefreshSummary) {
        for line in summary.skipped + summary.warnings {
            FileHandle.standardError.write(Data("byline: \(line.terminalSafe)\n".utf8))
        }
    }

    /// Brings the index up to date in the foreground, for the scripting commands.
    static func refreshed(folder: URL, override: String?) throws -> NewsIndex {
        let index = try index(folder: folder, override: override)
        do {
            warn(try index.refresh())
        } catch {
            throw CommandFailure(String(describing: error))
        }
        return index
    }
}
