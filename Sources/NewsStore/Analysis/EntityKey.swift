import Foundation
import NewsCore

/// The lookup key of a name: how two spellings of the same name are recognised as one.
///
/// Case and diacritics are folded (`Zemliánichenko` → `zemlianichenko`), apostrophes and full
/// stops vanish (`U.S.` → `us`, `O’Brien` → `obrien`), and any other run of non-alphanumeric
/// characters becomes one space (`Jean-Claude` → `jean claude`). Alias merging across the
/// corpus and every name lookup compare these keys.
public enum EntityKey {
    /// The key of `name`; empty when it has no letters or digits.
    public static func of(_ name: String) -> String {
        if let key = name.utf8.withContiguousStorageIfAvailable(asciiKey), let key { return key }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(scalar)
                } else if (0x41...0x5A).contains(v) {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(Unicode.Scalar(v + 0x20)!)
                } else if scalar == "'" || scalar == "." {
                    continue
                } else {
                    pendingSpace = true
                }
            } else if scalar == "’" || scalar == "‘" {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for folded in fold(scalar) {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(folded)
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// `of` for a name of ASCII bytes only (most of them), byte by byte; nil for any other name.
    ///
    /// The same rules as the scalar walk of `of`, which built the key a scalar at a time: the
    /// index's writer keys every new form of every name, and this is several times faster.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                let kept: UInt8
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): kept = byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + 0x20
                case UInt8(ascii: "'"), UInt8(ascii: "."): continue
                default:
                    pendingSpace = true
                    continue
                }
                // (A space only between kept characters: one fewer than the name's bytes at most.)
                if pendingSpace, count > 0 {
                    out[count] = UInt8(ascii: " ")
                    count += 1
                }
                pendingSpace = false
                out[count] = kept
                count += 1
            }
            return count
        }
    }

    /// The key of a person's name without the titles and stray words an extractor may keep in
    /// the span: `Mr Blair` → `blair`, `Prime Minister Tony Blair` → `tony blair`,
    /// `Wednesday Mr Blair` → `blair`, `Brown and Mr Blair` → `blair` (the last of two joined names).
    /// A title before "of" is a style of its own and stays: `Duke of Edinburgh`.
    public static func person(_ name: String) -> String {
        let key = of(name)
        // (A key of one word has nothing to drop; `of` never leaves a space at either end or two
        // together, so splitting and joining again would give the same key.)
        guard key.utf8.contains(UInt8(ascii: " ")) else { return key }
        if let start = withASCII(key, personStart) { return start == 0 ? key : String(key.utf8.dropFirst(start))! }
        var words = key.split(separator: " ")
        if let and = words.lastIndex(where: { $0 == "and" }), and + 1 < words.count { words = Array(words[(and + 1)...]) }
        while words.count > 1, leadingNoise.contains(String(words[0])), words[1] != "of" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Where the kept words of an ASCII key start (`person`), read from its bytes.
    ///
    /// A key's words are apart by one space each (`of`), so the words kept are the key's end
    /// from the first one on: the byte offset of that word is all `person` needs. Splitting the
    /// key into Substrings by Character and joining them again cost 8,000 instructions a name,
    /// on the index's writer thread.
    private static func personStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") { starts.append(i + 1) }
        func word(_ k: Int) -> UnsafeBufferPointer<UInt8> {
            let end = k + 1 < starts.count ? starts[k + 1] - 1 : bytes.count
            return UnsafeBufferPointer(rebasing: bytes[starts[k]..<end])
        }
        func isWord(_ k: Int, _ text: String) -> Bool { word(k).elementsEqual(text.utf8) }
        var first = 0
        if let and = (0..<starts.count).last(where: { isWord($0, "and") }), and + 1 < starts.count { first = and + 1 }
        while starts.count - first > 1, leadingNoise.contains(String(decoding: word(first), as: UTF8.self)), !isWord(first + 1, "of") {
            first += 1
        }
        return starts[first]
    }

    /// `body` over the UTF-8 bytes of `key` when they are all ASCII; nil for any other key.
    ///
    /// In an ASCII key a byte is a character, and a space byte a space between words: the
    /// byte paths give what splitting by Character gives. (A non-ASCII letter after a space
    /// can join it in one Character, a Devanagari vowel sign for one: such keys go the long way.)
    private static func withASCII<R>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let result: R?? = key.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains(where: { $0 >= 0x80 }) ? nil : body(bytes)
        }
        return result ?? nil
    }

    /// Words that open a person span without being part of the name: NewsCore's titles, the
    /// offices and trades a story writes before a name, days of the week and days named from today.
    static let leadingNoise = Set(
        PersonTitles.all.words + PersonNouns.descriptors.words + CalendarWords.weekdays.words + CalendarWords.relativeDays.words)

    /// The last word of a key: the surname a bare mention of a person would use.
    public static func lastWord(of key: String) -> String? {
        if let space = withASCII(key, { $0.lastIndex(of: UInt8(ascii: " ")) }) {
            return space.map { String(key.utf8.dropFirst($0 + 1))! }
        }
        guard let space = key.lastIndex(of: " ") else { return nil }
        return String(key[key.index(after: space)...])
    }

    /// Lowercase, without combining marks: `É` → `e`, `ß` → `ss`.
    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        return decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
    }
}
