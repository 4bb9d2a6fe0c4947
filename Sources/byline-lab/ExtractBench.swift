import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab extract-bench DIR`: how fast saved web pages become articles, on one core.
///
/// Every `.html` and `.htm` file below DIR is read into memory first; then each round parses
/// them all (character set, libxml2, metadata, finding the article, blocks) on this thread,
/// timed by the thread's CPU clock so that other processes on a busy machine do not inflate
/// it. The best and the median round are printed as pages/s and MB/s of HTML. With
/// `--json-dir`, each page's article is also written there as `<name>.json` in the form of
/// `byline show --json` (without entities and quotes), for `eval_extract.py --byline-dir`.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-bench",
        abstract: "Time reading saved web pages into articles on one core; optionally write their JSON.")

    @Argument(help: "A folder of saved web pages (searched recursively for .html and .htm files).")
    var folder: String

    @Option(help: "Timed rounds over all the pages.") var rounds = 5

    @Option(help: "Also write each page's article JSON into this folder.") var jsonDir: String?

    @Flag(help: "Explain the choice on each page instead (what was taken as the article, what was left out).")
    var explain = false

    func run() throws {
        if explain {
            let url = URL(fileURLWithPath: folder)
            let files = url.hasDirectoryPath ? [] : [url]
            for file in files { print(HTMLReader.explain(try Data(contentsOf: file))) }
            if !files.isEmpty { return }
        }
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let urls = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["html", "htm"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path }
        guard !urls.isEmpty else { throw ValidationError("no .html or .htm files in \(folder)") }
        let pages = try urls.map { ($0, try Data(contentsOf: $0)) }
        let bytes = pages.reduce(0) { $0 + $1.1.count }

        if let jsonDir {
            let out = URL(fileURLWithPath: jsonDir)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            for (url, data) in pages {
                let name = url.deletingPathExtension().lastPathComponent
                let json: String
                do {
                    json = try ArticleParser.parse(data, path: url.path).json.serialized()
                } catch {
                    json = "{\"error\": \"\(error)\"}"
                }
                try Data(json.utf8).write(to: out.appendingPathComponent(name + ".json"))
            }
        }

        var times: [Double] = []
        var blocks = 0
        for _ in 0..<max(1, rounds) {
            blocks = 0
            let start = StageClock.now()
            for (url, data) in pages {
                if let article = try? ArticleParser.parse(data, path: url.path) { blocks += article.blocks.count }
            }
            times.append(StageClock.now() - start)
        }
        times.sort()
        let megabytes = Double(bytes) / 1_000_000
        for (label, seconds) in [("best", times[0]), ("median", times[times.count / 2])] {
            print(String(format: "%@ %6.1f pages/s  %6.1f MB/s  (%d pages, %.1f MB, %d blocks, %.3f s)",
                         label.padding(toLength: 6, withPad: " ", startingAt: 0), Double(pages.count) / seconds,
                         megabytes / seconds, pages.count, megabytes, blocks, seconds))
        }
    }
}
