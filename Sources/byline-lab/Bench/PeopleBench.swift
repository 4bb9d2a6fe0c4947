import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `byline-lab people-bench`: what the reader's people view (`p`) and an entity's page (`i`)
/// ask of an existing index, timed.
///
/// Opening the view is its first page of 100 rows and its count; each order, a type and a
/// filter keystroke ask the same again. A page is the entity's profile (days and companions),
/// timed for the most mentioned entities, the worst cases. The first run of each is in a
/// process that has not read those pages of the index yet, as the reader's first `p` is.
struct PeopleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people-bench",
        abstract: "Time the people view and entity pages on an indexed corpus (use a release build).")

    @Option(help: "The corpus folder.") var corpus: String
    @Option(help: "Its index (built already, e.g. by `byline list DIR --index PATH`).") var index: String
    @Option(help: "Repetitions of each measure.") var reps: Int = 20

    func run() throws {
        let idx = try NewsIndex.open(corpus: URL(fileURLWithPath: corpus), location: IndexLocation(databaseURL: URL(fileURLWithPath: index)))
        print("people-bench: \(corpus), \(try idx.entityDirectoryCount()) entities, \(try idx.articleCount()) articles")
        print("load average at start: \(BenchCommand.loadAverage())")
        // CPU time beside wall time: with other builds on the machine, wall time also counts
        // the waits for a core, which the reader's user would not see on their own machine.
        var rows: [[String]] = [["measure", "first", "p50", "max", "first CPU", "p50 CPU"]]
        func time(_ label: String, _ body: () throws -> Void) rethrows {
            var samples: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<max(1, reps) {
                let (t0, c0) = (ProcessStats.now(), ProcessStats.cpuNow())
                try body()
                samples.append((ProcessStats.now() - t0) * 1000)
                cpu.append((ProcessStats.cpuNow() - c0) * 1000)
            }
            func ms(_ value: Double) -> String { String(format: "%.1f ms", value) }
            rows.append([label, ms(samples[0]), ms(ProcessStats.percentile(samples, 50)), ms(samples.max() ?? 0),
                         ms(cpu[0]), ms(ProcessStats.percentile(cpu, 50))])
        }
        try time("open the view: page 1 by mentions + count") {
            _ = try idx.entityDirectory(order: .mentions, offset: 0, limit: 100)
            _ = try idx.entityDirectoryCount()
        }
        try time("sort by articles: page 1 + count") {
            _ = try idx.entityDirectory(order: .articles, offset: 0, limit: 100)
            _ = try idx.entityDirectoryCount()
        }
        try time("sort by latest mention: page 1 + count") {
            _ = try idx.entityDirectory(order: .latest, offset: 0, limit: 100)
            _ = try idx.entityDirectoryCount()
        }
        try time("people only: page 1 + count") {
            _ = try idx.entityDirectory(type: .person, offset: 0, limit: 100)
            _ = try idx.entityDirectoryCount(type: .person)
        }
        try time("filter keystroke \"bla\": page 1 + count") {
            _ = try idx.entityDirectory(filter: "bla", offset: 0, limit: 100)
            _ = try idx.entityDirectoryCount(filter: "bla")
        }
        let total = try idx.entityDirectoryCount()
        try time("G: the last page + count") {
            _ = try idx.entityDirectory(order: .mentions, offset: max(0, total - 100), limit: 100)
            _ = try idx.entityDirectoryCount()
        }
        for entity in try idx.entityDirectory(order: .mentions, offset: 0, limit: 3) {
            try time("page of \(entity.name) (\(entity.mentions) mentions, \(entity.articles) articles)") {
                _ = try idx.entityProfile(id: entity.id)
            }
            try time("  the same, companions from its newest 500 articles") {
                _ = try idx.entityProfile(id: entity.id, articleLimit: 500)
            }
        }
        print(BenchTable.render(rows))
        print("load average at end: \(BenchCommand.loadAverage())")
    }
}
