import NewsUI
import Testing

@Suite struct KeymapTests {
    let keymap = Keymap.standard

    @Test(arguments: [
        (Key.char("j"), Action.moveDown), (.down, .moveDown), (.char("k"), .moveUp), (.up, .moveUp),
        (.enter, .open), (.char("l"), .open), (.right, .open), (.tab, .focusNext), (.backTab, .focusPrevious),
        (.char(" "), .readOn), (.char("b"), .pageUp), (.pageDown, .pageDown), (.pageUp, .pageUp),
        (.control("d"), .halfPageDown), (.control("u"), .halfPageUp), (.char("g"), .top), (.char("G"), .bottom),
        (.char("?"), .toggleHelp), (.char("q"), .closeOrQuit), (.char("Q"), .quit),
    ])
    func issueKeysAreBound(key: Key, action: Action) {
        for context in [KeyContext.articles, .body, .entities] {
            #expect(keymap.action(for: key, in: context) == action)
        }
    }

    @Test func helpHasItsOwnKeys() {
        #expect(keymap.action(for: .char("q"), in: .help) == .closeOverlay)
        #expect(keymap.action(for: .escape, in: .help) == .closeOverlay)
        #expect(keymap.action(for: .tab, in: .help) == nil)
    }

    @Test func paneKeysDoNothingInTheMentionsAndQuotesViews() {
        // They changed the hidden reader (quotation highlighting, the list's filter) unseen.
        for key in [Key.char("\""), .char("F"), .char("E"), .tab, .backTab] {
            #expect(keymap.action(for: key, in: .list) == nil, "\(key)")
            #expect(keymap.action(for: key, in: .articles) != nil, "\(key)")
        }
        // `/` filters the view's own lines there.
        #expect(keymap.action(for: .char("/"), in: .list) == .startFind)
        #expect(keymap.action(for: .char("s"), in: .list) == .startCorpusSearch)
        #expect(keymap.action(for: .char("n"), in: .list) == .nextMatch)
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = keymap.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    @Test func everyBindingHasHelpText() {
        #expect(keymap.bindings.allSatisfy { !$0.help.isEmpty && !$0.keys.isEmpty })
    }
}
