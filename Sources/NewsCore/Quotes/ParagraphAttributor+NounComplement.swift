/// A `that` clause after a noun of content (`the notion that …`, `news that …`) says what the
/// notion or the news is; its subject reports nothing, so a participle of saying after the clause
/// (`Ode rejected the notion that Ilo was to blame, arguing "…"`) goes on with the sentence's
/// subject, not with the clause's.
extension ParagraphAttributor {
    /// Nouns that take a `that` clause giving their content, beside the nouns of saying
    /// (`SpeechVerbs.speechNouns`).
    static let contentNouns: WordList = [
        "notion", "idea", "news", "fact", "belief", "beliefs", "view", "hope", "hopes", "fear", "fears", "concern", "concerns",
        "sense", "possibility", "evidence", "assumption", "theory", "speculation", "rumor", "rumors", "rumour", "rumours",
        "report", "reports", "word", "worry", "worries", "impression", "premise", "perception", "charge", "charges",
        "sign", "signs", "proof", "expectation", "expectations", "doubt", "doubts", "suspicion", "suspicions", "reminder",
    ]

    /// Whether the `that` at index `that` opens the complement of a noun of content or of saying.
    func opensNounComplement(_ that: Int) -> Bool {
        guard that > 0 else { return false }
        let n = tokens[that - 1]
        guard n.kind == .word, !n.capitalised else { return false }
        return Self.contentNouns.contains(n.key) || SpeechVerbs.speechNouns.contains(n.key)
    }
}
