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

    @Test func tooLittleToStartIsSaidBeforeStarting() {
        #expect {
            _ = try RefreshPlan.make(bulk: false, headroom: 10 << 20)
        } throws: { error in
            guard case .outOfMemory(let detail) = error as? IndexError else { return false }
            return detail.contains("MB more")
        }
    }
}
