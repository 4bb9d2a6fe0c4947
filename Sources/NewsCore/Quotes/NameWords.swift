/// The first and the last of a name's words (`splitAtSpaces`), and whether it has more than one.
///
/// The speaker resolver asks this of entity names and aliases at every speaker and pronoun (a
/// title or given name first, a surname last): read from the bytes when the name is plain ASCII
/// without a carriage return, where the split's words are the runs of bytes between spaces, it
/// needs no list of the words; any other name is split as before.
struct NameWords {
    var first: Substring?
    var last: Substring?
    /// Two words or more.
    var several: Bool

    init(_ text: String) {
        let found = text.withContiguousUTF8 { b -> (first: Range<Int>, last: Range<Int>, several: Bool)?? in
            var first: Range<Int>? = nil
            var last: Range<Int>? = nil
            var several = false
            var k = 0
            while k < b.count {
                let byte = b[k]
                if byte >= 0x80 || byte == 0x0D { return .none }
                guard byte != 0x20 else {
                    k += 1
                    continue
                }
                let start = k
                while k < b.count, b[k] != 0x20 {
                    if b[k] >= 0x80 || b[k] == 0x0D { return .none }
                    k += 1
                }
                if first == nil { first = start..<k } else { several = true }
                last = start..<k
            }
            guard let first, let last else { return .some(nil) }
            return .some((first, last, several))
        }
        switch found {
        case .none:
            let words = text.splitAtSpaces()
            self.init(first: words.first, last: words.last, several: words.count >= 2)
        case .some(nil):
            self.init(first: nil, last: nil, several: false)
        case .some(let bounds?):
            let u = text.utf8
            func word(_ r: Range<Int>) -> Substring {
                text[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
            }
            self.init(first: word(bounds.first), last: word(bounds.last), several: bounds.several)
        }
    }

    init(first: Substring?, last: Substring?, several: Bool) {
        self.first = first
        self.last = last
        self.several = several
    }
}
