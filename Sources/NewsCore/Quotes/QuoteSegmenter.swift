/// Pairs quotation marks paragraph by paragraph into top-level quoted segments.
///
/// Curly and straight double marks are paired first; single marks count only at top level
/// (outside any double quote), and only when they cannot be an apostrophe. A paragraph that ends
/// while a quote is open closes the segment there (`openEnd`), and a following paragraph that opens
/// with a mark continues the same quotation (same `group`). Misused marks are tolerated: a closing
/// curly mark typed where an opener belongs, or an opener typed where a closer belongs, is read by
/// its surroundings, and a mark that pairs with nothing is dropped, never the paragraph.
enum QuoteSegmenter {
    /// The segments of `scalars` inside each paragraph range, in text order.
    static func segments(_ scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [QuoteSegment] {
        var out: [QuoteSegment] = []
        // Room for the few quotations most articles have, where the list grew from one.
        out.reserveCapacity(8)
        var groupCounter = 0
        var pendingGroup: Int? = nil
        for (pIndex, paragraph) in paragraphs.enumerated() {
            let lo = max(0, paragraph.lowerBound)
            let hi = min(scalars.count, paragraph.upperBound)
            guard lo < hi else { continue }
            var firstNonSpace = lo
            while firstNonSpace < hi, QuoteMarks.isSpace(scalars[firstNonSpace]) { firstNonSpace += 1 }
            if firstNonSpace == hi { continue }
            let continuation = pendingGroup
            pendingGroup = nil
            var openDouble: Int? = nil
            var openSingle: Int? = nil

            func group(opening: Int) -> Int {
                if let continuation, opening == firstNonSpace { return continuation }
                groupCounter += 1
                return groupCounter
            }
            func emit(_ start: Int, _ end: Int, _ mark: QuoteSegment.Mark, openEnd: Bool, group: Int, open: Int?, close: Int?) {
                var s = start
                var e = end
                while s < e, QuoteMarks.isSpace(scalars[s]) { s += 1 }
                while e > s, QuoteMarks.isSpace(scalars[e - 1]) { e -= 1 }
                guard e > s else { return }
                out.append(QuoteSegment(start: s, end: e, mark: mark, openEnd: openEnd, group: group, openMark: open, closeMark: close, paragraph: pIndex))
            }

            var i = lo
            while i < hi {
                // Nearly every scalar is no mark at all, and nothing below acts on those.
                i = nextMarkOrBeyondASCII(scalars, from: i, before: hi)
                guard i < hi else { break }
                let c = scalars[i]
                let prev: Unicode.Scalar = i > lo ? scalars[i - 1] : " "
                let next: Unicode.Scalar = i + 1 < hi ? scalars[i + 1] : " "
                if QuoteMarks.isDouble(c) {
                    let kind = doubleKind(c, prev: prev, next: next, isOpen: openDouble != nil)
                    switch kind {
                    case .open:
                        if let o = openDouble {
                            // A second opener while one is open: the first was never closed.
                            emit(o + 1, i, .double, openEnd: false, group: group(opening: -1), open: o, close: nil)
                        }
                        openDouble = i
                        openSingle = nil  // a double quote swallows an unclosed single one
                    case .close:
                        if let o = openDouble {
                            emit(o + 1, i, .double, openEnd: false, group: group(opening: o), open: o, close: i)
                            openDouble = nil
                        }
                    case .stray:
                        break
                    }
                    i += 1
                    continue
                }
                if openDouble != nil {
                    i += 1
                    continue  // single marks inside a double quote are nested, not top level
                }
                if openSingle == nil, c == QuoteMarks.openSingle || c == QuoteMarks.straightSingle {
                    if QuoteMarks.isOpenContext(prev), QuoteMarks.isWordScalar(next), !isElision(scalars, at: i, end: hi) {
                        openSingle = i
                    }
                    i += 1
                    continue
                }
                if let o = openSingle, c == QuoteMarks.closeSingle || c == QuoteMarks.straightSingle {
                    if !QuoteMarks.isWordScalar(next), !QuoteMarks.isSpace(prev),
                        !isPluralPossessive(scalars, at: i, end: hi)
                    {
                        emit(o + 1, i, .single, openEnd: false, group: group(opening: o), open: o, close: i)
                        openSingle = nil
                    }
                }
                i += 1
            }
            if let o = openDouble {
                let g = group(opening: o)
                emit(o + 1, hi, .double, openEnd: true, group: g, open: o, close: nil)
                pendingGroup = g
            }
            // An unclosed single mark at the paragraph end is most likely an apostrophe: dropped.
        }
        return out
    }

    /// The first scalar at or after `i` and before `end` that may be a quotation mark or lies
    /// beyond ASCII, else `end`: what `segments` must look at. (A scalar beyond ASCII that is no
    /// mark changes nothing there: it is passed over as every other scalar is.)
    ///
    /// Sixteen ASCII scalars at a time, packed into bytes (`ScalarScan.firstInASCIIOrBeyond`):
    /// most text is ASCII, and `nextMark`'s eight 32-bit lanes, with an unsigned compare for the
    /// curly marks, cost several times as much a scalar. (`nextMark`, the exact search, is what
    /// the tests hold it to.)
    @inline(__always)
    static func nextMarkOrBeyondASCII(_ scalars: [Unicode.Scalar], from i: Int, before end: Int) -> Int {
        scalars.withUnsafeBufferPointer { b in
            ScalarScan.firstInASCIIOrBeyond(
                in: b, from: i, before: end,
                anyASCIIHit: { v in ScalarScan.any((v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27))) },
                isHit: { v in v == 0x22 || v == 0x27 || v >= 0x80 })
        }
    }

