/// Closed lists of English words the article-level rules read names by: words that are never a
/// name on their own, the nouns that end organisation and place names, and the nouns that tell
/// what a name stands for when they stand beside it ("Gullhaven, the smaller port").
///
/// All lower case. These are facts about English news prose, not about any one corpus.
enum EntityWords {
    /// Function words and sentence adverbs: capitalised only because a sentence starts with them.
    static let closedClass: Set<String> = [
        "a", "an", "all", "also", "although", "and", "another", "any", "as", "at", "because", "before", "after",
        "both", "but", "by", "each", "either", "even", "every", "everyone", "everybody", "few", "for", "from",
        "he", "her", "here", "hers", "his", "how", "however", "i", "if", "in", "instead", "it", "its", "just",
        "last", "later", "many", "meanwhile", "more", "most", "my", "neither", "next", "no", "nobody", "none",
        "nor", "not", "nothing", "now", "of", "oh", "on", "once", "only", "or", "other", "our", "ours",
        "perhaps", "please", "since", "several", "she", "so", "some", "somebody", "someone", "still", "such",
        "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "though",
        "thus", "to", "today", "tomorrow", "tonight", "too", "under", "until", "we", "well", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "with", "yes", "yesterday", "yet",
        "you", "your", "yours", "over", "into", "during", "without", "within", "about", "despite", "like",
        "asked", "according", "thanks", "whatever", "whoever", "everything", "something", "anything", "anyone", "no-one", "sadly", "indeed", "overall", "altogether", "together", "again",
    ]

    /// Nouns that end an organisation's name ("Greyfinch Shipping", "Vell County Police").
    /// Words that also end place names ("Town", "City") are left out.
    static let organizationHeads: Set<String> = [
        "academy", "agency", "airline", "airlines", "airways", "albion", "alliance", "assembly", "association",
        "athletic", "authority", "bancorp", "bank", "board", "brewery", "breweries", "brigade", "bureau",
        "cabinet", "chamber", "club", "co", "coalition", "college", "commission", "committee", "communications",
        "company", "congress", "consortium", "cooperative", "co-operative", "corp", "corporation", "council",
        "court", "department", "directorate", "distillery", "energy", "exchange", "fc", "federation", "forces",
        "foundation", "front", "fund", "gazette", "group", "guild", "herald", "holdings", "hospital",
        "hotspur", "inc", "industries", "institute", "insurance", "journal", "league", "limited", "llc",
        "logistics", "ltd", "marine", "media", "ministry", "motors", "movement", "museum", "navy", "news",
        "office", "organisation", "organization", "parliament", "partners", "partnership", "party", "plc",
        "police", "press", "radio", "railway", "railways", "research", "rovers", "school", "securities",
        "senate", "service", "services", "shipping", "shipyard", "society", "systems", "technologies",
        "telegraph", "television", "times", "trust", "tribune", "tv", "union", "united", "university",
        "wanderers", "workers", "couriers", "network", "courier", "foods", "pharmaceuticals",
        "petroleum", "oil", "steel", "mining", "capital", "ventures", "studios", "records", "orchestra",
        "theatre", "clinic", "inquiry", "tribunal",
    ]

    /// Words that open an organisation's name before "of" or "for" ("University of …", "Centre for …").
    static let organizationOpeners: Set<String> = [
        "academy", "association", "bank", "board", "bureau", "centre", "center", "chamber", "church", "college",
        "commission", "committee", "council", "court", "department", "federation", "friends", "house", "institute",
        "league", "ministry", "museum", "office", "order", "school", "society", "union", "university",
    ]

    /// Words that open an organisation's name on their own ("Team Sky").
    static let organizationPrefixes: Set<String> = ["team"]

    /// Nouns that end a place's name ("Fennick Point", "Ebb Street", "Brannock Bridge").
    static let placeHeads: Set<String> = [
        "avenue", "bay", "beach", "boulevard", "bridge", "canal", "cape", "castle", "cathedral", "channel",
        "close", "coast", "county", "crescent", "cross", "dock", "docks", "drive", "estate", "estuary", "fields",
        "forest", "gardens", "gate", "harbour", "harbor", "heath", "heights", "highway", "island", "islands",
        "isle", "lake", "lane", "marsh", "moor", "motorway", "mountain", "mountains", "palace", "parade",
        "pier", "place", "plaza", "point", "port", "province", "quarter", "quay", "region", "reservoir",
        "ridge", "river", "road", "row", "square", "station", "strait", "straits", "stadium", "street",
        "terrace", "valley", "village", "walk", "way", "wharf", "yard", "hall", "park", "hill", "green",
        "wood", "woods", "stand", "terminal", "airport", "arena",
    ]

    /// Place heads that are also common surnames ("Jerry Hall", "Ellen Park"): evidence only when
    /// the word before is no known first name.
    static let ambiguousPlaceHeads: Set<String> = ["hall", "park", "hill", "green", "wood", "lane", "bridge", "cross", "way", "stand", "street"]

    /// Words that open a place's name ("River Brannock", "Mount Kenya", "Port of Merrowick").
    static let placeOpeners: Set<String> = ["river", "lake", "mount", "cape", "port", "isle", "gulf", "bay", "strait", "sea", "fort", "loch"]

    /// Words that describe a person before the name, never part of it: "Former Chelsea striker
    /// …" opening a sentence is not a person called "Former Chelsea".
    static let personModifiers: Set<String> = ["former", "ex", "late", "retired", "outgoing", "acting", "interim", "jailed", "disgraced"]

