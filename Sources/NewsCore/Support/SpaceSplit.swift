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
            var count = 0
            var inWord = false
            for k in 0..<bytes.count {
                let byte = bytes[k]
                if byte >= 0x80 || byte == 0x0D { return false }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            words.reserveCapacity(count)
            var start = 0
            for k in 0..<bytes.count {
                let byte = bytes[k]
                if byte >= 0x80 || byte == 0x0D { return false }
                guard byte == 0x20 else { continue }
                if start < k { words.append(self[view.index(view.startIndex, offsetBy: start)..<view.index(view.startIndex, offsetBy: k)]) }
                start = k + 1
            }
            if start < bytes.count { words.append(self[view.index(view.startIndex, offsetBy: start)..<view.endIndex]) }
            return true
        }
        return ascii == true ? words : split(separator: " ")
    }
}
