import Foundation
import Testing

@testable import NewsCore

/// The byte sniffing that picks a file's format reads its bytes through a pointer; these are the
/// answers of the `Data` walks it replaced, on team-written openings.
@Suite struct ArticleFormatSniffingTests {
    /// `looksLikeHTML` as it read before, through `Data` slicing.
    static func referenceLooksLikeHTML(_ data: Data) -> Bool {
        var bytes = data.prefix(1024)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let b = bytes.first, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { bytes = bytes.dropFirst() }
        let lower = bytes.prefix(14).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if lower.starts(with: Array("<!doctype html".utf8)) { return true }
        guard lower.starts(with: Array("<html".utf8)) else { return false }
        return lower.count == 5 || [0x3E, 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x2F].contains(lower[5])
    }

    /// `opensWithAngleBracket` as it read before.
    static func referenceOpensWithAngleBracket(_ data: Data) -> Bool {
        var i = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
        while i < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[i]) { i += 1 }
        return i < data.endIndex && data[i] == UInt8(ascii: "<")
    }

    static let openings: [[UInt8]] = {
        let texts = [
            "", "<", "<html", "<HTML>", "<html lang=\"en\">", "<htmlfoo>", "<html/>", "<html\u{0C}", "<!DOCTYPE html>",
            "<!doctype HTML PUBLIC", "<!doctype htm", "<!doctype", "  \n\t<html>", "\u{0C}<html>", "\u{0C}<?xml?>",
            "<?xml version=\"1.0\"?><rss>", "Headline\n\nBody <html> later", "Caf\u{E9} <html>", "\r\n<feed>", "<h",
            "# Heading\n\n<html>", "\u{201C}<html>\u{201D}",
        ]
        var out = texts.map { Array($0.utf8) }
        out += texts.map { [0xEF, 0xBB, 0xBF] + Array($0.utf8) }
        out += [[0xEF, 0xBB], [0xEF], [0xEF, 0xBB, 0xBF]]
        // The 1,024-byte window: "<html" ending exactly at its edge, and whitespace running past it.
        out.append(Array(repeating: 0x20, count: 1019) + Array("<html".utf8) + Array("foo>".utf8))
        out.append(Array(repeating: 0x20, count: 1019) + Array("<html".utf8))
        out.append(Array(repeating: 0x0A, count: 1015) + Array("<!doctype html>".utf8))
        out.append(Array(repeating: 0x20, count: 1030) + Array("<html>".utf8))
        return out
    }()

    @Test(arguments: openings)
    func sniffingAnswersAsTheDataWalksDid(bytes: [UInt8]) {
        let data = Data(bytes)
        #expect(ArticleFormat.looksLikeHTML(data) == Self.referenceLooksLikeHTML(data))
        #expect(ArticleFormat.opensWithAngleBracket(data) == Self.referenceOpensWithAngleBracket(data))
        // A slice of a larger buffer starts at a nonzero index.
        let slice = Data([0x3C, 0x20] + bytes).dropFirst(2)
        #expect(ArticleFormat.looksLikeHTML(slice) == Self.referenceLooksLikeHTML(slice))
        #expect(ArticleFormat.opensWithAngleBracket(slice) == Self.referenceOpensWithAngleBracket(slice))
    }

    @Test func decodingReadsTheBytesInPlace() throws {
        #expect(try TextDecoding.decode(Data()).text == "")
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF])).text == "")
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("Caf\u{E9}".utf8))).text == "Caf\u{E9}")
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB])).text == "\u{EF}\u{BB}")
        #expect(try TextDecoding.decode(Data([0x41, 0x93, 0x42, 0x94])).text == "A\u{201C}B\u{201D}")
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.decode(Data([0x41, 0x00])) }
        let slice = Data([0x00] + Array("Zo\u{EB}".utf8)).dropFirst()
        #expect(try TextDecoding.decode(slice).text == "Zo\u{EB}")
    }
}
