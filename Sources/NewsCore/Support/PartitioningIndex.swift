/// Binary search over sorted data: the one loop every "where does this offset fall" needs.
extension RandomAccessCollection {
    /// The first index whose element `isAfter` says true for, in a collection where every such
    /// element comes after every other (sorted data and a "not below x" test); `endIndex` when
    /// none does. Takes log₂(count) tests.
    @inlinable
    public func partitioningIndex(where isAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}

extension RandomAccessCollection where Element: Comparable {
    /// The index of `value` in this sorted collection, or nil when it is not there.
    @inlinable
    public func sortedIndex(of value: Element) -> Index? {
        let i = partitioningIndex { $0 >= value }
        return i < endIndex && self[i] == value ? i : nil
    }
}
