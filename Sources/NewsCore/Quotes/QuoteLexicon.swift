/// The closed word lists attribution rests on: cue verbs, pronouns, titles, determiners.
///
/// Lists are general English, not drawn from any corpus. Verb forms are generated from the
/// lemma so that "said", "says", "saying" and "say" all count; irregular forms are listed.
enum QuoteLexicon {
    // MARK: - Cue verbs

    /// Verbs of saying, writing and stance, as lemmas; regular forms are generated.
    static let regularCueLemmas: [String] = [
        "add", "acknowledge", "admit", "advise", "agree", "allege", "announce", "answer", "argue", "ask",
        "assert", "assure", "attack", "blame", "blast", "boast", "brag", "brand", "call", "caution",
        "charge", "chant", "cheer", "cite", "claim", "comment", "complain", "concede", "conclude", "condemn",
        "confess", "confirm", "contend", "continue", "counter", "criticize", "criticise", "declare", "decry",
        "demand", "deny", "describe", "disclose", "dismiss", "dub", "echo", "emphasize", "emphasise", "email",
        "estimate", "exclaim", "explain", "express", "fume", "groan", "grumble", "hail", "insist", "instruct",
        "joke", "label", "lament", "laugh", "mention", "mock", "mourn", "mumble", "muse", "mutter", "note",
        "object", "observe", "offer", "opine", "plead", "pledge", "point", "post", "praise", "predict",
        "proclaim", "promise", "protest", "question", "quip", "rage", "rail", "recall", "recount", "reflect",
        "reiterate", "remark", "remind", "repeat", "reply", "report", "respond", "retort", "reveal", "sigh",
        "scoff", "scream", "shout", "slam", "snap", "snipe", "sneer", "state", "stress", "suggest", "swear",
        "tease", "term", "testify", "thank", "threaten", "tout", "tweet", "urge", "vow", "warn", "whisper",
        "wonder", "yell", "accuse", "characterize", "characterise", "quote", "recommend", "request",
        "summarize", "summarise", "underscore", "applaud", "assail", "lash", "berate", "chide", "concur",
        "deplore", "denounce", "lambaste", "muse", "ponder", "pronounce", "caution", "rip", "knock", "jab", "needle", "rebut",
        "insinuate", "imply", "affirm", "maintain", "remark", "reason", "propose", "plead", "beg", "cry",
        "declare", "chime", "interject", "interrupt", "elaborate", "clarify", "predict", "publish", "text",
        "message", "blog", "podcast", "lecture", "preach", "scold", "warn", "welcome", "worry", "fear",
        "hope", "believe", "wish", "want", "insult", "dare", "challenge", "mock", "ridicule", "refer",
    ]

