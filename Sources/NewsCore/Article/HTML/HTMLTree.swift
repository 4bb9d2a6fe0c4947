/// A web page as the reader keeps it: its elements and text runs in document order.
///
/// Nodes are stored in pre-order, each with the index one past its last descendant (`end`), so
/// a subtree is the run `index + 1 ..< end` and every walk over the tree is a loop, never a
/// recursion (a page nested thousands deep cannot exhaust the stack). Scripts, styles, forms'
/// controls and embedded media are not in the tree at all; the page's metadata (meta and link
/// tags, JSON-LD, the title) is gathered beside it.
struct HTMLTree: Sendable {
    /// One element or text run.
    struct Node: Sendable {
        var tag: HTMLTag
        var flags: Flags
        var parent: Int32
        /// One past the index of the last node in this node's subtree.
        var end: Int32
        /// Text: the run's bytes in `text`. Element: its lower-cased `class` and `id` in `hints`.
        var start: Int32
        var count: Int32
    }

    /// What an element's attributes say about it.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// `hidden`, `aria-hidden="true"`, or an inline style that hides it.
        static let hidden = Flags(rawValue: 1 << 0)
        /// `itemprop="articleBody"` (schema.org microdata for the article's text).
        static let articleBody = Flags(rawValue: 1 << 1)
        /// A role for site furniture: navigation, banner, contentinfo, complementary, search, menu.
        static let furnitureRole = Flags(rawValue: 1 << 2)
        /// A link that goes somewhere (`a` with an `href`).
        static let link = Flags(rawValue: 1 << 3)
        /// `role="article"` or `role="main"`.
        static let mainRole = Flags(rawValue: 1 << 4)
        /// `role="dialog"`, `role="alert"` or `aria-modal`: pop-ups such as cookie banners.
        static let dialogRole = Flags(rawValue: 1 << 5)
    }

    var nodes: [Node] = []
    /// The UTF-8 of every text run, one after another.
    var text: [UInt8] = []
    /// The lower-cased `class` and `id` values of elements, one after another.
    var hints: [UInt8] = []
    /// The page's `<meta>` tags: (name, property or itemprop lower-cased; content).
    var metas: [(key: String, value: String)] = []
    /// The page's `<link>` tags: (rel lower-cased; href).
    var links: [(rel: String, href: String)] = []
    /// The text of each JSON-LD script.
    var jsonLD: [String] = []
    /// The document's `<title>`.
    var title: String?
    /// Elements with microdata or a machine-readable date: (node, itemprop, content or datetime).
    var properties: [(node: Int32, name: String, value: String?)] = []

    var count: Int { nodes.count }

    /// The text of a text node, as UTF-8 bytes.
    func bytes(of index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        return text[Int(node.start)..<Int(node.start + node.count)]
    }

    /// The lower-cased `class` and `id` of an element.
    func hint(of index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        return hints[Int(node.start)..<Int(node.start + node.count)]
    }

    /// The indices of an element's children, in order.
    func children(of index: Int) -> ChildSequence {
        ChildSequence(tree: self, position: index + 1, end: Int(nodes[index].end))
    }

    /// Iterates over children by jumping over each child's subtree.
    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: HTMLTree
        var position: Int
        let end: Int

        mutating func next() -> Int? {
            guard position < end else { return nil }
            defer { position = Int(tree.nodes[position].end) }
            return position
        }
    }

    /// Whether `ancestor` is `index` or one of its ancestors.
    func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index >= ancestor && index < Int(nodes[ancestor].end)
    }

    /// The whole text of a subtree, whitespace collapsed, as a String.
    func plainText(of index: Int) -> String {
        var out: [UInt8] = []
        var space = false
        for i in index..<Int(nodes[index].end) {
            let node = nodes[i]
            if node.tag != .text {
                if node.tag.isBlock { space = !out.isEmpty }
                continue
            }
            for byte in bytes(of: i) {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(byte)
                }
            }
        }
        return HTMLText.clean(String(decoding: out, as: UTF8.self))
    }
}
