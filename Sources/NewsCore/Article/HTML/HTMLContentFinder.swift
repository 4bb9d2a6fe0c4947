import Foundation

/// Finds the article in a page's tree and reads it into blocks, leaving the page behind:
/// navigation, headers and footers, adverts, share bars, related links, comments, most-read
/// lists, cookie banners.
///
/// Every paragraph-like element scores for the elements above it, by its length and its
/// commas (text reads in sentences, furniture in short labels), as in Readability; the
/// best-scoring element, discounted by the share of its text that is link text, holds the
/// article. It widens to an ancestor that adds mostly prose (an article in sections), and
/// takes in those of its siblings that score nearly as well. Elements that the page itself
/// marks as furniture (by tag, ARIA role, `hidden`, or the words in their `class` and `id`)
/// neither score nor appear in the text, unless they hold the headline, the named article
/// body or most of the page. `HTMLBlockFilter` has the last word on the blocks.
struct HTMLContentFinder {
    let tree: HTMLTree
    /// Per node: the hints of its class and id.
    private(set) var hints: [HTMLHints]
    /// Per node: furniture itself (not counting its ancestors).
    private(set) var furniture: [Bool]
    /// Per node: inside furniture (itself or an ancestor).
    private var excluded: [Bool]
    /// Per node: scalars of text in the subtree, outside excluded parts.
    private var textLength: [Int32]
    /// Per node: scalars of text inside links in the subtree.
    private var linkLength: [Int32]
    /// Per element: scalars and commas of its own inline text (not inside a nested block).
    private var ownLength: [Int32]
    private var ownCommas: [Int32]
    /// Per element: scalars of its own inline text inside links.
    private var ownLinks: [Int32]
    /// Per node: scalars of prose in the subtree: the non-link text of blocks long enough to be
    /// paragraphs and not mostly links.
    private var prose: [Int32]

    init(_ tree: HTMLTree) {
        self.tree = tree
        let n = tree.count
        hints = [HTMLHints](repeating: [], count: n)
        furniture = [Bool](repeating: false, count: n)
        excluded = [Bool](repeating: false, count: n)
        textLength = [Int32](repeating: 0, count: n)
        linkLength = [Int32](repeating: 0, count: n)
        ownLength = [Int32](repeating: 0, count: n)
        ownCommas = [Int32](repeating: 0, count: n)
        ownLinks = [Int32](repeating: 0, count: n)
        prose = [Int32](repeating: 0, count: n)
        var inLink = [Bool](repeating: false, count: n)
        var blockOf = [Int32](repeating: -1, count: n)

        // All text below each node, and whether the page's h1 is there: furniture never holds
        // the headline or most of the page (a "sliderBox" or "has-sidebar" wrapping the whole
        // page is a layout name, not a share bar).
        var allText = [Int32](repeating: 0, count: n)
        var holdsHeadline = [Bool](repeating: false, count: n)
        // Text, link text and links outside clusters of links found below (see `cluster`).
        var looseText = [Int32](repeating: 0, count: n)
        var looseLinkText = [Int32](repeating: 0, count: n)
        var looseLinks = [Int32](repeating: 0, count: n)
        var cluster = [Bool](repeating: false, count: n)
        var holdsEmbed = [Bool](repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let node = tree.nodes[i]
            if node.tag == .text {
                allText[i] = Self.measure(tree.bytes(of: i))
                looseText[i] = allText[i]
            } else {
                if node.count > 0 { hints[i] = HTMLHints.of(tree.hint(of: i)) }
                if node.tag == .h1 || node.flags.contains(.articleBody) { holdsHeadline[i] = true }
            }
            if node.flags.contains(.link) {
                looseLinkText[i] = looseText[i]
                looseLinks[i] += 1
            }
            // Three or more links making up nearly all of an inline element's text: a pop-up
            // card inside a paragraph, a row of tags. Not prose, and not counted in the text
            // around it (so the paragraph holding it is judged on its own words).
            if node.tag != .text, !node.tag.isBlock, looseLinks[i] >= 3, looseLinkText[i] * 5 > looseText[i] * 4 {
                cluster[i] = true
            }
            let parent = Int(node.parent)
            if parent >= 0 {
                allText[parent] += allText[i]
                if !cluster[i] {
                    looseText[parent] += looseText[i]
                    looseLinkText[parent] += looseLinkText[i]
                    looseLinks[parent] += looseLinks[i]
                }
                if holdsHeadline[i] { holdsHeadline[parent] = true }
                if holdsEmbed[i] || hints[i].contains(.embed) { holdsEmbed[parent] = true }
            }
        }
        let pageText = n > 0 ? Double(allText[0]) : 0
        // An element named as the article's body, holding a good part of the page, also keeps
        // its ancestors from being taken for furniture.
        for i in stride(from: n - 1, through: 0, by: -1) where hints[i].contains(.articleBody) && Double(allText[i]) > pageText * 0.2 {
            var a = i
            while a >= 0, !holdsHeadline[a] {
                holdsHeadline[a] = true
                a = Int(tree.nodes[a].parent)
            }
        }

        for i in 0..<n {
            let node = tree.nodes[i]
            let parent = Int(node.parent)
            if node.tag == .text {
                guard parent >= 0, !excluded[parent] else {
                    if parent >= 0 { excluded[i] = true }
                    continue
                }
                let length = allText[i]
                let commas = Self.commas(tree.bytes(of: i))
                textLength[i] = length
                let block = Int(blockOf[parent])
                if block >= 0 {
                    ownLength[block] += length
                    ownCommas[block] += commas
                    if inLink[parent] { ownLinks[block] += length }
                }
                continue
            }
            inLink[i] = node.flags.contains(.link) || (parent >= 0 && inLink[parent])
            furniture[i] = Self.isFurniture(node, hints[i])
            if cluster[i] { furniture[i] = true }
            if furniture[i], !node.flags.contains(.hidden) {
                let share = Double(allText[i]) / max(1, pageText)
                // An embedded post in a "video-container" or "social" box is still the story's.
                let byName = !Self.isFurnitureByMarkup(node)
                if share > 0.5 || (holdsHeadline[i] && node.tag != .header) || (hints[i].contains(.articleBody) && share > 0.2)
                    || (byName && holdsEmbed[i])
                {
                    furniture[i] = false
                }
            }
            excluded[i] = furniture[i] || (parent >= 0 && excluded[parent])
            blockOf[i] = node.tag.isBlock && node.tag != .br ? Int32(i) : (parent >= 0 ? blockOf[parent] : -1)
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            let node = tree.nodes[i]
            if node.flags.contains(.link) { linkLength[i] = textLength[i] }
            if node.tag != .text, !excluded[i], ownLength[i] >= 40, ownLinks[i] * 2 < ownLength[i] { prose[i] += ownLength[i] - ownLinks[i] }
            let parent = Int(node.parent)
            if parent >= 0 {
                textLength[parent] += textLength[i]
                linkLength[parent] += linkLength[i]
                prose[parent] += prose[i]
            }
        }
    }

