import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab analysis-dump DIR`: everything the indexer's analysis makes of a folder, printed
/// in full, with the time each stage took on one thread.
///
/// Made for speed work: pipe the output through `sha256sum` before and after a change, and the
/// parser's articles, the extractor's entities (names, types, aliases, mentions, genders) and the
/// quote finder's quotes are shown unchanged when the digests match. The stage times go to
/// standard error so that they stay out of the digest.
struct AnalysisDump: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis-dump",
        abstract: "Print every article's parse, entities and quotes; stage times on one thread to stderr.")

    @Argument(help: "A folder of articles (searched recursively for .txt, .md, .html and .htm files).")
    var folder: String

    @Flag(help: "Print only the stage times.") var quiet = false

    @Option(help: "Read only the first N articles in path order (a fixed sample for `instructions`).")
    var limit: Int?

    @Option(name: .customLong("stop-after"), help: "The last stage to run: parse, entities or quotes (the default).")
    var stopAfter: Stage = .quotes

    @Flag(name: .customLong("no-token-count"), help: "Skip the tokens/s figures: counting tokens tokenises every article again.")
    var noTokenCount = false

    /// The analysis stages, in the order they run.
    enum Stage: String, ExpressibleByArgument, CaseIterable, Comparable {
        case parse, entities, quotes
        static func < (a: Stage, b: Stage) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if stopAfter != .quotes && !quiet { throw ValidationError("--stop-after prints nothing to compare: use it with --quiet") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["txt", "md", "html", "htm"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix(".") && !$0.lastPathComponent.hasPrefix("README") }
            .map { (url: $0, path: $0.path) }   // URL.path decodes on every call: once each, not per comparison
            .sorted { $0.path < $1.path }
            .prefix(limit ?? Int.max)
            .map(\.url)
        let extractor = try TaggerEntityExtractor()
        var parsing = 0.0, extracting = 0.0, quoting = 0.0
        var tokens = 0, articles = 0
        var out = ""
        for url in files {
            let data = try Data(contentsOf: url)
            let path = String(url.path.dropFirst(root.path.count + 1))
            var t = StageClock.now()
            let parsed = try? ArticleParser.parse(data, path: path)
            parsing += StageClock.now() - t
            guard let article = parsed else {
                out += "== \(path): not an article\n"
                continue
            }
            articles += 1
            // (Outside the stage clocks, but callgrind counts it: `instructions` turns it off so
            // that its parse figure is the parser's alone.)
            if !noTokenCount { tokens += WordTokenizer.tokens(in: article.text).count }
            guard stopAfter > .parse else { continue }
            t = StageClock.now()
            // As the indexer does (`Analysis.run`): the text decoded once for both stages, the
            // decoding timed with the entities.
            let text = ArticleScalars(article)
            let entities = extractor.entities(in: text)
            extracting += StageClock.now() - t
            guard stopAfter > .entities else { continue }
            t = StageClock.now()
            let quotes = QuoteFinder.quotes(in: text, entities: entities)
            quoting += StageClock.now() - t
            guard !quiet else { continue }
            out += "== \(path)\n\(article)\n"
            for e in entities { out += "E \(e)\n" }
            for q in quotes { out += "Q \(q)\n" }
            if out.utf8.count > 1 << 20 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        func line(_ label: String, _ seconds: Double) -> String {
            if noTokenCount { return String(format: "%@ %7.2f s\n", label, seconds) }
            return String(format: "%@ %7.2f s  %9.0f tokens/s\n", label, seconds, Double(tokens) / max(seconds, 1e-9))
        }
        let summary = "\(articles) articles" + (noTokenCount ? "" : ", \(tokens) tokens") + "; thread CPU time:\n"
            + line("parse   ", parsing) + line("entities", extracting) + line("quotes  ", quoting)
            + line("all     ", parsing + extracting + quoting)
        FileHandle.standardError.write(Data(summary.utf8))
    }
}

/// CPU seconds used by the calling thread, which other processes on the machine cannot inflate.
enum StageClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
