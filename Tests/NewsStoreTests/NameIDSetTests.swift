import Testing
@testable import NewsStore

/// The writer's bit set of name ids answers as a `Set<Int64>` would.
@Suite struct NameIDSetTests {
    @Test func holdsWhatWasInsertedAndNothingElse() {
        var set = NameIDSet()
        #expect(!set.contains(1))
        for id: Int64 in [1, 63, 64, 65, 1000, 4097] { set.insert(id) }
        for id: Int64 in [1, 63, 64, 65, 1000, 4097] { #expect(set.contains(id)) }
        for id: Int64 in [0, 2, 62, 66, 999, 1001, 4096, 4098, 1 << 20] { #expect(!set.contains(id)) }
    }

    @Test func agreesWithASetOverManyIds() {
        var bits = NameIDSet()
        var reference = Set<Int64>()
        // Every third id and every id of a run well past the first words: growth and edges.
        for id in stride(from: Int64(0), to: 700, by: 3) { bits.insert(id); reference.insert(id) }
        for id: Int64 in 5000..<5130 { bits.insert(id); reference.insert(id) }
        let disagreeing = (Int64(0)..<6000).filter { bits.contains($0) != reference.contains($0) }
        #expect(disagreeing.isEmpty)
    }

    @Test func ignoresNegativeIds() {
        var set = NameIDSet()
        set.insert(-1)
        #expect(!set.contains(-1))
        #expect(!set.contains(0))
    }
}
