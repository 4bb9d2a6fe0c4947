/// The words the quote reader finds clause edges by: conjunctions, auxiliaries, and the adverbs
/// and phrases that stand between a speaker, a cue verb and a quotation.
///
/// Written by the team from English grammar and news style. Closed: each list holds one
/// grammatical class, or the few words of one class a rule must step over ("he also said").
enum ClauseWords {
    /// Words that may sit between a speaker and a cue: `he also said`, `Smith later added`.
    static let interveners: WordList = [
        "also", "later", "then", "once", "again", "just", "even", "still", "recently", "previously", "has",
        "had", "have", "was", "is", "were", "are", "would", "will", "could", "might", "may", "did", "does",
        "do", "'d", "'s", "'ve", "'ll", "never", "often", "further", "repeatedly", "reportedly", "simply",
        "only", "finally", "famously", "flatly", "openly", "publicly", "privately", "quickly", "herself",
        "himself", "themselves", "itself", "first", "initially", "subsequently", "already", "too", "not",
        "been", "being", "frequently", "always", "now", "today", "yesterday", "tonight", "immediately",
        "earlier", "sometimes", "certainly", "clearly", "apparently", "originally", "similarly", "likewise",
        "personally", "separately", "directly", "both", "all", "specifically", "elsewhere", "essentially",
    ]

    /// Words that open an introductory phrase before a sentence's subject: `In a statement, …`.
    static let introductoryWords: WordList = [
        "in", "on", "at", "after", "during", "when", "while", "as", "though", "although", "because", "if",
        "before", "since", "last", "earlier", "later", "meanwhile", "however", "but", "and", "so", "still",
        "yet", "instead", "speaking", "asked", "writing", "responding", "then", "now", "today", "yesterday",
        "by", "for", "from", "with", "without", "under", "despite", "amid", "also", "indeed", "of", "over",
        "here", "there", "like", "unlike", "among", "across", "following", "given", "according",
    ]

    /// Words that cannot head a speaker phrase.
    static let nonSpeakerHeads: WordList = [
        "time", "times", "year", "years", "week", "weeks", "day", "days", "month", "months", "night", "morning",
        "afternoon", "evening", "point", "way", "thing", "things", "lot", "part", "end", "moment", "hour",
        "hours", "minutes", "today", "yesterday", "ago", "there", "here", "what", "which", "this", "that",
        "also", "and", "but", "or", "so", "then", "to", "of", "in", "on", "at", "for", "as", "by", "with",
        "is", "was", "be", "been", "has", "have", "had", "not", "it's", "case", "fact", "idea", "question",
        "issue", "problem", "reason", "sense", "kind", "sort", "percent", "number", "people's",
    ]

    /// Function words that are also names ("Will", "May", "Read"): before a cue verb in the past,
    /// such a word is a name, since no modal or preposition is the subject of a past tense.
    static let nameLikeFunctionWords: WordList = ["will", "may", "from", "more", "read", "well"]

    /// Modals that are also given names ("Will Ode", "May Orrin"): read as a name before a
    /// capitalised word that a comma or a past cue follows.
    static let givenNameModals: WordList = ["will", "may"]

    /// Conjunctions that open a clause whose subject follows: `as Ode put it`, `when Ode said`.
    static let clauseOpeners: WordList = ["as", "when", "while", "though", "although", "because", "if", "whereas", "unless"]

    /// Words that join or open a clause inside a role phrase, which a speaker's role cannot hold.
    static let clauseWords: WordList = [
        "and", "or", "that", "which", "who", "whom", "whose", "where", "than", "is", "was", "are", "were",
    ]

    /// Words that open the tail of a cue clause: `said one official involved in the talks`.
    static let tailStarters: WordList = [
        "on", "in", "at", "during", "after", "before", "to", "who", "when", "while", "as", "from", "of", "last",
        "this", "yesterday", "today", "later", "recently", "earlier", "told", "outside", "inside",
    ]

