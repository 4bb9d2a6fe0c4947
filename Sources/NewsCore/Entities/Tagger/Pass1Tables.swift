/// Bucket ids of pass 1's features whose values are small numbers (capitalisation context,
/// document capitalisation flags, which lists cover a neighbour), worked out once for every
/// value instead of hashed for every token.
///
/// A value outside a table's range is hashed as before, so every lookup gives exactly the id
/// `FeatureHash.feature` would.
struct Pass1Tables {
    let shift: UInt64
    /// By context (capitalisation class, initial bit 4, headline bit 5).
    let context: [UInt32]
    /// By flags (0–3) × 64 + context.
    let documentCap: [UInt32]
    /// By list mask (a bit for each of the gazetteer's lists).
    let listsBefore: [UInt32]
    let listsAfter: [UInt32]
    /// The list-mask features of a sentence's edge (mask 0x1000).
    let edgeBefore: UInt32
    let edgeAfter: UInt32

    init(shift: UInt64) {
        self.shift = shift
        func ids(_ template: UInt64, _ count: Int, _ value: (UInt64) -> UInt64) -> [UInt32] {
            (0..<count).map { UInt32(truncatingIfNeeded: FeatureHash.feature(template, value(UInt64($0))) >> shift) }
        }
        context = ids(Template.capContext, 64) { $0 }
        documentCap = ids(Template.docCap, 4 * 64) { ($0 >> 6) << 8 | ($0 & 63) }
        let lists = 1 << Gazetteer.categories.count
        listsBefore = ids(Template.gazetteerPrev, lists) { $0 }
        listsAfter = ids(Template.gazetteerNext, lists) { $0 }
        edgeBefore = UInt32(truncatingIfNeeded: FeatureHash.feature(Template.gazetteerPrev, 0x1000) >> shift)
        edgeAfter = UInt32(truncatingIfNeeded: FeatureHash.feature(Template.gazetteerNext, 0x1000) >> shift)
    }

    @inline(__always) func cut(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> shift) }

    @inline(__always) func capContext(_ value: UInt64) -> UInt32 {
        value < 64 ? context[Int(value)] : cut(FeatureHash.feature(Template.capContext, value))
    }

    @inline(__always) func docCap(_ flags: UInt64, _ value: UInt64) -> UInt32 {
        flags < 4 && value < 64
            ? documentCap[Int(flags << 6 | value)] : cut(FeatureHash.feature(Template.docCap, flags << 8 | value))
    }

    @inline(__always) func gazetteerPrev(_ mask: UInt64) -> UInt32 {
        if mask < UInt64(listsBefore.count) { return listsBefore[Int(mask)] }
        return mask == 0x1000 ? edgeBefore : cut(FeatureHash.feature(Template.gazetteerPrev, mask))
    }

    @inline(__always) func gazetteerNext(_ mask: UInt64) -> UInt32 {
        if mask < UInt64(listsAfter.count) { return listsAfter[Int(mask)] }
        return mask == 0x1000 ? edgeAfter : cut(FeatureHash.feature(Template.gazetteerNext, mask))
    }
}

extension Pass1Tables {
    /// How many rows `FusedWeights` sums for pass 1's small-value features (`contextRow`); row
    /// `contextRowCount` itself is all zeros, for a token whose values fall outside the tables.
    static let contextRowCount = 1024

    /// The row of `FusedWeights`' context rows that holds a token's capContext and docCap
    /// features, and its gazetteerPrev and gazetteerNext features when a neighbour is on no
    /// list (`noListsBefore`, `noListsAfter`); nil when `flags` or `context` is out of range
    /// (the token then lists them all itself).
    @inline(__always)
    static func contextRow(flags: UInt64, context: UInt64, noListsBefore: Bool, noListsAfter: Bool) -> Int? {
        guard flags < 4 && context < 64 else { return nil }
        return Int(truncatingIfNeeded: flags << 8 | context << 2) | (noListsBefore ? 2 : 0) | (noListsAfter ? 1 : 0)
    }

    /// The bucket ids of the features `contextRow` numbered `row` stands for.
    func contextFeatures(row: Int) -> [UInt32] {
        let flags = UInt64(row >> 8), context = UInt64(row >> 2 & 63)
        var ids = [capContext(context), docCap(flags, context)]
        if row & 2 != 0 { ids.append(gazetteerPrev(0)) }
        if row & 1 != 0 { ids.append(gazetteerNext(0)) }
        return ids
    }
}
