/// The small words that names and titles written in title case leave in lower case ("Gone with
/// the Wind", "Bank of England"), and that acronyms skip ("NATO").
///
/// Written by the team from English title style, with the particles of French, Spanish,
/// Dutch and German names that English text keeps in lower case. Closed classes: articles,
/// short prepositions and conjunctions.
enum SmallWords {
    /// Words allowed in lower case inside a quoted title of a work, a ship or a product, which
    /// the entity rules make one mention of ("Gone with the Wind").
    static let inTitles: WordList = ["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with", "de", "la", "le", "du", "von", "van", "&"]

    /// Words a quotation in title case may hold in lower case and still be a title rather than
    /// speech, for the quote classifier. Looser than `inTitles`: a slogan's verbs pass ("Britain
    /// is Working"), so that the slogan is not taken for quoted speech, while the entity rules,
    /// which would make one mention of the whole slogan, keep to articles and prepositions.
    static let inQuotedTitles: WordList = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "it", "be",
        "as", "vs", "not", "de", "la",
    ]

    /// The words that join a name's head to its complement ("University of …", "Campaign for …").
    static let ofAndFor: WordList = ["of", "for"]

    /// "and", as a list, so that a rule asks about a token by the key the tokens hold.
    static let and: WordList = ["and"]

    /// "were" and "are", the plural's past and present of "be" ("Low Tide were the only band").
    static let wereAndAre: WordList = ["were", "are"]

    /// Words an acronym skips ("North Atlantic Treaty Organization" → NATO, not NATOO).
    static let acronymSkips: WordList = ["of", "the", "and", "for", "de", "du", "des", "la", "le", "&", "in", "on"]

    /// Words the capitalisation extractor lets join two capitalised words into one name ("Bank of
    /// England", "Ludwig van Beethoven").
    static let nameConnectors: WordList = ["of", "de", "da", "del", "van", "von", "der", "den", "la", "le", "du", "and"]
}
