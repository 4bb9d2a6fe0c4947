/// A name may end in a short number: a station, a channel or a team (`Radio 1`, `Channel 4`,
/// `Formula 1`). Read back from a cue, the number belongs to the name before it; without it the
/// reader finds no phrase and the speaker falls to a guess, or keeps only the first word.
extension SpeakerPhraseReader {
    /// `Radio 4 said`: a name followed by a number of one or two digits, read as one name. A month
    /// before a number is a date (`March 12`), and a longer number is a year or a count.
    func numberedName(endingAt e: Int, floor: Int) -> SpeakerPhrase? {
        let t = tokens[e]
        guard t.kind == .number, t.end - t.start <= 2, e - 1 >= floor, isNameWord(e - 1),
            !CalendarWords.monthForms.contains(tokens[e - 1].key),
            let name = phrase(endingAt: e - 1, floor: floor), name.kind == .name, name.tokens.upperBound == e
        else { return nil }
        return SpeakerPhrase(tokens: name.tokens.lowerBound..<(e + 1), head: name.head.lowerBound..<(e + 1), kind: .name)
    }
}
