/// Function words: articles, demonstratives, quantifiers, prepositions and the lists of words
/// that are capitalised only because a sentence opens with them.
///
/// Written by the team from general English grammar, not drawn from any corpus. Function words
/// are a closed class of the language itself; the lists here are the ones the readers need, each
/// with the rule that reads it.
public enum FunctionWords {
    public static let articles = ["the"] + indefiniteArticles
    static let indefiniteArticles: WordList = ["a", "an"]

    public static let demonstratives = singularDemonstratives + ["these", "those"]
    static let singularDemonstratives: WordList = ["this", "that"]

    /// Quantifiers that stand before a noun ("several ferries", "every port").
    static let quantifiers: WordList = [
        "one", "another", "some", "many", "several", "both", "each", "other", "most", "few", "any", "all", "no",
        "every", "such", "more",
    ]

    /// Quantifiers that stand for people on their own, as a speaker: "Another said", "One wrote".
    static let quantifierPronouns: WordList = ["another", "one", "others", "some", "many", "several", "most"]

    /// Everything that may open a noun phrase before its noun (the quote reader's test for a
    /// noun reading of a cue word: "the report", "two statements").
    static let determiners = WordList(joining: articles, Pronouns.possessiveDeterminers, demonstratives, quantifiers, NumberWords.all)

    /// What opens an apposition's noun phrase: ", the smaller port", ", its owner".
    static let appositionDeterminers = WordList(joining: articles, Pronouns.possessiveDeterminers, singularDemonstratives)

    /// Words that end the noun of an apposition: ", the union’s branch secretary, who".
    static let appositionStops: WordList = [
        "of", "in", "at", "for", "on", "with", "from", "to", "and", "or", "who", "which", "that", "since", "by", "said", "says",
    ]

    /// Prepositions whose object, in a phrase opening the sentence, is no speaker: `In a letter
    /// sent on Friday, …`.
    static let prepositions: WordList = [
        "in", "on", "at", "during", "by", "for", "from", "with", "without", "under", "over", "among", "across", "like",
        "unlike", "despite", "amid", "following", "of", "through", "into",
    ]

    /// Prepositions that join a role to the organisation it belongs to: `a spokesman for the council`.
    static let roleLinks: WordList = ["of", "for", "at", "from", "with", "to", "in"]

    /// Conjunctions after which a name opens its clause and is the whole subject of the verb
    /// after it ("but Ada Ode was"); "and", "or" and "if" are not among them ("Tom Fennick and
    /// Ada Ode were", "if Ada Ode were to").
    static let clauseOpeners: WordList = ["but", "while", "when", "because", "since", "although", "though", "where", "then", "so"]

    /// Function words and sentence adverbs that the entity rules never take for a name: capitalised
    /// only because a sentence starts with them. Words that are also names ("May", "Will") are not here.
    static let closedClass: WordList = [
        "a", "an", "all", "also", "although", "and", "another", "any", "as", "at", "because", "before", "after",
        "both", "but", "by", "each", "either", "even", "every", "everyone", "everybody", "few", "for", "from",
        "he", "her", "here", "hers", "his", "how", "however", "i", "if", "in", "instead", "it", "its", "just",
        "last", "later", "many", "meanwhile", "more", "most", "my", "neither", "next", "no", "nobody", "none",
        "nor", "not", "nothing", "now", "of", "oh", "on", "once", "only", "or", "other", "our", "ours",
        "perhaps", "please", "since", "several", "she", "so", "some", "somebody", "someone", "still", "such",
        "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "though",
        "thus", "to", "today", "tomorrow", "tonight", "too", "under", "until", "we", "well", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "with", "yes", "yesterday", "yet",
        "you", "your", "yours", "over", "into", "during", "without", "within", "about", "despite", "like",
        "asked", "according", "thanks", "whatever", "whoever", "everything", "something", "anything", "anyone", "no-one", "sadly", "indeed",
        "overall", "altogether", "together", "again",
    ]

    /// Capitalised words that open sentences but are not names, for the quote reader. Unlike
    /// `closedClass` it holds auxiliaries and modals ("May", "Will"), which the reader tells from
    /// names by what follows (`ClauseWords.nameLikeFunctionWords`), number words, and the furniture
    /// of web pages ("Click", "Advertisement"); it lacks the indefinite pronouns ("Someone",
    /// "Nothing"), which the reader's phrase rules meet as subjects.
    static let sentenceOpeners = WordList([
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "as", "if", "when", "while",
        "after", "before", "then", "so", "yet", "this", "that", "these", "those", "it", "he", "she", "we",
        "they", "i", "his", "her", "their", "its", "our", "my", "your", "there", "here", "what", "who", "why",
        "how", "where", "which", "meanwhile", "however", "also", "still", "now", "today", "yesterday",
        "instead", "indeed", "later", "earlier", "asked", "said", "says", "according", "though", "although",
        "because", "since", "until", "during", "by", "from", "to", "of", "about", "over", "under", "into",
        "not", "no", "yes", "just", "even", "both", "all", "some", "many", "most", "one", "every", "each",
        "last", "next", "first", "like", "unlike", "despite", "amid", "among", "against", "without", "within",
        "through", "throughout", "once", "whether", "nor", "either", "neither", "such", "thus", "hence",
        "well", "oh", "ok", "okay", "do", "does", "did", "is", "was", "are", "were", "will",
        "would", "can", "could", "should", "may", "might", "must", "let", "please", "thank", "thanks",
        "watch", "read", "see", "click", "update", "related", "advertisement",
        "more", "other", "another", "any", "few", "several", "none", "you", "me", "us", "him", "them",
        // Conjunctions, free relatives and prepositions of place that open a clause or a phrase
        // before the subject: `Unless rivals quit, "…"`, `Whatever the outcome, …`, `Outside the campaign, …`.
        "unless", "whereas", "whatever", "whoever", "whenever", "wherever", "outside", "inside", "beyond", "besides",
        "upon", "toward", "towards", "regardless",
    ]) + NumberWords.all
}
