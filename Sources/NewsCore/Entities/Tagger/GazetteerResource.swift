import Foundation

extension Gazetteer {
    /// The list text shipped in NewsCore's resources (`gazetteers.txt`), the training input for the
    /// model's gazetteer table; nil if the bundle lacks it.
    public static func bundledText() -> String? {
        guard let url = Bundle.module.url(forResource: "gazetteers", withExtension: "txt") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
