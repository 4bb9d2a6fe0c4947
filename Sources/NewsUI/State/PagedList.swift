/// A long list held a page at a time: the count is known, pages arrive as they are needed.
///
/// The article list of a 100,000-article archive and the mentions of a much-quoted person are
/// too long to load whole; views ask for the pages their visible rows need, and `generation`
/// keeps a page that arrives after the list was reset from landing in the new list.
public struct PagedList<Item: Sendable & Equatable>: Sendable, Equatable {
    public static var pageSize: Int { 100 }

    public var count: Int
    public private(set) var pages: [Int: [Item]]
    public var position: ListPosition
    /// Bumped on every reset; page results carry the generation they were asked for.
    public private(set) var generation: Int

    public init(count: Int = 0, generation: Int = 0) {
        self.count = count
        self.pages = [:]
        self.position = ListPosition()
        self.generation = generation
    }

    /// A list holding `items` whole, for short lists known in full.
    public init(items: [Item]) {
        self.init(count: items.count)
        for (page, start) in stride(from: 0, to: items.count, by: Self.pageSize).enumerated() {
            pages[page] = Array(items[start..<min(items.count, start + Self.pageSize)])
        }
    }

    public func item(at index: Int) -> Item? {
        guard index >= 0, index < count, let page = pages[index / Self.pageSize] else { return nil }
        let offset = index % Self.pageSize
        return offset < page.count ? page[offset] : nil
    }

    public var selectedItem: Item? { item(at: position.selected) }

    /// The index of the first loaded item that `matches`, looking through loaded pages only.
    public func loadedIndex(where matches: (Item) -> Bool) -> Int? {
        for page in pages.keys.sorted() {
            if let offset = pages[page]!.firstIndex(where: matches) { return page * Self.pageSize + offset }
        }
        return nil
    }

    /// Pages not yet loaded among those covering `rows` (and the selection).
    public func missingPages(for rows: Range<Int>) -> [Int] {
        guard count > 0 else { return [] }
        let first = max(0, rows.lowerBound) / Self.pageSize
        let last = max(0, min(count, rows.upperBound) - 1) / Self.pageSize
        var needed = Set(first...max(first, last))
        needed.insert(min(position.selected, count - 1) / Self.pageSize)
        return needed.filter { pages[$0] == nil }.sorted()
    }

    /// Stores a page that was asked for in this generation; stale pages are ignored.
    public mutating func receive(page: Int, items: [Item], count: Int, generation: Int) {
        guard generation == self.generation else { return }
        self.count = count
        pages[page] = items
    }

    /// Empties the list for new contents under a new generation, keeping nothing of the old pages.
    public mutating func reset(count: Int = 0, generation: Int) {
        self.generation = generation
        self.count = count
        pages = [:]
        position = ListPosition()
    }

    /// Changes one loaded item in place (a read flag, a star).
    public mutating func update(at index: Int, _ change: (inout Item) -> Void) {
        let page = index / Self.pageSize
        let offset = index % Self.pageSize
        guard var items = pages[page], offset < items.count else { return }
        change(&items[offset])
        pages[page] = items
    }

    /// Changes every loaded item that matches.
    public mutating func updateAll(where matches: (Item) -> Bool, _ change: (inout Item) -> Void) {
        for (page, items) in pages {
            var items = items
            var changed = false
            for i in items.indices where matches(items[i]) {
                change(&items[i])
                changed = true
            }
            if changed { pages[page] = items }
        }
    }
}

/// A scrollable list position: the selected row and the first row shown.
public struct ListPosition: Sendable, Equatable {
    public var selected: Int = 0
    public var top: Int = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta`, clamped to `count`, keeping it inside a view of `height` rows.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else {
            self = ListPosition()
            return
        }
        selected = min(max(0, selected.addingReportingOverflow(delta).partialValue), count - 1)
        keepVisible(height: height, count: count)
    }

    /// Scrolls the window so the selection shows in `height` rows.
    public mutating func keepVisible(height: Int, count: Int) {
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = min(max(0, top), max(0, count - height))
    }

    /// Scrolls the window without moving the selection (the mouse wheel).
    public mutating func scroll(by delta: Int, count: Int, height: Int) {
        top = min(max(0, top + delta), max(0, count - max(1, height)))
    }
}
