import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Ranked full-text search over a folder's index.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a folder of articles, best match first.",
        discussion: """
            QUERY: words (all must match), "exact phrases", prefix*, OR, -excluded, title:WORD, \
            person:NAME, org:NAME, place:NAME, speaker:NAME, after:YYYY-MM-DD, before:YYYY-MM-DD, \
            tag:NAME (tags set in the reader with t), section:NAME (front matter section, else top \
            folder), source:NAME (publisher), folder:PATH or in:PATH (a folder of the corpus).
            """
    )

    @Argument(help: "The query.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Show at most this many results \(PositiveLimit.help).", transform: PositiveLimit.parse)
    var limit = 20

    @Option(help: "Order: score (best match first), date (newest first), title, source or section.")
    var sort: ArticleOrder = .score

    @Flag(help: "Print a JSON array of {\"path\",\"title\",\"score\",\"snippet\",\"versions\",\"version_paths\"} in the order asked; score is BM25 relevance (higher is better, null for queries without words or another order); matched words are [bracketed] in snippets; a story with several versions is one result, versions counting them and version_paths naming them newest first.")
    var json = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            // `tag:` is answered from the reading state, where the reader keeps tags.
            let state = OpenedCorpus.readingStateOrUnsaved()
            let (results, versions) = try OpenedCorpus.answering(folder: folder, override: corpus.indexPath) { index in
                let results = try index.search(query, limit: limit, snippets: true, state: state, order: sort)
                // The other versions of each story shown once, named by path.
                var versions: [Int64: [String]] = [:]
                for hit in results.hits where hit.summary.versions > 1 {
                    versions[hit.summary.id] = try index.versions(ofArticle: hit.summary.id).map(\.path)
                }
                return (results, versions)
            }
            if json {
                emit(JSONValue.array(results.hits.map { hit in
                    .object([
                        ("path", .string(hit.summary.path)),
                        ("title", .string(hit.summary.title)),
                        // Relevance, higher is better: BM25 as a positive number (FTS5 gives
                        // it negated, lower being better, which nothing in the output said).
                        ("score", hit.score.map { JSONValue.double(0 - $0) } ?? .null),
                        ("snippet", .optional(hit.snippet?.marked())),
                        ("versions", .int(hit.summary.versions)),
                        ("version_paths", .array((versions[hit.summary.id] ?? [hit.summary.path]).map(JSONValue.string))),
                    ])
                }).serialized())
                return
            }
            let bold = isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            for note in results.notes {
                warn(note)
            }
            if results.hits.isEmpty { warn("no articles match") }
            for hit in results.hits {
                let more = hit.summary.versions > 1 ? "  (\(hit.summary.versions) versions)" : ""
                emit("\(hit.summary.date ?? "          ")  \(hit.summary.title.terminalSafe)  \(hit.summary.path.terminalSafeName)\(more)")
                if let others = versions[hit.summary.id] {
                    for other in others where other != hit.summary.path { emit("            also: \(other.terminalSafeName)") }
                }
                if let snippet = hit.snippet {
                    // Bold on a terminal, `[brackets]` elsewhere; Byline's own escapes go in after
                    // the snippet's text is made visible.
                    if bold {
                        let pieces = snippet.pieces.map { (text: $0.text.replacingOccurrences(of: "\n", with: " "), marked: $0.matched) }
                        Console.writeMarkedInBold([(text: "            ", marked: false)] + pieces)
                    } else {
                        emit("            " + snippet.marked().replacingOccurrences(of: "\n", with: " "))
                    }
                }
            }
        }
    }
}

extension ArticleOrder: ExpressibleByArgument {}
