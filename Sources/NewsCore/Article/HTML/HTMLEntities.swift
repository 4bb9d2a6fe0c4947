/// Decodes the character references a string from outside the markup may still hold (JSON-LD
/// text is not HTML-decoded by the parser): numeric references and the common named ones.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "#39": "'",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…",
    ]

    static func decode(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = String(after[..<semi])
            if let value = named[name] {
                out += value
            } else if name.hasPrefix("#"), let scalar = numeric(name.dropFirst()) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "&"
                rest = after
                continue
            }
            rest = after[after.index(after: semi)...]
        }
        out += rest
        return out
    }

    private static func numeric(_ digits: Substring) -> Unicode.Scalar? {
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits)
        }
        return value.flatMap(Unicode.Scalar.init)
    }
}
