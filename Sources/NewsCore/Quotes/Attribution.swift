/// Who a quotation is attributed to, as found in the text: the speaker phrase and the cue.
struct Attribution: Sendable, Equatable {
    typealias Source = Quote.Evidence

    /// Scalar range of the speaker mention.
    var speaker: Range<Int>
    /// Scalar range of the mention's head (the name without a role link), used to resolve it.
    var head: Range<Int>
    var kind: SpeakerPhrase.Kind
    /// Scalar range of the cue word, when there is one.
    var cue: Range<Int>?
    var source: Source
    /// The quoted words name something and nobody is said to say them (`a box labelled "…"`):
    /// the attribution still shapes the quotation's kind and its neighbours, but gives no speaker.
    var unspoken = false
}