    /// Nouns that, beside a name, say it is a person ("Rhys Penhallow, the captain,").
    static let personNouns: Set<String> = [
        "actor", "adviser", "advisor", "aide", "analyst", "architect", "author", "banker", "barrister", "boss",
        "brother", "campaigner", "candidate", "captain", "chairman", "chairwoman", "chair", "champion", "chancellor",
        "chef", "coach", "colleague", "commander", "commissioner", "conciliator", "constable", "consultant",
        "councillor", "critic", "daughter", "defender", "deputy", "detective", "director", "doctor", "driver",
        "economist", "editor", "electrician", "engineer", "executive", "farmer", "father", "founder",
        "footballer", "forward", "goalkeeper", "governor", "head", "husband", "inspector", "journalist",
        "judge", "lawyer", "leader", "manager", "mayor", "mediator", "midfielder", "midwife", "minister",
        "mother", "nurse", "officer", "organiser", "owner", "partner", "photographer", "player", "politician",
        "president", "professor", "reporter", "representative", "researcher", "resident", "scientist",
        "secretary", "senator", "singer", "sister", "son", "spokesman", "spokeswoman", "spokesperson",
        "striker", "student", "substitute", "superintendent", "supporter", "surgeon", "teacher", "treasurer",
        "veteran", "wife", "winger", "woman", "man", "worker", "writer", "widow", "biologist", "docker",
        "lasher", "pensioner", "grandmother", "grandfather", "boy", "girl", "fan", "volunteer", "trustee",
    ]

    /// Nouns that, beside a name, say it is an organisation ("Keel Logistics, the port operator,").
    static let organizationNouns: Set<String> = [
        "agency", "airline", "association", "authority", "bank", "body", "board", "brewer", "brewery",
        "broadcaster", "business", "carrier", "chain", "charity", "club", "company", "conglomerate",
        "consortium", "cooperative", "corporation", "council", "developer", "distributor", "employer", "firm",
        "force", "group", "insurer", "investor", "landlord", "lender", "maker", "manufacturer", "newspaper",
        "operator", "organisation", "organization", "owner", "paper", "party", "producer", "regulator",
        "retailer", "side", "shipbuilder", "startup", "subsidiary", "supplier", "team", "union", "university",
        "watchdog", "publisher", "pollster", "outfit", "rivals", "champions", "holders",
    ]

    /// Nouns that, beside a name, say it is a place ("Gullhaven, the smaller port").
    static let placeNouns: Set<String> = [
        "area", "borough", "capital", "city", "coast", "country", "county", "district", "estate", "harbour",
        "island", "nation", "neighbourhood", "port", "province", "region", "republic", "resort", "settlement",
        "state", "suburb", "territory", "town", "village", "valley", "headland", "river", "estuary", "ward",
        "quarter", "kingdom",
    ]

    /// Prepositions after which a capitalised name is a place far more often than a person.
    static let placePrepositions: Set<String> = ["in", "near", "across", "outside", "around", "throughout", "towards", "via", "inside"]

    /// Roles that, in "<role> of X", make X an organisation ("managing director of Tidewater").
    static let roleOfOrganization: Set<String> = [
        "director", "executive", "chairman", "chairwoman", "chair", "founder", "owner", "partner", "shareholder",
        "shareholders", "owners", "staff", "employees", "board", "boss", "head", "spokesman", "spokeswoman",
        "spokesperson", "members", "member", "secretary", "editor", "customers", "subsidiary", "shares",
    ]

    /// Nouns that, in "<noun> of X", make X a place ("streets of Merrowick", "mayor of Tarrow").
    static let placeOf: Set<String> = [
        "streets", "people", "residents", "mayor", "centre", "center", "city", "town", "port", "outskirts",
        "north", "south", "east", "west", "edge", "heart", "region", "province", "county", "citizens",
        "coast", "island", "harbour", "shores", "bank", "banks",
    ]

    /// Nouns that, after "X’s", make X an organisation ("Greyfinch’s managing director").
    static let possessedByOrganization: Set<String> = [
        "board", "shares", "share", "staff", "employees", "workforce", "headquarters", "chief", "shareholders",
        "profits", "profit", "revenue", "sales", "customers", "accounts", "subsidiary", "directors", "managing",
        "annual", "finance", "executives", "factory", "plant", "stake", "brand",
    ]

    /// Nouns that, after "X’s", make X a place ("Merrowick’s container terminal").
    static let possessedByPlace: Set<String> = [
        "mayor", "mayoral", "streets", "residents", "people", "citizens", "economy", "port", "terminal", "container",
        "airport", "hospitals", "schools", "suburbs", "outskirts", "population", "harbour", "waterfront", "skyline",
        "city", "centre", "election", "coast", "borders", "capital", "parliament", "government", "president",
    ]

    /// Nouns that, right after a name, make it a place ("the Saltings estate", "the Harland coast").
    static let placeModified: Set<String> = [
        "estate", "estates", "ward", "wards", "district", "constituency", "suburb", "seafront", "waterfront", "coast",
        "coastline", "region", "neighbourhood", "area", "peninsula", "valley", "riverside", "town", "village",
    ]

    /// People who stand "for" a place ("councillor for Saltings", "MP for Tarrow").
    static let representatives: Set<String> = ["commander", "councillor", "councillors", "mp", "mps", "member", "senator", "representative", "candidate", "congressman", "congresswoman", "msp", "mla", "am"]

    /// Words after which "in X" names an organisation rather than a place ("a stake in Tidewater").
    static let investment: Set<String> = ["stake", "stakes", "invested", "investment", "investing", "shares", "interest", "holding", "confidence", "role", "job", "jobs", "work", "career"]
}
