import Foundation

/// Workspaces kept for reuse between documents, so that tagging an article neither allocates
/// and zeroes a dozen arrays nor starts with cold buffers.
///
/// A thread takes a workspace for one document and gives it back; the pool grows to the
/// number of threads that tag at once. Reusing a workspace gives the same tags as a fresh one
/// (extraction rewrites every slot it reads).
final class WorkspacePool: @unchecked Sendable {
    // Safety: `free` is only touched with `lock` held, and a workspace taken out is used by
    // one thread until it is put back.
    private let lock = NSLock()
    private var free: [TaggerWorkspace] = []

    /// Runs `body` with a workspace no other thread is using.
    func with<R>(_ body: (TaggerWorkspace) -> R) -> R {
        lock.lock()
        let workspace = free.popLast() ?? TaggerWorkspace()
        lock.unlock()
        defer {
            lock.lock()
            free.append(workspace)
            lock.unlock()
        }
        return body(workspace)
    }
}
