/// The HTML elements the web-page reader tells apart; every other element is `.other`.
///
/// libxml2's HTML parser lower-cases element names, so a name is matched on its bytes as given.
enum HTMLTag: UInt8, Sendable {
    case text
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, picture, source, map
    case form, input, button, select, textarea, label, option, fieldset, dialog, menu
    case nav, header, footer, aside, main, article, section, address
    case div, span, p, br, hr, h1, h2, h3, h4, h5, h6
    case blockquote, q, pre, code, ul, ol, li, dl, dt, dd
    case figure, figcaption, img, table, thead, tbody, tfoot, tr, td, th, caption
    case a, b, strong, i, em, u, s, small, sup, sub, mark, cite, time, abbr, font, center, wbr
    case details, summary

    /// The tag for an element name's bytes.
    static func of(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard name.count <= 10, name.count > 0 else { return .other }
        // Names of up to eight bytes are told apart by their bytes packed into one integer.
        if name.count <= 8 {
            var key: UInt64 = 0
            for byte in name { key = key << 8 | UInt64(byte) }
            return short[key] ?? .other
        }
        if name.elementsEqual("blockquote".utf8) { return .blockquote }
        if name.elementsEqual("figcaption".utf8) { return .figcaption }
        return .other
    }

    private static let short: [UInt64: HTMLTag] = {
        let names: [(String, HTMLTag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link), ("base", .base),
            ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template), ("svg", .svg),
            ("math", .math), ("iframe", .iframe), ("object", .object), ("embed", .embed), ("canvas", .canvas),
            ("video", .video), ("audio", .audio), ("picture", .picture), ("source", .source), ("map", .map),
            ("form", .form), ("input", .input), ("button", .button), ("select", .select), ("textarea", .textarea),
            ("label", .label), ("option", .option), ("fieldset", .fieldset), ("dialog", .dialog), ("menu", .menu),
            ("nav", .nav), ("header", .header), ("footer", .footer), ("aside", .aside), ("main", .main),
            ("article", .article), ("section", .section), ("address", .address),
            ("div", .div), ("span", .span), ("p", .p), ("br", .br), ("hr", .hr),
            ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
            ("q", .q), ("pre", .pre), ("code", .code), ("ul", .ul), ("ol", .ol), ("li", .li),
            ("dl", .dl), ("dt", .dt), ("dd", .dd), ("figure", .figure), ("img", .img), ("table", .table),
            ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td), ("th", .th),
            ("caption", .caption), ("a", .a), ("b", .b), ("strong", .strong), ("i", .i), ("em", .em), ("u", .u),
            ("s", .s), ("small", .small), ("sup", .sup), ("sub", .sub), ("mark", .mark), ("cite", .cite),
            ("time", .time), ("abbr", .abbr), ("font", .font), ("center", .center), ("wbr", .wbr),
            ("details", .details), ("summary", .summary),
        ]
        var table: [UInt64: HTMLTag] = [:]
        for (name, tag) in names {
            var key: UInt64 = 0
            for byte in name.utf8 { key = key << 8 | UInt64(byte) }
            table[key] = tag
        }
        return table
    }()

    /// Elements whose whole content is left out of the tree: code, styling, embedded media,
    /// form controls and markup that only a script would show.
    var isDropped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
            .video, .audio, .map, .input, .button, .select, .textarea, .option, .dialog, .head:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new line of text: the text before and after them never runs together.
    var isBlock: Bool {
        switch self {
        case .html, .body, .form, .fieldset, .nav, .header, .footer, .aside, .main, .article, .section, .address,
            .div, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .ul, .ol, .li, .dl, .dt, .dd,
            .figure, .figcaption, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .center, .details,
            .summary, .menu, .title, .picture:
            return true
        default:
            return false
        }
    }

    /// The heading level of `h1`…`h6`, else nil.
    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }
}
