/// Which panes are on screen at a given size, and where.
///
/// At 100 columns or more all three panes show. Narrower, the entity pane folds away: it
/// replaces the article list beside the body when focused or toggled with `e`. Under 60 columns
/// one pane fills the screen. Under 40×10 nothing is drawn but a message saying so.
public struct ScreenLayout: Sendable, Equatable {
    public static let minimum = Size(width: 40, height: 10)
    public static let threePaneWidth = 100
    public static let twoPaneWidth = 60

    public var size: Size
    /// Panes on screen, left to right, with their rectangles (header row included).
    public var panes: [(Pane, Rect)]
    /// Columns where a vertical separator is drawn.
    public var separators: [Int]
    public var statusLine: Rect
    public var isTooSmall: Bool

    public static func == (lhs: ScreenLayout, rhs: ScreenLayout) -> Bool {
        lhs.size == rhs.size && lhs.separators == rhs.separators && lhs.statusLine == rhs.statusLine
            && lhs.isTooSmall == rhs.isTooSmall && lhs.panes.map(\.0) == rhs.panes.map(\.0)
            && lhs.panes.map(\.1) == rhs.panes.map(\.1)
    }

    /// - Parameter wideList: the list shows search results and has the focus: it takes about
    ///   45% of the width instead of 30%, so each result's snippet can be read (mutt's index
    ///   uses the whole width); it gives the width back when the focus moves to the body.
    public init(size: Size, focus: Pane, entitiesShown: Bool, wideList: Bool = false) {
        self.size = size
        isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        statusLine = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let height = size.height - 1
        var visible: [Pane]
        if isTooSmall {
            visible = []
        } else if size.width >= Self.threePaneWidth {
            visible = [.articles, .body, .entities]
        } else if size.width >= Self.twoPaneWidth {
            visible = (focus == .entities || entitiesShown) ? [.body, .entities] : [.articles, .body]
        } else {
            visible = [focus]
        }
        let widths = Self.widths(for: visible, total: size.width, wideList: wideList)
        var x = 0
        panes = []
        separators = []
        for (index, pane) in visible.enumerated() {
            if index > 0 {
                separators.append(x)
                x += 1
            }
            panes.append((pane, Rect(x: x, y: 0, width: widths[index], height: height)))
            x += widths[index]
        }
    }

    /// Column widths: the list gets about 30% (45% when wide), the entity pane about 22%, the
    /// body the rest.
    static func widths(for panes: [Pane], total: Int, wideList: Bool = false) -> [Int] {
        let available = total - max(0, panes.count - 1)
        var widths = panes.map { pane -> Int in
            switch pane {
            case .articles: return panes.count == 1 ? available : max(24, available * (wideList ? 45 : 30) / 100)
            case .entities: return panes.count == 1 ? available : max(22, available * 22 / 100)
            case .body: return 0
            }
        }
        if let body = panes.firstIndex(of: .body) {
            widths[body] = available - widths.reduce(0, +)
        }
        return widths
    }

    public func rect(of pane: Pane) -> Rect? {
        panes.first { $0.0 == pane }?.1
    }

    public func isVisible(_ pane: Pane) -> Bool {
        rect(of: pane) != nil
    }

    /// Rows of content a pane shows below its header row.
    public func contentHeight(of pane: Pane) -> Int {
        max(1, (rect(of: pane)?.height ?? size.height - 1) - 1)
    }

    /// Columns the body text is wrapped to (the pane less a margin on each side).
    public var bodyTextWidth: Int {
        max(10, (rect(of: .body)?.width ?? size.width) - 2)
    }
}
