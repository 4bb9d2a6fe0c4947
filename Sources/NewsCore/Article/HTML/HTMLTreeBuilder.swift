internal import CLibXML2

/// Builds an `HTMLTree` from the events of libxml2's HTML parser.
///
/// libxml2 recovers from any markup (unclosed, misnested, stray end tags) and reports a
/// well-nested stream of start and end events, closing implied elements itself; this class
/// only keeps what the reader needs. The parser's options (see the `CLibXML2` shim) turn off
/// the network and any loading of entities or DTDs.
final class HTMLTreeBuilder {
    private var tree = HTMLTree()
    /// Open elements, innermost last.
    private var open: [Int32] = []
    /// Elements opened inside a dropped element (script, style, svg…), the dropped one included.
    private var dropDepth = 0
    private var dropRoot: HTMLTag = .other
    private enum Capture { case none, title, jsonLD }
    private var capture: Capture = .none
    private var captured: [UInt8] = []
    /// The `dropDepth` of the element whose text is being captured.
    private var captureDepth = 0

    /// Parses UTF-8 HTML (as `HTMLCharset` prepares it) into a tree.
    static func parse(_ bytes: [UInt8]) -> HTMLTree {
        LibXML2.ready
        let builder = HTMLTreeBuilder()
        builder.tree.nodes.reserveCapacity(bytes.count / 40)
        builder.tree.text.reserveCapacity(bytes.count / 4)
        let context = Unmanaged.passUnretained(builder).toOpaque()
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            let length = Int32(clamping: buffer.count)
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                _ = byline_html_sax_parse(chars, length, context, startElement, endElement, characters, cdataBlock)
            }
        }
        withExtendedLifetime(builder) {}
        builder.closeAll()
        return builder.tree
    }

    private static func builder(_ ctx: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let raw = byline_sax_context(ctx) else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(raw).takeUnretainedValue()
    }

    private static let startElement: startElementSAXFunc = { ctx, name, attributes in
        guard let name, let builder = builder(ctx) else { return }
        builder.start(name: name, attributes: attributes)
    }

    private static let endElement: endElementSAXFunc = { ctx, _ in
        builder(ctx)?.end()
    }

    private static let characters: charactersSAXFunc = { ctx, bytes, length in
        guard let bytes, length > 0, let builder = builder(ctx) else { return }
        builder.text(UnsafeBufferPointer(start: bytes, count: Int(length)))
    }

    /// Script and style content: only a JSON-LD script's is kept.
    private static let cdataBlock: cdataBlockSAXFunc = { ctx, bytes, length in
        guard let bytes, length > 0, let builder = builder(ctx), builder.capture == .jsonLD else { return }
        builder.captured.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
    }

    // MARK: - Events

    private func start(name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let tag = HTMLTag.of(UnsafeBufferPointer(start: name, count: strlen(name)))
        if dropDepth > 0 {
            dropDepth += 1
            switch tag {
            case .meta, .link: metadata(tag, attributes)
            case .title where dropRoot == .head && capture == .none: beginCapture(.title)
            case .script where capture == .none && Self.isJSONLD(attributes): beginCapture(.jsonLD)
            default: break
            }
            return
        }
        switch tag {
        case .meta, .link:
            // Void elements, but libxml2 still reports their end: absorbed like a dropped element's.
            metadata(tag, attributes)
            dropDepth = 1
            dropRoot = tag
            return
        case .title where tree.title == nil && capture == .none:
            // A title in the body (libxml2 moves head content there after stray text) is still the title.
            dropDepth = 1
            dropRoot = .head
            beginCapture(.title)
            return
        default:
            break
        }
        if tag.isDropped {
            dropDepth = 1
            dropRoot = tag
            if tag == .script, Self.isJSONLD(attributes) { beginCapture(.jsonLD) }
            return
        }
        let index = Int32(tree.nodes.count)
        var node = HTMLTree.Node(tag: tag, flags: [], parent: open.last ?? -1, end: index + 1, start: Int32(tree.hints.count), count: 0)
        if let attributes { read(attributes, into: &node, index: index) }
        tree.nodes.append(node)
        open.append(index)
    }

    private func end() {
        if dropDepth > 0 {
            dropDepth -= 1
            if capture != .none, dropDepth < captureDepth { endCapture() }
            return
        }
        guard let index = open.popLast() else { return }
        tree.nodes[Int(index)].end = Int32(tree.nodes.count)
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if dropDepth > 0 {
            if capture == .title { captured.append(contentsOf: bytes) }
            return
        }
        guard let parent = open.last else { return }
        let last = tree.nodes.count - 1
        // Text reported in pieces (around an entity, say) joins the run it continues.
        if last >= 0, tree.nodes[last].tag == .text, tree.nodes[last].parent == parent,
            Int(tree.nodes[last].start + tree.nodes[last].count) == tree.text.count
        {
            tree.text.append(contentsOf: bytes)
            tree.nodes[last].count += Int32(bytes.count)
            return
        }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(HTMLTree.Node(tag: .text, flags: [], parent: parent, end: index + 1, start: Int32(tree.text.count), count: Int32(bytes.count)))
        tree.text.append(contentsOf: bytes)
    }

    private func closeAll() {
        while let index = open.popLast() { tree.nodes[Int(index)].end = Int32(tree.nodes.count) }
        if capture != .none { endCapture() }
    }

    private func beginCapture(_ kind: Capture) {
        capture = kind
        captureDepth = dropDepth
        captured.removeAll(keepingCapacity: true)
    }

    private func endCapture() {
        switch capture {
        case .title:
            if tree.title == nil { tree.title = String(decoding: captured, as: UTF8.self) }
        case .jsonLD:
            tree.jsonLD.append(String(decoding: captured, as: UTF8.self))
        case .none:
            break
        }
        capture = .none
    }

    // MARK: - Attributes

    private typealias Attributes = UnsafeMutablePointer<UnsafePointer<xmlChar>?>

    /// Calls `body` with each attribute's name and value (nil for a bare attribute such as `hidden`).
    private static func forEach(_ attributes: Attributes?, _ body: (UnsafeBufferPointer<UInt8>, UnsafePointer<xmlChar>?) -> Void) {
        guard let attributes else { return }
        var i = 0
        while let name = attributes[i] {
            body(UnsafeBufferPointer(start: name, count: strlen(name)), attributes[i + 1])
            i += 2
        }
    }

    private static func string(_ value: UnsafePointer<xmlChar>?) -> String {
        guard let value else { return "" }
        return String(cString: value)
    }

    private static func isJSONLD(_ attributes: Attributes?) -> Bool {
        var found = false
        forEach(attributes) { name, value in
            if name.elementsEqual("type".utf8), let value {
                found = HTMLText.lowercasedASCII(string(value)).contains("ld+json")
            }
        }
        return found
    }

    private func metadata(_ tag: HTMLTag, _ attributes: Attributes?) {
        var key: String? = nil
        var value: String? = nil
        var rel: String? = nil
        var href: String? = nil
        Self.forEach(attributes) { name, raw in
            switch String(decoding: name, as: UTF8.self) {
            case "name", "property", "itemprop":
                if key == nil || name.elementsEqual("property".utf8) { key = HTMLText.lowercasedASCII(Self.string(raw)) }
            case "content": value = Self.string(raw)
            case "charset" where tag == .meta: break
            case "rel": rel = HTMLText.lowercasedASCII(Self.string(raw))
            case "href": href = Self.string(raw)
            default: break
            }
        }
        if tag == .meta, let key, let value {
            tree.metas.append((key, value))
        } else if tag == .link, let rel, let href {
            tree.links.append((rel, href))
        }
    }

    private func read(_ attributes: Attributes, into node: inout HTMLTree.Node, index: Int32) {
        var itemprop: String? = nil
        var value: String? = nil
        Self.forEach(attributes) { name, raw in
            switch name.count {
            case 2 where name.elementsEqual("id".utf8), 5 where name.elementsEqual("class".utf8):
                guard let raw else { return }
                if node.count > 0 { tree.hints.append(0x20) }
                var p = raw
                while p.pointee != 0 {
                    let b = p.pointee
                    tree.hints.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    p += 1
                }
                node.count = Int32(tree.hints.count) - node.start
            case 6 where name.elementsEqual("hidden".utf8):
                node.flags.insert(.hidden)
            case 11 where name.elementsEqual("aria-hidden".utf8):
                if HTMLText.lowercasedASCII(Self.string(raw)) == "true" { node.flags.insert(.hidden) }
            case 10 where name.elementsEqual("aria-modal".utf8):
                node.flags.insert(.dialogRole)
            case 5 where name.elementsEqual("style".utf8):
                let style = HTMLText.lowercasedASCII(Self.string(raw)).filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { node.flags.insert(.hidden) }
            case 4 where name.elementsEqual("role".utf8):
                switch HTMLText.lowercasedASCII(Self.string(raw)) {
                case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar":
                    node.flags.insert(.furnitureRole)
                case "article", "main":
                    node.flags.insert(.mainRole)
                case "dialog", "alertdialog", "alert":
                    node.flags.insert(.dialogRole)
                default:
                    break
                }
            case 4 where name.elementsEqual("href".utf8):
                if node.tag == .a, let raw, raw.pointee != 0, raw.pointee != UInt8(ascii: "#") { node.flags.insert(.link) }
            case 8 where name.elementsEqual("itemprop".utf8):
                itemprop = Self.string(raw)
                if itemprop == "articleBody" { node.flags.insert(.articleBody) }
            case 7 where name.elementsEqual("content".utf8), 8 where name.elementsEqual("datetime".utf8):
                if value == nil || name.count == 8 { value = Self.string(raw) }
            default:
                break
            }
        }
        if let itemprop {
            tree.properties.append((index, itemprop, value))
        } else if node.tag == .time, let value {
            tree.properties.append((index, "datetime", value))
        }
    }
}
