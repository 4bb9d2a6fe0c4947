import Foundation
import NewsCore

/// A folder of many short made-up news stories, for tests that need volume: people, places and
/// organisations drawn from small lists of invented names, quotations, and dated file names.
/// Deterministic: the same count gives the same files.
public enum SyntheticCorpus {
    static let firstNames = ["Ada", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kofi", "Lena"]
    static let surnames = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Silva", "Brennan", "Kowalski", "Adeyemi"]
    static let organisations = ["Harbour Board", "Ellison Dockers Union", "Northfield Assembly", "Merrow Rail", "Saltings Trust"]
    static let places = ["Port Ellison", "Northfield", "Merrowick", "Saltings", "Castlebridge", "Tidewater"]

    /// Writes `count` stories into `folder` (in ten subfolders) and returns their relative paths.
    @discardableResult
    public static func write(_ count: Int, to folder: URL, seed: UInt64 = 7) throws -> [String] {
        var generator = SplitMix64(seed: seed)
        func pick<T>(_ list: [T]) -> T { list[Int(generator.next() % UInt64(list.count))] }
        var paths: [String] = []
        for i in 0..<count {
            let speaker = "\(pick(firstNames)) \(pick(surnames))"
            let critic = "\(pick(firstNames)) \(pick(surnames))"
            let organisation = pick(organisations)
            let place = pick(places)
            var paragraphs = [
                "\(organisation) announces new plan for \(place)",
                "The \(organisation) said on Monday that it would change how \(place) handles its budget, after months of talks.",
                "“We have listened to everyone in \(place),” said \(speaker), who leads the \(organisation). “This is the start, not the end.”",
                "\(critic), a councillor in \(place), said the plan came too late and asked for a vote.",
            ]
            for k in 0..<(3 + Int(generator.next() % 6)) {
                paragraphs.append("Story \(i), paragraph \(k): the \(organisation) met \(speaker) and \(critic) again in \(place) to discuss item \(k * 7 + i).")
            }
            let path = "s\(i % 10)/2026-\(pad(i % 12 + 1))-\(pad(i % 28 + 1))-story-\(i).txt"
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((paragraphs.joined(separator: "\n\n") + "\n").utf8).write(to: url)
            paths.append(path)
        }
        return paths
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