    /// Subordinators that open a clause with a speaker of its own: `Ode said as the heckler yelled "…"`.
    static let clauseSubordinators: WordList = ["as", "while", "whereas"]

    /// Auxiliaries and modals: a finite verb in a cue clause's tail starts a clause of its own.
    static let haveForms: WordList = ["has", "have", "had", "will", "would", "could", "should", "can", "must"]
    static let beForms: WordList = ["was", "were", "is", "are", "been", "being", "be"]

    /// Conjunctions that, after a comma, start a clause of its own: `…, though she said "…"`.
    static let clauseConjunctions: WordList = ["though", "although", "but", "while", "whereas", "and", "when", "as", "yet"]

    /// Conjunctions of contrast, which open a clause with a subject of its own even without a
    /// comma: `the committee called it "…" but the government said …`.
    static let contrastConjunctions: WordList = ["but", "whereas", "yet", "though", "although", "while"]

    /// Words that open a sentence's subordinate clause: `As the crowd cheered, …`, `Shortly after …,`.
    static let subordinators: WordList = [
        "as", "when", "while", "after", "before", "if", "although", "though", "because", "since", "until",
        "once", "whereas", "asked", "despite", "unlike", "amid",
    ]

    /// Adverbs and conjunctions that may open a sentence before its subject: `Later, Ode said`.
    static let sentenceAdverbs: WordList = [
        "and", "but", "so", "then", "yet", "still", "also", "now", "meanwhile", "instead", "indeed", "later", "earlier",
        "perhaps", "maybe", "finally", "ultimately", "again", "however", "thus", "hence", "today", "yesterday",
    ]

    /// Words that open a sentence and are never a name there, beyond `sentenceAdverbs`:
    /// `Much of the anger …`, `Ever since …`.
    static let nonNameOpeners: WordList = ["much", "ever"]

    /// Past tenses not spelt `-ed` that are never a noun or an adjective: after a noun, such a
    /// word is the verb of the clause, and the noun phrase ends before it (`His remarks came
    /// after …`, `the event brought back …`). Forms that are nouns too (`set`, `cut`, `left`) are
    /// left out.
    static let irregularPasts: WordList = [
        "came", "went", "took", "gave", "got", "brought", "thought", "found", "saw", "became", "began", "kept",
        "led", "lost", "met", "ran", "sent", "spent", "stood", "won", "knew", "grew", "drew", "fell", "felt",
        "paid", "sold", "chose", "drove", "fought", "rose", "shook", "sat", "struck", "taught", "threw",
        "understood", "wore", "withdrew", "forgot", "sought", "caught", "bought", "meant", "dealt", "overtook",
        "undertook", "forgave", "froze", "swept", "slept", "sank", "sprang", "stole", "swam", "woke", "bore",
        "tore", "hid", "flew", "blew", "broke", "spoke", "wrote", "told", "ate", "did",
    ]

    /// Present tenses of verbs that have no noun of the same spelling (`include`, `seem`): in a
    /// subject, such a word is the verb, and the noun phrase ends before it (`These include …`,
    /// `Critics seem …`). Forms that are nouns too (`remains`, `means`, `need`) are left out.
    static let nonNounPresents: WordList = [
        "include", "includes", "seem", "seems", "appear", "appears", "remain", "belong", "belongs", "consist",
        "consists", "contain", "contains", "exist", "exists", "involve", "involves", "tend", "tends", "become",
        "becomes", "occur", "occurs", "prefer", "prefers", "deserve", "deserves",
    ]

    /// Past modals of reported speech: after a report, `X would "…"` goes on with what the
    /// speaker said (the tense shifted back), not with what X says.
    static let backshiftedModals: WordList = ["would", "could", "should", "might"]

    /// Past participles not spelt `-ed` that follow a noun they describe: `a flag hung between`.
    static let irregularParticiples: WordList = [
        "strung", "hung", "held", "written", "drawn", "spread", "stuck", "sewn", "worn", "shown", "built", "made",
        "seen", "known", "painted", "pinned", "draped", "scrawled", "printed", "carried", "posted",
    ]
}
