import ArgumentParser
import Foundation
import NewsStore

/// `byline-lab bench`: measures the index on a corpus and prints one table.
///
/// Each phase runs in a child process (`bench-phase`) so that peak memory while indexing and
/// while searching are measured apart. Query latencies are printed beside the same queries run
/// straight against SQLite in the same process, so Byline's overhead is read off one run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark indexing, refresh, opening and queries on a corpus (use a release build).")

    @Option(help: "An existing corpus folder to measure.") var corpus: String?
    @Option(help: "Make a synthetic corpus of N articles with make_corpus.py (seed 1) under /tmp.") var articles: Int?
    @Option(name: .customLong("make-corpus"), help: "Path of make_corpus.py (default: ../shared/tools/make_corpus.py).")
    var makeCorpus: String?
    @Option(help: "Where to put the index (default: a file under /tmp).") var index: String?
    @Option(help: "Repetitions of the query set.") var reps: Int = 20

    func run() throws {
        let folder = try corpusFolder()
        let files = try CorpusScanner.scan(folder)
        let corpusBytes = files.reduce(0) { $0 + $1.size }
        let indexPath = index ?? "/tmp/byline-bench-\(IndexLocation.fileName(for: folder))"
        print("Byline index bench: \(folder.path)")
        print("\(files.count) files, \(String(format: "%.1f", Double(corpusBytes) / 1e6)) MB; \(ProcessInfo.processInfo.activeProcessorCount) cores; index at \(indexPath)")
        print("load average at start: \(Self.loadAverage()) (other work on the machine inflates wall times)")
        print("")

        let cold = try phase("index", folder, indexPath)
        let refresh = try phase("refresh", folder, indexPath)
        var opens: [Double] = []
        var openWalls: [Double] = []
        var openRSS = 0.0
        for _ in 0..<5 {
            let t0 = ProcessStats.now()
            let r = try phase("open", folder, indexPath)
            openWalls.append(ProcessStats.now() - t0)
            opens.append(r.double("seconds"))
            openRSS = max(openRSS, r.double("peak_rss_mb"))
        }
        let query = try phase("query", folder, indexPath)
        let indexBytes = ["", "-wal"].reduce(0) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: indexPath + suffix)[.size] as? Int) ?? 0)
        }

        let seconds = cold.double("seconds")
        let mb = Double(corpusBytes) / 1e6
        var rows: [[String]] = [["measure", "Byline", "bare SQLite", "ratio", "target (100k)"]]
        rows.append(["cold full index (entities and quotes)",
                     String(format: "%.1f s, %.1f MB/s, %.0f articles/s", seconds, mb / seconds, Double(cold.int("articles")) / seconds), "–", "–", "≤ 60 s"])
        rows.append(["refresh after touching one file (\(refresh["touch_mode"] ?? "?"))",
                     String(format: "%.0f ms", refresh.double("touch_seconds") * 1000), "–", "–", "≤ 1 s"])
        rows.append(["refresh after one file's content changed",
                     String(format: "%.0f ms", refresh.double("change_seconds") * 1000), "–", "–", "≤ 1 s"])
        rows.append(["warm open to first screen (open + count + 50 rows)",
                     String(format: "%.1f ms (process start to exit %.0f ms)", ProcessStats.percentile(opens, 50) * 1000,
                            ProcessStats.percentile(openWalls, 50) * 1000), "–", "–", "≤ 150 ms"])
        func latency(_ label: String, _ key: String, target: String) {
            let p50 = query.double("\(key)_p50"), p99 = query.double("\(key)_p99")
            let r50 = query.double("raw_\(key)_p50"), r99 = query.double("raw_\(key)_p99")
            rows.append([label, String(format: "%.2f / %.2f ms", p50, p99), String(format: "%.2f / %.2f ms", r50, r99),
                         String(format: "%.2f× / %.2f×", p50 / r50, p99 / r99), target])
        }
        rows.append(["first search after opening (loads row lengths)",
                     String(format: "%.1f ms", query.double("first_search_ms")), "–", "–", "–"])
        latency("single word p50 / p99 (top 20)", "word", target: "≤ 2 / ≤ 15 ms, ≤ 1.2×")
        latency("two-word AND p50 / p99", "and", target: "p99 ≤ 10 ms")
        latency("phrase p50 / p99", "phrase", target: "p99 ≤ 10 ms")
        latency("3-letter prefix p50 / p99", "prefix", target: "–")
        latency("person: filter p50 / p99 (bare: occurrence join)", "person", target: "p99 ≤ 10 ms")
        rows.append(["single word with 20 snippets p50 / p99",
                     String(format: "%.2f / %.2f ms", query.double("snippets_p50"), query.double("snippets_p99")), "–", "–", "–"])
        latency("mentions of \(query["top_person"]?.replacingOccurrences(of: "_", with: " ") ?? "?"), first 20 (bare: occurrence rows only)",
                "mentions", target: "p99 ≤ 5 ms")
        rows.append(["index size / corpus size",
                     String(format: "%.1f MB / %.1f MB = %.2f×", Double(indexBytes) / 1e6, mb, Double(indexBytes) / Double(max(1, corpusBytes))),
                     "–", "–", "≤ 1.0×"])
        rows.append(["peak RSS indexing / reading (open) / searching",
                     String(format: "%.0f / %.0f / %.0f MB", cold.double("peak_rss_mb"), openRSS, query.double("peak_rss_mb")),
                     "–", "–", "≤ 300 / ≤ 100 MB"])
        print(BenchTable.render(rows))
        print("")
        print("Where the cold index time went, in CPU seconds (reading, parsing and extraction summed over the worker")
        print("threads; writing and finishing on the single writer thread, which runs alongside them):")
        let n = Double(max(1, cold.int("articles")))
        var split: [[String]] = [["stage", "seconds", "ms per article"]]
        for (label, key) in [("read + hash files", "t_reading"), ("ArticleParser.parse (NewsCore)", "t_parsing"),
                             ("entity extraction and quote finding (NewsCore)", "t_analysing"), ("SQLite writes (store)", "t_writing"),
                             ("name linking, FTS merge, checkpoint (store)", "t_finishing")] {
            split.append([label, String(format: "%.1f", cold.double(key)), String(format: "%.3f", cold.double(key) / n * 1000)])
        }
        print(BenchTable.render(split))
        // (A cold index that keeps every core busy has cores busy equal to the core count; the
        // two waits say which side of the pipeline left one idle.)
        print(String(format: "cold index: %.1f CPU-s over %.1f s = %.2f cores busy; writer waited %.1f s for analysis, workers idle %.1f s waiting for the writer",
                     cold.double("cpu_seconds"), seconds, cold.double("cpu_seconds") / seconds,
                     cold.double("writer_waiting"), cold.double("workers_idle")))
        print("load average at end: \(Self.loadAverage())")
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }

    private func corpusFolder() throws -> URL {
        if let corpus { return URL(fileURLWithPath: corpus) }
        guard let n = articles else { throw ValidationError("give --corpus DIR or --articles N") }
        let folder = URL(fileURLWithPath: "/tmp/byline-bench-corpus-\(n)-seed1")
        let marker = folder.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: marker.path) { return folder }
        guard let script = makeCorpus ?? Self.findScript() else {
            throw ValidationError("make_corpus.py not found; pass --make-corpus PATH")
        }
        try? FileManager.default.removeItem(at: folder)
        print("making \(n) articles with \(script) …")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "/work/shared/corpora/bbc", folder.path, "-n", String(n), "--seed", "1", "-q"]
        if let source = Self.bbcFolder(near: script) { process.arguments![2] = source }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("make_corpus.py failed") }
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        return folder
    }

    /// `../shared/tools/make_corpus.py` from the working directory or from the package root.
    static func findScript() -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/../shared/tools/make_corpus.py"]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                candidates.append(dir.deletingLastPathComponent().appendingPathComponent("shared/tools/make_corpus.py").path)
                break
            }
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The BBC corpus beside the tools folder the script lives in.
    static func bbcFolder(near script: String) -> String? {
        let bbc = URL(fileURLWithPath: script).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpora/bbc").path
        return FileManager.default.fileExists(atPath: bbc) ? bbc : nil
    }

    private func phase(_ name: String, _ folder: URL, _ indexPath: String) throws -> PhaseResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["bench-phase", name, "--corpus", folder.path, "--index", indexPath, "--reps", String(reps)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("bench phase \(name) failed") }
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        var values: [String: String] = [:]
        for pair in line.split(separator: "\t") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return PhaseResult(values: values)
    }
}

/// The `key=value` line a bench phase printed.
struct PhaseResult {
    var values: [String: String]
    subscript(key: String) -> String? { values[key] }
    func double(_ key: String) -> Double { values[key].flatMap(Double.init) ?? .nan }
    func int(_ key: String) -> Int { values[key].flatMap(Int.init) ?? 0 }
}

/// A Markdown table with padded columns.
enum BenchTable {
    static func render(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { c in rows.map { $0[c].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - $1.count) }.joined(separator: " | ") + " |"
        }
        var out = [line(rows[0]), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
        out += rows.dropFirst().map(line)
        return out.joined(separator: "\n")
    }
}
