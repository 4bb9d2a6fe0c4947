import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab train-ner`: trains the entity tagger on CoNLL data and writes the model resource.
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the two-pass entity tagger and write its model file.",
        discussion: """
            Deterministic: the same data, gazetteers, seed and epochs give a byte-identical file. \
            --dev only reports scores after each epoch of the final pass (for tuning); it never \
            trains on that file.
            """
    )

    @Option(help: "CoNLL-2003 training file.")
    var train = "../shared/corpora/conll2003/train.txt"

    @Option(help: "CoNLL file to score after each epoch (not trained on).")
    var dev: String?

    @Option(help: "Where to write the model.")
    var out = "Sources/NewsCore/Resources/ner-model.bin"

    @Option(help: "Gazetteer text (defaults to the one in NewsCore's resources).")
    var gazetteers: String?

    @Option(help: "Seed for the sentence order of each epoch.")
    var seed: UInt64 = 1

    @Option(help: "Passes over the training data.")
    var epochs = NERTrainer.Options().epochs

    @Option(help: "log2 of the number of feature hash buckets per pass.")
    var bucketBits = NERTrainer.Options().bucketBits

    func run() throws {
        let started = Date()
        let trainDocs = CoNLLTags.documents(try String(contentsOfFile: train, encoding: .utf8))
        let gazText: String
        if let gazetteers {
            gazText = try String(contentsOfFile: gazetteers, encoding: .utf8)
        } else if let text = Gazetteer.bundledText() {
            gazText = text
        } else {
            throw ValidationError("no gazetteer text in the bundle; pass --gazetteers")
        }
        let gazetteer = Gazetteer(text: gazText)
        let devDocs = try dev.map { CoNLLTags.documents(try String(contentsOfFile: $0, encoding: .utf8)) }
        let examples = trainDocs.map { NERTrainer.Example(document: $0.document, gold: $0.goldBILOU) }
        let options = NERTrainer.Options(bucketBits: bucketBits, epochs: epochs, seed: seed)
        let model = NERTrainer.train(
            examples, gazetteer: gazetteer, options: options,
            log: { print("train-ner: \($0) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)") },
            evaluate: devDocs.map { docs in
                { epoch, model in
                    let score = NERScoring.score(EntityTagger(model: model), docs)
                    print(String(format: "train-ner: epoch %d dev F1 %.2f (PER %.2f)", epoch, score.overall.f1, score.byType[.person]?.f1 ?? 0))
                }
            })
        let bytes = model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("train-ner: wrote \(out) (\(bytes.count) bytes) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }
}
