import NewsCore

/// One quotation as the index keeps it: scalar offsets, kind and speaker name id.
struct PackedQuote: Equatable {
    var range: Range<Int>
    var kind: Quote.Kind
    /// Where the speaker is named, when the attribution found a phrase.
    var speakerRange: Range<Int>?
    /// The `name` row the speaker resolved to.
    var speaker: Int64?
}

/// An article's quotations packed as varints into one blob of its row.
///
/// A row per quotation cost 28 bytes at 100,000 articles (471,000 quotations), with an index
/// for speakers on top; packed, a quotation takes about eight. The speaker filter and the
/// "quotes by this person" list read the small `quote_speaker` table instead, one row per
/// speaker and article.
///
/// Layout: the count, then per quotation its start as a zigzag step from the previous start,
/// its length, a flag byte (1 partial, 2 speaker phrase, 4 speaker name, 8 term), and when
/// flagged the phrase's start as a zigzag step from the quotation's start, its length, and the
/// name id. Terms are kept so the reader can style them; they never have a speaker.
enum PackedQuotes {
    private static let partialFlag = 1
    private static let phraseFlag = 2
    private static let speakerFlag = 4
    private static let termFlag = 8

    static func pack(_ quotes: [PackedQuote]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 + quotes.count * 9)
        Varint.append(quotes.count, to: &bytes)
        var previousStart = 0
        for q in quotes {
            Varint.append(zigzag(q.range.lowerBound - previousStart), to: &bytes)
            Varint.append(q.range.count, to: &bytes)
            var flags = q.kind == .partial ? partialFlag : q.kind == .term ? termFlag : 0
            if q.speakerRange != nil { flags |= phraseFlag }
            if q.speaker != nil { flags |= speakerFlag }
            Varint.append(flags, to: &bytes)
            if let s = q.speakerRange {
                Varint.append(zigzag(s.lowerBound - q.range.lowerBound), to: &bytes)
                Varint.append(s.count, to: &bytes)
            }
            if let id = q.speaker { Varint.append(Int(id), to: &bytes) }
            previousStart = q.range.lowerBound
        }
        return bytes
    }

    /// The quotations `pack` packed; a damaged blob gives the quotations before the damage
    /// (every number is at most `Varint.maxValue`, so no sum below can overflow).
    static func unpack(_ bytes: [UInt8]) -> [PackedQuote] {
        let numbers = Varint.decode(bytes)
        guard let count = numbers.first else { return [] }
        var quotes: [PackedQuote] = []
        quotes.reserveCapacity(min(count, numbers.count / 3))
        var i = 1
        var previousStart = 0
        while quotes.count < count, i + 2 < numbers.count {
            let start = previousStart + unzigzag(numbers[i])
            let length = numbers[i + 1]
            let flags = numbers[i + 2]
            i += 3
            guard start >= 0 else { break }
            let kind: Quote.Kind = flags & termFlag != 0 ? .term : flags & partialFlag != 0 ? .partial : .direct
            var quote = PackedQuote(range: start..<start + length, kind: kind)
            if flags & phraseFlag != 0 {
                guard i + 1 < numbers.count else { break }
                let s = start + unzigzag(numbers[i])
                guard s >= 0 else { break }
                quote.speakerRange = s..<s + numbers[i + 1]
                i += 2
            }
            if flags & speakerFlag != 0 {
                guard i < numbers.count else { break }
                quote.speaker = Int64(numbers[i])
                i += 1
            }
            quotes.append(quote)
            previousStart = start
        }
        return quotes
    }

    /// How many quotations the blob holds, terms left out.
    static func quotationCount(_ bytes: [UInt8]) -> Int {
        unpack(bytes).filter { $0.kind.isQuotation }.count
    }

    private static func zigzag(_ n: Int) -> Int {
        n >= 0 ? n << 1 : ((-n) << 1) - 1
    }

    private static func unzigzag(_ n: Int) -> Int {
        (n >> 1) ^ -(n & 1)
    }
}