    /// Scalars (not counting spaces) in a run of UTF-8.
    private static func measure(_ bytes: ArraySlice<UInt8>) -> Int32 {
        var length: Int32 = 0
        for b in bytes where b > 0x20 && b & 0xC0 != 0x80 { length += 1 }
        return length
    }

    /// Commas in a run of UTF-8, Western and CJK and Arabic.
    private static func commas(_ bytes: ArraySlice<UInt8>) -> Int32 {
        var commas: Int32 = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x2C {
                commas += 1
            } else if b >= 0xD8 {
                // U+FF0C fullwidth comma (EF BC 8C), U+3001 ideographic comma (E3 80 81), U+060C Arabic comma (D8 8C).
                if b == 0xEF, i + 2 < bytes.endIndex, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C { commas += 1 }
                if b == 0xE3, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0x81 { commas += 1 }
                if b == 0xD8, i + 1 < bytes.endIndex, bytes[i + 1] == 0x8C { commas += 1 }
            }
            i += 1
        }
        return commas
    }

    /// Whether an element is page furniture by its tag, role or visibility (not by its name).
    private static func isFurnitureByMarkup(_ node: HTMLTree.Node) -> Bool {
        switch node.tag {
        case .nav, .aside, .footer, .header, .menu, .form: return true
        default: return !node.flags.isDisjoint(with: [.hidden, .furnitureRole, .dialogRole])
        }
    }

    /// Whether an element is page furniture by its own markup or its name.
    private static func isFurniture(_ node: HTMLTree.Node, _ hints: HTMLHints) -> Bool {
        switch node.tag {
        case .html, .body, .main: return false
        default: break
        }
        if isFurnitureByMarkup(node) { return true }
        if node.flags.contains(.articleBody) || hints.contains(.embed) { return false }
        if hints.contains(.furniture) || hints.contains(.hidden) { return true }
        if hints.contains(.weakFurniture), hints.isDisjoint(with: [.content, .articleBody]) { return true }
        return false
    }

    /// Link text as a share of all text, 0…1.
    func linkDensity(_ i: Int) -> Double {
        let total = textLength[i]
        return total == 0 ? 0 : Double(linkLength[i]) / Double(total)
    }

    // MARK: - Choosing the article

    /// The elements holding the article, in document order; empty when the page has no text.
    func articleRoots() -> [Int] {
        let (score, candidates) = scores()
        guard !candidates.isEmpty else { return [] }
        func total(_ i: Int) -> Double {
            (score[i] + initialScore(i)) * (1 - linkDensity(i))
        }
        var best = candidates[0]
        var bestScore = total(best)
        for c in candidates.dropFirst() {
            let s = total(c)
            if s > bestScore {
                best = c
                bestScore = s
            }
        }
        return gather(widen(best), bestScore: bestScore, score: score, total: total)
    }

    /// The best element's nearest ancestor that adds mostly prose to it: an article in
    /// sections with a picture or an advert between them scores section by section, and the
    /// best section alone is only part of it. Wrappers that add next to nothing are passed
    /// through; an ancestor that adds furniture (a headline block, a list of links) stops it.
    private func widen(_ best: Int) -> Int {
        var chosen = best
        var current = best
        while true {
            let parent = Int(tree.nodes[current].parent)
            guard parent >= 0, tree.nodes[parent].tag != .body, tree.nodes[parent].tag != .html else { break }
            let addedText = Double(textLength[parent] - textLength[current])
            let addedProse = Double(prose[parent] - prose[current])
            current = parent
            if addedText < 50 { continue }
            guard addedProse >= 0.6 * addedText, addedProse >= 200 else { break }
            chosen = parent
        }
        return chosen
    }

    /// Each element's score from the paragraphs below it, and the elements that have one.
    private func scores() -> (score: [Double], candidates: [Int]) {
        let n = tree.count
        var score = [Double](repeating: 0, count: n)
        var candidates: [Int] = []
        for i in 0..<n where !excluded[i] && tree.nodes[i].tag != .text {
            let length = Int(ownLength[i])
            guard length >= 25 else { continue }
            let points = 1 + Double(ownCommas[i]) + min(Double(length) / 100, 3)
            var ancestor = Int(tree.nodes[i].parent)
            var level = 0
            while ancestor >= 0, level < 5 {
                if score[ancestor] == 0 { candidates.append(ancestor) }
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                score[ancestor] += points / divider
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        return (score, candidates)
    }

    /// The best element and those of its siblings that belong with it.
    private func gather(_ best: Int, bestScore: Double, score: [Double], total: (Int) -> Double) -> [Int] {
        // Siblings that hold more of the article: sections split by an advert, a lead paragraph
        // set apart.
        let parent = Int(tree.nodes[best].parent)
        guard parent >= 0 else { return [best] }
        var roots: [Int] = []
        let threshold = max(10, bestScore * 0.2)
        for sibling in tree.children(of: parent) {
            if sibling == best {
                roots.append(sibling)
                continue
            }
            guard tree.nodes[sibling].tag != .text, !excluded[sibling] else { continue }
            // The story's photograph, set beside its text: its caption belongs to the article.
            var append = tree.nodes[sibling].tag == .figure || (score[sibling] > 0 && total(sibling) >= threshold)
            if !append, tree.nodes[sibling].tag == .p {
                let length = textLength[sibling]
                let density = linkDensity(sibling)
                if length > 80, density < 0.25 {
                    append = true
                } else if length > 0, length <= 80, density == 0, endsSentence(sibling) {
                    append = true
                }
            }
            if append { roots.append(sibling) }
        }
        return roots
    }

    /// Readability's starting score by tag, plus the verdict of the class and id words.
    private func initialScore(_ i: Int) -> Double {
        var s: Double
        switch tree.nodes[i].tag {
        case .div, .article, .main, .section: s = 5
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        let h = hints[i]
        var words = 0.0
        if h.contains(.articleBody) || tree.nodes[i].flags.contains(.articleBody) { words += 25 }
        if h.contains(.content) { words += 25 }
        if h.contains(.weakFurniture) || h.contains(.furniture) { words -= 25 }
        // A name earns its full weight only on an element with a few paragraphs of text: "title"
        // or "content-header" must not make a headline the article.
        if words > 0 { words *= min(1, Double(textLength[i]) / 500) }
        return s + words
    }

    private func endsSentence(_ i: Int) -> Bool {
        let text = tree.plainText(of: i)
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?…。\"”’".unicodeScalars.contains(last)
    }

    /// The text of an element named as a stand-first (dek, summary…) that opens with `text`'s
    /// first words: the page shows it. At most a few sentences long.
    func shownStandfirst(opening text: String) -> String? {
        let opening = String(text.prefix(40))
        for i in 0..<tree.count where hints[i].contains(.standfirst) && !tree.nodes[i].flags.contains(.hidden) {
            let shown = tree.plainText(of: i)
            if shown.hasPrefix(opening), shown.count <= 400 { return shown }
        }
        return nil
    }

    // MARK: - Reading the article

    /// Whether a subtree inside the article is left out of its text.
    func skip(_ i: Int) -> Bool {
        let node = tree.nodes[i]
        if node.tag == .text { return false }
        if furniture[i] { return true }
        switch node.tag {
        case .ul, .ol, .dl, .table:
            // Lists of links (related stories, tags) rather than lists in the story.
            return textLength[i] > 0 && linkDensity(i) > 0.5
        case .div, .section, .span:
            return textLength[i] > 0 && linkDensity(i) > 0.66 && ownLength[i] < 200
        default:
            return false
        }
    }

    /// The article's blocks.
    func blocks(title: String) -> [HTMLBlock] {
        let roots = articleRoots()
        let writer = HTMLBlockWriter(tree: tree, skip: { skip($0) }, hints: { hints[$0] })
        var out: [HTMLBlock] = []
        for block in writer.blocks(of: roots) {
            var block = block
            if block.kind == .headline { continue }
            if block.bylineLength * 2 > block.length { continue }
            if block.captionLength * 2 > block.length { block.kind = .caption }
            out.append(block)
        }
        return HTMLBlockFilter.tidy(out, title: title)
    }
}

// MARK: - Explaining

extension HTMLContentFinder {
    /// A description of an element for diagnostics: tag, class and id, text length, link density.
    func describe(_ i: Int) -> String {
        let node = tree.nodes[i]
        let hint = String(decoding: tree.hint(of: i), as: UTF8.self)
        return "#\(i) <\(node.tag)\(hint.isEmpty ? "" : " \"\(hint.prefix(60))\"")> text \(textLength[i]) own \(ownLength[i]) links \(String(format: "%.2f", linkDensity(i)))\(furniture[i] ? " FURNITURE" : "")\(excluded[i] ? " excluded" : "")"
    }

    /// What the finder made of a page, for tuning its rules: the best-scoring elements, the
    /// ones taken as the article and their ancestors, the ancestors of the page's longest
    /// paragraph, and the furniture holding the most text.
    func explain() -> String {
        var out = ""
        let (score, candidates) = scores()
        let ranked = candidates.map { ($0, (score[$0] + initialScore($0)) * (1 - linkDensity($0))) }.sorted { $0.1 > $1.1 }
        for (c, t) in ranked.prefix(6) { out += String(format: "%8.1f (%.1f) ", t, score[c]) + describe(c) + "\n" }
        let roots = articleRoots()
        out += "roots: \(roots.map { describe($0) }.joined(separator: "\n       "))\n"
        if let first = roots.first {
            var chain: [String] = []
            var a = Int(tree.nodes[first].parent)
            while a >= 0 {
                chain.append(describe(a))
                a = Int(tree.nodes[a].parent)
            }
            out += "above: \(chain.joined(separator: "\n       "))\n"
        }
        // The ancestors of the longest paragraph anywhere: why it was or was not kept.
        var longest = -1
        var longestLength = 0
        for i in 0..<tree.count where tree.nodes[i].tag == .p {
            var total = 0
            for j in i..<Int(tree.nodes[i].end) where tree.nodes[j].tag == .text { total += Int(Self.measure(tree.bytes(of: j))) }
            if total > longestLength {
                longest = i
                longestLength = total
            }
        }
        if longest >= 0 {
            var chain: [String] = []
            var a = longest
            while a >= 0 {
                chain.append(describe(a))
                a = Int(tree.nodes[a].parent)
            }
            out += "longest p: \(chain.joined(separator: "\n       "))\n"
        }
        // Text the page has inside furniture, largest first (measured without exclusion).
        var inside: [(Int, Int)] = []
        for i in 0..<tree.count where furniture[i] {
            var total = 0
            for j in i..<Int(tree.nodes[i].end) where tree.nodes[j].tag == .text { total += Int(Self.measure(tree.bytes(of: j))) }
            if total > 200 { inside.append((total, i)) }
        }
        inside.sort { $0.0 > $1.0 }
        for (total, i) in inside.prefix(12) {
            out += "furniture \(total): \(describe(i)) parent \(describe(Int(max(0, tree.nodes[i].parent))))\n"
        }
        return out
    }
}
