internal import CLibXML2
import Foundation

/// Reads XML (feeds, NewsML-G2, NITF) with libxml2 into `XMLElement` values.
///
/// Safe on hostile input: no network (`XML_PARSE_NONET`), no entity substitution, no DTD
/// loading, and entity declarations are not even recorded (see `byline_xml_read` in the
/// CLibXML2 shim), so neither a billion-laughs document nor an external entity naming a local
/// file can make the reader expand or read anything. Broken markup is read as far as libxml2
/// recovers it, and `isWellFormed` says whether it had to.
struct XMLDocument: Sendable {
    var root: XMLElement
    /// False when libxml2 met an error and recovered from it (the reader then warns).
    var isWellFormed: Bool

    /// The deepest element nesting copied; anything deeper is left out (libxml2 itself stops at
    /// 256 levels without `XML_PARSE_HUGE`, so this only guards the copy's recursion).
    static let maximumDepth = 300

    /// Parses `data`; nil when there is no root element at all.
    static func parse(_ data: Data) -> XMLDocument? {
        LibXML2.ready
        guard data.count < Int(Int32.max) else { return nil }
        var wellFormed: Int32 = 0
        let doc = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return byline_xml_read(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), &wellFormed)
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let rootNode = xmlDocGetRootElement(doc), let root = element(rootNode, depth: 0) else { return nil }
        return XMLDocument(root: root, isWellFormed: wellFormed != 0)
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }

    private static func element(_ node: xmlNodePtr, depth: Int) -> XMLElement? {
        guard depth < maximumDepth else { return nil }
        let n = node.pointee
        var attributes: [(name: String, value: String)] = []
        var attribute = n.properties
        while let a = attribute {
            var value = ""
            // An attribute's value is its text children; an entity reference in it is skipped.
            var child = a.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE { value += string(c.pointee.content) }
                child = c.pointee.next
            }
            attributes.append((string(a.pointee.name), value))
            attribute = a.pointee.next
        }
        var children: [XMLContent] = []
        var child = n.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                if let e = element(c, depth: depth + 1) { children.append(.element(e)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(c.pointee.content)
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            default:
                // Comments, processing instructions and entity references (never expanded).
                break
            }
            child = c.pointee.next
        }
        let ns = n.ns?.pointee
        var name = string(n.name)
        var prefix = ns.flatMap { $0.prefix.map { String(cString: $0) } }
        // A prefix the document never declared (`content:encoded` in a careless feed) stays in
        // the name: split off, so that the element is found by its local name all the same.
        if ns == nil, let colon = name.firstIndex(of: ":") {
            prefix = String(name[..<colon])
            name = String(name[name.index(after: colon)...])
        }
        return XMLElement(
            name: name, namespace: ns.flatMap { $0.href.map { String(cString: $0) } },
            prefix: prefix, attributes: attributes, children: children
        )
    }
}
