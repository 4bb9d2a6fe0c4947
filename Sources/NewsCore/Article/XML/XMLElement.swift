/// One element of an XML document read by `XMLDocument`: its local name, namespace, attributes
/// and content, as plain Swift values (libxml2's tree is freed as soon as it is copied).
struct XMLElement: Sendable, Equatable {
    /// The name without its prefix (`encoded` for `content:encoded`).
    var name: String
    /// The namespace URI, when the element is in one.
    var namespace: String?
    /// The prefix as written (`content`, `dc`), kept for telling namespaced fields apart when a
    /// feed forgets to declare the namespace.
    var prefix: String?
    /// Attributes by local name, in document order.
    var attributes: [(name: String, value: String)]
    var children: [XMLContent]

    static func == (a: XMLElement, b: XMLElement) -> Bool {
        a.name == b.name && a.namespace == b.namespace && a.prefix == b.prefix && a.children == b.children
            && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    /// The value of the attribute with this local name.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The first child element with this local name (any namespace).
    func child(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// The child elements with this local name (any namespace).
    func children(_ name: String) -> [XMLElement] {
        elements.filter { $0.name == name }
    }

    /// The first element with this local name at any depth below, in document order.
    func descendant(_ name: String) -> XMLElement? {
        for case .element(let e) in children {
            if e.name == name { return e }
            if let found = e.descendant(name) { return found }
        }
        return nil
    }

    /// All the text below the element, joined as written.
    var text: String {
        var out = ""
        appendText(into: &out)
        return out
    }

    private func appendText(into out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): e.appendText(into: &out)
            }
        }
    }

    /// The text below the element with whitespace runs made single spaces and the ends trimmed:
    /// the form of a headline, a name or a date.
    var trimmedText: String {
        HTMLText.clean(text)
    }

    /// The element's content written back as markup (for XHTML bodies handed to the HTML
    /// reader): tags with their local names and attributes, text escaped.
    var innerMarkup: String {
        innerMarkup(renaming: [:])
    }

    /// `innerMarkup` with elements renamed on the way (`block` → `div` for an NITF body, whose
    /// elements the HTML reader does not know).
    func innerMarkup(renaming names: [String: String]) -> String {
        var out = ""
        for child in children { child.writeMarkup(into: &out, renaming: names) }
        return out
    }
}

/// A piece of an element's content: a child element or a run of text (CDATA included).
indirect enum XMLContent: Sendable, Equatable {
    case element(XMLElement)
    case text(String)

    func writeMarkup(into out: inout String, renaming names: [String: String]) {
        switch self {
        case .text(let t):
            out += Self.escaped(t)
        case .element(let e):
            let name = names[e.name] ?? e.name
            out += "<" + name
            for (name, value) in e.attributes {
                out += " " + name + "=\"" + Self.escaped(value).replacingOccurrences(of: "\"", with: "&quot;") + "\""
            }
            out += ">"
            for child in e.children { child.writeMarkup(into: &out, renaming: names) }
            out += "</" + name + ">"
        }
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
