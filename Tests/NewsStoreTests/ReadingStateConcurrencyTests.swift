import BylineTestSupport
import Foundation
import NewsStore
import Synchronization
import Testing

/// Two readers started together open (and so create) one reading state at the same moment.
@Suite struct ReadingStateConcurrencyTests {
    @Test func openingOneNewStateFromManyThreadsAtOnce() throws {
        let folder = Scratch.directory("state")
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<15 {
            let location = StateLocation(databaseURL: folder.appendingPathComponent("\(round)/reading-state.sqlite"))
            let failures = Mutex<[String]>([])
            let group = DispatchGroup()
            for n in 0..<6 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    do {
                        let state = try ReadingState.open(location: location)
                        try state.toggleStar(ArticleKey(hash: Int64(n), path: "/\(n).txt"))
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }.start()
            }
            group.wait()
            #expect(failures.withLock { $0 } == [], "round \(round)")
            #expect(try ReadingState.open(location: location).starred().count == 6)
        }
    }
}
