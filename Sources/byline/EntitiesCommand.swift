import ArgumentParser
import Foundation
import NewsCore
import NewsStore

extension EntityType: ExpressibleByArgument {}

/// The people, organisations and places of a folder, most mentioned first.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organisations and places named in a folder, most mentioned first."
    )

    @Argument(help: "Folder of articles (default: ./Articles, else $BYLINE_ARTICLES).", completion: .directory)
    var directory: String?

    @Option(name: .customLong("index"), help: "Index file or folder.")
    var indexPath: String?

    @Option(help: "Only this type: person, organization, place or other.")
    var type: EntityType?

    @Option(help: "Show at most this many.")
    var limit: Int?

    @Flag(help: "Print a JSON array of {\"id\",\"name\",\"type\",\"aliases\",\"mentions\",\"articles\"}.")
    var json = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(directory)
            let entities = try OpenedCorpus.answering(folder: folder, override: indexPath) { index in
                try index.entities(type: type, offset: 0, limit: limit ?? Int.max / 2)
            }
            if json {
                emit(JSONValue.array(entities.map(\.json)).serialized())
                return
            }
            for entity in entities {
                let others = entity.aliases.filter { $0 != entity.name }
                let aliases = others.isEmpty ? "" : "  (" + others.joined(separator: ", ") + ")"
                let counts = "\(entity.mentions)".padding(toLength: 6, withPad: " ", startingAt: 0)
                emit("\(counts) \(entity.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(entity.name.terminalSafe)\(aliases.terminalSafe)")
            }
        }
    }
}
