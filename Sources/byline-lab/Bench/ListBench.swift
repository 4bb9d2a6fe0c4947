import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `byline-lab list-bench`: what the reader's article list asks of an existing index when the
/// user sorts it (`O`), opens the picker (`f`) or picks a section, timed.
///
/// A sort change is the list's first page of 100 rows in the new order and its count; `G` is
/// the last page; following an article is its position in the order. The first run of each
/// is in a process that has not read those pages of the index yet, as the reader's first is.
struct ListBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list-bench",
        abstract: "Time sorting the article list and the section/source picker on an indexed corpus (use a release build).")

    @Option(help: "The corpus folder.") var corpus: String
    @Option(help: "Its index (built already, e.g. by `byline index DIR --index PATH`).") var index: String
    @Option(help: "Repetitions of each measure.") var reps: Int = 20
    @Option(help: "A word to search for, sorted each way.") var word = "economy"

    func run() throws {
        let idx = try NewsIndex.open(corpus: URL(fileURLWithPath: corpus), location: IndexLocation(databaseURL: URL(fileURLWithPath: index)))
        let total = try idx.articleCount()
        print("list-bench: \(corpus), \(total) articles")
        print("load average at start: \(BenchCommand.loadAverage())")
        var rows: [[String]] = [["measure", "first", "p50", "max"]]
        func time(_ label: String, _ body: () throws -> Void) rethrows {
            var samples: [Double] = []
            for _ in 0..<max(1, reps) {
                let t0 = ProcessStats.now()
                try body()
                samples.append((ProcessStats.now() - t0) * 1000)
            }
            rows.append([label, String(format: "%.1f ms", samples[0]), String(format: "%.1f ms", ProcessStats.percentile(samples, 50)),
                         String(format: "%.1f ms", samples.max() ?? 0)])
        }
        let middle = try idx.articles(offset: total / 2, limit: 1).first
        for order in [ArticleOrder.date, .title, .source, .section] {
            try time("O, by \(order.rawValue): page 1 + count") {
                _ = try idx.articles(offset: 0, limit: 100, order: order)
                _ = try idx.articleCount()
            }
            try time("  G: the last page") {
                _ = try idx.articles(offset: max(0, total - 100), limit: 100, order: order)
            }
            if let middle {
                try time("  follow an article: its row") {
                    _ = try idx.position(ofArticle: middle.id, order: order)
                }
            }
        }
        var facets: [ArticleFacet] = []
        try time("f: every section and source with its count") {
            facets = try idx.facets()
        }
        if let biggest = facets.max(by: { $0.articles < $1.articles }) {
            let query = biggest.kind == .section ? "section:\"\(biggest.name)\"" : "source:\"\(biggest.name)\""
            for order in [ArticleOrder.date, .title] {
                try time("Enter on \(query) (\(biggest.articles)), by \(order.rawValue): page 1 + count") {
                    _ = try idx.search(query, limit: 100, snippets: false, order: order)
                    _ = try idx.count(query)
                }
            }
        }
        for order in [ArticleOrder.score, .date, .title] {
            try time("search \(word), by \(order.rawValue): page 1 (no snippets) + count") {
                _ = try idx.search(word, limit: 100, snippets: false, order: order)
                _ = try idx.count(word)
            }
        }
        print(BenchTable.render(rows))
        print("load average at end: \(BenchCommand.loadAverage())")
    }
}
