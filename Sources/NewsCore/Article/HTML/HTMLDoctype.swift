/// Removes a DOCTYPE's internal subset (`<!DOCTYPE html [ <!ENTITY …> ]>`) before parsing.
///
/// HTML has no internal subset, and libxml2's HTML parser neither expands nor loads what one
/// declares; but it does not skip one either, and its declarations would come out as a
/// paragraph of `<!ENTITY …` text. Only a hostile or broken page has one, so it goes whole.
enum HTMLDoctype {
    static func withoutInternalSubset(_ bytes: [UInt8]) -> [UInt8] {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 || bytes[i] == 0x0C { i += 1 }
        let cue = Array("<!doctype".utf8)
        guard i + cue.count <= bytes.count,
            zip(bytes[i..<(i + cue.count)], cue).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 })
        else { return bytes }
        var j = i + cue.count
        // Up to the declaration's end or the subset's start, outside quoted identifiers.
        var quote: UInt8? = nil
        while j < bytes.count {
            let b = bytes[j]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return bytes
            } else if b == UInt8(ascii: "[") {
                break
            }
            j += 1
        }
        guard j < bytes.count else { return bytes }
        // The subset ends at "]" followed (after any spaces) by ">".
        var k = j + 1
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "]") {
                var m = k + 1
                while m < bytes.count, bytes[m] == 0x20 || bytes[m] == 0x0A || bytes[m] == 0x0D || bytes[m] == 0x09 { m += 1 }
                if m < bytes.count, bytes[m] == UInt8(ascii: ">") {
                    return Array(bytes[..<j]) + Array(bytes[m...])
                }
            }
            k += 1
        }
        return bytes
    }
}
