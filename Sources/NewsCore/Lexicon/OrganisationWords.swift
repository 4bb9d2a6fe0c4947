/// Words that say a name is an organisation's: the nouns that end such names ("Greyfinch
/// Shipping", "Vell County Police"), open them ("University of …"), or stand beside them ("the
/// port operator"), and the words a story uses around an organisation ("its board", "a council
/// spokeswoman").
///
/// Written by the team from English news style, not drawn from any corpus. All lower case. Closed
/// because each word is evidence of a type: a word the lists lack gives none.
enum OrganisationWords {
    /// Nouns that end an organisation's name ("Greyfinch Shipping", "Vell County Police").
    /// Words that also end place names ("Town", "City") are left out.
    static let heads: WordList = [
        "academy", "agency", "airline", "airlines", "airways", "albion", "alliance", "assembly", "association",
        "athletic", "authority", "bancorp", "bank", "board", "brewery", "breweries", "brigade", "bureau", "cabinet",
        "chamber", "club", "co", "coalition", "college", "commission", "committee", "communications", "company",
        "congress", "consortium", "cooperative", "co-operative", "corp", "corporation", "council", "court",
        "department", "directorate", "distillery", "energy", "exchange", "fc", "federation", "forces", "foundation",
        "front", "fund", "gazette", "group", "guild", "herald", "holdings", "hospital", "hotspur", "inc", "industries",
        "institute", "insurance", "journal", "league", "limited", "llc", "logistics", "ltd", "marine", "media",
        "ministry", "motors", "movement", "museum", "navy", "news", "office", "organisation", "organization",
        "parliament", "partners", "partnership", "party", "plc", "police", "press", "radio", "railway", "railways",
        "research", "rovers", "school", "securities", "senate", "service", "services", "shipping", "shipyard",
        "society", "systems", "technologies", "telegraph", "television", "times", "trust", "tribune", "tv", "union",
        "united", "university", "wanderers", "workers", "couriers", "network", "courier", "foods", "pharmaceuticals",
        "petroleum", "oil", "steel", "mining", "capital", "ventures", "studios", "records", "orchestra", "theatre",
        "clinic", "inquiry", "tribunal",
    ]

    /// Words that open an organisation's name before "of" or "for" ("University of …", "Centre for …").
    static let openers: WordList = [
        "academy", "association", "bank", "board", "bureau", "centre", "center", "chamber", "church", "college",
        "commission", "committee", "council", "court", "department", "federation", "friends", "house", "institute",
        "league", "ministry", "museum", "office", "order", "school", "society", "union", "university",
    ]

    /// Words that open an organisation's name on their own ("Team Sky", "Deutsche Bank", "Banco
    /// Santander", "Groupe Danone").
    static let prefixes: WordList = ["team", "deutsche", "banco", "banca", "banque", "groupe", "grupo", "compagnie", "societe", "société"]

    /// Buildings and streets whose name stands for the government that sits in them: "the
    /// Kremlin said", "Downing Street denied". An organisation, never a person, whatever the verb.
    static let seats: WordList = [
        "kremlin", "white house", "pentagon", "downing street", "whitehall", "elysee", "élysée", "elysee palace",
        "élysée palace", "quai d'orsay", "number 10", "no 10", "capitol hill", "holyrood", "stormont", "blue house",
        "zhongnanhai", "foggy bottom",
    ]

    /// Nouns that, right before a name, make it an organisation: "analysts Gartner", "the band
    /// Low Tide", "league strugglers Tarrow", "carmaker Greyfinch". (Nouns that also name a
    /// person's trade, "owner", "producer", "film-maker", are left out.)
    static let before: WordList = [
        "firm", "company", "group", "giant", "giants", "carrier", "airline", "retailer", "bank", "lender", "insurer",
        "broadcaster", "band", "bands", "duo", "trio", "label", "studio", "studios", "network", "chain", "watchdog",
        "regulator", "consultancy", "conglomerate", "club", "side", "outfit", "supermarket", "brewer", "carmaker",
        "chipmaker", "drugmaker", "automaker", "newspaper", "tabloid", "website", "channel", "charity", "agency",
        "analysts", "researchers", "consultants", "pollsters", "rivals", "champions", "holders", "strugglers",
        "visitors", "newcomers", "outsiders",
    ]

