// swift-tools-version: 6.0
import PackageDescription

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
    ],
    targets: [
        .target(
            name: "PortraitCore",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
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
            name: "CNCurses",
            path: "Sources/CNCurses"
        ),
        .target(
            name: "PortraitTUI",
            dependencies: ["PortraitCore", "CNCurses"]
        ),
        .executableTarget(
            name: "portrait",
            dependencies: [
                "PortraitCore",
                "PortraitData",
                "PortraitTUI",
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
            name: "PortraitTUITests",
            dependencies: ["PortraitTUI", "PortraitCore", "PortraitData", "PortraitTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PortraitE2ETests",
            dependencies: ["portrait", "PortraitTUI", "PortraitCore", "PortraitData", "PortraitTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
