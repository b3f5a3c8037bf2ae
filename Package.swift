// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsconv",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsconv", targets: ["newsconv"]),
        .library(name: "NewsConv", targets: ["NewsConv"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // libxml2, through pkg-config. The shim header carries the ICU fix.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The CommonMark reference parser, to check the Markdown newsconv writes.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The only Swift code that touches libxml2 pointers.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // The only Swift code that touches libcmark pointers.
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        // The pipeline: model, readers, segmentation, transforms, writers, validation.
        .target(name: "NewsConv", dependencies: ["LibXML", "CommonMark", .product(name: "Yams", package: "Yams")]),
        // The command-line tool, thin over the library.
        .executableTarget(
            name: "newsconv",
            dependencies: [
                "NewsConv",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzzing harness (scripts/fuzz builds it with libFuzzer); built normally, it replays inputs.
        .executableTarget(name: "newsconv-fuzz", dependencies: ["NewsConv"]),
        // The benchmark (run on demand: swift run -c release newsconv-bench), not part of the tests.
        .executableTarget(name: "newsconv-bench", dependencies: ["NewsConv", "LibXML"]),
        .testTarget(
            name: "NewsConvTests",
            dependencies: ["NewsConv", "LibXML", "CommonMark", "newsconv", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
