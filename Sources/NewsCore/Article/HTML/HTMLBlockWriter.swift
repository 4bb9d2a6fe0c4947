/// Turns a stretch of a page's tree into blocks: each block element's inline text becomes one
/// block, of the kind its element gives it (a heading a subheading, a list item a list item, a
/// figure caption a caption…), whitespace collapsed.
struct HTMLBlockWriter {
    let tree: HTMLTree
    /// Whether a subtree is left out (furniture inside the article: share bars, adverts…).
    var skip: (Int) -> Bool
    /// What an element's class and id say (captions and bylines are told apart by them).
    var hints: (Int) -> HTMLHints = { _ in [] }

    /// The blocks of the subtrees `roots`, in document order.
    func blocks(of roots: [Int]) -> [HTMLBlock] {
        var out: [HTMLBlock] = []
        for root in roots { write(root, into: &out) }
        return out
    }

    private struct Open {
        var end: Int
        var kind: BlockKind?
        var node: Int
    }

    private func write(_ root: Int, into out: inout [HTMLBlock]) {
        var stack: [Open] = []
        var buffer: [UInt8] = []
        var owner = root
        var pendingSpace = false
        var lastWasBreak = false
        var length = 0
        var linkLength = 0
        var captionLength = 0
        var bylineLength = 0
        // Text before these node indices is inside a link, a caption, a byline.
        var linkEnd = 0
        var captionEnd = 0
        var bylineEnd = 0

        func kind() -> BlockKind {
            for open in stack.reversed() { if let kind = open.kind { return kind } }
            return Self.kind(of: tree.nodes[root].tag) ?? .paragraph
        }
        func flush() {
            defer {
                buffer.removeAll(keepingCapacity: true)
                pendingSpace = false
                length = 0
                linkLength = 0
                captionLength = 0
                bylineLength = 0
            }
            guard !buffer.isEmpty else { return }
            let text = HTMLText.clean(String(decoding: buffer, as: UTF8.self))
            guard !text.isEmpty, HTMLText.hasWordCharacter(text) else { return }
            out.append(HTMLBlock(kind: kind(), text: text, node: owner, length: length, linkLength: linkLength,
                                 captionLength: captionLength, bylineLength: bylineLength))
        }

        let end = Int(tree.nodes[root].end)
        var i = root
        while i < end {
            while let top = stack.last, top.end <= i {
                flush()
                stack.removeLast()
                owner = stack.last?.node ?? root
            }
            let node = tree.nodes[i]
            if node.tag == .text {
                var scalars = 0
                for byte in tree.bytes(of: i) {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                        pendingSpace = !buffer.isEmpty
                    } else {
                        if pendingSpace {
                            buffer.append(0x20)
                            pendingSpace = false
                        }
                        buffer.append(byte)
                        if byte & 0xC0 != 0x80 { scalars += 1 }
                    }
                }
                length += scalars
                if i < linkEnd { linkLength += scalars }
                if i < captionEnd { captionLength += scalars }
                if i < bylineEnd { bylineLength += scalars }
                lastWasBreak = false
                i += 1
                continue
            }
            if i != root, skip(i) {
                // A skipped inline element (an advert inside a paragraph) still separates words.
                pendingSpace = !buffer.isEmpty
                i = Int(node.end)
                continue
            }
            if node.flags.contains(.link) { linkEnd = max(linkEnd, Int(node.end)) }
            let marks = hints(i)
            if marks.contains(.caption) { captionEnd = max(captionEnd, Int(node.end)) }
            if marks.contains(.byline) { bylineEnd = max(bylineEnd, Int(node.end)) }
            if node.tag == .br {
                if lastWasBreak { flush() } else { pendingSpace = !buffer.isEmpty }
                lastWasBreak = true
                i += 1
                continue
            }
            if node.tag == .td || node.tag == .th {
                // A table row reads as one line, its cells apart.
                if !buffer.isEmpty {
                    buffer.append(contentsOf: [0x20, 0x7C])
                    pendingSpace = true
                }
                i += 1
                continue
            }
            if node.tag.isBlock {
                flush()
                stack.append(Open(end: Int(node.end), kind: Self.kind(of: node.tag), node: i))
                owner = i
                lastWasBreak = false
            }
            i += 1
        }
        flush()
    }

    /// The block kind an element gives the text inside it; nil leaves the enclosing kind.
    static func kind(of tag: HTMLTag) -> BlockKind? {
        switch tag {
        case .h1: return .headline
        case .h2, .h3, .h4, .h5, .h6: return .subheading
        case .li, .dd, .dt: return .listItem
        case .blockquote: return .blockquote
        case .figcaption, .figure: return .caption
        default: return nil
        }
    }
}
