/// Splitting names and keys into words at spaces, quickly.
extension StringProtocol {
    /// `split(separator: " ")`: the same words, found in the bytes when the text is plain ASCII
    /// without a carriage return, where each byte is a `Character`.
    ///
    /// The entity and quote rules split the same short names into words thousands of times an
    /// article, and `split` compares `Character`s, which walks grapheme boundaries.
    func splitAtSpaces() -> [SubSequence] {
        let view = utf8
        var words: [SubSequence] = []
        let ascii = view.withContiguousStorageIfAvailable { bytes -> Bool in
            // The words counted first, so the array is allocated once at its size (growing it
            // word by word reallocated it for most names).
            guard let count = AsciiWords.count(bytes) else { return false }
            words.reserveCapacity(count)
            var start = 0
            for k in 0..<bytes.count {
                guard bytes[k] == 0x20 else { continue }
                if start < k { words.append(self[view.index(view.startIndex, offsetBy: start)..<view.index(view.startIndex, offsetBy: k)]) }
                start = k + 1
            }
            if start < bytes.count { words.append(self[view.index(view.startIndex, offsetBy: start)..<view.endIndex]) }
            return true
        }
        return ascii == true ? words : split(separator: " ")
    }
}

/// Words in plain ASCII bytes, for the fast paths that read a name or key by its bytes.
enum AsciiWords {
    /// The number of space-separated words in `bytes`, nil when they are not plain ASCII or hold
    /// a carriage return (where a byte is not always a `Character`).
    @inline(__always)
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte >= 0x80 || byte == 0x0D { return nil }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
