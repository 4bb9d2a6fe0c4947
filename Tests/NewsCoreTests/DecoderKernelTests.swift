import Testing
@testable import NewsCore

/// The AVX2 decoder (C) gives the tags and leaves the rows that `FusedDecoder`'s Swift steps do.
struct DecoderKernelTests {
    typealias Generator = FusedTaggingTests.Generator

    /// Whether `decode` (the C kernel, where this processor runs it) and `decodePortable` give the
    /// same tags and leave the same rows, for sentences of random rows in lane order.
    func mismatches(
        _ g: inout Generator, sentences: Int, transitions: ClosedRange<Int64>, scores: ClosedRange<Int64>, penalties: Bool
    ) -> Int {
        let p = LinearTagModel.constraintPenalties
        var trans = (0..<(18 * 17)).map { _ in g.int32(transitions) }
        var ends = (0..<17).map { _ in g.int32(transitions) }
        if penalties {
            for k in trans.indices { trans[k] &+= p[k] }
            ends = Array(p[(18 * 17)...])
        }
        let model = LinearTagModel(bucketBits: 1, weights: [Int16](repeating: 0, count: 34), transitions: trans, endings: ends)
        let decoder = FusedDecoder(model)
        var different = 0
        for _ in 0..<sentences {
            // A sentence inside a longer document, as the tagger decodes them.
            let n = 1 + Int(g.next() % 40)
            let lead = Int(g.next() % 3)
            var kernelRows = (0..<((lead + n) * 17)).map { _ in g.int32(scores) }
            var swiftRows = kernelRows
            var kernelTags = [UInt8](repeating: 0, count: lead + n)
            var swiftTags = kernelTags
            let sentence = lead..<(lead + n)
            kernelRows.withUnsafeMutableBufferPointer { r in
                kernelTags.withUnsafeMutableBufferPointer { decoder.decode(tokens: sentence, scores: r.baseAddress!, into: $0.baseAddress!) }
            }
            swiftRows.withUnsafeMutableBufferPointer { r in
                swiftTags.withUnsafeMutableBufferPointer { decoder.decodePortable(tokens: sentence, scores: r.baseAddress!, into: $0.baseAddress!) }
            }
            if kernelTags != swiftTags || kernelRows != swiftRows { different += 1 }
        }
        return different
    }

    @Test func kernelMatchesSwiftOnAModelLikeTheShippedOne() {
        var g = Generator(state: 11)
        #expect(mismatches(&g, sentences: 500, transitions: -32767...32767, scores: -2_000_000...2_000_000, penalties: true) == 0)
    }

    @Test func kernelMatchesSwiftWhenOnePredecessorBarelyLeads() {
        var g = Generator(state: 12)
        #expect(mismatches(&g, sentences: 800, transitions: -1000...1000, scores: -3000...3000, penalties: true) == 0)
        #expect(mismatches(&g, sentences: 800, transitions: -1000...1000, scores: -3000...3000, penalties: false) == 0)
    }

    @Test func kernelMatchesSwiftOnTiesAndForbiddenWinners() {
        var g = Generator(state: 13)
        #expect(mismatches(&g, sentences: 400, transitions: -50...50, scores: -60...60, penalties: false) == 0)
        // Tiny values: a U or L that leads the step often ties a predecessor before it in raw order.
        #expect(mismatches(&g, sentences: 2000, transitions: 0...2, scores: 0...2, penalties: false) == 0)
        #expect(mismatches(&g, sentences: 2000, transitions: 0...2, scores: 0...2, penalties: true) == 0)
        #expect(mismatches(&g, sentences: 2000, transitions: -3...3, scores: -4...4, penalties: true) == 0)
    }

    @Test func kernelMatchesSwiftWhenSumsWrap() {
        var g = Generator(state: 14)
        let all = Int64(Int32.min)...Int64(Int32.max)
        #expect(mismatches(&g, sentences: 400, transitions: all, scores: all, penalties: false) == 0)
        #expect(mismatches(&g, sentences: 400, transitions: -32767...32767, scores: all, penalties: true) == 0)
    }

    @Test func shippedModelDecodesATeamWrittenStoryAlikeBothWays() throws {
        let tagger = try EntityTagger.bundled()
        let fused = try #require(tagger.fused)
        let doc = TaggerDocument.spaced("""
            Councillor Priya Lindqvist of the Eastmere Valley Trust said on Thursday that the ferry would run again .
            " We have waited long enough , " Lindqvist told the Northgate Herald in Ashby .
            """)
        // Pass 1's rows, scored as the plain path scores them, in lane order.
        let model = tagger.model
        let workspace = TaggerWorkspace()
        workspace.extractPass1(doc, gazetteer: model.gazetteer, bucketBits: model.pass1.bucketBits)
        let n = doc.tokenCount
        var raw = [Int32](repeating: 0, count: n * 17)
        workspace.features1.withUnsafeBufferPointer { f in
            workspace.offsets1.withUnsafeBufferPointer { o in
                model.pass1.score(tokens: 0..<n, features: f, offsets: o, into: &raw, accumulate: false)
            }
        }
        var rows = raw
        for i in 0..<n {
            for lane in 0..<17 { rows[i * 17 + lane] = raw[i * 17 + FusedDecoder.raw(ofLane: lane)] }
        }
        var kernelRows = rows
        var kernelTags = [UInt8](repeating: 0, count: n)
        var swiftTags = kernelTags
        for s in 0..<doc.sentenceCount {
            kernelRows.withUnsafeMutableBufferPointer { r in
                kernelTags.withUnsafeMutableBufferPointer { fused.decoder1.decode(tokens: doc.sentence(s), scores: r.baseAddress!, into: $0.baseAddress!) }
            }
            rows.withUnsafeMutableBufferPointer { r in
                swiftTags.withUnsafeMutableBufferPointer { fused.decoder1.decodePortable(tokens: doc.sentence(s), scores: r.baseAddress!, into: $0.baseAddress!) }
            }
        }
        #expect(kernelTags == swiftTags)
        #expect(kernelRows == rows)
        #expect(kernelTags.contains { $0 != 0 })
    }
}
