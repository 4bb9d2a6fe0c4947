import CSQLiteConfig
import GRDBSQLite

/// Turns SQLite's memory statistics off, once, before the process's first connection opens.
///
/// With them on (SQLite's default), every allocation SQLite makes and frees takes a global
/// mutex to count it: 2.4% of the index writer's time, and the finishing steps' readers take
/// the same lock from other threads. Nothing in Byline reads the counts, and nothing needs
/// them: SQLite's soft and hard heap limits, which do, are never set (a memory limit is met
/// with smaller batches and page caches, `RefreshPlan`). The setting is process-wide and
/// SQLite accepts it only before it initialises, which the first connection does: `NewsIndex`
/// and `ReadingState` call `prepare()` before they open any. In a process where some other
/// connection came first, SQLite refuses it (`.tooLate`) and keeps counting; nothing else changes.
enum SQLiteMemoryStatus {
    enum Outcome: Equatable, Sendable {
        /// Statistics are off for the life of the process.
        case off
        /// SQLite had already initialised: statistics stay as they were.
        case tooLate
    }

    /// What the one call to SQLite gave (made the first time this is read; thread-safe).
    static let outcome: Outcome = byline_sqlite_config_memstatus(0) == SQLITE_OK ? .off : .tooLate

    /// Makes the call if it has not been made yet.
    static func prepare() {
        _ = outcome
    }
}
