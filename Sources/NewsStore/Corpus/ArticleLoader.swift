import Foundation
import NewsCore

/// Reads one article file from disk and parses it.
public enum ArticleLoader {
    /// Why an article file could not be read.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missing(String)
        case unreadable(String, reason: String)
        case notAnArticle(String, ArticleParser.Failure)

        public var description: String {
            switch self {
            case .missing(let path): return "\(path.terminalSafeName): no such file"
            case .unreadable(let path, let reason): return "\(path.terminalSafeName): cannot be read (\(reason))"
            case .notAnArticle(let path, let failure): return "\(path.terminalSafeName): \(failure)"
            }
        }
    }

    /// The largest file read as an article; anything bigger is not a news story.
    public static let maximumSize = ArticleFile.maximumSize

    /// Every article of the file at `url`: its one article, or each item of a feed or JSON
    /// Lines file (named `path#id`).
    public static func loadAll(_ url: URL, path: String) throws(Failure) -> [Article] {
        let data = try read(url, path: path)
        let format = ArticleFormat(path: path, data: data)
        do {
            if format.holdsSeveral { return try ArticleItems.read(data, path: path, format: format).map(\.article) }
            return [try ArticleParser.parse(data, path: path)]
        } catch {
            throw .notAnArticle(path, error)
        }
    }

    /// Reads and parses `url`, naming the article `path` (usually relative to the corpus).
    /// A path naming an item of a file (`feed.xml#id`, `ArticlePath`) reads that file and
    /// takes the item from it.
    public static func load(_ url: URL, path: String) throws(Failure) -> Article {
        var url = url
        if ArticlePath.split(path) != nil, PathStatus.kind(url.path) == .missing, let (file, _) = ArticlePath.split(url.path) {
            url = URL(fileURLWithPath: file)
        }
        let data = try read(url, path: path)
        do {
            return try ArticleParser.parse(data, path: path)
        } catch {
            throw .notAnArticle(path, error)
        }
    }

    /// The bytes of the file at `url`, with the failures named after `path`.
    private static func read(_ url: URL, path: String) throws(Failure) -> Data {
        switch PathStatus.kind(url.path) {
        case .missing: throw .missing(path)
        case .folder: throw .unreadable(path, reason: "it is a folder")
        default: break
        }
        let data: Data
        do {
            data = try ArticleFile.read(url)
        } catch .missing {
            throw .missing(path)
        } catch .unreadable(let reason) {
            throw .unreadable(path, reason: reason)
        } catch .notARegularFile {
            throw .unreadable(path, reason: "it is a pipe or a device, not a regular file")
        } catch {
            throw .unreadable(path, reason: error.description)
        }
        return data
    }
}
