/// Last rules over the blocks found in the article's part of a page: what is there but is not
/// the story's text.
enum HTMLBlockFilter {
    /// The blocks without: the headline again (in a breadcrumb, a title block), lines that are
    /// only a date and time, advert labels and script-only notices, and paragraphs that are a
    /// link and little else (related stories inside the body), with the short label that
    /// introduces them ("You may also like…", "SEE MORE:"). A paragraph ending in a photo
    /// credit becomes a caption.
    static func tidy(_ blocks: [HTMLBlock], title: String) -> [HTMLBlock] {
        let titleKey = key(title)
        var keep = [Bool](repeating: true, count: blocks.count)
        for (i, block) in blocks.enumerated() {
            // Only a block about as long as the title can be the title again.
            if !titleKey.isEmpty, block.text.utf8.count <= title.utf8.count * 2 + 8, key(block.text) == titleKey { keep[i] = false }
            if block.kind == .paragraph || block.kind == .subheading, isDateLine(block.text) || isFurnitureLabel(block.text) {
                keep[i] = false
            }
        }
        var blocks = blocks
        // A paragraph ending in a photo credit ("… (Image: Getty)", "… Photograph: A Name").
        for i in blocks.indices where blocks[i].kind == .paragraph && ArticleParser.splitCredit(blocks[i].text) != nil {
            blocks[i].kind = .caption
        }
        // Lines that are a link and little else ("SEE MORE: …", a related story), with the
        // label that introduces them.
        for (i, block) in blocks.enumerated() where isLinkLine(block) {
            keep[i] = false
            if i > 0, keep[i - 1], blocks[i - 1].kind != .caption, isLabel(blocks[i - 1].text), blocks[i - 1].text.count <= 40 {
                keep[i - 1] = false
            }
        }
        return blocks.indices.filter { keep[$0] }.map { blocks[$0] }
    }

    /// A paragraph that is mostly one or more links, with at most a short label beside them.
    static func isLinkLine(_ block: HTMLBlock) -> Bool {
        guard block.kind == .paragraph, block.length > 0 else { return false }
        return block.linkLength * 2 >= block.length && block.length - block.linkLength <= 20
    }

    /// The labels pages put on advert slots, in the languages of the news, lower-cased.
    static let advertLabels: Set<String> = [
        "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted",
        "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "scroll to continue with content", "advertisement - scroll to continue", "anzeige", "werbung", "publicidad",
        "publicité", "publicite", "pubblicità", "pubblicita", "publicidade", "reclame", "advertentie", "reklame",
        "reklama", "реклама", "annonse", "annons", "mainos", "mainonta", "iklan", "광고", "广告", "廣告", "広告",
        "إعلان", "פרסומת", "διαφήμιση", "reklam", "quảng cáo", "โฆษณา",
    ]

    /// A line that is page furniture by its words: an advert slot's label, or the notice a
    /// page shows where a script would have put something ("This slideshow requires JavaScript").
    static func isFurnitureLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        var lower = text.lowercased()
        while let last = lower.last, last == "." || last == ":" || last == "…" { lower.removeLast() }
        if advertLabels.contains(lower.trimmingSpaces()) { return true }
        return lower.contains("javascript")
    }

    /// Letters and digits only, lower-cased: "Port strike ends!" and "PORT STRIKE ENDS" match.
    private static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// A short line that introduces what follows rather than saying anything: no sentence end,
    /// or ending in a colon or an ellipsis.
    static func isLabel(_ text: String) -> Bool {
        guard text.count <= 60, let last = text.unicodeScalars.last else { return false }
        if last == ":" || last == "…" || text.hasSuffix("...") { return true }
        return !".!?”\"".unicodeScalars.contains(last)
    }

    /// A line that is only a date, a time or both, perhaps with a day's name or "Updated":
    /// short, holding a year or a clock time, and with few words that are not numbers.
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.count <= 60 else { return false }
        if let last = text.unicodeScalars.last, ".!?”\"".unicodeScalars.contains(last), !text.hasSuffix("a.m."), !text.hasSuffix("p.m.") {
            return false
        }
        var digitsRun = 0
        var number = 0
        var numbers = 0
        var hasYear = false
        var hasClock = false
        var words = 0
        var inWord = false
        func endNumber() {
            if digitsRun > 0 { numbers += 1 }
            if digitsRun == 4, (1900...2099).contains(number) { hasYear = true }
            digitsRun = 0
            number = 0
        }
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digitsRun += 1
                number = number &* 10 &+ Int(scalar.value - 0x30)
            } else {
                if scalar == ":", digitsRun >= 1, digitsRun <= 2 { hasClock = true }
                endNumber()
            }
            if scalar.properties.isAlphabetic {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        endNumber()
        // Day, month, year, hours, minutes, seconds at most: a row of figures is not a date.
        return (hasYear || hasClock) && words <= 8 && numbers <= 6
    }
}
