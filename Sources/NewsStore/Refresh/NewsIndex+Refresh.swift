import Dispatch
import Foundation
import GRDB
import GRDBSQLite
import NewsCore

extension NewsIndex {
    /// Files analysed and committed together: one transaction per batch.
    static let batchSize = 400
    /// The batch of a bulk load (`FTSMerging.isBulk`). Fewer, larger transactions write each
    /// b-tree page to the log fewer times: at 100,000 articles the writer's work falls by a
    /// fifth, for about 25 MB more memory and a second more work lost to a kill.
    static let bulkBatchSize = 2000
    /// The first batch of a bulk load: small, so the first articles are readable at once.
    static let firstBulkBatchSize = 200
    /// SQLite's page cache in KiB everywhere but a bulk load's writing (`RefreshPlan`): what a
    /// connection opens with, what a refresh goes back to before its finishing steps and at its
    /// end, and what the compaction's sorter may hold.
    static let usualCacheKiB = 8000

    /// Brings the index up to date with the folder, re-reading only new and changed files.
    ///
    /// Safe to run on a background thread while other threads query: each batch commits in
    /// its own transaction and readers see only committed batches. A process killed at any
    /// point leaves a consistent index; the next refresh continues where it stopped.
    /// Parsing and analysis run on every core, in the background of the writer.
    ///
    /// - Parameters:
    ///   - progress: called on the refreshing thread after the scan and after every batch.
    ///   - shouldStop: polled between batches; when it says yes, the refresh throws `.cancelled`.
    @discardableResult
    public func refresh(
        progress: @escaping @Sendable (RefreshProgress) -> Void = { _ in },
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws(IndexError) -> RefreshSummary {
        if isReadOnly { throw .readOnly(path: location.databaseURL.path) }
        let lock = try RefreshLock(for: location.databaseURL)
        defer { withExtendedLifetime(lock) {} }
        do {
            return try Refresher(index: self, progress: progress, shouldStop: shouldStop).run()
        } catch {
            let failure = error as? IndexError ?? translate(error)
            if case .cannotWrite = failure { releaseLog() }
            throw failure
        }
    }

    /// After a write failed for lack of room: the failed transaction is rolled back, and a
    /// truncating checkpoint gives the write-ahead log's space back (megabytes on the disk that
    /// is full) once what it still holds is in the database file. If even that cannot be
    /// written, the log stays, and the index with it is whole.
    func releaseLog() {
        try? pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// After a refresh failed for lack of room: when the index holds no article (a first build
    /// that could not commit one), closes it and deletes its files, whose log can take
    /// megabytes of the full disk and cannot be checkpointed there; true when it did. The
    /// index cannot be used after that. An index with articles is kept as it is.
    public func discardIfEmpty() -> Bool {
        guard (try? articleCount()) == 0 else { return false }
        do {
            try pool.close()
            try Self.removeDatabase(at: location.databaseURL)
        } catch {
            return false
        }
        return true
    }

    /// The refresh as a stream of events, run on a background thread; ends after `.finished` or `.failed`.
    public func refreshEvents() -> AsyncStream<RefreshEvent> {
        AsyncStream { continuation in
            let thread = Thread { [self] in
                do {
                    let summary = try refresh(progress: { continuation.yield(.progress($0)) })
                    continuation.yield(.finished(summary))
                } catch {
                    continuation.yield(.failed(translate(error)))
                }
                continuation.finish()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// An index error for whatever SQLite or the file system threw while using this index.
    func translate(_ error: any Error) -> IndexError {
        IndexError(error, path: location.databaseURL.path)
    }
}

/// One step of `refreshEvents()`.
public enum RefreshEvent: Sendable {
    case progress(RefreshProgress)
    case finished(RefreshSummary)
    case failed(IndexError)
}

/// One run of `NewsIndex.refresh`: scan, compare, index in batches, link names, tidy up.
private struct Refresher {
    let index: NewsIndex
    let progress: (RefreshProgress) -> Void
    let shouldStop: () -> Bool
    let started: DispatchTime
    let trace: RefreshTrace

    init(index: NewsIndex, progress: @escaping (RefreshProgress) -> Void, shouldStop: @escaping () -> Bool) {
        self.index = index
        self.progress = progress
        self.shouldStop = shouldStop
        started = DispatchTime.now()
        trace = RefreshTrace(started: started)
    }

    private var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    private struct Stored {
        var id: Int64
        var size: Int
        var mtime: Int64
        var hash: Int64
        var day: Int
        var date: String?
    }

    func run() throws -> RefreshSummary {
        defer { trace.emit() }
        progress(RefreshProgress(phase: .scanning, elapsed: elapsed))
        let files: [CorpusScanner.File]
        var folderProblems: [String] = []
        do { files = try CorpusScanner.scanUnsorted(index.corpus, problems: &folderProblems) } catch { throw IndexError.corpus(error) }

        var stored: [String: Stored] = [:]
        var skippedStored: [String: (Int, Int64)] = [:]
        try index.pool.read { db in
            stored.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, hash, day FROM article")
            while let row = try rows.next() {
                stored[row[1]] = Stored(id: row[0], size: row[2], mtime: row[3], hash: row[4], day: row[5], date: nil)
            }
            for row in try Row.fetchAll(db, sql: "SELECT path, size, mtime FROM skipped") {
                skippedStored[row[0]] = (row[1], row[2])
            }
        }

        var summary = RefreshSummary()
        summary.skipped = folderProblems
        var pending: [PendingFile] = []
        // What is left of `unseen` after the scan is what was removed.
        var unseen = stored
        var unseenSkipped = skippedStored
        // The rows of files of several articles (`feed.xml#id`), by file.
        var storedItems: [String: [String]] = [:]
        for path in stored.keys {
            if let (file, _) = ArticlePath.split(path) { storedItems[file, default: []].append(path) }
        }
        for file in files {
            unseenSkipped[file.relativePath] = nil
            let items = (storedItems[file.relativePath] ?? []).compactMap { path in unseen.removeValue(forKey: path).map { (path, $0) } }
            let whole = unseen.removeValue(forKey: file.relativePath)
            if whole != nil || !items.isEmpty {
                let rows = items.map(\.1) + (whole.map { [$0] } ?? [])
                if rows.allSatisfy({ $0.size == file.size && $0.mtime == file.modifiedNanoseconds }) {
                    summary.unchanged += rows.count
                    continue
                }
                var entry = PendingFile(path: file.relativePath, url: file.url, size: file.size, mtime: file.modifiedNanoseconds, storedHash: whole?.hash)
                entry.storedItems = Dictionary(uniqueKeysWithValues: items.map { ($0.0, $0.1.hash) })
                pending.append(entry)
            } else if let old = skippedStored[file.relativePath], old.0 == file.size, old.1 == file.modifiedNanoseconds {
                summary.unchanged += 1
            } else {
                pending.append(PendingFile(path: file.relativePath, url: file.url, size: file.size, mtime: file.modifiedNanoseconds, storedHash: nil))
            }
        }
        pending.sort { $0.path < $1.path }
        var removed = unseen
        if !removed.isEmpty {
            // The date decides whether a moved file keeps its sort day; only removed ones need it.
            try index.pool.read { db in
                for (path, old) in removed {
                    removed[path]?.date = try String.fetchOne(db, sql: "SELECT date FROM article WHERE id = ?", arguments: [old.id])
                }
            }
        }
        var removedByHash: [Int64: [String]] = [:]
        for (path, old) in removed { removedByHash[old.hash, default: []].append(path) }
        let removedHashes = Set(removedByHash.keys)
        let goneSkipped = Array(unseenSkipped.keys)

        trace.note("scanned: \(files.count) files, \(pending.count) to read")
        let totalBytes = pending.reduce(0) { $0 + $1.size }
        var report = RefreshProgress(phase: .indexing, total: pending.count, bytesTotal: totalBytes, elapsed: elapsed)
        progress(report)

        let analysis = index.analysis
        let bulkLoad = FTSMerging.isBulk(changed: pending.count, live: stored.count)
        // Under a memory limit, smaller batches and a smaller cache (or, with too little, a
        // clear failure before anything is read).
        let plan = try RefreshPlan.make(bulk: bulkLoad)
        let batchSize = plan.batchSize
        // A first bulk load commits a small batch first, so a reader opened on a new folder
        // shows articles within a moment instead of after the first 2,000.
        let first = bulkLoad ? min(batchSize, NewsIndex.firstBulkBatchSize) : batchSize
        var batches: [[PendingFile]] = []
        var start = 0
        for size in RefreshPlan.batchSizes(count: pending.count, first: first, batchSize: batchSize, taper: bulkLoad) {
            batches.append(Array(pending[start..<start + size]))
            start += size
        }
        var writer: IndexWriter? = nil
        // (Before the settings change, so that a failure after it still puts them back.)
        defer {
            try? index.pool.write { db in
                try db.execute(sql: "PRAGMA cache_size = -\(NewsIndex.usualCacheKiB)")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
            }
        }
        if !batches.isEmpty || !removed.isEmpty || !goneSkipped.isEmpty {
            try index.pool.write { db in
                try db.execute(sql: "PRAGMA cache_size = -\(plan.cacheKiB)")
                // A bulk load checkpoints every 64 MB of log rather than every 4 MB: a page
                // changed by several batches is then copied into the database file once, not
                // once a batch, and the syncs that go with each checkpoint are fewer.
                if bulkLoad { try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384") }
                writer = try IndexWriter(db)
            }
        }

        // Analysis of the next batch runs on the worker threads while this thread writes one,
        // and the files of the batch after it are read from disk meanwhile.
        var inFlight: BackgroundBatch? = batches.first.map {
            BackgroundBatch($0, number: 0, analysis: analysis, removedHashes: removedHashes, workers: plan.workers, trace: trace)
        }
        if batches.count > 1 { FilePrefetch.start(batches[1].map(\.url)) }
        var lastWriteEnded = trace.now
        // The last batch written, until the next batch's job lets it go (`SpentBatch`).
        var spent: SpentBatch? = nil
        for (number, batch) in batches.enumerated() {
            let analysed = inFlight!
            let results = analysed.wait()
            // The workers were idle from the end of this batch's analysis to now, when the next
            // one starts; the writer was idle from the end of its last write to now.
            let taken = trace.note("batch \(number): writer takes it (\(batch.count) files)")
            summary.timing.writerWaiting += max(0, taken - lastWriteEnded)
            if number + 1 < batches.count { summary.timing.workersIdle += max(0, taken - inFlight!.analysisEnded) }
            for (_, t) in results {
                summary.timing.reading += t.reading
                summary.timing.parsing += t.parsing
                summary.timing.analysing += t.analysing
            }
            let writeStarted = Clock.now()
            if number + 1 < batches.count {
                inFlight = BackgroundBatch(batches[number + 1], number: number + 1, analysis: analysis, removedHashes: removedHashes,
                                           workers: plan.workers, trace: trace, releasing: spent)
            } else {
                inFlight = nil
                spent?.releaseElsewhere()
            }
            if number + 2 < batches.count { FilePrefetch.start(batches[number + 2].map(\.url)) }
            // One transaction for the batch; if SQLite runs out of memory in it, the halves in
            // turn, with the writer's caches read again from what is committed.
            // (The files by position: a list of (file, outcome) pairs copied every article's
            // fields once and freed them again, a percent of the writer's time.)
            func write(_ items: Range<Int>, _ results: [(FileOutcome, RefreshTiming)]) throws {
                let before = (summary, removed, removedByHash)
                do {
                    try index.pool.write { db in
                        for i in items {
                            try apply(results[i].0, file: batch[i], stored: stored, removed: &removed, removedByHash: &removedByHash,
                                      summary: &summary, writer: writer!, db)
                            try removeLeftovers(of: batch[i], after: results[i].0, summary: &summary, writer: writer!, db)
                        }
                        try writer!.flush(db)
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_NOMEM && items.count > 1 {
                    (summary, removed, removedByHash) = before
                    try index.pool.write { db in writer = try IndexWriter(db) }
                    let half = items.lowerBound + items.count / 2
                    try write(items.lowerBound..<half, results)
                    try write(half..<items.upperBound, results)
                }
            }
            try write(batch.indices, results)
            // The batch's articles (their texts, entities and quotes: a few percent of the
            // writer's time to free) are let go on another thread: the writer is the one stage
            // of the pipeline that cannot be spread over the cores. (Consumed, so that this
            // thread holds no reference that could be the last: when the other thread let go
            // first, the freeing fell to this one, a percent of its time.)
            spent = SpentBatch(consume analysed, consume results)
            summary.timing.writing += Clock.now() - writeStarted
            lastWriteEnded = trace.note("batch \(number): written")
            report.done += batch.count
            report.bytesDone += batch.reduce(0) { $0 + $1.size }
            report.elapsed = elapsed
            progress(report)
            if shouldStop() {
                _ = inFlight?.wait()
                throw IndexError.cancelled
            }
        }
        spent?.releaseElsewhere()

        if !removed.isEmpty || !goneSkipped.isEmpty {
            try index.pool.write { db in
                for (_, old) in removed {
                    try writer!.delete(articleID: old.id, db)
                    summary.removed += 1
                }
                for path in goneSkipped {
                    try db.execute(sql: "DELETE FROM skipped WHERE path = ?", arguments: [path])
                }
                try writer!.flush(db)
            }
        }

        // The writer's caches (names, aliases, entities seen: a few hundred thousand entries
        // after a bulk load) are of no use to the finishing steps, whose own peak would come
        // on top of them. For the same reason the page cache goes back to its everyday size: a
        // bulk load's 64 MB of pages are clean once committed, and the memory they free serves
        // the linking and merging instead of adding to it.
        writer = nil
        trace.note("bulk load done")
        try index.pool.write { db in try db.execute(sql: "PRAGMA cache_size = -\(NewsIndex.usualCacheKiB)") }
        MemoryLimit.releaseFreed()
        let finishing = Clock.now()
        progress(RefreshProgress(phase: .linking, elapsed: elapsed))
        // Linking the names reads a great deal and writes little: it is decided on a reader
        // (`EntityResolver.plan`) while this thread merges the full-text table and writes the
        // story groups, and its writes are made after that. Regrouping everything (after a bulk
        // load) reads only the sketches and the old groups, which linking never touches: it too
        // is worked out on a reader, while the merge runs. Neither background read sees the
        // other's writes, nor needs to: the groups, the full-text table and the names are apart.
        let linking = BackgroundLinking(index.pool)
        let regrouping = BackgroundRegrouping(index.pool)
        let changes: NameChanges
        let linkingSeconds: Double
        let live: Int
        let compacting: Bool
        do {
            let dead: Int
            (live, dead) = try index.pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_dead'") ?? 0)
            }
            // (A compaction may take articles out and link names again: it comes after the links.)
            compacting = dead > max(1000, live / 4)
            if !compacting {
                try index.pool.write { db in try FTSMerging.merge(written: summary.added + summary.changed, live: live, db) }
                trace.note("finishing: full-text merged")
            }
            let grouping = Clock.now()
            let (regrouped, regroupingSeconds) = try regrouping.wait()
            trace.note("finishing: regrouping read")
            try index.pool.write { db in
                if let regrouped {
                    try DuplicateGroups.apply(regrouped, db)
                } else {
                    try DuplicateGroups.regroupDirty(db)
                }
            }
            summary.timing.grouping = regroupingSeconds + (Clock.now() - grouping)
            trace.note("finishing: groups written")
            (changes, linkingSeconds) = try linking.wait()
            trace.note("finishing: names decided")
        } catch {
            // The background reads end before the error goes up: whoever handles it may close
            // the index.
            _ = try? linking.wait()
            _ = try? regrouping.wait()
            throw error
        }
        summary.total = live
        try index.pool.write { db in try changes.apply(db) }
        trace.note("finishing: names linked")
        if compacting {
            progress(RefreshProgress(phase: .compacting, elapsed: elapsed))
            try FTSCompaction.run(index, progress: progress, started: started)
            summary.compacted = true
            trace.note("finishing: full-text compacted")
        }
        if FTSMerging.isBulk(changed: summary.added + summary.changed, live: live) {
            try index.pool.writeWithoutTransaction { db in try IndexCompaction.afterBulkLoad(db) }
            trace.note("finishing: compacted")
        }
        try index.pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('refreshed', ?)", arguments: [String(Date().timeIntervalSince1970)])
        }
        try? index.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA incremental_vacuum")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        trace.note("finishing: checkpointed")
        summary.seconds = elapsed
        // (The CPU the finishing took, wherever it ran: the linking's on its reader too.)
        summary.timing.finishing = Clock.now() - finishing + linkingSeconds
        progress(RefreshProgress(phase: .finished, done: report.done, total: report.total,
                                 bytesDone: report.bytesDone, bytesTotal: report.bytesTotal, elapsed: elapsed))
        return summary
    }

    /// Deletes the rows of a file's articles that reading it again did not give: items gone
    /// from a feed, the items of a file that now reads as one article, or the one article of a
    /// file that now holds several.
    private func removeLeftovers(of file: PendingFile, after outcome: FileOutcome, summary: inout RefreshSummary, writer: IndexWriter, _ db: Database) throws {
        var kept: Set<String> = [file.path]
        var leftovers = Array(file.storedItems.keys)
        if case .items(let items) = outcome {
            kept = Set(items.map(\.path))
            if file.storedHash != nil { leftovers.append(file.path) }
        }
        for path in leftovers where !kept.contains(path) {
            guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE path = ?"), arguments: [path]) else { continue }
            try writer.delete(articleID: id, db)
            summary.removed += 1
        }
    }

    /// The id and content hash of the article row under `path`, nil for none, read through
    /// SQLite's interface: GRDB's fetch of the row cost three times the read itself, 13,500
    /// instructions an article of a first build. The path is bound as GRDB binds a text (as a C
    /// string, up to a NUL), so the same row is found.
    private static func idAndHash(ofPath path: String, _ db: Database) throws -> (id: Int64, hash: Int64)? {
        let statement = try db.cachedStatement(sql: "SELECT id, hash FROM article WHERE path = ?")
        let sqlite = statement.sqliteStatement
        sqlite3_reset(sqlite)
        defer { sqlite3_reset(sqlite) }
        func throughGRDB() throws -> (id: Int64, hash: Int64)? {
            sqlite3_reset(sqlite)
            return try Row.fetchOne(statement, arguments: [path]).map { ($0[0], $0[1]) }
        }
        let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        guard path.withCString({ sqlite3_bind_text(sqlite, 1, $0, -1, transient) }) == SQLITE_OK else { return try throughGRDB() }
        switch sqlite3_step(sqlite) {
        case SQLITE_ROW:
            return (sqlite3_column_int64(sqlite, 0), sqlite3_column_int64(sqlite, 1))
        case SQLITE_DONE:
            return nil
        default:
            // (Left to GRDB, which steps the statement again and throws its error.)
            return try throughGRDB()
        }
    }

    /// Writes what reading one file gave.
    private func apply(
        _ outcome: FileOutcome, file: PendingFile, stored: [String: Stored], removed: inout [String: Stored],
        removedByHash: inout [Int64: [String]], summary: inout RefreshSummary, writer: IndexWriter, _ db: Database
    ) throws {
        // The row under this path now, which may have been written by another process meanwhile.
        let current = try Self.idAndHash(ofPath: file.path, db)
        let currentID = current?.id
        switch outcome {
        case .touched(let hash):
            try db.cachedStatement(sql: "UPDATE article SET size = ?, mtime = ?, hash = ? WHERE path = ?")
                .execute(arguments: [file.size, file.mtime, hash, file.path])
            summary.touched += 1
        case .sameAsRemoved(let hash):
            // A move keeps the article's row only where the same bytes read the same: the same
            // format (`.txt` → `.md` parses them anew) and the same sort date.
            let format = ArticleFormat(path: file.path)
            if let k = removedByHash[hash]?.lastIndex(where: { ArticleFormat(path: $0) == format }),
                let from = removedByHash[hash]?.remove(at: k), let old = removed[from],
                SortDay.of(date: old.date, path: file.path) == old.day
            {
                if let currentID {
                    try writer.delete(articleID: currentID, db)
                }
                // A section that came from the folder follows the file to its new one.
                try db.execute(sql: """
                    UPDATE article SET path = ?, size = ?, mtime = ?,
                        section = CASE WHEN section_from_folder = 1 THEN ? ELSE section END WHERE id = ?
                    """, arguments: [file.path, file.size, file.mtime, IndexWriter.section(of: file.path), old.id])
                removed[from] = nil
                summary.moved += 1
                if currentID != nil { summary.changed += 1 }
            } else {
                // Same bytes but another format or sort date (or already claimed): index it afresh.
                let data = (try? ArticleFile.read(file.url)) ?? Data()
                switch FileAnalysis.analyse(data, path: file.path, analysis: index.analysis) {
                case .success(let article):
                    try apply(.article(hash: hash, article), file: file, stored: stored, removed: &removed,
                              removedByHash: &removedByHash, summary: &summary, writer: writer, db)
                case .failure(let failure):
                    try apply(.skipped(failure.description), file: file, stored: stored, removed: &removed,
                              removedByHash: &removedByHash, summary: &summary, writer: writer, db)
                }
            }
        case .article(let hash, let article):
            if let currentID {
                if current?.hash == hash && stored[file.path] == nil { return }
                try writer.delete(articleID: currentID, db)
                summary.changed += 1
            } else {
                summary.added += 1
            }
            try writer.insert(file, hash: hash, article, db)
            try DirectInsert(db, sql: "DELETE FROM skipped WHERE path = ?").run(.text(file.path))
            if !article.warnings.isEmpty {
                summary.warnings.append("\(file.path.terminalSafeName): \(article.warnings.joined(separator: "; "))")
            }
        case .items(let items):
            for (path, outcome) in items {
                try apply(outcome, file: file.item(path), stored: stored, removed: &removed, removedByHash: &removedByHash,
                          summary: &summary, writer: writer, db)
            }
            try db.cachedStatement(sql: "DELETE FROM skipped WHERE path = ?").execute(arguments: [file.path])
        case .skipped(let reason):
            if let currentID {
                try writer.delete(articleID: currentID, db)
                summary.removed += 1
            }
            try db.execute(sql: "INSERT OR REPLACE INTO skipped(path, size, mtime, reason) VALUES(?, ?, ?, ?)",
                           arguments: [file.path, file.size, file.mtime, reason])
            summary.skipped.append("\(file.path.terminalSafeName): \(reason)")
        }
    }
}

/// `EntityResolver.plan` on a reader of the index, run in the background.
private final class BackgroundLinking: @unchecked Sendable {
    // Safety: `result` is written once by the background job before `done` is signalled, and
    // read only after `wait()` has seen that signal.
    private var result: Result<NameChanges, any Error> = .success(NameChanges())
    private var seconds = 0.0
    private let done = DispatchSemaphore(value: 0)

    init(_ pool: DatabasePool) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let started = Clock.now()
            result = Result { try pool.read { db in try EntityResolver.plan(db) } }
            seconds = Clock.now() - started
            done.signal()
        }
    }

    /// The writes the linking decided and the CPU seconds it took; rethrows its error.
    func wait() throws -> (changes: NameChanges, seconds: Double) {
        done.wait()
        done.signal()
        return (try result.get(), seconds)
    }
}

/// `DuplicateGroups.fullRegrouping` on a reader of the index, run in the background.
private final class BackgroundRegrouping: @unchecked Sendable {
    // Safety: `result` and `seconds` are written once by the background job before `done` is
    // signalled, and read only after `wait()` has seen that signal.
    private var result: Result<[(id: Int64, group: Int64?)]?, any Error> = .success(nil)
    private var seconds = 0.0
    private let done = DispatchSemaphore(value: 0)

    init(_ pool: DatabasePool) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let started = Clock.now()
            result = Result { try pool.read { db in try DuplicateGroups.fullRegrouping(db) } }
            seconds = Clock.now() - started
            done.signal()
        }
    }

    /// The changes (nil when the dirty articles are few enough for `regroupDirty`) and the
    /// seconds the job took; rethrows its error.
    func wait() throws -> (changes: [(id: Int64, group: Int64?)]?, seconds: Double) {
        done.wait()
        done.signal()
        return (try result.get(), seconds)
    }
}

/// A written batch's articles, held until they can be let go where freeing them slows nothing.
///
/// An article's memory goes back to the allocator arena of the worker thread that made it.
/// Let go on a thread of their own while the workers analysed the next batch, each free took a
/// worker's arena lock while that worker was allocating from it (perf caught those frees
/// waiting on the lock). Now the next batch's job lets the last one go before it starts its
/// own analysis, when no worker is allocating; the last batch of all goes on another thread as
/// before.
private final class SpentBatch: @unchecked Sendable {
    // Safety: `held` is cleared once, by `release()` on the one thread given the batch.
    private var held: (BackgroundBatch, [(FileOutcome, RefreshTiming)])?

    init(_ batch: consuming BackgroundBatch, _ results: consuming [(FileOutcome, RefreshTiming)]) {
        held = (batch, results)
    }

    /// Frees the batch's articles on this thread.
    func release() {
        held = nil
    }

    /// Frees them on another thread, when no batch is left to be analysed.
    func releaseElsewhere() {
        DispatchQueue.global(qos: .utility).async { self.release() }
    }
}

/// A batch being analysed on the worker threads.
private final class BackgroundBatch: @unchecked Sendable {
    // Safety: `outcomes` and `analysisEnded` are written once by the background job before
    // `done` is signalled, and read only after `wait()` has seen that signal.
    private var outcomes: [(FileOutcome, RefreshTiming)] = []
    private let done = DispatchSemaphore(value: 0)
    /// When the analysis started and ended (`RefreshTrace` seconds); the end is read only
    /// after `wait()`.
    let analysisStarted: Double
    private(set) var analysisEnded = 0.0

    /// Starts the analysis of `files`; the job first lets go of `spent`, an earlier batch
    /// already written (see `SpentBatch`).
    init(
        _ files: [PendingFile], number: Int, analysis: Analysis, removedHashes: Set<Int64>, workers: Int, trace: RefreshTrace,
        releasing spent: SpentBatch? = nil
    ) {
        analysisStarted = trace.note("batch \(number): analysis starts")
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            spent?.release()
            outcomes = ParallelMap.map(files, workers: workers) { FileAnalysis.run($0, analysis: analysis, removedHashes: removedHashes) }
            analysisEnded = trace.note("batch \(number): analysis ends")
            done.signal()
        }
    }

    /// Each file's outcome and timing, in the batch's order (the batch's own array: copying
    /// the outcomes out copied and freed every field of every article).
    func wait() -> [(FileOutcome, RefreshTiming)] {
        done.wait()
        done.signal()
        return outcomes
    }
}
