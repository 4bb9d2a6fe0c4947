/// Words that tell a passive clause, whose subject undergoes something, from a clause whose
/// subject acts or speaks.
///
/// Written by the team from English grammar and news style, not drawn from any corpus.
enum PassiveWords {
    /// Past participles not spelt `-ed` that make a passive after a form of `be`: `he was met
    /// with …`, `she is best known for …`.
    static let irregularParticiples: WordList = ClauseWords.irregularParticiples + [
        "met", "told", "given", "taken", "brought", "caught", "kept", "found", "sent", "led", "paid", "struck",
        "chosen", "driven", "beaten", "hit", "put", "set", "left", "thrown", "shot", "stolen", "forgotten",
        "forgiven", "bitten", "torn", "sworn", "sold", "bought", "taught", "fought", "won", "lost", "run",
        "spoken", "broken", "frozen", "hidden", "overtaken", "undertaken", "withdrawn", "overheard",
    ]

    /// Participles after `be` that say how the subject feels, thinks or means to act
    /// (`she was convinced the plan was "…"`, `he is expected to …`), or that report what the
    /// subject said (`he was quoted as …`): such a subject may still own the quoted words.
    static let subjectKeepsWords: WordList = [
        "concerned", "worried", "convinced", "pleased", "displeased", "disappointed", "surprised", "determined",
        "committed", "prepared", "interested", "excited", "frustrated", "outraged", "angered", "shocked",
        "stunned", "delighted", "satisfied", "dissatisfied", "opposed", "inclined", "tired", "scared",
        "alarmed", "dismayed", "troubled", "impressed", "unimpressed", "encouraged", "confused", "amazed",
        "annoyed", "embarrassed", "offended", "horrified", "relieved", "thrilled", "unconvinced", "involved",
        "focused", "focussed", "engaged", "supposed", "expected", "scheduled", "due", "set", "poised", "slated",
        "quoted", "heard", "overheard", "recorded", "filmed", "elected", "re-elected", "resigned", "unmoved",
        "adamant", "unrepentant", "unapologetic", "undeterred", "agreed", "entitled", "united", "divided",
        "split", "used", "accustomed", "ashamed", "proud", "amused", "bemused", "irritated", "incensed",
        "infuriated", "enraged", "saddened", "heartened", "energised", "energized", "emboldened", "obsessed",
        "fixated", "resolved", "disposed", "minded", "reported", "said", "alleged", "believed", "thought",
        "understood", "rumoured", "rumored", "tipped",
    ]

    /// Words that may stand between `be` and its participle: `is best known`, `was widely seen`.
    static let degreeWords: WordList = ["best", "well", "long", "much", "most", "widely", "being", "been", "also", "still", "not", "never"]

    /// Words that open a sentence's participial phrase before the `-ing` form: `After saying …`,
    /// `In explaining …`, `While praising …`.
    static let participleOpeners: WordList = [
        "after", "while", "in", "by", "before", "since", "despite", "when", "upon", "on", "without", "besides", "through",
    ]

    /// Conjunctions that may open a sentence before its participial phrase: `And in explaining …`.
    static let leadingConjunctions: WordList = ["and", "but", "yet", "so"]

    /// Participles that name with `as` in a passive, with nobody said to say the name: `it was
    /// designated as "…"`, `what is being criticised as a "…"`, `she is seen as "…"`.
    static let namingBeforeAs: WordList = QuotedNameWords.namingBeforeAs + [
        "designated", "classified", "seen", "regarded", "viewed", "described", "characterized", "characterised",
        "criticized", "criticised", "derided", "dismissed", "touted", "hailed", "branded", "marketed", "pitched",
        "promoted", "listed", "categorized", "categorised", "rated", "ranked", "referred",
    ]

    /// Participles that name without `as` in a passive: `ravens are considered the "…"`.
    static let namingWithoutAs: WordList = ["considered", "deemed", "termed"]
}
