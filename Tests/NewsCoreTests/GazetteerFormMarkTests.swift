import Testing
@testable import NewsCore

/// `Gazetteer.mark` with each form's one-word phrase looked up beforehand must mark every token
/// as the plain `mark` does, phrase by phrase, at sentence edges too.
struct GazetteerFormMarkTests {
    /// Tokens of a made-up passage: names, a two-word city, a title with its stop, a phrase cut
    /// by the end of the range ("New" last), and repeated words (one form, several tokens).
    static let words = [
        "Mr.", "Ana", "Brekkeby", "flew", "from", "New", "Vallmark", "to", "Vallmark", "with", "agent7", ",", "and",
        "ana", "met", "O'Neill", "in", "Saint-Loup", "near", "New",
    ]

    /// The words' lower-case hashes, each word's form (its first position among equal lower
    /// cases) and the forms' first tokens, as the extractor would find them.
    static func document() -> (lower: [UInt64], forms: [Int32], firstOfForm: [Int]) {
        let scalars = words.map { Array($0.unicodeScalars.map(\.value)) }
        var lower: [UInt64] = []
        var forms: [Int32] = []
        var firstOfForm: [Int] = []
        for word in scalars {
            let h = word.withUnsafeBufferPointer { TokenHashing.lowerHash($0, 0, $0.count) }
            if let known = firstOfForm.firstIndex(where: { lower[$0] == h }) {
                forms.append(Int32(known))
            } else {
                forms.append(Int32(firstOfForm.count))
                firstOfForm.append(lower.count)
            }
            lower.append(h)
        }
        return (lower, forms, firstOfForm)
    }

    /// Marks of `range` by the plain `mark` and by the one reading each form's phrase.
    static func marks(_ g: Gazetteer, _ range: Range<Int>) -> (plain: [UInt32], byForm: [UInt32]) {
        let (lower, forms, firstOfForm) = document()
        let phrases = firstOfForm.map { FeatureHash.combine(Gazetteer.phraseSeed, lower[$0]) }
        let bits = phrases.map { g.lookup($0) }
        var plain = [UInt32](repeating: 0xFFFF, count: lower.count)
        var byForm = plain
        lower.withUnsafeBufferPointer { lowerHashes in
            plain.withUnsafeMutableBufferPointer { g.mark(lowerHashes: lowerHashes, range: range, into: $0) }
            forms.withUnsafeBufferPointer { forms in
                phrases.withUnsafeBufferPointer { phrases in
                    bits.withUnsafeBufferPointer { bits in
                        byForm.withUnsafeMutableBufferPointer {
                            g.mark(
                                lowerHashes: lowerHashes, range: range, forms: forms.baseAddress!, phrases: phrases.baseAddress!,
                                bits: bits.baseAddress!, into: $0)
                        }
                    }
                }
            }
        }
        return (plain, byForm)
    }

    @Test func marksAsThePlainMark() {
        let g = Gazetteer(text: GazetteerFastPathTests.lists)
        let n = Self.words.count
        for range in [0..<n, 0..<6, 5..<7, 6..<n, 8..<12, 19..<n, 3..<3] {
            let (plain, byForm) = Self.marks(g, range)
            #expect(plain == byForm, "\(range)")
        }
    }

    @Test func marksArePlacedAndCutAtTheEdge() {
        let g = Gazetteer(text: GazetteerFastPathTests.lists)
        let city = UInt32(Gazetteer.categories.firstIndex(of: "city")!)
        let first = UInt32(Gazetteer.categories.firstIndex(of: "first")!)
        let (_, all) = Self.marks(g, 0..<Self.words.count)
        // "New Vallmark": begin and last of a city; "Vallmark" alone: a unit city.
        #expect((all[5] >> (3 * city)) & 7 == 1)
        #expect((all[6] >> (3 * city)) & 7 == 3)
        #expect((all[8] >> (3 * city)) & 7 == 4)
        // "Ana" and "ana" share a form, and both are first names.
        #expect((all[1] >> (3 * first)) & 7 == 4)
        #expect((all[13] >> (3 * first)) & 7 == 4)
        // "New" alone is only a prefix: no mark, in or out of a range that cuts "New Vallmark".
        #expect(all[19] == 0)
        let (_, cut) = Self.marks(g, 0..<6)
        #expect(cut[5] == 0)
        // Tokens outside the range are left as they were.
        #expect(cut[6] == 0xFFFF)
    }
}
