import Testing
@testable import NewsStore

/// The refresh's batches, cache and workers, sized to a memory limit.
@Suite struct RefreshPlanTests {
    @Test func withoutALimitTheRefreshRunsAtFullSpeed() throws {
        #expect(try RefreshPlan.make(bulk: false, headroom: nil) == RefreshPlan.unlimited(bulk: false))
        #expect(try RefreshPlan.make(bulk: true, headroom: nil).batchSize == NewsIndex.bulkBatchSize)
    }

    @Test func aLimitShrinksBatchesCacheAndWorkers() throws {
        let roomy = try RefreshPlan.make(bulk: true, headroom: 4 << 30)
        #expect(roomy.batchSize == NewsIndex.bulkBatchSize && roomy.cacheKiB == 65536)
        var previous = roomy
        for megabytes in [400, 200, 100, 60, 40] {
            let plan = try RefreshPlan.make(bulk: true, headroom: megabytes << 20)
            #expect(plan.batchSize <= previous.batchSize && plan.cacheKiB <= previous.cacheKiB && plan.workers <= previous.workers)
            #expect(plan.batchSize >= 16 && plan.workers >= 1 && plan.cacheKiB >= 2048)
            // What it plans for fits in what is left.
            let planned = RefreshPlan.reserve + plan.workers * RefreshPlan.bytesPerWorker + (plan.cacheKiB << 10)
                + 2 * plan.batchSize * RefreshPlan.bytesPerArticle
            #expect(planned <= megabytes << 20, "\(megabytes) MB: \(plan)")
            previous = plan
        }
    }

    @Test func aBulkLoadEndsOnSmallBatches() {
        let sizes = RefreshPlan.batchSizes(count: 10_000, first: 200, batchSize: 2000, taper: true)
        #expect(sizes.reduce(0, +) == 10_000)
        #expect(sizes.first == 200 && sizes.max() == 2000)
        // Each batch of the tail is about half the one before, and the last is small.
        #expect(sizes.suffix(4) == [950, 475, 237, 238])
        // Without tapering: the first, then full batches and what is left.
        #expect(RefreshPlan.batchSizes(count: 4500, first: 400, batchSize: 400, taper: false) == Array(repeating: 400, count: 11) + [100])
        #expect(RefreshPlan.batchSizes(count: 150, first: 200, batchSize: 2000, taper: true) == [150])
        #expect(RefreshPlan.batchSizes(count: 0, first: 200, batchSize: 2000, taper: true).isEmpty)
        for count in [201, 399, 2000, 2201, 4100, 33_333] {
            let sizes = RefreshPlan.batchSizes(count: count, first: 200, batchSize: 2000, taper: true)
            #expect(sizes.reduce(0, +) == count && sizes.allSatisfy { $0 > 0 && $0 <= 2000 }, "\(count): \(sizes)")
        }
    }

    @Test func tooLittleToStartIsSaidBeforeStarting() {
        #expect {
            _ = try RefreshPlan.make(bulk: false, headroom: 10 << 20)
        } throws: { error in
            guard case .outOfMemory(let detail) = error as? IndexError else { return false }
            return detail.contains("MB more")
        }
    }
}
