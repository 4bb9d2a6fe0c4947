/// Unicode scalar offsets: the one unit every span in Byline is measured in.
extension String {
    /// The number of Unicode scalars, the length unit of every span.
    public var scalarCount: Int { unicodeScalars.count }

    /// The scalars in `range`, clamped to the string.
    public func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let total = scalars.count
        let lower = Swift.max(0, Swift.min(range.lowerBound, total))
        let upper = Swift.max(lower, Swift.min(range.upperBound, total))
        let start = scalars.index(scalars.startIndex, offsetBy: lower)
        let end = scalars.index(start, offsetBy: upper - lower)
        return String(scalars[start..<end])
    }
}
