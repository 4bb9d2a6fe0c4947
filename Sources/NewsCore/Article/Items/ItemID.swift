/// An item's id within its file: from its guid, id or link, else its position (1-based).
///
/// Ids are stable across updates of the file as long as the feed keeps its guids; they are
/// short and safe to type in a shell: a URL gives its last path segment, a URN its last part,
/// and anything but ASCII letters, digits, `-` and `_` becomes `-`. Two items that would get
/// one id are told apart by `-2`, `-3` in file order.
public enum ItemID {
    static let maximumLength = 64

    static func isAllowed(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x2D || byte == 0x5F
    }

    /// The id for an item whose guid, id or link is `raw` (nil or blank: none).
    static func make(_ raw: String?, position: Int) -> String {
        guard var text = raw?.trimmingSpacesAndNewlines, !text.isEmpty else { return String(position) }
        if let scheme = text.range(of: "://") {
            var rest = text[scheme.upperBound...]
            // The host goes; the query stays only when the path says nothing (`/?p=123`).
            if let slash = rest.firstIndex(of: "/") { rest = rest[rest.index(after: slash)...] } else { rest = "" }
            if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
            var query = ""
            if let mark = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: mark)...])
                rest = rest[..<mark]
            }
            let segments = rest.split(separator: "/")
            var last = segments.last.map(String.init) ?? ""
            for suffix in [".html", ".htm", ".php", ".aspx", ".shtml"] where last.lowercased().hasSuffix(suffix) {
                last = String(last.dropLast(suffix.count))
            }
            text = last.isEmpty ? query : last
        } else if text.lowercased().hasPrefix("urn:") || text.lowercased().hasPrefix("tag:") {
            text = String(text.split(whereSeparator: { $0 == ":" || $0 == "/" || $0 == "," }).last ?? "")
        }
        var out: [UInt8] = []
        for byte in text.utf8 {
            if isAllowed(byte) {
                out.append(byte)
            } else if out.last != 0x2D {
                out.append(0x2D)
            }
        }
        while out.first == 0x2D { out.removeFirst() }
        while out.last == 0x2D { out.removeLast() }
        if out.count > maximumLength { out = Array(out.prefix(maximumLength)) }
        return out.isEmpty ? String(position) : String(decoding: out, as: UTF8.self)
    }

    /// Ids for items in file order: each made by `make`, a repeat given `-2`, `-3`…
    static func unique(_ raws: [(raw: String?, position: Int)]) -> [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for (raw, position) in raws {
            let base = make(raw, position: position)
            var id = base
            var n = 2
            while seen.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            seen.insert(id)
            ids.append(id)
        }
        return ids
    }
}

extension String {
    fileprivate var trimmingSpacesAndNewlines: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
