import Testing
@testable import NewsCore

/// The fused path (`FusedWeights`, `FusedDecoder`) gives the tags of the plain pass-by-pass path.
struct FusedTaggingTests {
    /// SplitMix64: a fixed sequence, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int32(_ range: ClosedRange<Int64>) -> Int32 {
            Int32(range.lowerBound + Int64(next() % UInt64(range.upperBound - range.lowerBound + 1)))
        }
    }

    /// Whether `LinearTagModel.decode` (rows in raw order) and `FusedDecoder` (the same rows in
    /// lane order) give the same tags for a sentence of `rows.count / 17` tokens.
    func decodesAlike(transitions: [Int32], endings: [Int32], rows raw: [Int32]) -> Bool {
        let model = LinearTagModel(bucketBits: 1, weights: [Int16](repeating: 0, count: 34), transitions: transitions, endings: endings)
        let n = raw.count / 17
        var raw = raw
        var lanes = raw
        for i in 0..<n {
            for lane in 0..<17 { lanes[i * 17 + lane] = raw[i * 17 + FusedDecoder.raw(ofLane: lane)] }
        }
        var expected = [UInt8](repeating: 0, count: n)
        var got = [UInt8](repeating: 0, count: n)
        raw.withUnsafeMutableBufferPointer { r in
            expected.withUnsafeMutableBufferPointer { model.decode(tokens: 0..<n, scores: r.baseAddress!, into: $0.baseAddress!) }
        }
        lanes.withUnsafeMutableBufferPointer { l in
            got.withUnsafeMutableBufferPointer { FusedDecoder(model).decode(tokens: 0..<n, scores: l.baseAddress!, into: $0.baseAddress!) }
        }
        return got == expected
    }

    /// Decodes random sentences both ways and returns how many gave different tags.
    func mismatches(
        _ g: inout Generator, sentences: Int, transitions: ClosedRange<Int64>, scores: ClosedRange<Int64>, penalties: Bool
    ) -> Int {
        let p = LinearTagModel.constraintPenalties
        var trans = (0..<(18 * 17)).map { _ in g.int32(transitions) }
        var ends = [Int32](repeating: 0, count: 17)
        if penalties {
            for k in trans.indices { trans[k] &+= p[k] }
            ends = Array(p[(18 * 17)...])
        } else {
            ends = (0..<17).map { _ in g.int32(transitions) }
        }
        var different = 0
        for _ in 0..<sentences {
            let n = 1 + Int(g.next() % 40)
            let rows = (0..<(n * 17)).map { _ in g.int32(scores) }
            if !decodesAlike(transitions: trans, endings: ends, rows: rows) { different += 1 }
        }
        return different
    }

    @Test func laneOrderIsAPermutation() {
        #expect(Set((0..<17).map { FusedDecoder.raw(ofLane: $0) }) == Set(0..<17))
        for raw in 0..<17 { #expect(FusedDecoder.raw(ofLane: FusedDecoder.lane(ofRaw: raw)) == raw) }
    }

    @Test func decoderMatchesPlainDecodingOnAModelLikeTheShippedOne() {
        var g = Generator(state: 1)
        // Quantised weights: transitions within ±32767 plus BILOU's penalties, scores of a few dozen features.
        #expect(mismatches(&g, sentences: 400, transitions: -32767...32767, scores: -2_000_000...2_000_000, penalties: true) == 0)
    }

    @Test func decoderMatchesWhenOnePredecessorBarelyLeads() {
        var g = Generator(state: 5)
        // Scores of the transitions' own size: a predecessor of O, B and U often leads the others
        // by about what their transitions can gain, on either side of the step's shortcut.
        #expect(mismatches(&g, sentences: 600, transitions: -1000...1000, scores: -3000...3000, penalties: true) == 0)
        #expect(mismatches(&g, sentences: 600, transitions: -1000...1000, scores: -3000...3000, penalties: false) == 0)
    }

    @Test func decoderMatchesWhereForbiddenTransitionsWinOrTie() {
        var g = Generator(state: 2)
        // No penalties: a transition BILOU forbids often scores best, so steps and the trace back
        // must fall back to reading all predecessors.
        #expect(mismatches(&g, sentences: 400, transitions: -50...50, scores: -60...60, penalties: false) == 0)
        // Tiny values: ties everywhere, settled by the lowest raw tag.
        #expect(mismatches(&g, sentences: 400, transitions: 0...2, scores: 0...2, penalties: false) == 0)
        #expect(mismatches(&g, sentences: 400, transitions: 0...2, scores: 0...2, penalties: true) == 0)
    }

    @Test func tiesWithForbiddenPredecessorsGoToTheLowestRawTag() {
        // Every score and transition equal: each step's allowed best only ties the forbidden
        // ones, and the sentence ends on I-PER, whose first best predecessor is O (forbidden).
        var ends = [Int32](repeating: 0, count: 17)
        ends[2] = 1
        let trans = [Int32](repeating: 0, count: 18 * 17)
        let alike = (1...4).filter { decodesAlike(transitions: trans, endings: ends, rows: [Int32](repeating: 7, count: $0 * 17)) }
        #expect(alike == [1, 2, 3, 4])
    }

    @Test func decoderMatchesWhenSumsWrap() {
        var g = Generator(state: 3)
        let all = Int64(Int32.min)...Int64(Int32.max)
        #expect(mismatches(&g, sentences: 400, transitions: all, scores: all, penalties: false) == 0)
        #expect(mismatches(&g, sentences: 400, transitions: -32767...32767, scores: all, penalties: true) == 0)
    }

    /// Sums of `FusedWeights.score` (lane order) against each pass's own `LinearTagModel.score`,
    /// for random lists of features over weights drawn from `weight`; returns the lanes that differ.
    func scoreMismatches(_ g: inout Generator, tokens: Int, weight: (inout Generator) -> Int16) -> Int {
        let bits = 4
        let buckets = 1 << bits
        let trans = [Int32](repeating: 0, count: 18 * 17)
        let ends = [Int32](repeating: 0, count: 17)
        let pass1 = LinearTagModel(bucketBits: bits, weights: (0..<(buckets * 17)).map { _ in weight(&g) }, transitions: trans, endings: ends)
        let pass2 = LinearTagModel(bucketBits: bits, weights: (0..<(buckets * 17)).map { _ in weight(&g) }, transitions: trans, endings: ends)
        guard let fused = FusedWeights(pass1, pass2) else { return -1 }
        var offsets: [Int32] = [0]
        var features: [UInt32] = []
        for _ in 0..<tokens {
            for _ in 0..<Int(g.next() % 70) { features.append(UInt32(g.next() % UInt64(buckets))) }
            offsets.append(Int32(features.count))
        }
        var fused1 = [Int32](repeating: 0, count: tokens * 17)
        var fused2 = fused1
        var portable1 = fused1
        var portable2 = fused1
        var plain1 = fused1
        var plain2 = fused1
        features.withUnsafeBufferPointer { f in
            offsets.withUnsafeBufferPointer { o in
                // (`score` runs the AVX2 kernel where the processor has it; `scorePortable` never.)
                fused.score(tokens: 0..<tokens, features: f, offsets: o, into: &fused1, &fused2)
                fused.scorePortable(tokens: 0..<tokens, features: f, offsets: o, into: &portable1, &portable2)
                pass1.score(tokens: 0..<tokens, features: f, offsets: o, into: &plain1, accumulate: false)
                pass2.score(tokens: 0..<tokens, features: f, offsets: o, into: &plain2, accumulate: false)
            }
        }
        var different = 0
        for i in 0..<tokens {
            for lane in 0..<17 {
                let raw = FusedDecoder.raw(ofLane: lane)
                if fused1[i * 17 + lane] != plain1[i * 17 + raw] { different += 1 }
                if fused2[i * 17 + lane] != plain2[i * 17 + raw] { different += 1 }
                if portable1[i * 17 + lane] != plain1[i * 17 + raw] { different += 1 }
                if portable2[i * 17 + lane] != plain2[i * 17 + raw] { different += 1 }
            }
        }
        return different
    }

    @Test func fusedSumsMatchEachPassWhateverTheWeights() {
        var g = Generator(state: 4)
        // Weights at Int16's edges: sums of a few rows leave Int16's range, so they must be widened in time.
        let edges: [Int16] = [.min, .max, -32767, 16384, -16385, 0, 1, -1]
        #expect(scoreMismatches(&g, tokens: 300) { edges[Int($0.next() % UInt64(edges.count))] } == 0)
        // Small weights, as most of a trained model's: many rows are summed before widening.
        #expect(scoreMismatches(&g, tokens: 300) { Int16(truncatingIfNeeded: Int64($0.next() % 4001) - 2000) } == 0)
        // Any Int16 at all.
        #expect(scoreMismatches(&g, tokens: 300) { Int16(truncatingIfNeeded: $0.next()) } == 0)
    }

    /// Random weights for both passes (`bits` bucket bits), and their fused table.
    func randomModels(_ g: inout Generator, bits: Int) -> (LinearTagModel, LinearTagModel, FusedWeights?) {
        let buckets = 1 << bits
        let trans = [Int32](repeating: 0, count: 18 * 17)
        let ends = [Int32](repeating: 0, count: 17)
        func weights() -> [Int16] { (0..<(buckets * 17)).map { _ in Int16(truncatingIfNeeded: g.next()) } }
        let pass1 = LinearTagModel(bucketBits: bits, weights: weights(), transitions: trans, endings: ends)
        let pass2 = LinearTagModel(bucketBits: bits, weights: weights(), transitions: trans, endings: ends)
        return (pass1, pass2, FusedWeights(pass1, pass2))
    }

    @Test func aContextRowSumsTheFeaturesItStandsFor() {
        var g = Generator(state: 7)
        let (_, _, fusedOrNil) = randomModels(&g, bits: 6)
        guard let fused = fusedOrNil else { Issue.record("no fused table"); return }
        let tables = Pass1Tables(shift: 64 - 6)
        // Token 2r lists row r's features after some others; token 2r + 1 only the others, and row r.
        let rows = Pass1Tables.contextRowCount + 1
        var features: [UInt32] = []
        var offsets: [Int32] = [0]
        var rowOf: [UInt16] = []
        for r in 0..<rows {
            let others = (0..<Int(g.next() % 8)).map { _ in UInt32(g.next() % 64) }
            features += others + (r < Pass1Tables.contextRowCount ? tables.contextFeatures(row: r) : [])
            offsets.append(Int32(features.count))
            features += others
            offsets.append(Int32(features.count))
            rowOf += [UInt16(Pass1Tables.contextRowCount), UInt16(r)]
        }
        var listed1 = [Int32](repeating: 0, count: rows * 2 * 17)
        var listed2 = listed1, summed1 = listed1, summed2 = listed1, portable1 = listed1, portable2 = listed1
        features.withUnsafeBufferPointer { f in
            offsets.withUnsafeBufferPointer { o in
                fused.scorePortable(tokens: 0..<(2 * rows), features: f, offsets: o, into: &listed1, &listed2)
                fused.score(tokens: 0..<(2 * rows), features: f, offsets: o, into: &summed1, &summed2, contextRows: rowOf)
                fused.scorePortable(tokens: 0..<(2 * rows), features: f, offsets: o, into: &portable1, &portable2, contextRows: rowOf)
            }
        }
        for r in 0..<rows {
            let listed = (2 * r * 17)..<((2 * r + 1) * 17), summed = ((2 * r + 1) * 17)..<((2 * r + 2) * 17)
            #expect(listed1[listed] == summed1[summed])
            #expect(listed2[listed] == summed2[summed])
            #expect(listed1[listed] == portable1[summed])
            #expect(listed2[listed] == portable2[summed])
        }
    }

    @Test func kernelAndPortableScoreAlikeFromFormsAndContextsKeepingEmptyLists() {
        var g = Generator(state: 9)
        let (_, _, fusedOrNil) = randomModels(&g, bits: 8)
        guard let fused = fusedOrNil else { Issue.record("no fused table"); return }
        let tokens = 500, forms = 40
        var features: [UInt32] = []
        var offsets: [Int32] = [0]
        for _ in 0..<tokens {
            // A third of the lists empty, the others up to 60 features.
            let count = g.next() % 3 == 0 ? 0 : Int(g.next() % 60)
            for _ in 0..<count { features.append(UInt32(truncatingIfNeeded: g.next())) }
            offsets.append(Int32(features.count))
        }
        let formOf = (0..<tokens).map { _ in Int32(g.next() % UInt64(forms)) }
        let formScores1 = (0..<(forms * 17)).map { _ in g.int32(Int64(Int32.min)...Int64(Int32.max)) }
        let formScores2 = (0..<(forms * 17)).map { _ in g.int32(Int64(Int32.min)...Int64(Int32.max)) }
        // Rows past the last stand for it (the zeros).
        let rowOf = (0..<tokens).map { _ in UInt16(g.next() % UInt64(Pass1Tables.contextRowCount + 20)) }
        let start = (0..<(tokens * 17)).map { _ in g.int32(-1000...1000) }
        // (`warmed` only leaves out the kernel's prefetches: the sums must not change.)
        for (keepingEmpty, warmed) in [(false, false), (true, false), (false, true), (true, true)] {
            var kernel1 = start, kernel2 = start, portable1 = start, portable2 = start
            features.withUnsafeBufferPointer { f in
                offsets.withUnsafeBufferPointer { o in
                    fused.score(
                        tokens: 3..<tokens, features: f, offsets: o, into: &kernel1, &kernel2, forms: formOf, formScores1: formScores1,
                        formScores2: formScores2, contextRows: rowOf, keepingEmpty: keepingEmpty, warmed: warmed)
                    fused.scorePortable(
                        tokens: 3..<tokens, features: f, offsets: o, into: &portable1, &portable2, forms: formOf, formScores1: formScores1,
                        formScores2: formScores2, contextRows: rowOf, keepingEmpty: keepingEmpty)
                }
            }
            #expect(kernel1 == portable1)
            #expect(kernel2 == portable2)
            #expect(kernel1 != start)
        }
    }

    @Test func aTagRowSumsTheFeaturesItStandsFor() {
        var g = Generator(state: 8)
        let (_, _, fusedOrNil) = randomModels(&g, bits: 6)
        guard let fused = fusedOrNil else { Issue.record("no fused table"); return }
        let tables = Pass2Tables(shift: 64 - 6)
        let rows = Pass2Tables.tagRowCount + 1
        var features: [UInt32] = []
        var offsets: [Int32] = [0]
        var rowOf: [UInt16] = []
        for r in 0..<rows {
            let others = (0..<Int(g.next() % 5)).map { _ in UInt32(g.next() % 64) }
            features += others + (r < Pass2Tables.tagRowCount ? tables.tagFeatures(row: r) : [])
            offsets.append(Int32(features.count))
            features += others
            offsets.append(Int32(features.count))
            rowOf += [UInt16(Pass2Tables.tagRowCount), UInt16(r)]
        }
        let start = (0..<(rows * 2 * 17)).map { _ in g.int32(Int64(Int32.min)...Int64(Int32.max)) }
        var listed = start, summed = start, portable = start, warmed = start
        features.withUnsafeBufferPointer { f in
            offsets.withUnsafeBufferPointer { o in
                // (`scoreSecondPass` runs the AVX2 kernel where the processor has it.)
                fused.scoreSecondPassPortable(tokens: 0..<(2 * rows), features: f, offsets: o, into: &listed)
                fused.scoreSecondPass(tokens: 0..<(2 * rows), features: f, offsets: o, into: &summed, tagRows: rowOf)
                fused.scoreSecondPassPortable(tokens: 0..<(2 * rows), features: f, offsets: o, into: &portable, tagRows: rowOf)
                fused.scoreSecondPass(tokens: 0..<(2 * rows), features: f, offsets: o, into: &warmed, tagRows: rowOf, warmed: true)
            }
        }
        #expect(summed == portable)
        #expect(warmed == portable)
        for r in 0..<rows {
            // Each token started from its own row of `start`: compare what was added to each.
            let a = (2 * r * 17)..<((2 * r + 1) * 17), b = ((2 * r + 1) * 17)..<((2 * r + 2) * 17)
            let addedListed = zip(listed[a], start[a]).map { $0 &- $1 }
            let addedSummed = zip(summed[b], start[b]).map { $0 &- $1 }
            #expect(addedListed == addedSummed)
        }
    }

    @Test func tagRowsNumberEveryTagTripleOnce() {
        var seen = Set<Int>()
        for prev in Array(0..<17) + [31] {
            for own in 0..<17 {
                for next in Array(0..<17) + [31] {
                    guard let row = Pass2Tables.tagRow(prev: UInt64(prev), own: UInt64(own), next: UInt64(next)) else {
                        Issue.record("no row for \(prev) \(own) \(next)")
                        continue
                    }
                    #expect(row >= 0 && row < Pass2Tables.tagRowCount)
                    seen.insert(row)
                    let tables = Pass2Tables(shift: 48)
                    #expect(tables.tagFeatures(row: row) == [tables.pass1Tag(UInt64(own)), tables.pass1Neighbours(UInt64(prev), UInt64(next))])
                }
            }
        }
        #expect(seen.count == Pass2Tables.tagRowCount)
        #expect(Pass2Tables.tagRow(prev: 0, own: 17, next: 0) == nil)
        #expect(Pass2Tables.tagRow(prev: 20, own: 0, next: 0) == nil)
    }

    /// Tags of `doc` by the fused path and by scoring and decoding each pass on its own.
    func fusedAndPlain(_ tagger: EntityTagger, _ doc: TaggerDocument) -> (fused: [UInt8], plain: [UInt8]) {
        let n = doc.tokenCount
        let fusedSpace = TaggerWorkspace()
        tagger.tagRaw(doc, workspace: fusedSpace)
        let model = tagger.model
        let ws = TaggerWorkspace()
        ws.extractPass1(doc, gazetteer: model.gazetteer, bucketBits: model.pass1.bucketBits)
        EntityTagger.run(model.pass1, doc, &ws.buffers, secondPass: false)
        ws.extractPass2(doc, bucketBits: model.pass2.bucketBits)
        EntityTagger.run(model.pass2, doc, &ws.buffers, secondPass: true)
        return (Array(fusedSpace.tags[0..<n]), Array(ws.tags[0..<n]))
    }

    @Test func shippedModelTagsTheSameFusedAndPlain() throws {
        let tagger = try EntityTagger.bundled()
        #expect(tagger.fused != nil)
        let doc = TaggerDocument.spaced("""
            MERROWICK PORT STRIKE ENDS AFTER NINE WEEKS
            Dockers at the Port of Merrowick voted on Tuesday to end the strike , the Harbour Alliance said .
            Mayor Daniel Okafor said the vote was " a relief for every family in Merrowick " .
            Okafor , who met union leaders in Castlebridge on Monday , thanked Helen Carrow .
            Ms Carrow said : " We stood together . " The Merrowick Courier first reported the vote .
            Ships from Rotterdam and Hamburg will dock again on Friday , said Anders Sjöberg of Greyfinch Shipping .
            Sjöberg 's firm lost £ 4.2m during the strike , according to the Harland Health Board 's figures .
            x
            """)
        let (fused, plain) = fusedAndPlain(tagger, doc)
        #expect(fused == plain)
        #expect(fused.contains { $0 != 0 })
    }
}
