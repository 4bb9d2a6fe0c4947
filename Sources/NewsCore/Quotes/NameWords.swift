/// The keys of a name's first and last words (`splitAtSpaces`), and whether it has more than one.
///
/// The speaker resolver asks these of entity names and aliases at every speaker and pronoun (a
/// title or given name first, a surname last), and the discourse model of every person's name
/// (an organisation's head last). When the name is plain ASCII without a carriage
/// return, where the split's words are the runs of bytes between spaces, the keys are hashed
/// from the bytes, with no list of the words and no string for either; any other name is split
/// as before.
struct NameWords {
    /// `SpeakerResolver.keyWithoutStops` of the first word (`Dr.` is `dr`), nil without words.
    var firstWithoutStops: WordKey?
    /// `SpeakerResolver.key` of the last word, nil without words.
    var last: WordKey?
    /// `WordKey(ascii:)` of the last word: nil without words or when it is not plain ASCII.
    var lastASCII: WordKey?
    /// Two words or more.
    var several: Bool

    init(_ text: String) {
        let found = text.withContiguousUTF8 { b -> NameWords? in
            var first: WordKey? = nil
            var last: WordKey? = nil
            var several = false
            var k = 0
            while k < b.count {
                guard b[k] != 0x20 else {
                    k += 1
                    continue
                }
                // One word: its key, and its key without stops while it is the first.
                var key = WordKey.empty.value
                var withoutStops = key
                while k < b.count, b[k] != 0x20 {
                    let byte = b[k]
                    if byte >= 0x80 || byte == 0x0D { return nil }
                    key = WordKey.asciiStep(key, UInt32(byte))
                    if first == nil, byte != 0x2E { withoutStops = WordKey.asciiStep(withoutStops, UInt32(byte)) }
                    k += 1
                }
                if first == nil { first = WordKey(value: withoutStops) } else { several = true }
                last = WordKey(value: key)
            }
            return NameWords(firstWithoutStops: first, last: last, lastASCII: last, several: several)
        }
        if let found {
            self = found
        } else {
            let words = text.splitAtSpaces()
            self.init(
                firstWithoutStops: words.first.map(SpeakerResolver.keyWithoutStops), last: words.last.map(SpeakerResolver.key),
                lastASCII: words.last.flatMap { WordKey(ascii: String($0)) }, several: words.count >= 2)
        }
    }

    init(firstWithoutStops: WordKey?, last: WordKey?, lastASCII: WordKey?, several: Bool) {
        self.firstWithoutStops = firstWithoutStops
        self.last = last
        self.lastASCII = lastASCII
        self.several = several
    }
}
