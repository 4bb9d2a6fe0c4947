/// What an element's `class` and `id` say about it: the words sites use for article text and
/// for the furniture around it (share bars, adverts, comments, related links…).
///
/// Matching runs over the lower-cased attribute bytes once, with an Aho–Corasick automaton over
/// every cue word, so an element costs a few array reads however many cues there are.
struct HTMLHints: OptionSet, Sendable {
    let rawValue: UInt16

    /// Words of article text: article, story, body, content, entry, post…
    static let content = HTMLHints(rawValue: 1 << 0)
    /// Words of furniture that is never article text, whatever else the element is called:
    /// comments, sharing, related links, newsletters, adverts, cookie notices.
    static let furniture = HTMLHints(rawValue: 1 << 1)
    /// Words of furniture that a content word outweighs (`sidebar`, `footer`, `meta`…).
    static let weakFurniture = HTMLHints(rawValue: 1 << 2)
    /// Photo captions and credits.
    static let caption = HTMLHints(rawValue: 1 << 3)
    /// Bylines, datelines and timestamps.
    static let byline = HTMLHints(rawValue: 1 << 4)
    /// Hidden from sight (screen-reader text, `hidden` classes).
    static let hidden = HTMLHints(rawValue: 1 << 5)
    /// The article's own text container in common publishing systems ("article-body",
    /// "story-body", "entry-content"…): stronger than `content`.
    static let articleBody = HTMLHints(rawValue: 1 << 6)
    /// Stand-first / dek / summary.
    static let standfirst = HTMLHints(rawValue: 1 << 7)
    /// A post embedded in the article (a tweet, an Instagram post): part of the story, even
    /// when its wrapper is called "social".
    static let embed = HTMLHints(rawValue: 1 << 8)

    /// The cue words, each with what it signals. A word written with a leading or trailing
    /// `_` must start or end at a word boundary (anything but a letter).
    private static let cues: [(String, HTMLHints)] = [
        // Article text.
        ("article", .content), ("story", .content), ("content", .content), ("entry", .content), ("post", .content),
        ("_text", .content), ("_body", .content), ("_main", .content), ("blog", .content), ("prose", .content),
        ("richtext", .content), ("rich-text", .content), ("_copy_", .content),
        ("articlebody", .articleBody), ("article-body", .articleBody), ("article_body", .articleBody),
        ("story-body", .articleBody), ("storybody", .articleBody), ("story_body", .articleBody),
        ("entry-content", .articleBody), ("post-content", .articleBody), ("post-body", .articleBody),
        ("article-content", .articleBody), ("article__content", .articleBody), ("article__body", .articleBody),
        ("article-text", .articleBody), ("story-content", .articleBody), ("story-text", .articleBody),
        ("body-text", .articleBody), ("article_text", .articleBody), ("postbody", .articleBody),
        ("post-text", .articleBody), ("news-text", .articleBody), ("article-main", .articleBody),
        // Furniture, always.
        ("comment", .furniture), ("disqus", .furniture), ("share", .furniture), ("sharing", .furniture),
        ("social", .furniture), ("related", .furniture), ("recommend", .furniture), ("newsletter", .furniture),
        ("subscri", .furniture), ("promo", .furniture), ("sponsor", .furniture), ("advert", .furniture),
        ("_ad_", .furniture), ("_ads_", .furniture), ("adsense", .furniture), ("adslot", .furniture), ("ad-slot", .furniture),
        ("ad-container", .furniture), ("ad-wrapper", .furniture), ("dfp", .furniture), ("gpt-ad", .furniture),
        ("cookie", .furniture), ("consent", .furniture), ("gdpr", .furniture), ("breadcrumb", .furniture),
        ("outbrain", .furniture), ("taboola", .furniture), ("popular", .furniture), ("trending", .furniture),
        ("most-read", .furniture), ("mostread", .furniture), ("most_read", .furniture), ("signup", .furniture),
        ("sign-up", .furniture), ("newsletter", .furniture), ("paywall", .furniture), ("pagination", .furniture),
        ("_pager_", .furniture), ("toolbar", .furniture), ("banner", .furniture), ("modal", .furniture),
        ("popup", .furniture), ("overlay", .furniture), ("_login", .furniture), ("rating", .furniture),
        ("read-more", .furniture), ("readmore", .furniture), ("more-stories", .furniture), ("read-next", .furniture),
        ("see-also", .furniture), ("also-read", .furniture), ("next-article", .furniture), ("carousel", .furniture),
        ("slider", .furniture), ("skip-link", .furniture), ("skiplink", .furniture), ("_skip", .furniture),
        ("follow", .furniture), ("donate", .furniture), ("_tags_", .furniture), ("_tag_", .furniture), ("tag-list", .furniture),
        ("taglist", .furniture), ("keywords", .furniture), ("topics", .furniture), ("_print", .furniture),
        ("navbar", .furniture), ("navigation", .furniture), ("_nav_", .furniture), ("_menu", .furniture),
        ("masthead", .furniture), ("newsletter", .furniture), ("widget", .furniture), ("teaser", .furniture),
        ("_more_", .furniture), ("jump", .furniture),
        // Furniture that a content word outweighs.
        ("sidebar", .weakFurniture), ("_side", .weakFurniture), ("footer", .weakFurniture), ("_foot", .weakFurniture),
        ("header", .weakFurniture), ("_meta", .weakFurniture), ("_tools", .weakFurniture), ("_extra", .weakFurniture),
        ("_aside", .weakFurniture), ("_rail", .weakFurniture), ("_links", .weakFurniture), ("_list", .weakFurniture),
        ("_video", .weakFurniture), ("gallery", .weakFurniture), ("_hero", .weakFurniture),
        ("embed", .embed), ("tweet", .embed), ("instagram-media", .embed),
        // Captions, bylines, hidden text, stand-firsts.
        ("caption", .caption), ("credit", .caption), ("photo-source", .caption),
        ("byline", .byline), ("author", .byline), ("dateline", .byline), ("timestamp", .byline),
        ("_date", .byline), ("published", .byline), ("contributor", .byline),
        ("sr-only", .hidden), ("sr_only", .hidden), ("visually-hidden", .hidden), ("visuallyhidden", .hidden),
        ("screen-reader", .hidden), ("screenreader", .hidden), ("offscreen", .hidden),
        ("standfirst", .standfirst), ("_dek", .standfirst), ("_lede", .standfirst), ("_summary", .standfirst),
        ("subheadline", .standfirst), ("sub-headline", .standfirst), ("_intro_", .standfirst),
    ]

