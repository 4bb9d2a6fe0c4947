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
                print("mention \(m.range) \(EntityTag.conllName(m.type)) \(m.text)\(m.title.map { " title=\($0)" } ?? "")\(m.gender.map { " gender=\($0)" } ?? "")")
            }
        }
        for e in extractor.entities(in: article) {
            let gender = e.gender.map { " (\($0.rawValue))" } ?? ""
            print("\(e.type.rawValue): \(e.name)\(gender) ×\(e.mentions.count)  aliases: \(e.aliases.joined(separator: " | "))")
        }
    }
}
