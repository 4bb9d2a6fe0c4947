/// Pass 1's shapeTrigram features already worked out, by the shapes of the word before, the
/// word and the word after, kept from one document to the next.
///
/// A few hundred word shapes make up nearly every token's three, so most tokens find their
/// feature here instead of mixing three hashes for it (some 40 instructions). Direct-mapped,
/// `slots` slots of four UInt64 (64 KB a workspace): the three shapes, compared in full, so a
/// feature is taken only for the shapes it was worked out from, then the feature's bucket id
/// (`empty` while none). Valid for one bucket width (`shift`).
struct ShapeTrigrams {
    static let slots = 2048
    static let empty = UInt64.max
    private(set) var shift: UInt64 = 64
    var table: [UInt64] = []

    /// Empties every slot, for features cut to `shift`.
    mutating func reset(shift: UInt64) {
        self.shift = shift
        table = .init(repeating: 0, count: 4 * Self.slots)
        for s in 0..<Self.slots { table[4 * s + 3] = Self.empty }
    }

    /// The slot of three shapes (hashes already mixed: their bits at three places suffice).
    @inline(__always)
    static func slot(_ before: UInt64, _ shape: UInt64, _ after: UInt64) -> Int {
        Int(truncatingIfNeeded: before ^ shape &>> 11 ^ after &>> 22) & (slots - 1)
    }

    /// The bucket id of the shapeTrigram feature of `before`, `shape` and `after` in `table`
    /// (a `table`'s pointer), worked out and kept there if not found.
    @inline(__always)
    static func feature(_ before: UInt64, _ shape: UInt64, _ after: UInt64, in table: UnsafeMutablePointer<UInt64>, shift: UInt64) -> UInt32 {
        let kept = table + 4 &* slot(before, shape, after)
        if kept[3] != empty && kept[0] == before && kept[1] == shape && kept[2] == after {
            return UInt32(truncatingIfNeeded: kept[3])
        }
        let id = FeatureHash.feature(Template.shapeTrigram, FeatureHash.combine(before, shape), after) &>> shift
        kept[0] = before
        kept[1] = shape
        kept[2] = after
        kept[3] = id
        return UInt32(truncatingIfNeeded: id)
    }
}
