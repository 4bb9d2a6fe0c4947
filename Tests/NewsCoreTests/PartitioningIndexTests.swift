import NewsCore
import Testing

/// The binary search the index's sorted tables share (sketches, scalar offsets, snippet matches).
@Suite struct PartitioningIndexTests {
    @Test func theFirstElementPastTheSplitIsFound() {
        let sorted = [1, 3, 3, 5, 8, 13]
        #expect(sorted.partitioningIndex { $0 >= 3 } == 1)
        #expect(sorted.partitioningIndex { $0 >= 4 } == 3)
        #expect(sorted.partitioningIndex { $0 >= 0 } == 0)
        #expect(sorted.partitioningIndex { $0 >= 14 } == 6)
        #expect([Int]().partitioningIndex { $0 >= 1 } == 0)
        // A slice answers with its own indices.
        #expect(sorted[2...].partitioningIndex { $0 >= 8 } == 4)
    }

    @Test func aSortedValueIsFoundOnlyWhenThere() {
        let sorted: [Int64] = [2, 4, 6, 10]
        #expect(sorted.sortedIndex(of: 6) == 2)
        #expect(sorted.sortedIndex(of: 2) == 0)
        #expect(sorted.sortedIndex(of: 10) == 3)
        #expect(sorted.sortedIndex(of: 5) == nil)
        #expect(sorted.sortedIndex(of: 11) == nil)
        #expect([Int64]().sortedIndex(of: 1) == nil)
    }
}
