import GRDB

/// A word of some text as the index sees it: folded the index's way, located in the text.
struct TextToken: Equatable {
    /// Lowercase, diacritics removed: what FTS5 stored.
    var folded: String
    /// Unicode scalar offsets into the tokenised text.
    var range: Range<Int>
}

/// The index's own tokenizer (SQLite's `unicode61 remove_diacritics 2`), for highlighting.
///
/// Highlights must mark exactly the words the index matched; running SQLite's tokenizer on the
/// text guarantees that, where a Swift imitation would drift on some script or diacritic.
/// Only valid inside the database access it was made in.
struct FTSTokenizer {
    static let descriptor = FTS5TokenizerDescriptor(components: ["unicode61", "remove_diacritics", "2"])

    private let tokenizer: any FTS5Tokenizer

    init(_ db: Database) throws {
        tokenizer = try db.makeTokenizer(Self.descriptor)
    }

    /// The tokens of `text`, in order.
    func tokens(_ text: String) -> [TextToken] {
        let utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return [] }
        let collector = Collector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        _ = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                tokenizer.tokenize(
                    context: context, tokenization: .document, pText: chars.baseAddress, nText: Int32(chars.count)
                ) { context, _, token, length, start, end in
                    guard let context, let token else { return 0 }
                    let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
                    let bytes = UnsafeRawBufferPointer(start: token, count: Int(length))
                    collector.tokens.append((String(decoding: bytes, as: UTF8.self), Int(start), Int(end)))
                    return 0
                }
            }
        }
        // Byte offsets to scalar offsets in one pass: tokens come in text order.
        var out: [TextToken] = []
        out.reserveCapacity(collector.tokens.count)
        var byte = 0
        var scalar = 0
        func advance(to target: Int) {
            while byte < target && byte < utf8.count {
                byte += 1
                if byte >= utf8.count || utf8[byte] & 0xC0 != 0x80 { scalar += 1 }
            }
        }
        for (folded, start, end) in collector.tokens {
            advance(to: start)
            let from = scalar
            advance(to: end)
            out.append(TextToken(folded: folded, range: from..<scalar))
        }
        return out
    }

    private final class Collector {
        var tokens: [(String, Int, Int)] = []
    }
}
