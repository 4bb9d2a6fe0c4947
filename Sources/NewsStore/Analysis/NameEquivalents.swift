/// Other names of the same country, union or party: `UK`, `Britain` and `Great Britain` are the
/// United Kingdom in news copy, whatever letters they share, and `Tories` the Conservative Party
/// (the parties' list is `PartyNames`).
///
/// A closed world, written by hand (these are facts of usage, not text from any corpus). The
/// index stores an organisation's, place's or unclassified name under its canonical key, so one
/// name row holds every spelling; lookups still find each spelling through its own alias row.
/// People are never mapped (`Chad`, `Jordan` and `Georgia` are given names too).
enum NameEquivalents {
    /// The canonical key of a non-person name key: the key itself unless the list maps it.
    static func canonical(_ key: String) -> String {
        table[key] ?? key
    }

    /// The name shown for a canonical key the list knows, spelled out in full.
    static func display(ofCanonical key: String) -> String? {
        displays[key]
    }

    /// Whether a key (canonical or not) names a country, union or party the lists know: a
    /// reading of it as a place or organisation is more likely than as a person.
    static func isKnown(_ key: String) -> Bool {
        table[key] != nil || displays[key] != nil
    }

    private static let groups: [(display: String, keys: [String])] = countries + houses + PartyNames.groups

    /// The houses of the UK Parliament, named by their last word ("debated in the Lords").
    private static let houses: [(display: String, keys: [String])] = [
        ("House of Commons", ["commons"]),
        ("House of Lords", ["lords"]),
    ]

    private static let countries: [(display: String, keys: [String])] = [
        ("United Kingdom", ["uk", "britain", "great britain", "united kingdom of great britain and northern ireland"]),
        ("United States", ["us", "usa", "america", "united states of america", "the united states"]),
        ("European Union", ["eu"]),
        ("United Nations", ["un"]),
        ("Soviet Union", ["ussr"]),
        ("United Arab Emirates", ["uae"]),
        ("Netherlands", ["holland", "the netherlands"]),
        ("Democratic Republic of the Congo", ["drc", "dr congo"]),
        ("Russia", ["russian federation"]),
        ("Czech Republic", ["czechia"]),
        ("Ivory Coast", ["cote divoire"]),
        ("North Korea", ["dprk"]),
        ("South Korea", ["republic of korea"]),
        ("China", ["peoples republic of china", "prc"]),
    ]

    private static let table: [String: String] = {
        var out: [String: String] = [:]
        for group in groups {
            let canonical = EntityKey.of(group.display)
            for key in group.keys { out[key] = canonical }
        }
        return out
    }()

    private static let displays: [String: String] = Dictionary(uniqueKeysWithValues: groups.map { (EntityKey.of($0.display), $0.display) })
}
