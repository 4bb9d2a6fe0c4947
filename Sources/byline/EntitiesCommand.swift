import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// `--type` takes a type as the reader names it ("organisation", as its panes and people view
/// say) as well as the JSON's spelling ("organization"), in the plural too, and `org` as the
/// search field does.
extension EntityType: ExpressibleByArgument {
    public init?(argument: String) {
        let word = argument.lowercased()
        switch word {
        case "person", "persons", "people": self = .person
        case "organization", "organizations", "organisation", "organisations", "org", "orgs": self = .organization
        case "place", "places": self = .place
        case "other", "others": self = .other
        default: return nil
        }
    }

    /// One spelling of each type in `--help` and in the error for an unknown one.
    public static var allValueStrings: [String] { ["person", "organisation", "place", "other"] }
}

/// The people, organisations and places of a folder, most mentioned first.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organisations and places named in a folder, most mentioned first."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this type: person, organisation (or organization), place or other.")
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
