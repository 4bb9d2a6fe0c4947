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
    /// The items of this file the index has (`feed.xml#id` → content hash), when it holds
    /// several articles (`ArticleItems`).
    var storedItems: [String: Int64] = [:]

    /// The file's entry for one of its items, as the writer applies it.
    func item(_ path: String) -> PendingFile {
        PendingFile(path: path, url: url, size: size, mtime: mtime, storedHash: storedItems[path])
    }
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
    /// Who published it (front matter `source:`, a page's publisher, a feed's title), or "".
    var source: String = ""
    /// The front matter's `section:`, or "" (the index falls back on the top folder).
    var section: String = ""
    /// The body's MinHash sketch, which finds other versions of the story; nil for no words.
    var signature: StorySignature?
    /// What went wrong while reading it that did not stop it being indexed, for the user.
    var warnings: [String] = []
    /// The role bits (`PersonRoles`) of each entity, in `entities` order (empty when no
    /// person is named): 0 for none, and for any name that is not a person's.
    var roles: [Int] = []
    /// The sport the story is about (`StorySport`), when it names a person in full: their name
    /// is kept by section and sport.
    var sport: String? = nil
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
    /// A file of several articles: what each item gave, by its path (`feed.xml#id`).
    indirect case items([(path: String, outcome: FileOutcome)])
}

/// The per-file work of a refresh, run on the worker threads: read, hash, parse, analyse.
///
/// Each stage's CPU time is the difference of two readings of the thread's CPU clock, and one
/// stage's end is the next one's start: a reading is a system call (the kernel locks the run
/// queue to tell a running thread's time), and six of them an article were a percent of the
/// whole index's CPU.
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
        let read = Clock.now()
        timing.reading = read - started
        if hash == file.storedHash { return (.touched(hash: hash), timing) }
        if removedHashes.contains(hash) { return (.sameAsRemoved(hash: hash), timing) }
        let format = ArticleFormat(path: file.path, data: data)
        if format.holdsSeveral {
            return (items(data, file: file, format: format, analysis: analysis, removedHashes: removedHashes, timing: &timing, started: read), timing)
        }
        switch analyse(data, path: file.path, analysis: analysis, timing: &timing, started: read) {
        case .success(let article): return (.article(hash: hash, article), timing)
        case .failure(let failure): return (.skipped(failure.description), timing)
        }
    }

    /// The outcome of a file of several articles: each item hashed by its own content
    /// (`ArticleItem.identity`), so that an unchanged item of an edited feed is only touched and
    /// its reading state is its own. The parsing is timed from `started`.
    static func items(
        _ data: Data, file: PendingFile, format: ArticleFormat, analysis: Analysis, removedHashes: Set<Int64>, timing: inout RefreshTiming,
        started: Double = Clock.now()
    ) -> FileOutcome {
        let items: [ArticleItem]
        do {
            items = try ArticleItems.read(data, path: file.path, format: format)
        } catch {
            return .skipped(error.description)
        }
        var clock = Clock.now()
        timing.parsing += clock - started
        var outcomes: [(path: String, outcome: FileOutcome)] = []
        for item in items {
            let path = item.article.path
            let hash = ContentHash.of(item.identity)
            if hash == file.storedItems[path], item.article.warnings.isEmpty {
                outcomes.append((path, .touched(hash: hash)))
            } else if removedHashes.contains(hash) {
                outcomes.append((path, .sameAsRemoved(hash: hash)))
            } else {
                var itemTiming = RefreshTiming()
                outcomes.append((path, .article(hash: hash, analyse(item.article, path: path, plain: false, analysis: analysis, timing: &itemTiming,
                                                                    clock: &clock))))
                timing.analysing += itemTiming.analysing
            }
        }
        return .items(outcomes)
    }

    /// The hash an indexed article is known by: its file's bytes, or for an item of a file of
    /// several, its own content (`ArticleItem.identity`). Nil when the item cannot be read.
    static func contentHash(_ data: Data, path: String) -> Int64? {
        guard ArticlePath.split(path) != nil else { return ContentHash.of(data) }
        guard let article = try? ArticleParser.parse(data, path: path) else { return nil }
        return ContentHash.of(ArticleItems.identity(of: article))
    }

    static func analyse(_ data: Data, path: String, analysis: Analysis) -> Result<AnalysedArticle, ArticleParser.Failure> {
        var timing = RefreshTiming()
        return analyse(data, path: path, analysis: analysis, timing: &timing)
    }

    /// The article in `data`, parsed and analysed; the parsing is timed from `started`.
    static func analyse(
        _ data: Data, path: String, analysis: Analysis, timing: inout RefreshTiming, started: Double = Clock.now()
    ) -> Result<AnalysedArticle, ArticleParser.Failure> {
        let article: Article
        do {
            article = try ArticleParser.parse(data, path: path)
        } catch {
            return .failure(error)
        }
        // Only a text or Markdown file can be laid out plainly: a page's or a feed's bytes are
        // markup, and checking them cost a sixth of the time of indexing saved pages.
        let plain = (article.format == .plainText || article.format == .markdown) && isPlain(data, text: article.text)
        var clock = Clock.now()
        timing.parsing = clock - started
        return .success(analyse(article, path: path, plain: plain, analysis: analysis, timing: &timing, clock: &clock))
    }

    /// What the index keeps of a parsed article. Its analysis is timed from `clock`, the
    /// thread's CPU clock when it starts, which is left at the clock when it ends.
    static func analyse(
        _ article: Article, path: String, plain: Bool, analysis: Analysis, timing: inout RefreshTiming, clock: inout Double
    ) -> AnalysedArticle {
        let started = clock
        defer {
            clock = Clock.now()
            timing.analysing = clock - started
        }
        let (entities, quotes) = analysis.run(article)
        let body = body(of: article)
        return AnalysedArticle(
            title: article.title, date: article.date, day: SortDay.of(date: article.date, path: path),
            body: body, entities: entities, quotes: quotes, plain: plain,
            source: ArticleFacets.clean(article.source), section: ArticleFacets.section(of: article),
            signature: StorySignature.of(body),
            warnings: article.warningsWithLimits,
            roles: PersonRoles.of(entities, in: article.text),
            sport: entities.contains { $0.type == .person && isFullName($0.name) } ? StorySport.of(article.text) : nil
        )
    }

    /// Whether `PlainLayout.text` of a file's bytes is the parser's text: compared by bytes
    /// first, and through the layout's text only when that shows no match.
    static func isPlain(_ data: Data, text: String) -> Bool {
        PlainLayout.sameBytes(data, as: text) || PlainLayout.text(data).map { sameText($0, text) } == true
    }

    /// Whether two strings are equal (`==`), their bytes compared first: equal bytes are equal
    /// text, while `==` compares text beyond ASCII by canonical equivalence, scalar by scalar.
    static func sameText(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let sameBytes = a.withUTF8 { p in
            b.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
        return sameBytes || a == b
    }

    /// Whether a name has a space between words: a person's full name.
    ///
    /// A space that a combining mark follows is part of another character and does not count.
    /// (Foundation's `contains(" ")` answered the same at 5,000 instructions a name; the bytes
    /// rule most names out first, and only names with a space are read by character.)
    static func isFullName(_ name: String) -> Bool {
        name.utf8.contains(UInt8(ascii: " ")) && name.contains(" " as Character)
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
