import ArgumentParser
import Foundation
import GRDB
import NewsCore
import NewsStore

/// One phase of `byline-lab bench`, run in its own process so that its peak memory is its own.
/// Prints one line of `key=value` pairs for the parent to read.
struct BenchPhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-phase", abstract: "One phase of `byline-lab bench` (used by it).", shouldDisplay: false)

    @Argument(help: "index, resume, refresh, open or query") var phase: String
    @Option var corpus: String
    @Option var index: String
    @Option var reps: Int = 20

    func run() throws {
        let corpusURL = URL(fileURLWithPath: corpus)
        let location = IndexLocation(databaseURL: URL(fileURLWithPath: index))
        var out: [(String, String)] = []
        switch phase {
        case "index":
            let t0 = ProcessStats.now()
            let cpu0 = ProcessStats.cpuNow()
            let idx = try NewsIndex.open(corpus: corpusURL, location: location, rebuild: true)
            let summary = try idx.refresh()
            out.append(("seconds", String(ProcessStats.now() - t0)))
            out.append(("cpu_seconds", String(ProcessStats.cpuNow() - cpu0)))
            out.append(("writer_waiting", String(summary.timing.writerWaiting)))
            out.append(("workers_idle", String(summary.timing.workersIdle)))
            out.append(("articles", String(summary.total)))
            out.append(("t_reading", String(summary.timing.reading)))
            out.append(("t_parsing", String(summary.timing.parsing)))
            out.append(("t_analysing", String(summary.timing.analysing)))
            out.append(("t_writing", String(summary.timing.writing)))
            out.append(("t_finishing", String(summary.timing.finishing)))
        case "resume":
            // Open without rebuilding and refresh: after a killed `index`, this finishes the job.
            let t0 = ProcessStats.now()
            let idx = try NewsIndex.open(corpus: corpusURL, location: location)
            let summary = try idx.refresh()
            out.append(("seconds", String(ProcessStats.now() - t0)))
            out.append(("summary", summary.description.replacingOccurrences(of: " ", with: "_")))
            out.append(("articles", String(summary.total)))
        case "refresh":
            out += try refreshPhase(corpusURL, location)
        case "open":
            let t0 = ProcessStats.now()
            let idx = try NewsIndex.open(corpus: corpusURL, location: location)
            let count = try idx.articleCount()
            let page = try idx.articles(offset: 0, limit: 50)
            out.append(("seconds", String(ProcessStats.now() - t0)))
            out.append(("rows", "\(page.count)/\(count)"))
        case "query":
            out += try QueryPhase(corpus: corpusURL, location: location, reps: reps).run()
        default:
            throw ValidationError("unknown phase \(phase)")
        }
        out.append(("peak_rss_mb", String(ProcessStats.peakRSSMegabytes() ?? -1)))
        print(out.map { "\($0.0)=\($0.1)" }.joined(separator: "\t"))
    }

    /// Touches one file (or, on a read-only corpus, makes the index believe its time changed),
    /// refreshes; then makes the index believe its content changed, and refreshes again.
    private func refreshPhase(_ corpusURL: URL, _ location: IndexLocation) throws -> [(String, String)] {
        let idx = try NewsIndex.open(corpus: corpusURL, location: location)
        guard let victim = try idx.articles(offset: 0, limit: 1).first else { throw ValidationError("empty index") }
        let file = corpusURL.appendingPathComponent(victim.path)
        var touchMode = "utime"
        if FileManager.default.isWritableFile(atPath: file.path) {
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        } else {
            touchMode = "simulated"
            let db = try DatabaseQueue(path: location.databaseURL.path)
            try db.write { try $0.execute(sql: "UPDATE article SET mtime = mtime - 1 WHERE path = ?", arguments: [victim.path]) }
            try db.close()
        }
        var t0 = ProcessStats.now()
        let touched = try idx.refresh()
        let touchSeconds = ProcessStats.now() - t0

        // A content change: the stored hash no longer matches, so the article is indexed again.
        let db = try DatabaseQueue(path: location.databaseURL.path)
        try db.write { try $0.execute(sql: "UPDATE article SET hash = hash + 1, mtime = mtime - 1 WHERE path = ?", arguments: [victim.path]) }
        try db.close()
        t0 = ProcessStats.now()
        let changed = try idx.refresh()
        let changeSeconds = ProcessStats.now() - t0
        return [("touch_seconds", String(touchSeconds)), ("touch_mode", touchMode), ("touch_summary", "\(touched.touched)-touched"),
                ("change_seconds", String(changeSeconds)), ("change_summary", changed.description.replacingOccurrences(of: " ", with: "-"))]
    }
}
