import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab ner-eval FILE`: per-type precision, recall and F1, plus tagging speed.
struct NEREval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner-eval",
        abstract: "Score the tagger on a CoNLL file (conlleval figures) and time it on one core.",
        discussion: """
            The speed covers feature extraction, both tagging passes and decoding over every \
            document of the file, after the model and the file are loaded; it is the best of \
            several runs on one thread.
            """
    )

    @Argument(help: "CoNLL file: word in the first column, gold tag in the last.")
    var file: String

    @Option(help: "Model file (defaults to the one in NewsCore's resources).")
    var model: String?

    @Option(help: "Timed runs over the file (the fastest is reported).")
    var repeats = 5

    func run() throws {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let tagger = try NERLoading.tagger(path: model)
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        let docs = CoNLLTags.documents(try String(contentsOfFile: file, encoding: .utf8))
        let score = NERScoring.score(tagger, docs)
        for type in EntityType.allCases {
            guard let c = score.byType[type], c.gold + c.predicted > 0 else { continue }
            print(line(EntityTag.conllName(type), c))
        }
        print(line("overall", score.overall))

        let tokens = docs.reduce(0) { $0 + $1.document.tokenCount }
        let workspace = TaggerWorkspace()
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            for doc in docs { tagger.tagRaw(doc.document, workspace: workspace) }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "tokens %d  time %.3f s  speed %.0f tokens/s  model load %.1f ms", tokens, best, Double(tokens) / best, loadMs))
    }

    private func line(_ name: String, _ c: EntityScore.Counts) -> String {
        String(
            format: "%@ P %6.2f  R %6.2f  F1 %6.2f  (gold %d, predicted %d)",
            name.padding(toLength: 8, withPad: " ", startingAt: 0), c.precision, c.recall, c.f1, c.gold, c.predicted)
    }
}
