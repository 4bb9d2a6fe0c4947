// swift-tools-version:6.0
import PackageDescription

/// Byline: a terminal news reader. The rooms and the one-way data flow between them are
/// described in the project README; each target imports only the rooms named beside it:
/// NewsCore ← CLibXML2, CTaggerKernels; NewsStore ← NewsCore, CSQLiteConfig; NewsUI ← NewsCore;
/// NewsTerminal ← NewsUI, CNcurses; ReaderData ← NewsStore, NewsUI; byline ← all;
/// byline-lab ← NewsCore, NewsStore.
let package = Package(
    name: "Byline",
    // Mutex and Atomic (Synchronization) need macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-lab", targets: ["byline-lab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libxml2's HTML parser, for web pages.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The tagger's Viterbi loop in C, for AVX2 where the processor has it (chosen at run
        // time): a header of inline functions, compiled into NewsCore (nothing to link).
        .systemLibrary(name: "CTaggerKernels"),
        // SQLite's process-wide settings (`sqlite3_config` is variadic, out of Swift's reach):
        // a header of inline functions, compiled into NewsStore.
        .systemLibrary(name: "CSQLiteConfig"),
        .target(name: "NewsCore", dependencies: ["CLibXML2", "CTaggerKernels"], resources: [.copy("Resources/ner-model.bin"), .copy("Resources/gazetteers.txt")]),
        .target(name: "NewsStore", dependencies: ["NewsCore", "CSQLiteConfig", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "NewsUI", dependencies: ["NewsCore"]),
        .target(name: "NewsTerminal", dependencies: ["CNcurses", "NewsUI"]),
        // The reader's data adapter: answers the reader's effects from the index.
        .target(name: "ReaderData", dependencies: ["NewsCore", "NewsStore", "NewsUI"]),
        .executableTarget(
            name: "byline",
            dependencies: [
                "NewsCore", "NewsStore", "NewsUI", "NewsTerminal", "ReaderData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "byline-lab",
            dependencies: [
                "NewsCore", "NewsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // The bench runs each query against the bare FTS5 table too, through GRDB.
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "BylineTestSupport", dependencies: ["NewsCore", "NewsUI"]),
        // A helper the end-to-end tests run and kill: it changes reading state in a loop.
        .executableTarget(name: "byline-state-writer", dependencies: ["NewsStore"], path: "Tests/StateWriter"),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore", "BylineTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore", "BylineTestSupport"]),
        .testTarget(name: "NewsUITests", dependencies: ["NewsUI", "CNcurses", "BylineTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "NewsTerminalTests", dependencies: ["NewsTerminal", "NewsUI", "BylineTestSupport"]),
        .testTarget(name: "ReaderDataTests", dependencies: ["ReaderData", "NewsStore", "BylineTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["byline", "byline-state-writer", "BylineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
