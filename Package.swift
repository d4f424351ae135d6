// swift-tools-version: 6.0
import PackageDescription

/// libxml2 installs its headers under include/libxml2 (Debian: /usr/include/libxml2), which a system-library
/// target cannot add to the search path by itself (pkgConfig flags are refused): the targets that import
/// CLibXML2 pass it to clang.
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
/// The core's layers call each other on every row and cell: in release builds their bodies are
/// visible across modules, so the layering costs no speed.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "portrait",
    platforms: [.macOS(.v15)],
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
        .target(name: "PortraitText", swiftSettings: crossModule),
        .target(name: "PortraitStore", dependencies: ["PortraitText"], swiftSettings: crossModule),
        .target(
            name: "PortraitLoad",
            dependencies: ["PortraitText", "PortraitStore", .product(name: "ZIPFoundation", package: "ZIPFoundation"), "CLibXML2",
                           "CZlibChecksum", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: libxml2Headers + crossModule
        ),
        .systemLibrary(
            name: "CZlibChecksum",
            path: "Sources/CZlibChecksum"
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2"
        ),
        .target(name: "PortraitCompare", dependencies: ["PortraitText", "PortraitStore", "PortraitLoad", "PortraitData"], swiftSettings: crossModule),
        .target(
            name: "PortraitOutput",
            dependencies: ["PortraitText", "PortraitStore", "PortraitLoad", "PortraitCompare", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: crossModule
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
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses"
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
