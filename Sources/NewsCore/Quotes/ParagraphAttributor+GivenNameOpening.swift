/// `Carly Ode threw her support behind …`, `Fred Ilo said …`: a given name that ends like an
/// adverb in `-ly` or a verb in `-ed` or `-ing` opens a sentence as its subject's name, not as
/// an introductory phrase (`Clearly, …`, `Asked about it, …`) to be skipped.
extension ParagraphAttributor {
    /// Whether the capitalised word at `s` is a given name followed by another name word.
    func opensWithGivenName(_ s: Int) -> Bool {
        guard s + 1 < tokens.count, tokens[s].kind == .word, tokens[s + 1].kind == .word, tokens[s + 1].capitalised else {
            return false
        }
        let key = tokens[s].key
        return PersonNameWords.femaleGivenNames.contains(key) || PersonNameWords.maleGivenNames.contains(key)
    }
}
