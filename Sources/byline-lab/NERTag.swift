import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab ner-tag FILE`: writes CoNLL lines with the predicted tag appended, for conlleval.py.
struct NERTag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner-tag",
        abstract: "Tag a CoNLL file; print each token line with the predicted IOB1 tag appended."
    )

    @Argument(help: "CoNLL file: word in the first column, gold tag in the last.")
    var file: String

    @Option(help: "Model file (defaults to the one in NewsCore's resources).")
    var model: String?

    func run() throws {
        let tagger = try NERLoading.tagger(path: model)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var out = ""
        let workspace = TaggerWorkspace()
        for doc in CoNLLTags.documents(text) {
            out += "-DOCSTART- -X- -X- O O\n\n"
            let tags = tagger.tag(doc.document, workspace: workspace)
            for s in 0..<doc.document.sentenceCount {
                let r = doc.document.sentence(s)
                for (line, tag) in zip(doc.lines[r], CoNLLTags.iob1(tags[r])) {
                    out += line
                    out += " "
                    out += tag
                    out += "\n"
                }
                out += "\n"
            }
            if out.utf8.count > 1 << 20 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// Loading the tagger from the bundle or from a file given on the command line.
enum NERLoading {
    static func tagger(path: String?) throws -> EntityTagger {
        if let path {
            return EntityTagger(model: try NERModel(data: try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        return try EntityTagger.bundled()
    }
}
