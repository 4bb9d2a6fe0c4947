/// Verbs and nouns of saying: the cues that tie a quotation to its speaker.
///
/// Written by the team from general English, not drawn from any corpus. Closed because
/// attribution needs a cue it knows ("said", "told", "insisted", "her claim"): a verb the list
/// lacks leaves a quotation without a speaker rather than with a wrong one. Regular forms are
/// made from the lemma, so "said", "says", "saying" and "say" all count; irregular forms are listed.
enum SpeechVerbs {
    /// Verbs of saying, writing and stance, as lemmas; regular forms are generated.
    static let regularLemmas: [String] = [
        "add", "acknowledge", "admit", "advise", "agree", "allege", "announce", "answer", "argue", "ask", "assert",
        "assure", "attack", "blame", "blast", "boast", "brag", "brand", "call", "caution", "charge", "chant", "cheer",
        "cite", "claim", "comment", "complain", "concede", "conclude", "condemn", "confess", "confirm", "contend",
        "continue", "counter", "criticize", "criticise", "declare", "decry", "demand", "deny", "describe", "disclose",
        "dismiss", "dub", "echo", "emphasize", "emphasise", "email", "estimate", "exclaim", "explain", "express",
        "fume", "groan", "grumble", "hail", "insist", "instruct", "joke", "label", "lament", "laugh", "mention", "mock",
        "mourn", "mumble", "muse", "mutter", "note", "object", "observe", "offer", "opine", "plead", "pledge", "point",
        "post", "praise", "predict", "proclaim", "promise", "protest", "question", "quip", "rage", "rail", "recall",
        "recount", "reflect", "reiterate", "remark", "remind", "repeat", "reply", "report", "respond", "retort",
        "reveal", "sigh", "scoff", "scream", "shout", "slam", "snap", "snipe", "sneer", "state", "stress", "suggest",
        "swear", "tease", "testify", "thank", "threaten", "tout", "tweet", "urge", "vow", "warn", "whisper",
        "wonder", "yell", "accuse", "characterize", "characterise", "quote", "recommend", "request", "summarize",
        "summarise", "underscore", "applaud", "assail", "lash", "berate", "chide", "concur", "deplore", "denounce",
        "lambaste", "ponder", "pronounce", "rip", "knock", "jab", "needle", "rebut", "insinuate", "imply", "affirm",
        "maintain", "reason", "propose", "beg", "cry", "chime", "interject", "interrupt", "elaborate", "clarify",
        "publish", "text", "message", "blog", "podcast", "lecture", "preach", "scold", "welcome", "worry", "fear",
        "hope", "believe", "wish", "want", "insult", "dare", "challenge", "ridicule", "refer",
        "liken", "herald", "bemoan", "exhort", "advocate", "portray", "vent", "deem", "reference", "hint", "lambast",
        "gush", "rave", "rant", "bark", "chastise", "castigate", "extol", "laud", "signal", "acclaim",
    ]

