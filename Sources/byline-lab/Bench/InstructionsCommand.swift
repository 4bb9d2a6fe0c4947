import ArgumentParser
import Foundation

/// `byline-lab instructions`: instructions per article for each analysis stage, counted by
/// callgrind over a fixed sample.
///
/// Wall and CPU times on this machine drift by about 10% with whatever else runs; instruction
/// counts do not, so a speed change can be judged on one run. Each stage's figure is the
/// difference between two `analysis-dump` runs under callgrind (one stopping before it, one
/// after), so start-up and the tagger model's loading fall out. Hardware counters (`perf stat`)
/// are not available in this machine's VM, hence callgrind, which is slower but exact.
struct InstructionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instructions",
        abstract: "Count instructions per article for parsing, entities and quotes with callgrind (a few minutes).",
        discussion: """
            The sample is the first N articles in path order of the folder (default: the first 1,000 \
            of ../shared/corpora/bbc), so the figure is comparable between builds and machines. \
            Needs valgrind. Use a release build.
            """)

    @Option(help: "The folder to sample (default: ../shared/corpora/bbc).") var corpus: String?
    @Option(help: "How many articles, in path order.") var articles = 1000
    @Option(help: "The valgrind executable.") var valgrind = "valgrind"

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be 1 or more") }
    }

    func run() throws {
        let folder = try sampleFolder()
        print("Instructions per article, callgrind, the first \(articles) articles of \(folder) in path order")
        // Counts after start-up (limit 0), after parsing, after entities, after quotes.
        var counts: [Int] = []
        for (limit, stage) in [(0, "quotes"), (articles, "parse"), (articles, "entities"), (articles, "quotes")] {
            counts.append(try instructions(folder: folder, limit: limit, stopAfter: stage))
        }
        let n = Double(articles)
        var rows: [[String]] = [["stage", "instructions per article"]]
        rows.append(["parse (ArticleParser)", Self.format(Double(counts[1] - counts[0]) / n)])
        rows.append(["entities (tagger, rules, merging)", Self.format(Double(counts[2] - counts[1]) / n)])
        rows.append(["quotes (finder, attribution)", Self.format(Double(counts[3] - counts[2]) / n)])
        rows.append(["analysis (entities + quotes)", Self.format(Double(counts[3] - counts[1]) / n)])
        rows.append(["all three", Self.format(Double(counts[3] - counts[0]) / n)])
        print(BenchTable.render(rows))
        print("start-up (model loading), once: \(Self.format(Double(counts[0])))")
    }

    /// Instructions callgrind counted for one `analysis-dump` run of this executable.
    private func instructions(folder: String, limit: Int, stopAfter: String) throws -> Int {
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-callgrind-\(ProcessInfo.processInfo.processIdentifier)-\(limit)-\(stopAfter).out")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        process.arguments = [valgrind, "--tool=callgrind", "--callgrind-out-file=\(out.path)",
                             me, "analysis-dump", folder, "--quiet", "--no-token-count", "--limit", String(limit), "--stop-after", stopAfter]
        // Swift seeds its hashing per process; a fixed seed makes the count repeat exactly.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ValidationError("could not run \(valgrind): \(error.localizedDescription)")
        }
        let log = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let tail = String(decoding: log, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
            throw ValidationError("\(valgrind) failed (status \(process.terminationStatus)); is valgrind installed?\n\(tail)")
        }
        // callgrind writes "summary: N" (and "totals: N") with the instruction count first.
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("summary:") || line.hasPrefix("totals:") {
            if let first = line.split(separator: " ").dropFirst().first, let count = Int(first) { return count }
        }
        throw ValidationError("no instruction count in callgrind's output \(out.path)")
    }

    private func sampleFolder() throws -> String {
        if let corpus { return corpus }
        guard let script = BenchCommand.findScript(), let bbc = BenchCommand.bbcFolder(near: script) else {
            throw ValidationError("../shared/corpora/bbc not found; pass --corpus DIR")
        }
        return bbc
    }

    /// A count with thousands separators, so millions read at a glance.
    static func format(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}
