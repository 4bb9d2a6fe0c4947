/// How many articles a refresh analyses and commits together, and how large SQLite's page cache
/// may grow: as large as speed wants, or as large as a memory limit (`ulimit -v`) allows.
///
/// Two batches are in memory at once (one analysed on the worker threads while the other is
/// written), and a batch's writes sit in the page cache until it commits. Under a limit the
/// batch and the cache share what is left after the process's own reservations, so that the
/// refresh fits, more slowly, instead of dying on an allocation Swift cannot recover from.
struct RefreshPlan: Equatable {
    var batchSize: Int
    /// SQLite's `cache_size` in KiB.
    var cacheKiB: Int
    /// The threads that analyse a batch.
    var workers: Int

    /// The plan with no limit: `NewsIndex.batchSize` or, for a bulk load, `bulkBatchSize`, a
    /// 64 MB cache, and a worker on every core.
    static func unlimited(bulk: Bool) -> RefreshPlan {
        RefreshPlan(batchSize: bulk ? NewsIndex.bulkBatchSize : NewsIndex.batchSize, cacheKiB: 65536, workers: ParallelMap.workers)
    }

    /// Memory an article in flight may take, generously: its bytes, its parse and analysis,
    /// its share of a batch's writes. (A 2,000-article bulk batch peaked near 40 MB of heap.)
    static let bytesPerArticle = 48 << 10
    /// Kept back for what is not the batch: the scan's lists, SQLite's own use, a thread or two.
    static let reserve = 16 << 20
    /// What one analysing thread takes besides its articles: its stack (`MemoryLimit.adapt`)
    /// and its working memory.
    static let bytesPerWorker = 4 << 20
    /// Below this, even small batches would not fit: better to say so before starting.
    static let minimum = 8 << 20

    /// What opening an index and starting its refresh maps before the plan is made: the entity
    /// model's tables, SQLite's connections, the scan's lists (about 18 MB, measured).
    static let opening = 24 << 20

    /// Fails, before anything is opened, when a memory limit leaves too little to open an index
    /// and refresh it with the smallest plan. Past that point an allocation that fails cannot
    /// be caught, and a thread that cannot be made leaves libdispatch waiting for it forever:
    /// better to say so at the start.
    static func checkRoomToStart(headroom: Int? = MemoryLimit.headroom) throws(IndexError) {
        guard let headroom else { return }
        let needed = opening + reserve + bytesPerWorker + minimum
        guard headroom < needed else { return }
        throw .outOfMemory(detail: "\(MemoryLimit.describe()); opening and refreshing the index needs about \(((needed - headroom) >> 20) + 1) MB more")
    }

    /// The sizes of the batches of `count` files, in order: `first`, then `batchSize` each, and
    /// for a bulk load (`taper`) what is left after the last full batch but one cut in halves:
    /// each batch of the tail half of what is left, down to about `first`.
    ///
    /// Once the last batch is analysed only the writer works: with 2,000 articles that left a
    /// core idle for the half second their write takes (more on a busy machine). Cut down, the
    /// batches before it are written while the small last ones are analysed, and what the writer
    /// does alone at the end is a batch of `first`.
    static func batchSizes(count: Int, first: Int, batchSize: Int, taper: Bool) -> [Int] {
        guard count > 0 else { return [] }
        var sizes = [min(first, count)]
        var left = count - sizes[0]
        // The files left once the full batches are done: at least one batch's worth when
        // tapering, so that there is something to cut down.
        let tail = !taper ? 0 : left <= batchSize ? left : batchSize + left % batchSize
        while left > tail {
            let size = min(batchSize, left - tail)
            sizes.append(size)
            left -= size
        }
        while left > 0 {
            let piece = max(first, left / 2)
            let size = left - piece < first ? left : piece
            sizes.append(size)
            left -= size
        }
        return sizes
    }

    /// The plan for a refresh with `headroom` bytes left under the limit (nil: no limit).
    static func make(bulk: Bool, headroom: Int? = MemoryLimit.headroom) throws(IndexError) -> RefreshPlan {
        let fast = unlimited(bulk: bulk)
        guard let headroom else { return fast }
        // One worker for every 32 MB left, up to one per core.
        let workers = min(fast.workers, max(1, (headroom - reserve) / 8 / bytesPerWorker))
        let spare = headroom - reserve - workers * bytesPerWorker
        guard spare >= minimum else {
            throw .outOfMemory(detail: "\(MemoryLimit.describe()); indexing needs about \(((minimum - spare) >> 20) + 1) MB more")
        }
        let cache = min(fast.cacheKiB, max(2048, (spare / 4) >> 10))
        let batch = min(fast.batchSize, max(16, spare / 2 / (2 * bytesPerArticle)))
        return RefreshPlan(batchSize: batch, cacheKiB: cache, workers: workers)
    }
}