    /// The hints in one element's lower-cased `class` and `id` bytes.
    static func of(_ bytes: ArraySlice<UInt8>) -> HTMLHints {
        guard !bytes.isEmpty else { return [] }
        return automaton.scan(bytes)
    }

    private static let automaton = Automaton(cues)

    /// A byte automaton for many cue words at once (Aho–Corasick), with word-boundary checks.
    private struct Automaton: Sendable {
        /// goto[state * 256 + byte] is the next state.
        var next: [Int32]
        /// For each state, the cues that end there: (hints, length, wants start boundary, wants end boundary).
        var output: [[(HTMLHints, Int, Bool, Bool)]]

        init(_ cues: [(String, HTMLHints)]) {
            var trie: [[UInt8: Int32]] = [[:]]
            var out: [[(HTMLHints, Int, Bool, Bool)]] = [[]]
            for (word, hint) in cues {
                var bytes = Array(word.utf8)
                let start = bytes.first == UInt8(ascii: "_")
                if start { bytes.removeFirst() }
                let end = bytes.last == UInt8(ascii: "_")
                if end { bytes.removeLast() }
                var state = 0
                for b in bytes {
                    if let s = trie[state][b] {
                        state = Int(s)
                    } else {
                        trie.append([:])
                        out.append([])
                        trie[state][b] = Int32(trie.count - 1)
                        state = trie.count - 1
                    }
                }
                out[state].append((hint, bytes.count, start, end))
            }
            // Breadth-first: failure links, then a full transition table.
            var fail = [Int32](repeating: 0, count: trie.count)
            var table = [Int32](repeating: 0, count: trie.count * 256)
            var queue: [Int] = []
            for b in 0..<256 {
                if let s = trie[0][UInt8(b)] {
                    table[b] = s
                    queue.append(Int(s))
                }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                out[state] += out[Int(fail[state])]
                for b in 0..<256 {
                    if let s = trie[state][UInt8(b)] {
                        fail[Int(s)] = table[Int(fail[state]) * 256 + b]
                        table[state * 256 + b] = s
                        queue.append(Int(s))
                    } else {
                        table[state * 256 + b] = table[Int(fail[state]) * 256 + b]
                    }
                }
            }
            next = table
            output = out
        }

        func scan(_ bytes: ArraySlice<UInt8>) -> HTMLHints {
            var found: HTMLHints = []
            var state = 0
            let first = bytes.startIndex
            for i in bytes.indices {
                state = Int(next[state &* 256 &+ Int(bytes[i])])
                for (hint, length, wantsStart, wantsEnd) in output[state] {
                    if wantsStart, i - length >= first, Self.isLetter(bytes[i - length]) { continue }
                    if wantsEnd, i + 1 < bytes.endIndex, Self.isLetter(bytes[i + 1]) { continue }
                    found.insert(hint)
                }
            }
            return found
        }

        private static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    }
}
