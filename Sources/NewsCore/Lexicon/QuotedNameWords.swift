/// Words that tell quoted words that name something (a work, a ship, a campaign) from quoted
/// speech, and the things that carry words without saying them.
///
/// Written by the team from English news style, not drawn from any corpus. Closed: a quotation
/// next to one of these words is a name or an inscription; next to any other, it may be speech.
enum QuotedNameWords {
    /// Words for a work or a programme before its quoted title: `the book "Long Road Home"`.
    static let works: WordList = [
        "book", "show", "film", "movie", "program", "programme", "series", "documentary", "novel", "album", "song",
        "podcast", "titled", "entitled", "episode", "sitcom", "memoir", "play", "musical", "magazine", "newspaper",
        "column", "blog", "website", "ad", "advert", "commentary", "essay", "op-ed", "editorial", "report", "poem",
        "anthem", "hymn", "opera", "thriller", "drama", "comedy", "sequel", "remake", "classic", "video",
    ]

    /// Nouns a proper name in quotation marks follows: `the ship "…"`, `its beer "…"`.
    static let namingNouns: WordList = [
        "ship", "vessel", "boat", "yacht", "tanker", "ferry", "liner", "freighter", "trawler", "submarine", "beer",
        "ale", "lager", "stout", "porter", "wine", "whisky", "whiskey", "gin", "cider", "brand", "horse", "racehorse",
        "codename", "code-name", "nickname", "hashtag", "username", "handle", "operation", "pseudonym", "alias", "name",
    ]

    /// Verbs that give a name: `codenamed "…"`.
    static let namingVerbs: WordList = [
        "codenamed", "code-named", "nicknamed", "renamed", "christened", "titled", "entitled", "branded", "trademarked",
    ]

    /// Verbs that give a name after a common noun and report speech after a person: `a group called "…"`.
    static let nameGivingVerbs: WordList = ["called", "named", "dubbed"]

    /// Past participles that put a name or a label on something without anyone saying it, in a
    /// passive (`it was labelled "…"`) or after the noun they describe (`a box labelled "…"`).
    static let labellingVerbs: WordList = namingVerbs.subtracting(["branded"]) + nameGivingVerbs + ["labeled", "labelled"]

    /// Participles that give a name with `as`: `the bill, known as the "…"`, `an event billed as "…"`.
    static let namingBeforeAs: WordList = ["known", "billed"]

    /// Nouns that quoted title-case words before them name: `"Clean Streets" campaign`, `"Night Desk" host`.
    static let namedNouns: WordList = [
        "star", "host", "hosts", "anchor", "co-host", "actor", "actress", "creator", "author", "rally", "summit",
        "signs", "sign", "hats", "hat", "t-shirts", "shirt", "shirts", "button", "movement", "campaign", "program",
        "plan", "act", "bill", "law", "caucus", "tour", "event", "ad", "slogan", "documentary", "series", "show",
        "podcast", "segment", "bus", "banner", "sticker", "stickers", "logo", "initiative", "strategy", "doctrine",
    ]

    /// Things that carry words but do not say them: `A placard read "…"`.
    static let inscriptions: WordList = [
        "banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters", "t-shirt", "t-shirts",
        "shirt", "shirts", "hat", "hats", "cap", "caps", "sticker", "stickers", "badge", "badges", "billboard",
        "billboards", "graffiti", "mural", "plaque", "inscription", "slogan", "slogans", "flag", "flags",
    ]

    /// Verbs that put words on one of the `inscriptions`: `a sign that read "…"`, `hats reading
    /// "…"`, `a shirt emblazoned with the words "…"`.
    static let showingVerbs: WordList = [
        "read", "reads", "reading", "said", "says", "saying", "declared", "declares", "declaring", "proclaimed", "proclaims",
        "proclaiming", "trumpeted", "trumpeting", "bearing", "bore", "bears", "emblazoned", "printed", "words",
    ]

    /// Words that may stand between an inscription and its verb: `a shirt that read`, `a cap
    /// printed with the words`.
    static let showingFillers: WordList = ["that", "which", "with", "the", "a", "an"]

    /// Nouns that mention quoted words as words rather than quote anyone: `the term "churn"`,
    /// `the phrase "…"`, `the "nearly-men" tag`. Before or after a short quotation they make it a term.
    static let mentionNouns: WordList = [
        "term", "terms", "word", "phrase", "expression", "label", "tag", "moniker", "buzzword", "buzzwords",
        "acronym", "jargon", "catchword", "neologism",
    ]

    /// Words that put what follows in scare quotes: `so-called "experts"`.
    static let distancing: WordList = ["so-called", "self-styled", "self-proclaimed", "supposed", "alleged", "would-be"]

    /// Prepositions after which quoted title-case words name a work or an event, not speech:
    /// `the author of "…"`, `an interview with "…"`, `famed for his role in "…"`.
    static let titlePrepositions: WordList = ["of", "with", "in", "for", "from", "about", "at", "into"]

    /// Nouns for shouted words, whose quoted words are speech after a preposition: `chants of "…"`.
    static let cries: WordList = ["chant", "chants", "cry", "cries", "shout", "shouts", "chorus", "roar", "calls"]
}
