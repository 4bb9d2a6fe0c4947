/// Questions about one token's word, answered from its scalars without the word's `String`.
///
/// The mention rules ask them of most tokens they look at ("is it `the`?", "does it end in
/// `-ese`?"). A token of plain ASCII scalars is read in place: its lower case is its scalars with
/// A to Z made a to z, one scalar a `Character`. A token with any other scalar is asked as its
/// `String`, so every answer is the one the `String` question gives.
extension ArticleTokens {
    /// Whether token `i`'s scalars are all plain ASCII.
    @inline(__always)
    func isASCII(_ i: Int) -> Bool {
        let r = tokens[i].range
        return scalars.withUnsafeBufferPointer { s in
            for k in r where s[k].value >= 0x80 { return false }
            return true
        }
    }

    /// `lower(i) == word`, for a `word` in plain ASCII lower case.
    ///
    /// (A token read by its ASCII bytes has an exact word id: its scalars need no check for
    /// ASCII, and one of another length is ruled out unread. Most tokens asked are such words.)
    @inline(__always)
    func lowerIs(_ i: Int, _ word: StaticString) -> Bool {
        guard exactWordIds[i] >= 0 else { return lower(i) == word.description }
        let r = tokens[i].range
        let n = word.utf8CodeUnitCount
        guard r.count == n else { return false }
        return scalars.withUnsafeBufferPointer { s in
            for k in 0..<n {
                let v = s[r.lowerBound &+ k].value
                if (v &- 0x41 < 26 ? v + 32 : v) != UInt32(word.utf8Start[k]) { return false }
            }
            return true
        }
    }

    /// `lower(i).hasSuffix(suffix)`, for a `suffix` in plain ASCII lower case without a line feed.
    ///
    /// A token read by its ASCII bytes (it has an exact word id) is its lower case one scalar a
    /// `Character`: its last scalars are compared, from the end (most words end otherwise and
    /// are ruled out there). Any other token is asked as its `String`, which may join a suffix's
    /// first scalar to the one before it.
    @inline(__always)
    func lowerEnds(_ i: Int, with suffix: StaticString) -> Bool {
        guard exactWordIds[i] >= 0 else { return lower(i).hasSuffix(suffix.description) }
        let r = tokens[i].range
        let n = suffix.utf8CodeUnitCount
        guard r.count >= n else { return false }
        return scalars.withUnsafeBufferPointer { s in
            var k = n
            while k > 0 {
                k &-= 1
                let v = s[r.upperBound - n &+ k].value
                if (v &- 0x41 < 26 ? v + 32 : v) != UInt32(suffix.utf8Start[k]) { return false }
            }
            return true
        }
    }

    /// Whether token `i` is a word written exactly `word` (`isWord(i) && word(i) == word`), for a
    /// `word` in plain ASCII: no other scalars make that text.
    @inline(__always)
    func wordIs(_ i: Int, _ word: StaticString) -> Bool {
        guard isWord(i) else { return false }
        let r = tokens[i].range
        let n = word.utf8CodeUnitCount
        guard r.count == n else { return false }
        return scalars.withUnsafeBufferPointer { s in
            for k in 0..<n where s[r.lowerBound + k].value != UInt32(word.utf8Start[k]) { return false }
            return true
        }
    }

    /// Whether token `i`'s word is one or more ASCII letters and digits only
    /// (`ClosedListTypes.isPlainAlphanumeric(word(i))`; its alias key is then its lower case).
    ///
    /// Read from the bytes the word ids keep (the rules ask it of the same words many times,
    /// and the scalars one by one cost some ten instructions each); a token not read as ASCII
    /// has a scalar that is neither.
    @inline(__always)
    func isPlainAlphanumeric(_ i: Int) -> Bool {
        let id = exactWordIds[i]
        return id >= 0 && lowerIdTable.isPlainAlphanumeric(Int(id))
    }

}