    /// Irregular forms (and words whose regular forms would be wrong).
    static let irregularCueForms: [String] = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
        "written", "writing", "speak", "speaks", "spoke", "spoken", "speaking", "read", "reads", "reading",
        "put", "puts", "think", "thinks", "thought", "feel", "feels", "felt", "swore", "sworn", "go", "goes",
        "went", "find", "finds", "found", "hold", "holds", "held", "mean", "means", "meant", "teach",
        "taught", "sing", "sang", "sung", "insists", "retweeted", "retweet", "retweets", "according",
        "quipped", "quipping", "snapped", "snapping", "dubbed", "dubbing", "slammed", "slamming", "sniped",
        "ripped", "ripping", "jabbed", "admitted", "admitting", "referred", "referring", "repeated",
        "testified", "testifies", "replied", "replies", "denied", "denies", "decried", "cried", "cries",
        "implied", "clarified", "underscored", "berated",
    ]

    /// Past forms that are not spelt `-ed`.
    static let pastForms: Set<WordKey> = Set(words: [
        "said", "told", "wrote", "written", "spoke", "spoken", "thought", "felt", "swore", "sworn", "went",
        "found", "held", "meant", "taught", "sang", "sung", "says", "tells", "writes",
    ])

    /// Cues that may stand before their speaker: `"…," said Ms Lee` / `added the mayor`.
    static let invertibleCues: Set<WordKey> = Set(words: [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues",
        "explained", "explains", "noted", "notes", "replied", "replies", "responded", "recalled", "recalls",
        "insisted", "insists", "argued", "argues", "warned", "warns", "declared", "observed", "observes",
        "quipped", "joked", "tweeted", "tweets", "concluded", "concludes", "countered", "conceded",
        "acknowledged", "stated", "states", "remarked", "cautioned", "predicted",
        "answered", "answers", "offered", "suggested", "suggests", "admitted", "wondered", "reported",
        "reports", "recounted", "remembered", "exclaimed", "shouted", "agreed", "agrees", "exclaims",
        "shouts", "responds", "offers", "concedes", "jokes", "quips", "admits", "predicts", "counters",
        "cautions", "declares", "remarks", "tweets", "wonders", "answers", "recounts",
    ])

    /// Every cue form.
    static let cueVerbs: Set<WordKey> = {
        var words = irregularCueForms
        for lemma in regularCueLemmas { words += regularForms(lemma) }
        return Set(words: words)
    }()

    /// Verbs whose subject is the speaker even when they introduce quoted words indirectly.
    static let nominalCues: Set<WordKey> = Set(words: [
        "statement", "statements", "tweet", "tweets", "interview", "remarks", "comments", "speech", "email",
        "letter", "post", "release", "message", "memo", "op-ed", "column", "posting", "editorial",
    ])

    /// Regular verb forms of a lemma: `call` → calls, called, calling.
    static func regularForms(_ lemma: String) -> [String] {
        var forms = [lemma]
        let last = lemma.last!
        let beforeLast = lemma.dropLast().last
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lemma.hasSuffix("e") {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", let b = beforeLast, !vowels.contains(b) {
            forms += [String(lemma.dropLast()) + "ies", String(lemma.dropLast()) + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("ss") || lemma.hasSuffix("x") || lemma.hasSuffix("o") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
            // Short verbs ending consonant-vowel-consonant double it: dub → dubbed.
            if lemma.count <= 4, let b = beforeLast, vowels.contains(b), !vowels.contains(last), last != "w", last != "y" {
                let doubled = lemma + String(last)
                forms += [doubled + "ed", doubled + "ing"]
            }
        }
        return forms
    }

    // MARK: - Words around the cue

    /// Words that may sit between a speaker and a cue: `he also said`, `Smith later added`.
    static let interveners: Set<WordKey> = Set(words: [
        "also", "later", "then", "once", "again", "just", "even", "still", "recently", "previously", "has",
        "had", "have", "was", "is", "were", "are", "would", "will", "could", "might", "may", "did", "does",
        "do", "'d", "'s", "'ve", "'ll", "never", "often", "further", "repeatedly", "reportedly", "simply",
        "only", "finally", "famously", "flatly", "openly", "publicly", "privately", "quickly", "herself",
        "himself", "themselves", "itself", "first", "initially", "subsequently", "already", "too", "not",
        "had", "been", "being", "frequently", "always", "now", "today", "yesterday", "tonight", "immediately",
        "earlier", "sometimes", "certainly", "clearly", "apparently", "originally", "similarly", "likewise",
        "personally", "separately", "directly", "both", "all", "specifically", "elsewhere", "essentially",
    ])

    static let weekdays: Set<WordKey> = Set(words: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])
    static let months: Set<WordKey> = Set(words: [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    // MARK: - Noun phrases

    static let personalPronouns: Set<WordKey> = Set(words: ["he", "she", "they", "i", "we", "it", "you"])
    static let relativePronouns: Set<WordKey> = Set(words: ["who", "which", "that"])
    static let malePronouns: Set<WordKey> = Set(words: ["he", "him", "his", "himself"])
    static let femalePronouns: Set<WordKey> = Set(words: ["she", "her", "hers", "herself"])

    static let determiners: Set<WordKey> = Set(words: [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
        "one", "another", "some", "many", "several", "both", "each", "other", "two", "three", "four", "most",
        "few", "any", "all", "no", "every", "such", "more",
    ] + numberWords)

    /// Titles that come before a name; they make it a person.
    static let titles: Set<WordKey> = Set(words: [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "mayor", "sen", "senator", "rep", "representative", "gov", "governor", "minister", "judge", "justice",
        "capt", "captain", "gen", "general", "col", "colonel", "lt", "sgt", "sergeant", "adm", "admiral",
        "rev", "reverend", "pastor", "father", "sister", "brother", "chief", "coach", "secretary", "speaker",
        "chairman", "chairwoman", "king", "queen", "prince", "princess", "pope", "rabbi", "imam", "cllr",
        "councillor", "councilman", "councilwoman", "commissioner", "ambassador", "attorney", "inspector",
        "detective", "officer", "vice", "deputy", "leader", "candidate", "nominee", "sheriff", "gov.", "sen.",
        "rep.", "pres", "premier", "chancellor", "superintendent", "director", "trooper",
    ])
    /// Abbreviated ranks and offices written before a name (`DI Ode`, `Cllr Ode`).
    static let abbreviatedTitles: Set<WordKey> = Set(words: [
        "di", "dci", "dc", "ds", "dsi", "pc", "insp", "supt", "det", "cllr", "mp", "msp", "maj", "cpl", "pte",
        "cmdr", "fr", "hon", "amb",
    ])
    static let maleTitles: Set<WordKey> = Set(words: [
        "mr", "sir", "lord", "king", "prince", "father", "brother", "chairman", "councilman", "pope", "rabbi",
    ])
    static let femaleTitles: Set<WordKey> = Set(words: [
        "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "chairwoman", "councilwoman",
    ])

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<WordKey> = Set(words: [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "adm", "rev",
        "st", "jr", "sr", "inc", "co", "corp", "ltd", "mt", "ft", "no", "vs", "v", "etc", "jan", "feb", "aug",
        "sept", "sep", "oct", "nov", "dec", "u.s", "d.c", "a.m", "p.m", "fla", "calif", "mass", "wis", "ky",
        "tex", "ariz", "ill", "pa", "va", "n.y", "n.j", "md", "del", "conn", "colo", "ga", "la", "mich",
        "minn", "mo", "nev", "okla", "ore", "tenn", "wash", "ala", "ark", "ind", "kan", "neb", "vt", "wyo",
        "approx", "dept", "est", "govt", "pres", "msgr", "supt",
    ])

    /// Capitalised words that begin sentences but are not names.
    static let capitalisedFunctionWords: Set<WordKey> = Set(words: [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "as", "if", "when", "while",
        "after", "before", "then", "so", "yet", "this", "that", "these", "those", "it", "he", "she", "we",
        "they", "i", "his", "her", "their", "its", "our", "my", "your", "there", "here", "what", "who", "why",
        "how", "where", "which", "meanwhile", "however", "also", "still", "now", "today", "yesterday",
        "instead", "indeed", "later", "earlier", "asked", "said", "says", "according", "though", "although",
        "because", "since", "until", "during", "by", "from", "to", "of", "about", "over", "under", "into",
        "not", "no", "yes", "just", "even", "both", "all", "some", "many", "most", "one", "every", "each",
        "last", "next", "first", "like", "unlike", "despite", "amid", "among", "against", "without", "within",
        "through", "throughout", "once", "whether", "nor", "either", "neither", "such", "thus", "hence",
        "still", "well", "oh", "ok", "okay", "so", "do", "does", "did", "is", "was", "are", "were", "will",
        "would", "can", "could", "should", "may", "might", "must", "let", "please", "thank", "thanks",
        "watch", "read", "see", "click", "update", "related", "advertisement",
        "more", "other", "another", "any", "few", "several", "none", "you", "me", "us", "him", "them",
    ] + numberWords)

    /// Numbers written out: never names, and determiners before a noun (`Two ferries`).
    static let numberWords: [String] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozens", "millions",
    ]

    /// Prepositions that join a role to the organisation it belongs to: `a spokesman for the council`.
    static let roleLinks: Set<WordKey> = Set(words: ["of", "for", "at", "from", "with", "to", "in"])

    /// Words that open an introductory phrase before a sentence's subject: `In a statement, …`.
    static let introductoryWords: Set<WordKey> = Set(words: [
        "in", "on", "at", "after", "during", "when", "while", "as", "though", "although", "because", "if",
        "before", "since", "last", "earlier", "later", "meanwhile", "however", "but", "and", "so", "still",
        "yet", "instead", "speaking", "asked", "writing", "responding", "then", "now", "today", "yesterday",
        "by", "for", "from", "with", "without", "under", "despite", "amid", "also", "indeed", "of", "over",
        "here", "there", "like", "unlike", "among", "across", "following", "given", "according",
    ])

    /// Words that cannot head a speaker phrase.
    static let nonSpeakerHeads: Set<WordKey> = Set(words: [
        "time", "times", "year", "years", "week", "weeks", "day", "days", "month", "months", "night", "morning",
        "afternoon", "evening", "point", "way", "thing", "things", "lot", "part", "end", "moment", "hour",
        "hours", "minutes", "today", "yesterday", "ago", "there", "here", "what", "which", "this", "that",
        "also", "and", "but", "or", "so", "then", "to", "of", "in", "on", "at", "for", "as", "by", "with",
        "is", "was", "be", "been", "has", "have", "had", "not", "it's", "case", "fact", "idea", "question",
        "issue", "problem", "reason", "sense", "kind", "sort", "percent", "number", "people's",
    ])

    // MARK: - First names

    /// Common English-language given names, for guessing the gender a pronoun needs.
    static let maleFirstNames: Set<WordKey> = Set(words: [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
        "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
        "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean",
        "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce",
        "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
        "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "mike", "bill", "jim", "tom", "bob",
        "ted", "jeb", "marco", "rand", "chris", "newt", "mitt", "bernie", "barack", "rick", "ben", "tim", "tony",
        "steve", "dan", "dave", "jeff", "greg", "ken", "ron", "jon", "nick", "matt", "sam", "pete", "harry",
        "charlie", "fred", "ed", "al", "jimmy", "johnny", "danny", "tommy", "lindsey", "mitch", "newt", "reince",
        "sergei", "vladimir", "dmitry", "ivan", "hans", "pierre", "jean", "carlos", "luis", "miguel", "pedro",
        "ahmed", "mohammed", "muhammad", "ali", "hassan", "omar", "abdul", "yuri", "boris", "igor", "xi",
        "hugh", "ian", "neil", "colin", "graham", "nigel", "stuart", "gordon", "alistair", "rupert", "oliver",
        "luke", "owen", "rhys", "gareth", "callum", "liam", "connor", "declan", "seamus", "kurt", "bernard",
        "reid", "lyndon", "dwight", "franklin", "ulysses", "abraham", "herbert", "calvin", "warren", "woodrow",
        "chuck", "marty", "bret", "brett", "corey", "cory", "howard", "leon", "martin", "nelson", "norman",
        "stanley", "victor", "wesley", "allen", "eddie", "marvin", "glenn", "jay", "lee", "dean", "karl",
    ])
    static let femaleFirstNames: Set<WordKey> = Set(words: [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
        "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
        "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
        "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
        "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice",
        "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
        "rose", "alexis", "kayla", "hillary", "hilary", "nikki", "carly", "sarah", "elizabeth", "michele",
        "nancy", "condoleezza", "madeleine", "sonia", "ruth", "elena", "kirsten", "tammy", "claire", "kamala",
        "debbie", "huma", "kellyanne", "ivanka", "melania", "chelsea", "meg", "jill", "hope", "katie", "kate",
        "liz", "beth", "sue", "jane", "jo", "jenny", "sally", "molly", "lucy", "sophie", "chloe", "ella",
        "angela", "theresa", "marine", "christine", "ursula", "federica", "nicola", "harriet", "priti",
        "yvette", "diane", "jacinda", "greta", "malala", "oprah", "taylor", "beyonce", "dana", "erin", "tina",
        "wendy", "vicki", "vicky", "valerie", "tara", "paula", "paige", "monica", "lena", "irene", "gina",
        "fiona", "eileen", "dolores", "connie", "cindy", "brooke", "bonnie", "anne", "annie", "alison",
        "allison", "april", "carrie", "cathy", "dina", "ellen", "gail", "hanna", "holly", "jana", "jodi",
        "kristen", "leslie", "marcia", "maureen", "nina", "peggy", "robin", "sheila", "stacy", "susie",
        "loretta", "nita", "patty", "barbra", "maxine", "shelley", "lynn", "roberta", "ana", "rosa", "lucia",
    ])
}
