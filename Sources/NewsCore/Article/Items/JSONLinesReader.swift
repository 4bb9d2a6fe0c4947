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
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            if trimmed.isEmpty { continue }
            guard let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) else {
                found.warnings.append("line \(number) is not JSON; skipped")
                continue
            }
            add(value, position: number, to: &found)
        }
        return found
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
