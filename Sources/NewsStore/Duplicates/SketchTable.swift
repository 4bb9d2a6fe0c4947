import GRDB
import NewsCore

/// Every stored story sketch, side by side in one array: what a regrouping compares, and whose
/// LSH band keys it works out as it goes.
///
/// The index keeps no table of band keys: sixteen rows an article (`story_band`, until v10) took
/// 27 MB of a 100,000-article index, a tenth of it, to save a regrouping the few milliseconds of
/// working the keys out again from the sketches it reads anyway.
struct SketchTable {
    /// The articles that have a sketch, in ascending id order.
    private(set) var ids: [Int64] = []
    /// Their sketches, `StorySignature.size` values each, in the order of `ids`.
    private(set) var values: [UInt16] = []

    var count: Int { ids.count }

    /// Every sketch in `story_sig`; a blob of the wrong size (damage) is left out, as
    /// `StorySignature(packed:)` leaves it out.
    static func load(_ db: Database) throws -> SketchTable {
        var table = SketchTable()
        let size = StorySignature.size
        // Sized once: grown by doubling, the values array of 100,000 sketches (26 MB) passed
        // through a 32 MB buffer and its 16 MB predecessor at once.
        let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM story_sig") ?? 0
        table.ids.reserveCapacity(rows)
        table.values.reserveCapacity(rows * size)
        let cursor = try Row.fetchCursor(db, sql: "SELECT article, sig FROM story_sig ORDER BY article")
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            try row.withUnsafeData(atIndex: 1) { data in
                guard let data, data.count == size * 2 else { return }
                table.ids.append(id)
                data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                    for i in 0..<size { table.values.append(UInt16(raw[2 * i]) | UInt16(raw[2 * i + 1]) << 8) }
                }
            }
        }
        return table
    }

    /// The position of article `id` in the table, or nil when it has no sketch.
    func index(of id: Int64) -> Int? {
        ids.sortedIndex(of: id)
    }

    /// `StorySignature.similarity` of the sketches at positions `i` and `j`.
    func similarity(_ i: Int, _ j: Int) -> Double {
        Double(agreeing(i, j)) / Double(StorySignature.size)
    }

    /// How many positions the sketches at `i` and `j` agree on, sixteen compared at a time: a
    /// first index of 100,000 articles compares some millions of pairs, and one value at a
    /// time took 0.8 of the 1.8 CPU-seconds its regrouping ran beside the full-text merge.
    private func agreeing(_ i: Int, _ j: Int) -> Int {
        let size = StorySignature.size
        let lanes = SIMD16<UInt16>.scalarCount
        // (A count of 1 a lane and position cannot wrap: `size` / `lanes` is 8.)
        assert(size % lanes == 0)
        // (The positions are read through a pointer: out of the table they must still trap.)
        precondition(i >= 0 && j >= 0 && (max(i, j) + 1) * size <= values.count)
        var same = SIMD16<UInt16>()
        values.withUnsafeBufferPointer { v in
            let a = UnsafeRawPointer(v.baseAddress! + i * size)
            let b = UnsafeRawPointer(v.baseAddress! + j * size)
            for k in stride(from: 0, to: size * 2, by: lanes * 2) {
                let x = a.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt16>.self)
                let y = b.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt16>.self)
                same &+= SIMD16<UInt16>(repeating: 0).replacing(with: 1, where: x .== y)
            }
        }
        return Int(same.wrappedSum())
    }

    /// `StorySignature.bandKey` of the sketch at position `i`.
    func bandKey(_ i: Int, band: Int) -> UInt64 {
        var key = UInt64(band)
        let start = i * StorySignature.size + band * StorySignature.rowsPerBand
        for row in 0..<StorySignature.rowsPerBand { key = key << 16 | UInt64(values[start + row]) }
        return key
    }
}
