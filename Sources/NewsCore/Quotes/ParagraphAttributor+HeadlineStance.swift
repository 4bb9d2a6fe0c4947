/// `Ode: Island Voters Worried About Fares; It's 'a Slow Disaster'`: in a title-case headline
/// that a name and a colon open, a verb of thinking or feeling after the colon reports a state
/// of mind the lead describes, not words the phrase before it said: the lead speaks the line.
extension ParagraphAttributor {
    /// Forms of the verbs of thinking and feeling among the cues.
    static let stanceCues: WordList = [
        "worry", "worries", "worried", "fear", "fears", "feared", "hope", "hopes", "hoped", "believe", "believes",
        "believed", "wish", "wishes", "wished", "want", "wants", "wanted", "think", "thinks", "thought", "feel",
        "feels", "felt",
    ]

    /// Whether the cue covering `cue` (scalar offsets) is a verb of thinking or feeling.
    func isStanceCue(at cue: Range<Int>) -> Bool {
        guard let v = tokenIndex(startingAt: cue.lowerBound) else { return false }
        return tokens[v].kind == .word && Self.stanceCues.contains(tokens[v].key)
    }
}
