import Testing
@testable import NewsCore

/// The AVX2 layout of the fused weights (C) writes the bytes the portable one does.
struct FuseWeightsKernelTests {
    typealias Generator = FusedTaggingTests.Generator

    /// The lines, sides and pass-2 rows of both layouts for `n` buckets of weights drawn from
    /// `weight`; nil where the processor has no AVX2 (the portable layout is then the only one).
    func layouts(_ g: inout Generator, buckets n: Int, weight: (inout Generator) -> Int16) -> (vector: [Int16], portable: [Int16])? {
        guard FusedDecoder.hasAVX2 else { return nil }
        let w1 = (0..<(n * 17)).map { _ in weight(&g) }
        let w2 = (0..<(n * 17)).map { _ in weight(&g) }
        func layout(vector: Bool) -> [Int16] {
            // Lines, then sides, then rows, in one buffer; the sentinel shows any slot left unwritten.
            var out = [Int16](repeating: 0x5A5A, count: n * (32 + 4 + 17))
            out.withUnsafeMutableBufferPointer { o in
                let lines = o.baseAddress!, sides = lines + n * 32, rows2 = sides + n * 4
                FusedWeights.fuse(w1, w2, buckets: n, lines: lines, sides: sides, rows2: rows2, vector: vector)
            }
            return out
        }
        return (layout(vector: true), layout(vector: false))
    }

    @Test func vectorLayoutMatchesPortableWhateverTheWeights() throws {
        var g = Generator(state: 21)
        let edges: [Int16] = [.min, .max, -32767, 16384, -16385, 0, 1, -1]
        let cases: [(inout Generator) -> Int16] = [
            { edges[Int($0.next() % UInt64(edges.count))] },
            { Int16(truncatingIfNeeded: Int64($0.next() % 4001) - 2000) },
            { Int16(truncatingIfNeeded: $0.next()) },
            // One bucket's largest magnitude at tag 0 of either pass, or -32,768 alone.
            { $0.next() % 7 == 0 ? .min : Int16(truncatingIfNeeded: Int64($0.next() % 9) - 4) },
        ]
        for weight in cases {
            guard let (vector, portable) = layouts(&g, buckets: 256, weight: weight) else { return }
            #expect(vector == portable)
        }
    }

    @Test func shippedModelFusesAlikeBothWays() throws {
        let model = try EntityTagger.bundled().model
        guard FusedDecoder.hasAVX2 else { return }
        let n = 1 << model.pass1.bucketBits
        func layout(vector: Bool) -> [Int16] {
            var out = [Int16](repeating: 0, count: n * (32 + 4 + 17))
            out.withUnsafeMutableBufferPointer { o in
                let lines = o.baseAddress!, sides = lines + n * 32, rows2 = sides + n * 4
                FusedWeights.fuse(model.pass1.weights, model.pass2.weights, buckets: n, lines: lines, sides: sides, rows2: rows2, vector: vector)
            }
            return out
        }
        #expect(layout(vector: true) == layout(vector: false))
    }
}

/// The AVX2 kernel of `FusedWeights.add` (C) adds the rows its Swift loop adds.
struct AddRowsKernelTests {
    typealias Generator = FusedTaggingTests.Generator

    @Test func kernelAddsTheRowsSwiftAdds() throws {
        var g = Generator(state: 22)
        let (_, _, fusedOrNil) = FusedTaggingTests().randomModels(&g, bits: 6)
        let fused = try #require(fusedOrNil)
        let rows = 200
        // Any ids (the table masks them), and rows that already hold sums, some near Int32's edges.
        let features = (0..<rows).map { _ in UInt32(truncatingIfNeeded: g.next()) }
        let start = (0..<(rows * 17)).map { _ in g.int32(Int64(Int32.min)...Int64(Int32.max)) }
        var kernel1 = start, kernel2 = start.reversed() as [Int32]
        var swift1 = kernel1, swift2 = kernel2
        fused.add(rows: 3..<rows, features: features, into: &kernel1, &kernel2)
        fused.addPortable(rows: 3..<rows, features: features, into: &swift1, &swift2)
        #expect(kernel1 == swift1)
        #expect(kernel2 == swift2)
    }
}
