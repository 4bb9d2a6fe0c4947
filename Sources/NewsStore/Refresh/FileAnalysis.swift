import Foundation
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
    static func run(_ file: PendingFile, analysis: Analysis, removedHashes: Set<Int64>) -> FileOutcome {
        let data: Data
        do {
            data = try ArticleFile.read(file.url)
        } catch .missing {
            // The scanner finds a file whose name is not UTF-8, but no String can open it.
            if file.path.unicodeScalars.contains("\u{FFFD}") { return .skipped("its name is not valid UTF-8; rename it to index it") }
            return .skipped("vanished while indexing")
        } catch {
            return .skipped(error.description)
        }
        let hash = ContentHash.of(data)
        if hash == file.storedHash { return .touched(hash: hash) }
        if removedHashes.contains(hash) { return .sameAsRemoved(hash: hash) }
        switch analyse(data, path: file.path, analysis: analysis) {
        case .success(let article): return .article(hash: hash, article)
        case .failure(let failure): return .skipped(failure.description)
        }
    }

    static func analyse(_ data: Data, path: String, analysis: Analysis) -> Result<AnalysedArticle, ArticleParser.Failure> {
        let article: Article
        do {
            article = try ArticleParser.parse(data, path: path)
        } catch {
            return .failure(error)
        }
        let (entities, quotes) = analysis.run(article)
        return .success(AnalysedArticle(
            title: article.title, date: article.date, day: SortDay.of(date: article.date, path: path),
            body: body(of: article), entities: entities, quotes: quotes,
            warnings: article.warnings + (article.exceedsAnalysisLimit ? [Article.analysisLimitWarning] : [])
        ))
    }

    /// The article text after its headline block (the headline is the title column).
    static func body(of article: Article) -> String {
        guard let first = article.blocks.first, first.kind == .headline else { return article.text }
        guard article.blocks.count > 1 else { return "" }
        return article.slice(article.blocks[1].range.lowerBound..<article.text.scalarCount)
    }
}
