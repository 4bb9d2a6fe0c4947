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
