import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// Whole screens at fixed sizes, compared cell by cell with `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    func state(_ width: Int, _ height: Int, focus: Pane = .articles) -> AppState {
        var state = AppState(size: Size(width: width, height: height), corpusName: "Articles", articles: UpdateTests.summaries)
        _ = update(&state, .articleLoaded(UpdateTests.opened()))
        switch focus {
        case .articles: break
        case .body: _ = update(&state, .open)
        case .entities: _ = update(&state, .toggleEntities)
        }
        return state
    }

    @Test func threePanesAt120x40() {
        Snapshot.assert(ScreenView.render(state(120, 40, focus: .body), theme: .standard), named: "three-panes-120x40")
    }

    @Test func twoPanesAt80x24() {
        Snapshot.assert(ScreenView.render(state(80, 24), theme: .standard), named: "two-panes-80x24")
    }

    @Test func entityPaneFoldsInAt80x24() {
        Snapshot.assert(ScreenView.render(state(80, 24, focus: .entities), theme: .standard), named: "entities-80x24")
    }

    @Test func onePaneAt40x12() {
        Snapshot.assert(ScreenView.render(state(40, 12, focus: .body), theme: .standard), named: "one-pane-40x12")
    }

    @Test func helpOverlayAt80x24() {
        var s = state(80, 24)
        _ = update(&s, .toggleHelp)
        Snapshot.assert(ScreenView.render(s, theme: .standard), named: "help-80x24")
    }

    @Test func monochromeAt100x30() {
        Snapshot.assert(ScreenView.render(state(100, 30), theme: .monochrome), named: "monochrome-100x30")
    }

    @Test func tooSmall() {
        Snapshot.assert(ScreenView.render(state(30, 8), theme: .standard), named: "too-small-30x8")
    }

    @Test func monochromeUsesNoColour() {
        let buffer = ScreenView.render(state(100, 30), theme: .monochrome)
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(buffer.cells.allSatisfy { $0.style.attributes.isSubset(of: [.bold, .underline, .reverse]) })
    }

    @Test func standardThemeKeepsTheTerminalBackground() {
        let buffer = ScreenView.render(state(120, 40), theme: .standard)
        #expect(buffer.cells.allSatisfy { $0.style.background == nil })
    }
}