    /// The first scalar at or after `i` and before `end` that may be a quotation mark (a
    /// straight or curly quote or apostrophe), else `end`.
    ///
    /// Every scalar of the article passes through here: eight at a time (`ScalarScan`), without
    /// bounds checks (`end` is within the array).
    @inline(__always)
    static func nextMark(_ scalars: [Unicode.Scalar], from i: Int, before end: Int) -> Int {
        scalars.withUnsafeBufferPointer { b in
            // U+2018 to U+201D: the curly single and double marks and their low-9 forms.
            ScalarScan.first(
                in: b, from: i, before: end,
                anyHit: { v in
                    let curly = v &- .init(repeating: 0x2018) .<= .init(repeating: 5)
                    return ScalarScan.any((v .== .init(repeating: 0x22)) .| (v .== .init(repeating: 0x27)) .| curly)
                },
                isHit: { v in v == 0x22 || v == 0x27 || v &- 0x2018 <= 5 })
        }
    }

    enum DoubleKind { case open, close, stray }

    /// Whether a double mark opens or closes, from the mark and its neighbours.
    static func doubleKind(_ c: Unicode.Scalar, prev: Unicode.Scalar, next: Unicode.Scalar, isOpen: Bool) -> DoubleKind {
        let prevSpace = QuoteMarks.isSpace(prev)
        if c == QuoteMarks.openDouble {
            // “ typed where a closer belongs: “…said.“ followed by a space or the end.
            if isOpen, !prevSpace, QuoteMarks.isSpace(next) || QuoteMarks.isCloseContext(next) { return .close }
            return .open
        }
        if c == QuoteMarks.closeDouble {
            // ” typed where an opener belongs: after a space and before a word.
            if !isOpen, prevSpace || prev == "(" || prev == ":", QuoteMarks.isWordScalar(next) { return .open }
            return .close
        }
        let looksOpen = (prevSpace || QuoteMarks.isOpenContext(prev)) && !QuoteMarks.isSpace(next)
        let looksClose = !prevSpace && (QuoteMarks.isSpace(next) || QuoteMarks.isCloseContext(next))
        if isOpen { return looksOpen && !looksClose ? .open : .close }
        return looksOpen || !looksClose ? .open : .stray
    }

    /// An apostrophe that stands for left-out letters or digits: `'90s`, `rock 'n' roll`.
    static func isElision(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        // 'n' between two words.
        if i + 2 < end, s[i + 1] == "n" || s[i + 1] == "N",
            s[i + 2] == QuoteMarks.closeSingle || s[i + 2] == QuoteMarks.straightSingle,
            i + 3 >= end || !QuoteMarks.isWordScalar(s[i + 3])
        {
            return true
        }
        // A two-digit year: '90s, '16.
        if i + 2 < end, ScalarClass.isNumeric(s[i + 1]), ScalarClass.isNumeric(s[i + 2]) {
            let after: Unicode.Scalar = i + 3 < end ? s[i + 3] : " "
            if after == "s" || !QuoteMarks.isWordScalar(after) { return true }
        }
        return false
    }

    /// `players’ union`: an `s’` before a lower-case word is a possessive when a later mark can close.
    /// Not when a curly opener comes first (`‘Two Instances’ where ‘…’`): single quotes do not nest,
    /// so the `s’` closed the quotation.
    static func isPluralPossessive(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i > 0, s[i - 1] == "s", i + 2 < end, s[i + 1] == " ", ScalarClass.isLower(s[i + 2]) else { return false }
        var j = i + 1
        while j < end {
            let c = s[j]
            if QuoteMarks.isDouble(c) { return false }
            if c == QuoteMarks.openSingle, QuoteMarks.isOpenContext(s[j - 1]), j + 1 < end, QuoteMarks.isWordScalar(s[j + 1]) { return false }
            if opensLaterQuotation(s, at: j, end: end) { return false }
            if c == QuoteMarks.closeSingle || c == QuoteMarks.straightSingle {
                let next: Unicode.Scalar = j + 1 < end ? s[j + 1] : " "
                if !QuoteMarks.isWordScalar(next), !QuoteMarks.isSpace(s[j - 1]), !isPossessiveShape(s, at: j, end: end) { return true }
            }
            j += 1
        }
        return false
    }
}
