import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NewsCore

/// One file to (re)index, as the scan found it.
struct PendingFile: Sendable {
    var path: String
    var url: URL
    var size: Int
    var mtime: Int64
    /// The content hash stored for this path, when the index has the file already.
    var storedHash: Int64?
}

/// An article ready to be written: everything the index keeps, and nothing more (no Article).
struct AnalysedArticle: Sendable {
    var title: String
    var date: String?
    var day: Int
    /// The text after the headline: the FTS body column.
    var body: String
    var entities: [ArticleEntity]
    var quotes: [Quote]
    /// `PlainLayout` reproduces the parser's text for this file.
    var plain: Bool
    /// What went wrong while reading it that did not stop it being indexed, for the user.
    var warnings: [String] = []
}

/// What reading one pending file gave.
enum FileOutcome: Sendable {
    /// Same bytes as the stored article: only its time changed.
    case touched(hash: Int64)
    /// Same bytes as an article whose file disappeared: probably moved.
    case sameAsRemoved(hash: Int64)
    case article(hash: Int64, AnalysedArticle)
    /// Not an article (binary, empty) or unreadable, with the reason.
    case skipped(String)
}

/// The per-file work of a refresh, run on the worker threads: read, hash, parse, analyse.
enum FileAnalysis {
    static func run(_ file: PendingFile, analysis: Analysis, removedHashes: Set<Int64>) -> (FileOutcome, RefreshTiming) {
        var timing = RefreshTiming()
        let started = Clock.now()
        let data: Data
        do {
            data = try ArticleFile.read(file.url)
        } catch .missing {
            return (.skipped("vanished while indexing"), timing)
        } catch {
            return (.skipped(error.description), timing)
        }
        let hash = ContentHash.of(data)
        timing.reading = Clock.now() - started
        if hash == file.storedHash { return (.touched(hash: hash), timing) }
        if removedHashes.contains(hash) { return (.sameAsRemoved(hash: hash), timing) }
        switch analyse(data, path: file.path, analysis: analysis, timing: &timing) {
        case .success(let article): return (.article(hash: hash, article), timing)
        case .failure(let failure): return (.skipped(failure.description), timing)
        }
    }

    static func analyse(_ data: Data, path: String, analysis: Analysis) -> Result<AnalysedArticle, ArticleParser.Failure> {
        var timing = RefreshTiming()
        return analyse(data, path: path, analysis: analysis, timing: &timing)
    }

    static func analyse(_ data: Data, path: String, analysis: Analysis, timing: inout RefreshTiming) -> Result<AnalysedArticle, ArticleParser.Failure> {
        let started = Clock.now()
        let article: Article
        do {
            article = try ArticleParser.parse(data, path: path)
        } catch {
            return .failure(error)
        }
        let plain = PlainLayout.text(data) == article.text
        let parsed = Clock.now()
        timing.parsing = parsed - started
        defer { timing.analysing = Clock.now() - parsed }
        let (entities, quotes) = analysis.run(article)
        return .success(AnalysedArticle(
            title: article.title, date: article.date, day: SortDay.of(date: article.date, path: path),
            body: body(of: article), entities: entities, quotes: quotes, plain: plain,
            warnings: article.warningsWithLimits
        ))
    }

    /// The article text after its headline block (the headline is the title column).
    static func body(of article: Article) -> String {
        guard let first = article.blocks.first, first.kind == .headline else { return article.text }
        guard article.blocks.count > 1 else { return "" }
        // The text from the second block's first scalar to the end: found by walking the
        // headline only (slicing by scalar offsets counts the whole text twice).
        let scalars = article.text.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: article.blocks[1].range.lowerBound, limitedBy: scalars.endIndex)
        else { return "" }
        return String(scalars[start...])
    }
}

/// CPU seconds used by the calling thread: stage timings that other processes on a busy
/// machine cannot inflate (wall time would count the time a thread waits for a core).
enum Clock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
