/// Reading a string's UTF-8 bytes through one buffer pointer, whatever its storage.
extension String {
    /// `body` over the string's UTF-8 bytes, contiguous in memory.
    ///
    /// A native or small string hands over its own storage; any other (bridged) is copied into
    /// contiguous storage first, as `withUTF8` does, so the byte loops that the rules run over
    /// names and words need no second, generic path over `utf8` beside the fast one. (Asked of
    /// the view first: `withUTF8` is mutating, and on a copy of the string it cost a retain and
    /// a release a call, measurable in the word-list look-ups of every token.)
    @inline(__always)
    func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension Substring {
    /// `body` over the substring's UTF-8 bytes, contiguous in memory (`String.withContiguousUTF8`).
    @inline(__always)
    func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
