import Foundation
import NewsCore

/// One article as the list shows it, straight from the index (no file read).
public struct ArticleSummary: Sendable, Equatable, Hashable {
    public var id: Int64
    /// Relative to the corpus folder.
    public var path: String
    public var title: String
    /// The sort date, `YYYY-MM-DD`: the `date` field or a file-name prefix; nil when neither.
    public var date: String?
    /// The content hash of the indexed file: the reading state's key.
    public var hash: Int64
    var size: Int
    var mtime: Int64
    /// The file's text can be rebuilt without the parser (see `PlainLayout`).
    var plain: Bool
    /// The group of versions of one story this article belongs to (`DuplicateGroups`), nil
    /// when it is the only one.
    public var group: Int64?
    /// How many versions of the story the index holds, this one included (1 when alone).
    public var versions: Int = 1

    /// The day the file was last modified, `YYYY-MM-DD` in local time: the date shown for an
    /// article that gives none (the BBC collection's files have no dates).
    public var modified: String { FileDay.text(ofNanoseconds: mtime) }

    /// The date to show: the article's own, else the file's (`dateIsFileTime`).
    public var shownDate: String { date ?? modified }

    /// Whether `shownDate` is the file's modification day, the article giving no date.
    public var dateIsFileTime: Bool { date == nil }

    /// The key the reading state files this article under.
    public func stateKey(in corpus: URL) -> ArticleKey {
        ArticleKey(hash: hash, path: corpus.appendingPathComponent(path).path)
    }
}

/// An article read back from its file, with what the index knows about it.
public struct OpenedArticle: Sendable {
    public var summary: ArticleSummary
    public var article: Article
    /// The file changed since it was indexed: stored offsets (entities, quotes) may not fit the
    /// text until the next refresh.
    public var isStale: Bool
    /// The words a query matched, as scalar ranges into `article.text`, in text order.
    public var matches: [Range<Int>]
}

/// Reads an indexed article's file again and checks it against the stored fingerprint.
enum ArticleFileReader {
    static func read(_ summary: ArticleSummary, corpus: URL) throws(IndexError) -> (Article, stale: Bool) {
        let url = corpus.appendingPathComponent(ArticlePath.file(of: summary.path))
        let data: Data
        do {
            data = try ArticleFile.read(url)
        } catch .missing {
            throw .database("\(summary.path.terminalSafeName): the file is gone; refresh the index")
        } catch {
            throw .database("\(summary.path.terminalSafeName): \(error)")
        }
        do {
            let article = try ArticleParser.parse(data, path: summary.path)
            // An item of a feed is known by its own content, not its file's.
            let hash = ArticlePath.split(summary.path) == nil ? ContentHash.of(data) : ContentHash.of(ArticleItems.identity(of: article))
            return (article, data.count != summary.size || hash != summary.hash)
        } catch {
            throw .database("\(summary.path.terminalSafeName): \(error)")
        }
    }
}

extension ArticleFileReader {
    /// Just the text and where its headline ends: through `PlainLayout` when the article is
    /// flagged plain and its bytes are unchanged, through the parser otherwise.
    static func readText(_ summary: ArticleSummary, corpus: URL) throws(IndexError) -> (text: String, headlineEnd: Int, stale: Bool) {
        let url = corpus.appendingPathComponent(ArticlePath.file(of: summary.path))
        guard let data = try? ArticleFile.read(url) else {
            throw .database("\(summary.path.terminalSafeName): the file is gone or unreadable; refresh the index")
        }
        let stale = data.count != summary.size || FileAnalysis.contentHash(data, path: summary.path) != summary.hash
        if summary.plain, !stale, let text = PlainLayout.text(data) {
            return (text, PlainLayout.headlineEnd(of: text), false)
        }
        do {
            let article = try ArticleParser.parse(data, path: summary.path)
            let headlineEnd = article.blocks.first(where: { $0.kind == .headline })?.range.upperBound ?? 0
            return (article.text, headlineEnd, stale)
        } catch {
            throw .database("\(summary.path.terminalSafeName): \(error)")
        }
    }
}
