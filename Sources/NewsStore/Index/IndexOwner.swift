import Foundation
import Synchronization

/// The open index of one corpus folder, and the one place that mends it when it is damaged.
///
/// `NewsIndex.open` replaces a file it can tell is damaged, but SQLite notices most damage
/// only when it reads a damaged page, which may be in the middle of a refresh or an answer.
/// The command line and the reader therefore reach the index through an owner: when what they
/// run meets damage, the owner starts a new, empty index in place of the old file (once), says
/// why with a `RebuildReason`, and has the caller's work fill it. What the user is told, and
/// any advice on what to run, is the caller's to word.
///
/// (`IndexFileOwner` is another thing: whose file sits at the index path.)
///
/// Safe to share between threads: the reader asks from its run loop while its refresh runs on
/// a thread of its own, and a rebuild on a third swaps the new index in once it is filled.
public final class IndexOwner: Sendable {
    /// The index answering now, replaced once a rebuild has filled a new one, and why it was.
    private let current: Mutex<(index: NewsIndex, replacedBecause: RebuildReason?)>
    /// Set when the one rebuild this owner may make has begun. A new index that is damaged
    /// again would not be mended by a second; the caller reports the failure instead.
    private let rebuildClaimed: Atomic<Bool>

    /// Opens (or creates) the index of `corpus`; see `NewsIndex.open`.
    ///
    /// A `rebuild` asked for here is this owner's one rebuild: damage met in the index it
    /// starts is not the old file's, and is reported rather than rebuilt again.
    public convenience init(
        corpus: URL, location: IndexLocation? = nil, analysis: Analysis = .standard, rebuild: Bool = false
    ) throws(IndexError) {
        self.init(try NewsIndex.open(corpus: corpus, location: location, analysis: analysis, rebuild: rebuild), rebuilt: rebuild)
    }

    /// Owns an index opened elsewhere; it may still be rebuilt once.
    public convenience init(_ index: NewsIndex) {
        self.init(index, rebuilt: false)
    }

    private init(_ index: NewsIndex, rebuilt: Bool) {
        current = Mutex((index, nil))
        rebuildClaimed = Atomic(rebuilt)
    }

    /// The index answering now.
    public var index: NewsIndex { current.withLock { $0.index } }

    /// Why this owner replaced the index it opened with a new one, once that one is answering;
    /// nil before (and when the opening replaced the file: see `index.rebuilt`).
    public var rebuiltAfterOpening: RebuildReason? { current.withLock { $0.replacedBecause } }

    /// The damage `error` reports, as the reason to rebuild, when it says the index file is
    /// damaged; nil for every other failure (a bad query, a missing folder, a full disk).
    ///
    /// Reads what `IndexError.init(_:path:)` decided from SQLite's codes, inside whichever
    /// error the store wrapped it in.
    public static func damage(in error: any Error) -> RebuildReason? {
        switch error {
        case let error as IndexError:
            return error.damage
        case let error as SearchError:
            if case .index(let inner) = error { return inner.damage }
            return nil
        default:
            return IndexError(error, path: "").damage
        }
    }

    /// Runs `work` on the index, and once more on a rebuilt one if it meets damage.
    ///
    /// When `work` throws an error that says the index is damaged and this owner has not
    /// rebuilt yet, `rebuilding` is told why, a new, empty index replaces the damaged file,
    /// and `work` runs on it: `work` must bring the index up to date itself if its answer needs
    /// the articles (a refresh, then the question). Any other error, and damage after the
    /// rebuild, is thrown as it came. For callers that can wait for the rebuild (the command
    /// line); the reader rebuilds in the background with `rebuild(because:announce:fill:)`.
    public func recovering<T>(_ work: (NewsIndex) throws -> T, rebuilding: (RebuildReason) -> Void = { _ in }) throws -> T {
        do {
            return try work(index)
        } catch {
            guard let reason = Self.damage(in: error), claimRebuild() else { throw error }
            rebuilding(reason)
            return try replace(because: reason, fill: work)
        }
    }

    /// Replaces the index with a new, empty one and fills it with `fill` (a refresh), unless
    /// this owner has rebuilt already: then nil, at once, with neither closure called.
    ///
    /// `announce` is told why before the old file is removed. Until `fill` returns, the old
    /// index keeps answering what it still can (its file stays readable to those who have it
    /// open); if `fill` throws, it stays the one that answers.
    public func rebuild<T>(
        because reason: RebuildReason, announce: (RebuildReason) -> Void = { _ in }, fill: (NewsIndex) throws -> T
    ) throws -> T? {
        guard claimRebuild() else { return nil }
        announce(reason)
        return try replace(because: reason, fill: fill)
    }

    /// Claims the one rebuild; false when it was claimed before.
    private func claimRebuild() -> Bool {
        !rebuildClaimed.exchange(true, ordering: .acquiringAndReleasing)
    }

    private func replace<T>(because reason: RebuildReason, fill: (NewsIndex) throws -> T) throws -> T {
        let damaged = index
        let fresh = try NewsIndex.open(
            corpus: damaged.corpus, location: damaged.location, analysis: damaged.analysis, replacingBecause: reason)
        let result = try fill(fresh)
        current.withLock { $0 = (fresh, reason) }
        return result
    }
}
