/// The optional `---` block of `key: value` lines at the top of an article file.
struct FrontMatter: Equatable {
    var entries: [MetaEntry] = []
    var warnings: [String] = []

    /// The value of the first entry with this key (keys compare case-insensitively).
    func value(_ key: String) -> String? {
        entries.first { $0.key.lowercased() == key }?.value
    }

    /// What the top of a file holds.
    enum Split {
        case absent
        /// A `---` line with no closing one.
        case unclosed
        case found(FrontMatter, body: ArraySlice<Substring>)
    }

    /// Splits front matter off the top of `lines`.
    ///
    /// A block that never closes is not front matter: the file is read as plain text and a
    /// warning says so, because a lone `---` line is legal in a body.
    static func split(_ lines: [Substring]) -> Split {
        guard let first = lines.first, first.trimmingSpaces() == "---" else { return .absent }
        var matter = FrontMatter()
        for index in lines.indices.dropFirst() {
            let line = lines[index].trimmingSpaces()
            if line == "---" || line == "..." {
                return .found(matter, body: lines[(index + 1)...])
            }
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                matter.warnings.append("front matter line \(index + 1) has no 'key:'; ignored")
                continue
            }
            let key = line[..<colon].trimmingSpaces()
            var value = line[line.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if key.isEmpty {
                matter.warnings.append("front matter line \(index + 1) has an empty key; ignored")
                continue
            }
            matter.entries.append(MetaEntry(key: key, value: value))
        }
        return .unclosed
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces (the text is already sanitised, so
    /// spaces and newlines are the only whitespace controls left).
    func trimmingSpaces() -> String {
        // Most lines open and close on ASCII, where a byte's whitespace is plain to see: the
        // scalars' `isWhitespace` lookups, twice a line, cost about a tenth of parsing.
        if let (first, last) = asciiEdges() {
            return first.map { String(self[$0...last]) } ?? ""
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        // Slicing by the scalar indices copies the bytes in one go.
        return String(self[first...last])
    }

    /// The first and last scalars that are not whitespace, told by value where every scalar
    /// looked at is ASCII (nil first: all whitespace); nil when a non-ASCII scalar is met first.
    ///
    /// The whitespace among ASCII scalars is tab to carriage return and the space.
    private func asciiEdges() -> (first: Index?, last: Index)? {
        let scalars = unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let v = scalars[i].value
            if v >= 0x80 { return nil }
            if v != 0x20, v < 0x09 || v > 0x0D { break }
            i = scalars.index(after: i)
        }
        guard i < scalars.endIndex else { return (nil, scalars.startIndex) }
        var j = scalars.index(before: scalars.endIndex)
        while true {
            let v = scalars[j].value
            if v >= 0x80 { return nil }
            if v != 0x20, v < 0x09 || v > 0x0D { return (i, j) }
            j = scalars.index(before: j)
        }
    }
}