    /// Irregular forms (and words whose regular forms would be wrong).
    static let irregularForms: [String] = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
        "writing", "speak", "speaks", "spoke", "spoken", "speaking", "read", "reads", "reading", "put", "puts", "think",
        "thinks", "thought", "feel", "feels", "felt", "swore", "sworn", "go", "goes", "went", "find", "finds", "found",
        "hold", "holds", "held", "mean", "means", "meant", "teach", "taught", "sing", "sang", "sung", "insists",
        "retweeted", "retweet", "retweets", "according", "quipped", "quipping", "snapped", "snapping", "dubbed",
        "dubbing", "slammed", "slamming", "sniped", "ripped", "ripping", "jabbed", "admitted", "admitting", "referred",
        "referring", "repeated", "testified", "testifies", "replied", "replies", "denied", "denies", "decried", "cried",
        "cries", "implied", "clarified", "underscored", "berated", "termed", "terming",
    ]

    /// The regular lemmas themselves (`call`, `post`), which are nouns as often as verbs.
    static let lemmas = WordList(regularLemmas)

    /// Every cue form.
    static let cues: WordList = {
        var words = irregularForms
        for lemma in regularLemmas { words += regularForms(lemma) }
        return WordList(words)
    }()

    /// Past forms that are not spelt `-ed`.
    static let pastForms: WordList = [
        "said", "told", "wrote", "written", "spoke", "spoken", "thought", "felt", "swore", "sworn", "went", "found",
        "held", "meant", "taught", "sang", "sung", "says", "tells", "writes",
    ]

    /// Cues that may stand before their speaker: `"…," said Ms Lee` / `added the mayor`.
    static let invertible: WordList = [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues", "explained",
        "explains", "noted", "notes", "replied", "replies", "responded", "recalled", "recalls", "insisted", "insists",
        "argued", "argues", "warned", "warns", "declared", "observed", "observes", "quipped", "joked", "tweeted",
        "tweets", "concluded", "concludes", "countered", "conceded", "acknowledged", "stated", "states", "remarked",
        "cautioned", "predicted", "answered", "answers", "offered", "suggested", "suggests", "admitted", "wondered",
        "reported", "reports", "recounted", "remembered", "exclaimed", "shouted", "agreed", "agrees", "exclaims",
        "shouts", "responds", "offers", "concedes", "jokes", "quips", "admits", "predicts", "counters", "cautions",
        "declares", "remarks", "wonders", "recounts",
    ]

    /// Present forms that report speech: `Ode says`, `as Ode argues`.
    static let reportingPresent: WordList = [
        "says", "tells", "writes", "argues", "claims", "notes", "insists", "adds", "explains", "warns", "believes",
        "thinks", "contends", "suggests", "predicts", "states", "asserts", "maintains", "acknowledges", "admits",
        "concedes", "declares", "recalls", "agrees", "complains", "alleges", "asks", "wonders", "say", "think",
        "believe",
    ]

    /// `"…," Ode shot back`: irregular past tenses that report speech with a particle.
    static let irregularPast: WordList = ["shot", "hit", "cut", "broke", "struck", "spat", "bit", "came", "went"]
    /// The particles that make them verbs of saying.
    static let particles: WordList = ["back", "in", "out", "on"]

    /// Nouns for something said or written, whose owner is its speaker: `her claim that …`.
    static let speechNouns: WordList = [
        "claim", "claims", "remark", "remarks", "comment", "comments", "statement", "statements", "suggestion",
        "assertion", "assertions", "contention", "insistence", "argument", "promise", "pledge", "vow", "warning",
        "message", "words", "prediction", "accusation", "allegation", "allegations", "dictum", "declaration",
        "admission", "boast", "complaint", "conclusion", "assessment", "description", "characterization",
        "characterisation", "tweet", "tweets", "speech", "quip", "joke", "answer", "reply", "response", "insult",
        "slogan", "mantra", "refrain", "catchphrase", "assurance", "assurances", "threat", "demand", "plea",
    ]

    /// Things that speak for their authors as the subject of a sentence: `The ad targets a "…"`,
    /// `The cable indicated …`, `The photo quotes Romans 8:31`.
    static let speakingThings: WordList = [
        "ad", "ads", "advert", "advertisement", "report", "study", "survey", "poll", "letter", "email", "e-mail",
        "memo", "cable", "statement", "lawsuit", "suit", "complaint", "petition", "website", "site", "page", "post",
        "photo", "video", "book", "article", "editorial", "column", "review", "paper", "bill", "document", "filing",
        "ruling", "order", "tweet", "message", "speech", "release", "manifesto", "platform", "campaign", "note",
    ]

    /// The vowels the spelling rules of `regularForms` look at, made once for all the lemmas.
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Regular verb forms of a lemma: `call` → calls, called, calling.
    static func regularForms(_ lemma: String) -> [String] {
        var forms = [lemma]
        let last = lemma.last!
        let beforeLast = lemma.dropLast().last
        let vowels = Self.vowels
        if lemma.hasSuffix("e") {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", let b = beforeLast, !vowels.contains(b) {
            forms += [String(lemma.dropLast()) + "ies", String(lemma.dropLast()) + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("ss") || lemma.hasSuffix("x") || lemma.hasSuffix("o") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
            // British spelling doubles a final l after a single vowel: labelled, signalling.
            let chars = Array(lemma)
            if last == "l", chars.count >= 4, vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]) {
                forms += [lemma + "led", lemma + "ling"]
            }
            // Short verbs ending consonant-vowel-consonant double it: dub → dubbed.
            if lemma.count <= 4, let b = beforeLast, vowels.contains(b), !vowels.contains(last), last != "w", last != "y" {
                let doubled = lemma + String(last)
                forms += [doubled + "ed", doubled + "ing"]
            }
        }
        return forms
    }
}
