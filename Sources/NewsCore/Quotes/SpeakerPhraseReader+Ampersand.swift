/// Firms are often named as two names joined by an ampersand (`Marks & Spencer`, `Standard &
/// Poor's`); read either way, the ampersand joins the names into one, so the speaker is the
/// whole firm rather than the name on one side of it.
extension SpeakerPhraseReader {
    /// Whether the token at `k` is an ampersand between two name words.
    func joinsNames(_ k: Int) -> Bool {
        k >= 1 && k + 1 < tokens.count && tokens[k].isPunct("&") && isNameWord(k - 1) && isNameWord(k + 1)
    }
}
