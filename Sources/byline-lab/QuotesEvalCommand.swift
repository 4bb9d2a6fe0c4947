import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsCore

/// `byline-lab quotes-eval`: scores the quote finder on a quote corpus file and times it.
struct QuotesEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes-eval",
        abstract: "Score quotation finding and attribution against a quote-corpus JSONL file.",
        discussion: """
            Prints the figures `eval_quotes.py` prints (quote P/R/F1 by overlap and exact match, \
            speaker accuracy, end-to-end P/R/F1, split by name and pronoun speakers and by direct and \
            mixed quotes), strict and lenient, then the speed of the finder on one core.
            """
    )

    /// CPU time of the calling thread: the fair measure of one core on a machine others share.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    @Argument(help: "The corpus file (JSONL with gold `quotes` and `other_quoted`).")
    var file: String

    @Option(name: .long, help: "Intersection-over-union a quote match needs.")
    var iou: Double = 0.5

    @Option(name: .long, help: "How many timed passes over the corpus (the fastest counts).")
    var passes: Int = 3

    func run() throws {
        let articles = try QuoteCorpusArticle.read(path: file)
        let predictions = QuotePrediction.predict(articles)
        for lenient in [false, true] {
            let counts = QuoteScorer(iouThreshold: iou, lenient: lenient).score(gold: articles, predictions: predictions)
            print(lenient ? "lenient (predictions inside other_quoted only are dropped):" : "strict:")
            print(QuoteReport(counts: counts, lenient: lenient).text)
        }
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        var bestWall = Double.infinity
        var bestCPU = Double.infinity
        var found = 0
        for _ in 0..<max(1, passes) {
            let clock = ContinuousClock()
            let cpuStart = Self.threadCPUSeconds()
            var n = 0
            let elapsed = clock.measure {
                for a in articles { n += QuoteFinder.quotes(in: a.text).count }
            }
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            found = n
            bestWall = min(bestWall, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        let mb = Double(bytes) / 1_000_000
        print(String(
            format: "speed: %.2f MB of article text (UTF-8), %d quotations; one core: %.3f s CPU = %.1f MB/s (wall %.3f s = %.1f MB/s)",
            mb, found, bestCPU, mb / bestCPU, bestWall, mb / bestWall))
    }
}
