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

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this type: person, organization, place or other.")
    var type: EntityType?

    @Option(help: "Show at most this many \(PositiveLimit.help).", transform: PositiveLimit.parse)
    var limit: Int?

    @Flag(help: "Print a JSON array of {\"id\",\"name\",\"type\",\"aliases\",\"mentions\",\"articles\",\"ambiguous\"} (ambiguous: a bare name several entities share, left unlinked).")
    var json = false

    func run() throws {
        try reportingFailures {
            let folder = try CorpusLocation.resolve(corpus.directory)
            let entities = try OpenedCorpus.answering(folder: folder, override: corpus.indexPath) { index in
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
