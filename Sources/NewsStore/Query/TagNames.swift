/// How tag names are written: the one rule the reading state keeps them by and the query
/// language's `tag:` checks them against.
///
/// (In the query folder, with no database in sight, so the query parser's fuzz target, which
/// compiles this folder alone, builds with it.)
public enum TagNames {
    /// Tags lower case and trimmed, without the commas and spaces that separate them when
    /// typed; empty and repeated ones dropped, in the order given.
    public static func normalized<S: Sequence<String>>(_ names: S) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for name in names {
            let tag = name.lowercased().filter { !$0.isWhitespace && $0 != "," }
            guard !tag.isEmpty, seen.insert(tag).inserted else { continue }
            out.append(tag)
        }
        return out
    }
}
