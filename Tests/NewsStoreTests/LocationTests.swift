import Foundation
import Testing
@testable import NewsStore

@Suite struct LocationTests {
    @Test func indexGoesUnderXDGCacheHomeNamedAfterTheFolder() {
        let env = ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/ana"]
        let location = IndexLocation.resolve(corpus: URL(fileURLWithPath: "/data/news/bbc"), environment: env)
        #expect(location.databaseURL.path.hasPrefix("/x/cache/byline/news-bbc-"))
        #expect(location.databaseURL.path.hasSuffix(".sqlite"))
    }

    @Test func defaultsToDotCacheAndIgnoresARelativeXDGValue() {
        let env = ["XDG_CACHE_HOME": "relative/cache", "HOME": "/home/ana"]
        let location = IndexLocation.resolve(corpus: URL(fileURLWithPath: "/data/news"), environment: env)
        #expect(location.databaseURL.path.hasPrefix("/home/ana/.cache/byline/"))
    }

    @Test func twoFoldersWithTheSameNameGetDifferentIndexes() {
        let a = IndexLocation.fileName(for: URL(fileURLWithPath: "/one/news"))
        let b = IndexLocation.fileName(for: URL(fileURLWithPath: "/two/news"))
        #expect(a != b)
        #expect(a.hasPrefix("one-news-"))
    }

    @Test func overrideAndEnvironmentTakePrecedence() {
        let corpus = URL(fileURLWithPath: "/data/news")
        let env = ["BYLINE_INDEX": "/tmp/env.sqlite", "HOME": "/home/ana"]
        #expect(IndexLocation.resolve(corpus: corpus, environment: env).databaseURL.path == "/tmp/env.sqlite")
        #expect(IndexLocation.resolve(corpus: corpus, override: "/tmp/flag.sqlite", environment: env).databaseURL.path == "/tmp/flag.sqlite")
    }

    @Test func readingStateLivesUnderXDGStateHome() {
        #expect(StateLocation.resolve(environment: ["HOME": "/home/ana"]).databaseURL.path == "/home/ana/.local/state/byline/reading-state.sqlite")
        #expect(StateLocation.resolve(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).databaseURL.path == "/s/byline/reading-state.sqlite")
    }
}
