/// The keys of single words the quote rules compare tokens with, hashed once.
///
/// `WordKey("…")` builds an array and hashes it on every call; written inline in a rule that runs
/// for every token, that was a heap allocation per token.
enum QuoteWords {
    static let possessiveKey = WordKey("'s")
    static let andKey = WordKey("and")
    static let asKey = WordKey("as")
    static let betweenKey = WordKey("between")
    static let butKey = WordKey("but")
    static let byKey = WordKey("by")
    static let forKey = WordKey("for")
    static let inKey = WordKey("in")
    static let includingKey = WordKey("including")
    static let itKey = WordKey("it")
    static let knownKey = WordKey("known")
    static let ofKey = WordKey("of")
    static let onKey = WordKey("on")
    static let orKey = WordKey("or")
    static let putKey = WordKey("put")
    static let quotedKey = WordKey("quoted")
    static let suchKey = WordKey("such")
    static let thanKey = WordKey("than")
    static let thatKey = WordKey("that")
    static let theKey = WordKey("the")
    static let thisKey = WordKey("this")
    static let toKey = WordKey("to")
    static let unionKey = WordKey("union")
    static let weekKey = WordKey("week")
    static let whatKey = WordKey("what")
    static let whichKey = WordKey("which")
    static let whoKey = WordKey("who")
    static let whoseKey = WordKey("whose")
    static let withKey = WordKey("with")
    static let wordsKey = WordKey("words")

    /// Words whose `'s` is `is` or `us`, never an owner's: `that's`, `here's`, `let's`.
    static let contracted: Set<WordKey> = Set(words: ["that", "there", "here", "what", "who", "where", "let", "how"])
}

/// Unions of the shared lists that the quote reader asks in turn of one word, made once.
///
/// A word is on a union exactly when it is on one of its lists (the lists are asked by key), so
/// one look-up answers where the reader asked each list in turn: each look-up a probe into
/// another table, which the tagger's tables have mostly pushed out of the cache by then. (The
/// cue verbs, a long list, stay out of them: each union is made at every command-line call.)
enum QuoteWordLists {
    /// What opens a clause before a mention (`Discourse.leftContext`).
    static let clauseOpeners = WordList(joining: ClauseWords.clauseConjunctions, ClauseWords.subordinators, ClauseWords.sentenceAdverbs)
    /// A noun for a role or an organisation, which a mention's noun phrase may hold.
    static let roleNouns = WordList(joining: PersonNouns.referringNouns, OrganisationWords.nouns)
    /// Closed-class words and prepositions.
    static let closedOrPrepositions = WordList(joining: FunctionWords.closedClass, FunctionWords.prepositions)
    /// Closed-class words, prepositions and interveners: with the cues, the lower-case words
    /// that cannot be inside a description (`Discourse.description`).
    static let closedPrepositionsOrInterveners = WordList(
        joining: FunctionWords.closedClass, FunctionWords.prepositions, ClauseWords.interveners)
    /// A noun that names a person by role, or a spokesman (`Discourse.isPersonNoun`).
    static let personNouns = WordList(joining: PersonNouns.referringNouns, OrganisationWords.spokesWords)
    /// A form of `be` or `have`: with the cues, a verb after a subject (`Discourse.verbFollows`).
    static let beOrHaveForms = WordList(joining: ClauseWords.beForms, ClauseWords.haveForms)
    /// A word after a bare lemma that leaves the lemma a verb (`SpeakerPhraseReader.hasNounReading`).
    static let notModifiedByLemma = WordList(
        joining: FunctionWords.determiners, FunctionWords.closedClass, FunctionWords.prepositions, ClauseWords.interveners)
    /// The words the light name finder asks about a capitalised word (`NameMentions`): titles,
    /// sentence openers, weekdays and months.
    static let nameFinderWords = WordList(
        joining: PersonTitles.speakerTitles, FunctionWords.sentenceOpeners, CalendarWords.weekdays, CalendarWords.monthForms)
    /// The words `SpeakerPhraseReader.isNameWord` asks about a capitalised word: sentence
    /// openers, the sentence adverbs and other words that only open a sentence, weekdays and months.
    static let nameWordStops = WordList(
        joining: FunctionWords.sentenceOpeners, ClauseWords.sentenceAdverbs, ClauseWords.nonNameOpeners, CalendarWords.weekdays,
        CalendarWords.monthForms)
    /// A word before a bare lemma that makes it a verb (`SpeakerPhraseReader.hasNounReading`).
    static let beforeVerbLemma = WordList(
        joining: ClauseWords.haveForms, ClauseWords.interveners, ClauseWords.beForms, FunctionWords.closedClass, FunctionWords.determiners)
}
