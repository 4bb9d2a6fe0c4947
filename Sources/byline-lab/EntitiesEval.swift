import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab entities-eval`: the article-level extractor scored against the sample world's
/// hand-made ground truth.
struct EntitiesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities-eval",
        abstract: "Score article-level entity extraction against sample-world.json.",
        discussion: """
            An extracted entity is correct when its name or one of its aliases is, letter for \
            letter, a form of a ground-truth entity of the same type listed for that article. \
            A ground-truth entity is expected in an article when the article lists it and one of \
            its forms occurs on its own (not inside a longer name) outside photo credits and the \
            dateline agency. Reported: precision and recall per type (summed over articles), \
            expected entities split over several extracted ones, extracted entities holding two \
            expected ones (wrong merges), forms of a person missing from their entity, aliases \
            that are no form (a title or 's kept), and entities taken from a credit or agency.
            """
    )

    @Option(help: "The ground truth.")
    var world = "Tests/NewsCoreTests/Fixtures/sample-world.json"

    @Option(help: "The folder of articles the ground truth describes.")
    var articles = "Articles"

    @Option(help: "How many of the worst articles to detail.")
    var worst = 8

    @Flag(help: "Detail every article, not only the worst.")
    var verbose = false

    func run() throws {
        let truth = try EntityWorld.load(world)
        let root = URL(fileURLWithPath: articles).standardizedFileURL
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["txt", "md"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
        guard !files.isEmpty else { throw ValidationError("no articles under \(articles)") }
        let extractor = try TaggerEntityExtractor()
        var scores: [ArticleEntityScore] = []
        for url in files {
            let path = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let article = try ArticleParser.parse(Data(contentsOf: url), path: path)
            scores.append(EntityScorer.score(article, path: path, world: truth, entities: extractor.entities(in: article)))
        }

        print("\(scores.count) articles, \(scores.reduce(0) { $0 + $1.expected.count }) expected entities")
        for type in [EntityType.person, .organization, .place] {
            let p = scores.reduce(0) { $0 + ($1.predicted[type] ?? 0) }
            let c = scores.reduce(0) { $0 + ($1.correct[type] ?? 0) }
            let g = scores.reduce(0) { $0 + ($1.gold[type] ?? 0) }
            let f = scores.reduce(0) { $0 + ($1.found[type] ?? 0) }
            let precision = p == 0 ? 0 : 100 * Double(c) / Double(p)
            let recall = g == 0 ? 0 : 100 * Double(f) / Double(g)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            print(String(
                format: "%@ P %6.2f  R %6.2f  F1 %6.2f  (extracted %d, correct %d; expected %d, found %d)",
                type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0), precision, recall, f1, p, c, g, f))
        }
        let other = scores.reduce(0) { $0 + ($1.predicted[.other] ?? 0) }
        func total(_ key: (ArticleEntityScore) -> Int) -> Int { scores.reduce(0) { $0 + key($1) } }
        print("other (unscored): \(other) extracted")
        print("person splits (merge errors): \(total { $0.splits.filter { $0.type == .person }.count })")
        print("org/place splits: \(total { $0.splits.filter { $0.type != .person }.count })")
        print("wrong merges: \(total { $0.wrongMerges.count })")
        print("type errors: \(total { $0.typeErrors.count })")
        print("person forms missing from their entity: \(total { $0.missingForms.count })")
        print("aliases that are no form (titles, possessives, extra words): \(total { $0.strayAliases.count })")
        print("entities from a credit or agency: \(total { $0.fromCredit.count })")
        print("person gender: right \(total { $0.genderRight }), wrong \(total { $0.genderWrong.count }), none \(total { $0.genderNone })")

        let shown = verbose ? scores : Array(scores.filter { $0.errorCount > 0 }.sorted { $0.errorCount > $1.errorCount }.prefix(worst))
        for s in shown {
            print("\n== \(s.path) (\(s.errorCount) error points)")
            func list(_ label: String, _ items: [String]) {
                guard !items.isEmpty else { return }
                print("  \(label):")
                for item in items { print("    \(item)") }
            }
            list("from credit/agency", s.fromCredit)
            list("wrong merges", s.wrongMerges)
            list("splits", s.splits.map(\.text))
            list("missing person forms", s.missingForms)
            list("missed", s.missed)
            list("type errors", s.typeErrors)
            list("false positives", s.falsePositives)
            list("stray aliases", s.strayAliases)
            list("wrong gender", s.genderWrong)
            if verbose {
                list("other", s.entities.filter { $0.type == .other }.map(\.name))
            }
        }
        let others = scores.flatMap { s in s.entities.filter { $0.type == .other }.map(\.name) }
        if !others.isEmpty {
            var counts: [String: Int] = [:]
            for o in others { counts[o, default: 0] += 1 }
            print("\nother entities: " + counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { $0.value > 1 ? "\($0.key) ×\($0.value)" : $0.key }.joined(separator: ", "))
        }
    }
}
