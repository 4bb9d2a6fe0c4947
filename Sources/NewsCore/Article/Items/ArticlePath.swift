/// The path of an article that is one of several in a file: `feed.xml#ferry-returns`.
///
/// An item's id is made of ASCII letters, digits, `-` and `_` only (`ItemID`), so the last `#`
/// of such a path always separates it, and no file an article can be read from (they all have
/// an extension with a dot) is ever mistaken for an item.
public enum ArticlePath {
    /// The file and the item of a path naming an item; nil for a path naming a whole file.
    public static func split(_ path: String) -> (file: String, item: String)? {
        // (Most paths have no "#" byte, and then no "#" `Character`: settled by `memchr` before
        // walking the path back by `Character`.)
        guard path.utf8Contains(UInt8(ascii: "#")), let hash = path.lastIndex(of: "#") else { return nil }
        let item = path[path.index(after: hash)...]
        guard !item.isEmpty, item.utf8.allSatisfy(ItemID.isAllowed), hash > path.startIndex else { return nil }
        return (String(path[..<hash]), String(item))
    }

    /// The file a path names: itself, or the file holding the item it names.
    public static func file(of path: String) -> String {
        split(path)?.file ?? path
    }

    /// The path naming one item of a file.
    public static func join(file: String, item: String) -> String {
        file + "#" + item
    }
}
