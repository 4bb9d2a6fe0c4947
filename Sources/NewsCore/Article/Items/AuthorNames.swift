/// Authors named one by one, joined as a byline says them.
enum AuthorNames {
    /// "A", "A and B", "A, B and C".
    static func joined(_ names: [String]) -> String {
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        guard unique.count > 1 else { return unique.first ?? "" }
        return unique.dropLast().joined(separator: ", ") + " and " + unique.last!
    }
}