    /// The capitalisation extractor's heads: the last words that make an organisation of a run of
    /// capitalised words with no tagger to ask. Unlike `heads` it holds "City" and "Post", which
    /// without context name a club or a paper more often than a place or a job.
    static let capitalisationHeads: WordList = [
        "council", "club", "fc", "united", "city", "authority", "party", "ltd", "limited", "plc", "bank", "group",
        "university", "college", "school", "ministry", "department", "agency", "association", "union", "company",
        "corporation", "corp", "inc", "committee", "court", "police", "commission", "board", "trust", "times", "news",
        "post", "herald", "gazette", "institute", "foundation", "federation", "league", "office", "service", "services",
        "society", "hospital", "assembly", "parliament", "council's", "partners", "holdings", "industries", "airlines",
        "shipping",
    ]

    /// Nouns that, beside a name, say it is an organisation ("Keel Logistics, the port operator,").
    static let nouns: WordList = [
        "agency", "airline", "association", "authority", "bank", "body", "board", "brewer", "brewery", "broadcaster",
        "business", "carrier", "chain", "charity", "club", "company", "conglomerate", "consortium", "cooperative",
        "corporation", "council", "developer", "distributor", "employer", "firm", "force", "group", "insurer",
        "investor", "landlord", "lender", "maker", "manufacturer", "newspaper", "operator", "organisation",
        "organization", "owner", "paper", "party", "producer", "regulator", "retailer", "side", "shipbuilder",
        "startup", "subsidiary", "supplier", "team", "union", "university", "watchdog", "publisher", "pollster",
        "outfit", "rivals", "champions", "holders",
    ]

    /// Roles that, in "<role> of X", make X an organisation ("managing director of Tidewater").
    static let rolesOf: WordList = [
        "director", "executive", "chairman", "chairwoman", "chair", "founder", "owner", "partner", "shareholder",
        "shareholders", "owners", "staff", "employees", "board", "boss", "head", "spokesman", "spokeswoman",
        "spokesperson", "members", "member", "secretary", "editor", "customers", "subsidiary", "shares",
    ]

    /// Nouns that, after "X’s", make X an organisation ("Greyfinch’s managing director").
    static let possessions: WordList = [
        "board", "shares", "share", "staff", "employees", "workforce", "headquarters", "chief", "shareholders",
        "profits", "profit", "revenue", "sales", "customers", "accounts", "subsidiary", "directors", "managing",
        "annual", "finance", "executives", "factory", "plant", "stake", "brand",
    ]

    /// Words after which "in X" names an organisation rather than a place ("a stake in Tidewater").
    static let investment: WordList = [
        "stake", "stakes", "invested", "investment", "investing", "shares", "interest", "holding", "confidence", "role",
        "job", "jobs", "work", "career",
    ]

    /// Common nouns for organisations that speak: `the council said`, `a company spokesman said`.
    static let institutionNouns: WordList = [
        "council", "authority", "board", "company", "firm", "club", "union", "party", "government", "ministry",
        "department", "agency", "committee", "commission", "police", "force", "hospital", "university", "college",
        "school", "brewery", "bank", "group", "team", "side", "league", "federation", "association", "court",
        "campaign", "paper", "newspaper", "network", "broadcaster", "service", "trust", "charity", "foundation",
        "institute", "centre", "center", "administration", "office", "bureau", "operator", "airline", "insurer",
        "retailer", "investor", "fund", "corporation", "business", "organisation", "organization", "chamber", "society",
        "church", "army", "navy", "regulator", "watchdog", "owner",
    ]

    /// Nouns general enough to stand for an organisation of any name.
    static let generalInstitutionNouns: WordList = [
        "company", "firm", "club", "union", "group", "team", "side", "business", "organisation", "organization",
        "operator", "corporation", "charity", "campaign", "owner", "investor",
    ]

    /// Name words of unions and associations of members, which are no company.
    static let memberBodyWords: WordList = ["workers", "union", "federation", "congress", "brotherhood", "guild", "alliance", "greens", "party"]

    /// Words after an institution noun that still make it the speaker: `a council spokeswoman`.
    static let spokesWords: WordList = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "representative",
        "statement", "source", "sources", "lawyer", "lawyers",
    ]
}
