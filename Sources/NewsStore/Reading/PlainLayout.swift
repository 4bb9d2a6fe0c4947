import Foundation

/// A cheap stand-in for the parser, valid only where it was checked to agree with it.
///
/// Most news files are laid out plainly: a headline, blank lines between paragraphs, nothing
/// for the parser to strip or classify away. For those, the parser's text is the paragraphs'
/// lines trimmed and joined with spaces, paragraphs joined by blank lines, computed here in a
/// few microseconds instead of about a millisecond. At index time the refresh computes both
/// and flags the article (`article.plain`) only when they are equal; at read time the flag is
/// used only when the file's bytes still hash to the indexed hash, and this function is
/// deterministic, so a flagged article's text is exactly what the parser would give. Mentions
/// and snippets, which read a page of articles back, lean on it.
enum PlainLayout {
    /// The plain-layout text of a file's bytes, or nil when they are not clean UTF-8 text.
    static func text(_ data: Data) -> String? {
        guard let decoded = String(validating: data, as: UTF8.self) else { return nil }
        switch byteText(decoded) {
        case .text(let text): return text
        case .empty: return nil
        case .undecided: return characterText(decoded)
        }
    }

    /// Whether `text(data)` would be `text`, byte for byte, read off the file's bytes without
    /// building the layout (the refresh asks this of every indexed file, and building, copying
    /// and validating the layout's text cost more than the comparison).
    ///
    /// False means only "not shown by bytes": a space or tab beside a non-ASCII scalar at a
    /// line's edge (`ByteResult.undecided`), or a text that is equal but spelt otherwise, is left
    /// to `text`. A match needs no UTF-8 validation of its own: the layout keeps every byte of a
    /// line's trimmed content and only drops or replaces runs of ASCII between them with other,
    /// non-empty ASCII runs, so the file is valid UTF-8 exactly when its layout, here `text`, is.
    static func sameBytes(_ data: Data, as text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in
            data.withUnsafeBytes { raw -> Bool in
                let b = raw.bindMemory(to: UInt8.self)
                let n = b.count
                let m = t.count
                // `byteText`'s walk, with each byte it would write checked against `t` instead.
                var matched = 0
                var inParagraph = false
                var headlineDone = false
                var lineStart = 0
                while lineStart <= n {
                    let lineEnd = lineBreak(b, from: lineStart)
                    var i = lineStart
                    var j = lineEnd
                    while i < j, b[i] == 0x20 || b[i] == 0x09 {
                        if i + 1 < j, b[i + 1] >= 0x80 { return false }
                        i += 1
                    }
                    while j > i, b[j - 1] == 0x20 || b[j - 1] == 0x09 {
                        if b[j - 2] >= 0x80 { return false }
                        j -= 1
                    }
                    if i == j {
                        inParagraph = false
                    } else {
                        if inParagraph {
                            guard matched < m, t[matched] == 0x20 else { return false }
                            matched += 1
                        } else if matched > 0 {
                            guard matched + 2 <= m, t[matched] == 0x0A, t[matched + 1] == 0x0A else { return false }
                            matched += 2
                        }
                        guard matched + (j - i) <= m, memcmp(b.baseAddress! + i, t.baseAddress! + matched, j - i) == 0 else {
                            return false
                        }
                        matched += j - i
                        inParagraph = headlineDone
                        headlineDone = true
                    }
                    lineStart = lineEnd + 1
                }
                // An empty layout is no text at all (`text` gives nil).
                return matched == m && m > 0
            }
        }
    }

    /// Where the line from `start` ends: its LF, one not after a CR ("\r\n" is one
    /// `Character`), or the end of the bytes.
    private static func lineBreak(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k < b.count {
            guard let found = memchr(b.baseAddress! + k, 0x0A, b.count - k) else { return b.count }
            let at = b.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at == 0 || b[at - 1] != 0x0D { return at }
            k = at + 1
        }
        return b.count
    }

    /// What the byte-level reading of a text gave.
    enum ByteResult: Equatable {
        case text(String)
        case empty
        /// A space or tab beside a non-ASCII scalar at a line's edge, where only grapheme
        /// breaking can say whether the two are one `Character`: left to `characterText`.
        case undecided
    }

    /// `characterText`, read from the UTF-8 bytes (it runs on every indexed file, and grapheme
    /// breaking over every line cost more than the rest of the check).
    ///
    /// The `Character` rules it follows, byte by byte: a line ends at every LF except one after
    /// a CR ("\r\n" is one `Character`, not "\n"); a space or tab at a line's edge is a
    /// `Character` of its own when its neighbour inside the line is ASCII (no ASCII scalar
    /// extends or prepends to another); beside anything else the answer is `.undecided`.
    static func byteText(_ decoded: String) -> ByteResult {
        var decoded = decoded
        return decoded.withUTF8 { b -> ByteResult in
            let n = b.count
            var undecided = false
            // At most one byte longer than the input: a headline's single line break becomes a
            // blank line; every other break shrinks or keeps its length.
            let out = String(unsafeUninitializedCapacity: n + 2) { out -> Int in
                var written = 0
                // Whether the paragraph being gathered has a line yet, and whether one is done.
                var inParagraph = false
                var headlineDone = false
                func put(_ from: Int, _ to: Int) {
                    for k in from..<to { out[written + k - from] = b[k] }
                    written += to - from
                }
                var lineStart = 0
                while lineStart <= n {
                    var lineEnd = lineStart
                    while lineEnd < n, !(b[lineEnd] == 0x0A && (lineEnd == 0 || b[lineEnd - 1] != 0x0D)) { lineEnd += 1 }
                    var i = lineStart
                    var j = lineEnd
                    while i < j, b[i] == 0x20 || b[i] == 0x09 {
                        if i + 1 < j, b[i + 1] >= 0x80 {
                            undecided = true
                            return 0
                        }
                        i += 1
                    }
                    while j > i, b[j - 1] == 0x20 || b[j - 1] == 0x09 {
                        // (`b[i]` is no space or tab, so `j - 2 >= i` here.)
                        if b[j - 2] >= 0x80 {
                            undecided = true
                            return 0
                        }
                        j -= 1
                    }
                    if i == j {
                        // A blank line ends the paragraph.
                        inParagraph = false
                    } else {
                        if inParagraph {
                            out[written] = 0x20
                            written += 1
                        } else if written > 0 {
                            out[written] = 0x0A
                            out[written + 1] = 0x0A
                            written += 2
                        }
                        put(i, j)
                        // The first line is the headline, a block of its own.
                        inParagraph = headlineDone
                        headlineDone = true
                    }
                    lineStart = lineEnd + 1
                }
                return written
            }
            if undecided { return .undecided }
            return out.isEmpty ? .empty : .text(out)
        }
    }

    /// The plain-layout text of decoded text, line by line and `Character` by `Character`: the
    /// definition `byteText` follows, and the answer wherever it cannot decide.
    static func characterText(_ decoded: String) -> String? {
        var out = ""
        out.reserveCapacity(decoded.utf8.count)
        var paragraph: [Substring] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            if !out.isEmpty { out += "\n\n" }
            out += paragraph.joined(separator: " ")
            paragraph.removeAll(keepingCapacity: true)
        }
        for line in decoded.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trim(line)
            if trimmed.isEmpty {
                flush()
            } else if out.isEmpty && paragraph.isEmpty {
                // The first line is the headline, a block of its own.
                paragraph.append(trimmed)
                flush()
            } else {
                paragraph.append(trimmed)
            }
        }
        flush()
        return out.isEmpty ? nil : out
    }

    /// The text and where its headline ends, in scalars.
    static func headlineEnd(of text: String) -> Int {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return text.unicodeScalars.count }
        return text.unicodeScalars.distance(from: text.startIndex, to: newline)
    }

    private static func trim(_ line: Substring) -> Substring {
        var s = line
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
