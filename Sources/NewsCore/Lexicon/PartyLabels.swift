/// The labels news writes before a politician's name, which are no part of it: a party ("Tory",
/// "Democrat", "Lib Dem"), a stance ("Sceptic") and, after them, an office ("Tory MP Ada Ode",
/// "Labour leadership hopeful Ada Ode").
///
/// Written by the team from British, Irish and American political reporting; not drawn from any
/// corpus. All lower case. Closed because a word on it is a label before a name; a label the
/// list lacks stays in the name, as before.
enum PartyLabels {
    /// Parties and stances, as adjectives or nouns for their members.
    static let parties: WordList = [
        "tory", "tories", "labour", "conservative", "conservatives", "democrat", "democrats", "democratic",
        "republican", "republicans", "liberal", "liberals", "lib", "dem", "dems", "libdem", "green", "greens", "snp",
        "ukip", "unionist", "unionists", "sdlp", "dup", "socialist", "socialists", "communist",
        "communists", "nationalist", "nationalists", "sceptic", "sceptics", "eurosceptic", "eurosceptics", "gop",

    ]

    /// The labels that are a party's own name ("Labour", "UKIP"): alone, an organisation.
    static let partyNames: WordList = ["labour", "ukip", "snp", "dup", "sdlp", "conservatives", "tories", "greens", "gop"]

    /// Offices and roles that follow a party label before the name ("Tory MP", "Lib Dem leader").
    static let roles: WordList = [
        "mp", "mps", "mep", "meps", "msp", "msps", "am", "ams", "mla", "peer", "peers", "lord", "senator", "senators",
        "congressman", "congresswoman", "leader", "deputy", "chairman", "co-chairman", "chairwoman", "treasurer",
        "spokesman", "spokeswoman", "candidate", "candidates", "councillor", "minister", "backbencher",
        "backbenchers", "frontbencher", "whip", "president", "member", "members", "rebel", "rebels", "veteran",
        "grandee", "hopeful", "contender", "nominee", "activist", "activists", "supporter", "supporters", "voters",
        "party", "parliamentary", "leadership", "shadow", "former", "ex", "chief", "campaign", "campaigner",
        "director", "secretary", "home", "foreign", "health", "education", "work", "environment", "transport",
        "defence", "culture", "chancellor",
    ]
}
