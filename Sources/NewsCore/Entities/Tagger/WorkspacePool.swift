import Foundation

/// Workspaces kept for reuse between documents, so that tagging an article neither allocates
/// and zeroes a dozen arrays nor starts with cold buffers.
///
/// A thread takes a workspace for one document and gives it back; the pool grows to the
/// number of threads that tag at once. Reusing a workspace gives the same tags as a fresh one
/// (extraction rewrites every slot it reads).
///
/// A thread is given back the workspace it used last when it is free: its buffers and the
/// hot lines of its form cache are then still in that thread's core's cache. Taken last in,
/// first out, two indexing workers swapped workspaces at nearly every article, and each began
/// by pulling the other core's lines across.
final class WorkspacePool: @unchecked Sendable {
    // Safety: `free` and `lastUser` are only touched with `lock` held, and a workspace taken
    // out is used by one thread until it is put back.
    private let lock = NSLock()
    private var free: [TaggerWorkspace] = []
    /// The thread each free workspace was last used by (`free`'s order).
    private var lastUser: [pthread_t] = []

    /// Runs `body` with a workspace no other thread is using.
    func with<R>(_ body: (TaggerWorkspace) -> R) -> R {
        let me = pthread_self()
        lock.lock()
        let workspace: TaggerWorkspace
        if let mine = lastUser.lastIndex(where: { pthread_equal($0, me) != 0 }) {
            workspace = free.remove(at: mine)
            lastUser.remove(at: mine)
        } else {
            workspace = free.popLast() ?? TaggerWorkspace()
            if !lastUser.isEmpty { lastUser.removeLast() }
        }
        lock.unlock()
        defer {
            lock.lock()
            free.append(workspace)
            lastUser.append(me)
            lock.unlock()
        }
        return body(workspace)
    }
}
