import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Every mention of one entity across a folder, newest first.
struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List every mention of a person, organisation or place, newest first.",
        discussion: "NAME matches any form the articles use, ignoring case and accents. An ambiguous NAME lists the candidates and exits 1."
    )

    @Argument(help: "A name, in any of its forms (\"Putin\", \"Vladimir Putin\").")
    var name: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Show at most this many mentions \(PositiveLimit.help).", transform: PositiveLimit.parse)
    var limit: Int?

    @Flag(help: "Print {\"entity\":{…},\"mentions\":[{\"path\",\"title\",\"start\",\"end\",\"text\",\"context\"}]}.")
    var json = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            let answer = try OpenedCorpus.answering(folder: folder, override: corpus.indexPath) { index in
                try index.mentions(named: name, offset: 0, limit: limit ?? Int.max / 2)
            }
            switch answer {
            case .unknown:
                throw CommandFailure("no person, organisation or place called \(name.terminalSafe) in \(folder.path.terminalSafeName)")
            case .ambiguous(let candidates):
                let list = candidates.map { "  \($0.name.terminalSafe) (\($0.type.rawValue), \($0.mentions) mentions)" }.joined(separator: "\n")
                throw CommandFailure("\(name.terminalSafe) could be any of these; give a fuller name:\n\(list)")
            case .mentions(let entity, let mentions):
                if json {
                    emit(JSONValue.object([("entity", entity.json), ("mentions", .array(mentions.map(\.json)))]).serialized())
                    return
                }
                emit("\(entity.name.terminalSafe): \(entity.mentions) mentions in \(entity.articles) articles")
                for mention in mentions {
                    emit("\(mention.date ?? "          ")  \(mention.path.terminalSafeName):\(mention.start)  \(mention.context.terminalSafe)")
                }
            }
        }
    }
}
