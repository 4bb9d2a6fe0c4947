import Foundation

/// Reads JSON Lines (NDJSON): one article a line. A `.json` file that is not a JSON Feed is
/// read here too: an array of objects, or objects one a line.
enum JSONLinesReader {
    static func items(_ data: Data) -> FoundItems {
        var found = FoundItems()
        found.noun = "line"
        let text = String(decoding: data, as: UTF8.self)
        // A whole-file array (`[{…}, {…}]`) is a JSON dump too: its elements are the items.
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "[",
            let array = try? JSONSerialization.jsonObject(with: Data(text.utf8.drop { $0 != UInt8(ascii: "[") }), options: [.fragmentsAllowed]) as? [Any]
        {
            found.noun = "element"
            for (i, element) in array.enumerated() { add(element, position: i + 1, to: &found) }
            return found
        }
        // Lines are cut at LF bytes: splitting the String cut at Characters, and "\r\n" is one
        // Character, so a file with Windows line ends was a single line that was not JSON.
        let bytes = Array(text.utf8)   // (malformed UTF-8 repaired, as the text is)
        var number = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            number += 1
            let line = trimmed(bytes[start..<end])
            start = end + 1
            if line.isEmpty { continue }
            guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
                found.warnings.append("line \(number) is not JSON; skipped")
                continue
            }
            add(value, position: number, to: &found)
        }
        return found
    }

    /// A line without the white space or byte order mark around it.
    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        while let first = line.first, isSpace(first) { line.removeFirst() }
        while let last = line.last, isSpace(last) { line.removeLast() }
        // Rare: a BOM or a space beyond ASCII at an end. Foundation knows all of them.
        if let first = line.first, let last = line.last, first >= 0x80 || last >= 0x80 {
            let text = String(decoding: line, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            return ArraySlice(text.utf8)
        }
        return line
    }

    private static func add(_ value: Any, position: Int, to found: inout FoundItems) {
        guard let object = value as? [String: Any] else {
            found.warnings.append("\(found.noun) \(position) is not a JSON object; skipped")
            return
        }
        let draft = JSONItemFields.draft(object)
        guard !draft.body.isEmpty else {
            found.warnings.append("\(found.noun) \(position) has no text; skipped")
            return
        }
        found.drafts.append(.init(rawID: JSONItemFields.text(object, ["id", "guid"]) ?? JSONItemFields.text(object, ["url", "link"]),
                                  position: position, draft: draft))
    }
}
