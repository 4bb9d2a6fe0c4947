import Foundation
import NewsCore

/// A folder of articles read straight from disk: the list and any one article on demand.
public struct FolderCorpus: Sendable {
    /// What the list needs of one article.
    public struct Entry: Sendable, Equatable, Hashable {
        public var path: String
        public var title: String
        public var date: String?
    }

    public let folder: URL
    public private(set) var entries: [Entry] = []
    /// One line per file that could not be read, naming it.
    public private(set) var warnings: [String] = []

    /// Scans `folder` and reads every article's headline and date, newest first.
    public init(folder: URL) throws(CorpusScanner.Failure) {
        self.folder = folder
        let files = try CorpusScanner.scan(folder)
        var entries: [Entry] = []
        for file in files {
            do {
                for article in try ArticleLoader.loadAll(file.url, path: file.relativePath) {
                    entries.append(Entry(path: article.path, title: article.title, date: Self.date(of: article)))
                    if let warning = article.warnings.first {
                        warnings.append("\(article.path.terminalSafeName): \(warning)")
                    }
                }
            } catch {
                warnings.append(error.description)
            }
        }
        self.entries = entries.sorted(by: Self.newestFirst)
    }

    /// Reads one article of the corpus by its relative path (`feed.xml#id` for an item).
    public func article(at path: String) throws(ArticleLoader.Failure) -> Article {
        try ArticleLoader.load(folder.appendingPathComponent(path), path: path)
    }

    /// The article's day for sorting: the `YYYY-MM-DD` its date starts with.
    public static func date(of article: Article) -> String? {
        article.date.flatMap(ArticleParser.isoDay)
    }

    /// Dated articles newest first, then undated ones, each by path.
    static func newestFirst(_ a: Entry, _ b: Entry) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.path < b.path
        }
    }
}
