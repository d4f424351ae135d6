// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "portrait",
    products: [
        .library(name: "PortraitCore", targets: ["PortraitCore"]),
        .executable(name: "portrait", targets: ["portrait"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // The core, in layers: each target imports only the ones above it (ARCHITECTURE.md).
        .target(name: "PortraitText", dependencies: ["CByteScan"]),
        // SSE2 byte scans (a header of static inline functions) for the loops over every byte of a file.
        .systemLibrary(name: "CByteScan", path: "Sources/CByteScan"),
        .target(name: "PortraitStore", dependencies: ["PortraitText"]),
        .target(
            name: "PortraitLoad",
            dependencies: ["PortraitText", "PortraitStore", .product(name: "ZIPFoundation", package: "ZIPFoundation"), "CLibXML2",
                           "CZlibChecksum", .product(name: "SystemPackage", package: "swift-system")]
        ),
        .systemLibrary(
            name: "CZlibChecksum",
            path: "Sources/CZlibChecksum"
        ),
        // libxml2's headers live in include/libxml2: pkg-config gives that folder to every importer.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "PortraitCompare", dependencies: ["PortraitText", "PortraitStore", "PortraitLoad", "PortraitData"]),
        .target(
            name: "PortraitOutput",
            dependencies: ["PortraitText", "PortraitStore", "PortraitLoad", "PortraitCompare", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "PortraitCore",
            dependencies: ["PortraitText", "PortraitStore", "PortraitLoad", "PortraitCompare", "PortraitOutput"]
        ),
        .executableTarget(
            name: "embed-data",
            path: "Tools/embed-data"
        ),
        .plugin(
            name: "EmbedDataPlugin",
            capability: .buildTool(),
            dependencies: ["embed-data"]
        ),
        .target(
            name: "PortraitData",
            plugins: ["EmbedDataPlugin"]
        ),
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl"
        ),
        // ncursesw in a form Swift can call (include/CNCurses.h), and the browser's signal state (signals.c).
        .target(
            name: "CNCurses",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // The browser: a pure target (state, key table, update, layout, rendering onto `Screen`) and the
        // terminal around it (curses, the event loop, signals). Only PortraitTerminal imports curses.
        .target(
            name: "PortraitBrowser",
            dependencies: ["PortraitCore"]
        ),
        .target(
            name: "PortraitTerminal",
            dependencies: ["PortraitBrowser", "PortraitCore", "CNCurses"]
        ),
        // `portrait update`: the catalogue client, safe downloads (libcurl, through CCurl), the data folder and its manifests.
        .target(
            name: "PortraitUpdate",
            dependencies: ["PortraitCore", "CCurl", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "portrait",
            dependencies: [
                "PortraitCore",
                "PortraitData",
                "PortraitUpdate",
                "PortraitBrowser",
                "PortraitTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "portrait-bench",
            dependencies: [
                "PortraitCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PortraitTestSupport",
            path: "Tests/PortraitTestSupport"
        ),
        .testTarget(
            name: "PortraitCoreTests",
            dependencies: ["PortraitCore", "PortraitData", "PortraitTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PortraitCLITests",
            dependencies: ["portrait", "PortraitTestSupport"]
        ),
        .testTarget(
            name: "PortraitUpdateTests",
            dependencies: ["PortraitUpdate", "PortraitCore", "PortraitTestSupport", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(
            name: "PortraitBrowserTests",
            dependencies: ["PortraitBrowser", "PortraitCore", "PortraitData", "PortraitTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PortraitE2ETests",
            dependencies: ["portrait", "PortraitBrowser", "PortraitCore", "PortraitData", "PortraitUpdate", "PortraitTestSupport",
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
