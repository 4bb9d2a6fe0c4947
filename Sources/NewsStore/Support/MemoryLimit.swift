import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The address-space limit (`ulimit -v`) the process runs under, and fitting under it.
///
/// Under `ulimit -v 200000`, indexing 2,160 articles died with SIGSEGV: a Swift allocation
/// failed (which Swift cannot catch; it traps) and the runtime's crash reporter, short of memory
/// itself, crashed or hung. Nothing there can be caught, so the indexer avoids the failure: most
/// of the address space went to reservations, not to data — a 64 MB malloc arena reserved per
/// thread that allocates, and 8 MB of stack per thread — and the rest to the refresh's batch
/// of articles and SQLite's page cache, which `RefreshPlan` sizes from what the limit leaves.
public enum MemoryLimit {
    /// The limit in bytes, or nil when there is none.
    public static var limit: Int? { ResourceLimit.addressSpace }

    /// The bytes of address space the process uses now (the first field of /proc/self/statm).
    static var mapped: Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").first.flatMap({ Int($0) })
        else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// What the limit leaves to map, or nil when there is no limit (or it cannot be told).
    public static var headroom: Int? {
        guard let limit, let mapped else { return nil }
        return max(0, limit - mapped)
    }

    /// Fails with `.outOfMemory` when a limit leaves too little to open an index and refresh it
    /// (see `RefreshPlan.checkRoomToStart`); does nothing without a limit.
    public static func checkRoomToIndex() throws(IndexError) {
        try RefreshPlan.checkRoomToStart()
    }

    /// "the limit is 195 MB (ulimit -v), of which 120 MB were in use", for messages.
    static func describe() -> String {
        guard let limit else { return "no memory limit is set; the system has no more to give" }
        let used = mapped.map { ", of which \($0 >> 20) MB were in use" } ?? ""
        return "the limit is \(limit >> 20) MB (ulimit -v)\(used)"
    }

    /// Hands the memory malloc holds free back to the system.
    ///
    /// glibc keeps what the program frees for its next allocations, so a process's RSS stays
    /// at its high-water mark. The refresh calls this between the bulk load and the finishing
    /// steps: the batches, the writer's caches and SQLite's bulk page cache are free by then,
    /// and the duplicate grouping's sketch table (25 MB at 100,000 articles) came on top of
    /// their pages, making the peak of a first index.
    public static func releaseFreed() {
        #if os(Linux)
        // (Not in the Swift Glibc module either.)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            typealias MallocTrim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }

    /// Makes the process fit in memory: at most one malloc arena per worker thread and two more
    /// (the main thread's, and one the other threads share) and, under a limit, one arena in all
    /// and threads made from now on with 2 MB of stack instead of 8 MB. Call first thing, before
    /// any thread starts.
    ///
    /// glibc gives each thread that allocates while another holds an arena an arena of its
    /// own, up to eight per core. While indexing 100,000 articles on a busy machine (the
    /// threads preempted inside malloc) the workers' arenas each kept freed memory of their
    /// own: peak RSS 331 MB, against 298 MB with one arena per core. But one arena per core
    /// left the two workers of a two-core machine one arena between them once the main thread
    /// kept its own, and they took turns at its lock (up to 4% of their time in perf, more in
    /// the cache lines the arena's state bounced between cores): with four arenas the bench's
    /// analysis took 0.26 ms an article instead of 0.28-0.31, at the same peak RSS (286-294 MB).
    public static func adapt() {
        #if os(Linux)
        // Neither call is in the Swift Glibc module; both are in glibc itself.
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        if let symbol = dlsym(everywhere, "mallopt") {
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let M_ARENA_MAX: Int32 = -8
            _ = unsafeBitCast(symbol, to: Mallopt.self)(M_ARENA_MAX, limit == nil ? Int32(clamping: ParallelMap.workers + 2) : 1)
        }
        guard limit != nil else { return }
        if let symbol = dlsym(everywhere, "pthread_setattr_default_np") {
            typealias SetDefault = @convention(c) (UnsafePointer<pthread_attr_t>) -> Int32
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            pthread_attr_setstacksize(&attributes, 2 << 20)
            _ = unsafeBitCast(symbol, to: SetDefault.self)(&attributes)
            pthread_attr_destroy(&attributes)
        }
        #endif
    }
}
