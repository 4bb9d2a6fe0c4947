/// Words around the title of a work (a film, a book, a song, a show) that tell it from a
/// person's name: "the film Dark Harbour", "Dark Harbour star Ada Ode", "Dark Harbour,
/// starring Ada Ode". A work is CoNLL's MISC (`EntityType.other`).
///
/// Written by the team from English arts reporting; not drawn from any corpus. All lower case.
/// Closed because each word is evidence: a word the lists lack gives none.
enum WorkWords {
    /// Nouns right before a title ("the film Dark Harbour", "her new album Low Tide"); nouns that
    /// are also verbs before a person's name ("play", "show", "hit") are left out.
    static let before: WordList = [
        "film", "films", "movie", "movies", "musical", "novel", "novels", "book", "books", "album", "albums", "song",
        "songs", "sitcom", "drama", "documentary", "opera", "ballet", "comedy", "thriller", "biopic", "sequel",
        "blockbuster", "cartoon", "remake", "soap", "anthem", "epic", "adaptation", "series", "programme", "game",
        "franchise", "trilogy", "memoir", "autobiography", "painting", "poem", "magazine",
    ]

    /// Words right after a title that only a work takes ("the Dark Harbour books", "the Dark
    /// Harbour premiere").
    static let after: WordList = [
        "soundtrack", "sequel", "sequels", "franchise", "books", "novels", "trilogy", "premiere", "cast", "adaptation",
        "remake", "spin-off",
    ]

    /// People of a work, between its title and their name ("Dark Harbour star Ada Ode", "Dark
    /// Harbour author Ada Ode").
    static let people: WordList = ["star", "co-star", "actor", "actress", "author", "screenwriter", "creator", "director"]

    /// Words right after a title that a person's name may take too ("the Ada Ode series", for
    /// one she presents): weaker evidence. ("Film" and "films" are left out: "the Ada Ode film"
    /// is as often one she made as one named after her.)
    static let afterWeak: WordList = ["dvd", "dvds", "game", "games", "series", "musical"]

    /// Words before "for" that make its object a work: people are nominated for films, not for
    /// people ("her nomination for Dark Harbour", "an Oscar for Dark Harbour").
    static let honoursFor: WordList = [
        "nomination", "nominations", "nominated", "award", "awards", "oscar", "oscars", "bafta", "baftas", "prize",
        "prizes", "globe", "globes", "honoured", "acclaimed", "praised", "praise", "reviews",
    ]

    /// Words before "in" that make its object a work ("starring in Dark Harbour", "her role in
    /// Dark Harbour").
    static let roleIn: WordList = [
        "starring", "starred", "stars", "role", "roles", "performance", "performances", "appears", "appeared",
        "appearing", "appearance", "played", "playing", "cameo", "character", "characters", "scene", "scenes",
    ]

    /// Words between "the" and a character's name that make it a role ("the next Tom Fennick").
    static let roleAdjectives: WordList = ["next", "new", "first", "latest", "last", "original", "real", "young", "old"]

    /// Ordinals between "the" and a title, counting a series' works ("the sixth Tom Fennick").
    static let ordinals: WordList = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ]

    /// Kinds of work between a title and the people of the work ("Dark Harbour film star Ada Ode").
    static let kinds: WordList = ["film", "films", "movie", "movies", "book", "books", "series", "show", "play", "novel"]

    /// Nouns for a music group right before its name ("the band Low Tide", "Glasgow group Low
    /// Tide"): no person's name comes straight after them.
    static let musicGroups: WordList = ["band", "bands", "group", "duo", "trio", "quartet", "quintet", "outfit"]

    /// A group's members, between its name and a member's ("Low Tide frontman Ada Ode").
    static let bandMembers: WordList = [
        "frontman", "frontwoman", "singer", "guitarist", "bassist", "drummer", "keyboardist", "vocalist", "bandmate",
        "bandmates",
    ]

    /// Words after a title and its comma ("Dark Harbour, starring Ada Ode").
    static let afterComma: WordList = ["starring", "co-starring", "directed", "adapted", "written", "released"]
}
