import ArgumentParser
import Foundation
import NewsCore

/// `byline-lab ner-article FILE`: the entities the default extractor finds in one article file.
struct NERArticle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner-article",
        abstract: "Show the entities (and, with --mentions, every raw mention) of an article file."
    )

    @Argument(help: "An article file (plain text or Markdown).")
    var file: String

    @Flag(help: "Also list the mentions before merging.")
    var mentions = false

    func run() throws {
        let article = try ArticleParser.parse(try Data(contentsOf: URL(fileURLWithPath: file)), path: file)
        let extractor = try TaggerEntityExtractor()
        if mentions {
            for m in extractor.mentions(in: article) {
                let e = m.evidence
                let votes = e.votes.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)+\($0.value)" }.joined(separator: ",")
                let facts = [
                    "w=\(e.taggerWeight)", votes.isEmpty ? nil : "votes=\(votes)", e.nameType.map { "head=\($0.rawValue)" },
                    e.firm.map { "firm=\($0.rawValue)" },
                ].compactMap { $0 }.joined(separator: " ")
                print("mention \(m.range) \(EntityTag.conllName(m.type)) \(m.text)\(m.title.map { " title=\($0)" } ?? "")\(m.gender.map { " gender=\($0)" } ?? "")  [\(facts)]")
            }
        }
        for e in extractor.entities(in: article) {
            let gender = e.gender.map { " (\($0.rawValue))" } ?? ""
            let cues = e.strongCues.isEmpty ? "" : "  strong: \(EntityType.allCases.filter { e.strongCues.contains(EntityTypes($0)) }.map(\.rawValue).joined(separator: ","))"
            print("\(e.type.rawValue): \(e.name)\(gender) ×\(e.mentions.count)  aliases: \(e.aliases.joined(separator: " | "))\(cues)")
        }
    }
}
