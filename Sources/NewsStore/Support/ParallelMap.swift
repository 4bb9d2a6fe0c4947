import Dispatch
import Foundation

/// Maps an array on every core: how the indexer parses and extracts a batch of articles.
///
/// `DispatchQueue.concurrentPerform` runs one loop per worker, and each worker takes the next
/// element not yet taken, so a worker slowed down (sharing its core with the index writer,
/// or given the long articles) leaves the rest to the others instead of holding up the batch.
/// Each element's result goes to its own slot of the result buffer, so the output keeps the
/// input order.
enum ParallelMap {
    /// The number of workers: the cores the system reports, at least one.
    static var workers: Int { max(1, ProcessInfoCores.active) }

    /// `transform` applied to every element, in parallel, results in input order.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int = ParallelMap.workers, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        if inputs.isEmpty { return [] }
        let slots = ResultSlots<Output>(count: inputs.count)
        let chunks = min(workers, inputs.count)
        let next = NextIndex()
        inputs.withUnsafeBufferPointer { source in
            let input = UnsafeSendableBuffer(base: source)
            DispatchQueue.concurrentPerform(iterations: chunks) { _ in
                while true {
                    let i = next.take()
                    guard i < input.base.count else { return }
                    slots.set(i, transform(input.base[i]))
                }
            }
        }
        return slots.collect()
    }
}

/// The next element for a worker to take: a counter behind a lock (an article takes about a
/// millisecond; the lock, tens of nanoseconds).
private final class NextIndex: @unchecked Sendable {
    // Safety: `next` is read and written only while `lock` is held.
    private var next = 0
    private let lock = NSLock()

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let taken = next
        next += 1
        return taken
    }
}

/// Write-once result slots shared by the workers of one `ParallelMap.map` call.
private final class ResultSlots<Output>: @unchecked Sendable {
    // Safety: every index is written by exactly one worker and read only after
    // `concurrentPerform` has returned, which orders those writes before the reads.
    private let storage: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Output) { storage[index] = value }

    func collect() -> [Output] { (0..<count).map { storage[$0]! } }
}

/// A read-only view of the input array, handed to the workers.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    // Safety: the array outlives `concurrentPerform` and is only read.
    let base: UnsafeBufferPointer<Element>
}
