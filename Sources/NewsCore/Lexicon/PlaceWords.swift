/// Words that say a name is a place's: the nouns that end or open place names ("Fennick
/// Point", "River Brannock"), stand beside them ("the smaller port"), or come before them ("in",
/// "diverted to").
///
/// Written by the team from English news style, not drawn from any corpus. All lower case. Closed
/// because each word is evidence of a type: a word the lists lack gives none.
enum PlaceWords {
    /// Nouns that end a place's name ("Fennick Point", "Ebb Street", "Brannock Bridge").
    static let heads: WordList = [
        "avenue", "bay", "beach", "boulevard", "bridge", "canal", "cape", "castle", "cathedral", "channel", "close",
        "coast", "county", "crescent", "cross", "dock", "docks", "drive", "estate", "estuary", "fields", "forest",
        "gardens", "gate", "harbour", "harbor", "heath", "heights", "highway", "island", "islands", "isle", "lake",
        "lane", "marsh", "moor", "motorway", "mountain", "mountains", "palace", "parade", "pier", "place", "plaza",
        "point", "port", "province", "quarter", "quay", "region", "reservoir", "ridge", "river", "road", "row",
        "square", "station", "strait", "straits", "stadium", "street", "terrace", "valley", "village", "walk", "way",
        "wharf", "yard", "hall", "park", "hill", "green", "wood", "woods", "stand", "terminal", "airport", "arena",
    ]

    /// Place heads that are also common surnames ("Jerry Hall", "Ellen Park"): evidence only when
    /// the word before is no known first name.
    static let ambiguousHeads: WordList = ["hall", "park", "hill", "green", "wood", "lane", "bridge", "cross", "way", "stand", "street"]

    /// Words that open a place's name ("River Brannock", "Mount Kenya", "Port of Merrowick").
    static let openers: WordList = ["river", "lake", "mount", "cape", "port", "isle", "gulf", "bay", "strait", "sea", "fort", "loch"]

    /// Nouns that, beside a name, say it is a place ("Gullhaven, the smaller port").
    static let nouns: WordList = [
        "area", "borough", "capital", "city", "coast", "country", "county", "district", "estate", "harbour", "island",
        "nation", "neighbourhood", "port", "province", "region", "republic", "resort", "settlement", "state", "suburb",
        "territory", "town", "village", "valley", "headland", "river", "estuary", "ward", "quarter", "kingdom",
    ]

    /// Prepositions after which a capitalised name is a place far more often than a person.
    static let prepositions: WordList = ["in", "near", "across", "outside", "around", "throughout", "towards", "via", "inside"]

    /// The capitalisation extractor's prepositions of place, which with no tagger to weigh
    /// against also trusts "at", "from" and "to".
    static let capitalisationPrepositions: WordList = ["in", "at", "from", "to", "near", "across", "outside", "around"]

    /// Prepositions of place and path whose object is never a speaker, for the quote reader:
    /// `a banner strung across the road read …`.
    static let pathPrepositions: WordList = ["through", "into", "across", "around", "near", "outside", "inside", "along", "past"]

    /// Nouns that, in "<noun> of X", make X a place ("streets of Merrowick", "mayor of Tarrow").
    static let partsOf: WordList = [
        "streets", "people", "residents", "mayor", "centre", "center", "city", "town", "port", "outskirts", "north",
        "south", "east", "west", "edge", "heart", "region", "province", "county", "citizens", "coast", "island",
        "harbour", "shores", "bank", "banks",
    ]

    /// Nouns that, after "X’s", make X a place ("Merrowick’s container terminal").
    static let possessions: WordList = [
        "mayor", "mayoral", "streets", "residents", "people", "citizens", "economy", "port", "terminal", "container",
        "airport", "hospitals", "schools", "suburbs", "outskirts", "population", "harbour", "waterfront", "skyline",
        "city", "centre", "election", "coast", "borders", "capital", "parliament", "government", "president",
    ]

    /// Nouns that, right after a name, make it a place ("the Saltings estate", "the Harland coast").
    static let modified: WordList = [
        "estate", "estates", "ward", "wards", "district", "constituency", "suburb", "seafront", "waterfront", "coast",
        "coastline", "region", "neighbourhood", "area", "peninsula", "valley", "riverside", "town", "village",
    ]

    /// Verbs of movement after which "to X" names a place ("diverted to Gullhaven").
    static let motion: WordList = [
        "diverted", "divert", "diverting", "moved", "move", "moving", "travel", "travelled", "traveled", "travelling",
        "sailed", "sail", "sailing", "flew", "fly", "flying", "returned", "return", "returning", "go", "going", "went",
        "sent", "send", "sending", "driving", "drive", "drove", "bound", "routes", "route", "trips", "trip", "road",
        "relocated", "relocate", "heading", "headed", "shipped", "exported", "delivered", "marched", "commute",
        "commuting", "emigrated", "fled", "evacuated", "transferred", "rerouted", "flights", "ferry",
    ]
}
