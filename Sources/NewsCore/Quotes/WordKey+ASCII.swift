extension WordKey {
    /// `WordKey(scalars, range)` read from a buffer of the scalars, when every scalar of the word
    /// is ASCII; nil otherwise, and the caller asks `init(_:_:)`, which folds other letters.
    ///
    /// The quote tokenizer keys every word of each paragraph with quotations: hashed inline from
    /// the buffer, without the array's retain and bounds checks, a word costs a fraction of the
    /// general init. The fold is `init(_:_:)`'s for ASCII, FNV-1a over the lower-cased scalars (the
    /// same offset basis and prime); a test holds the two equal.
    @inline(__always)
    init?(ascii b: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            let v = b[i].value
            guard v < 0x80 else { return nil }
            h = (h ^ UInt64(v &- 0x41 < 26 ? v + 32 : v)) &* 0x100_0000_01b3
        }
        self.init(value: h)
    }
}
