import Foundation
import NewsCore
import Testing
@testable import NewsStore

@Suite struct SupportTests {
    @Test func varintRangesRoundTrip() {
        let ranges = [3..<8, 10..<15, 300..<305, 100_000..<100_010, 5..<9]
        #expect(Varint.unpackRanges(Varint.packRanges(ranges)) == ranges.sorted { $0.lowerBound < $1.lowerBound })
        #expect(Varint.decode([0x96, 0x01]) == [150])
    }

    @Test func packedQuotesRoundTrip() {
        let quotes = [
            PackedQuote(range: 40..<90, kind: .direct, speakerRange: 92..<101, speaker: 7),
            // A speaker named before the quotation, and a quotation that starts before the last.
            PackedQuote(range: 20..<30, kind: .partial, speakerRange: 3..<12, speaker: nil),
            PackedQuote(range: 200_000..<200_500, kind: .direct, speakerRange: nil, speaker: 1_000_000),
            PackedQuote(range: 0..<0, kind: .partial),
            PackedQuote(range: 7..<19, kind: .term),
        ]
        let bytes = PackedQuotes.pack(quotes)
        #expect(PackedQuotes.unpack(bytes) == quotes)
        #expect(PackedQuotes.quotationCount(bytes) == 4, "the term is no quotation")
        #expect(PackedQuotes.unpack(PackedQuotes.pack([])).isEmpty)
        // A cut blob gives the whole quotations before the cut, never a made-up one.
        let cut = PackedQuotes.unpack(Array(bytes.prefix(bytes.count - 4)))
        #expect(cut == Array(quotes.prefix(cut.count)) && cut.count < quotes.count)
        #expect(PackedQuotes.unpack([]).isEmpty && PackedQuotes.quotationCount([]) == 0)
    }

    @Test func damagedBlobsDecodeToWhatCameBeforeTheDamage() {
        // Ten bytes of continuation: a number past 64 bits; a huge start step; a huge length.
        let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        #expect(Varint.decode(huge).isEmpty)
        #expect(Varint.decode([0x05] + huge + [0x06]) == [5])
        #expect(PackedQuotes.unpack([0x02] + huge).isEmpty)
        #expect(PackedQuotes.unpack([0x01, 0x04, 0x03, 0x00] + huge) == [PackedQuote(range: 2..<5, kind: .direct)])
        #expect(PackedQuotes.quotationCount(huge) == 0)
        #expect(Varint.unpackRanges(huge + huge).isEmpty)
        // A quotation whose start steps back past zero is damage too.
        #expect(PackedQuotes.unpack([0x01, 0x03, 0x02, 0x00]).isEmpty)
    }

    @Test func contentHashTellsContentsApart() {
        let a = ContentHash.of(Array("port strike".utf8))
        #expect(a == ContentHash.of(Array("port strike".utf8)))
        #expect(a != ContentHash.of(Array("port strikes".utf8)))
        #expect(ContentHash.hex(a).count == 16)
    }

    @Test func entityKeysFoldCaseDiacriticsAndPunctuation() {
        #expect(EntityKey.of("Zemliánichenko") == "zemlianichenko")
        #expect(EntityKey.of("U.S.") == "us")
        #expect(EntityKey.of("O’Brien") == "obrien")
        #expect(EntityKey.of("Jean-Claude  Juncker") == "jean claude juncker")
        #expect(EntityKey.person("Prime Minister Tony Blair") == "tony blair")
        #expect(EntityKey.person("Mr Putin") == "putin")
        #expect(EntityKey.person("Mr") == "mr")
    }

    /// Person keys drop the titles, days and offices NewsCore's lexicon lists, and keep a title
    /// that opens a style of its own.
    @Test func personKeysDropTheLexiconsTitlesAndDays() {
        #expect(EntityKey.person("Archbishop Desmond Tutu") == "desmond tutu")
        #expect(EntityKey.person("Sgt. Ada Ode") == "ada ode")
        #expect(EntityKey.person("Tomorrow Ada Ode") == "ada ode")
        #expect(EntityKey.person("Foreign Secretary Jack Straw") == "jack straw")
        #expect(EntityKey.person("Duke of Edinburgh") == "duke of edinburgh")
        // ("Vice-president" keys as two words, "vice president".)
        for title in PersonTitles.all.words where !title.contains("-") {
            #expect(EntityKey.person("\(title) Ada Ode") == "ada ode", "\(title)")
        }
    }

    /// A path's file name, looked for from the end, is the last part `split` gives.
    @Test func sortDayFileNameIsTheLastPartOfThePath() {
        let paths = ["", "/", "//", "a", "a/", "a//", "/a", "world/2025-12-01-vote.md", "x//y///", "é/ü/2026-01-02 Zoë.txt",
                     "a/\u{0301}b", "a/b\u{0301}/", "/\u{0301}", "東京/記事.md", "a\r\n/b", "x/\r\n", "sport/001.txt", "2026-01-02.md"]
        for path in paths {
            #expect(SortDay.fileName(path) == path.split(separator: "/").last, "\(path.unicodeScalars.map(\.value))")
        }
    }

    @Test func sortDays() {
        #expect(SortDay.of(date: "2026-03-14", path: "x.txt") == 20260314)
        #expect(SortDay.of(date: nil, path: "world/2025-12-01-vote.md") == 20251201)
        #expect(SortDay.of(date: "March 3", path: "a.txt") == 0)
        #expect(SortDay.text(20260314) == "2026-03-14")
    }

    @Test func progressLines() {
        let p = RefreshProgress(phase: .indexing, done: 500, total: 1000, bytesDone: 1_000_000, bytesTotal: 2_000_000, elapsed: 1)
        #expect(ProgressReporter.plainLine(p) == "indexing 500/1000 articles (50%), 1.0 MB/s, 500 articles/s, ETA 1s")
        let bar = ProgressReporter.bar(p, width: 80)
        #expect(bar.hasPrefix("["))
        #expect(bar.contains("500/1,000"))
        #expect(bar.contains("ETA 1s"))
        var summary = RefreshSummary()
        summary.added = 3
        summary.removed = 1
        summary.total = 2225
        summary.seconds = 4.24
        #expect(ProgressReporter.summaryLine(summary) == "3 new, 1 removed; 2,225 articles indexed in 4.2 s")
    }
}
