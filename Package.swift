// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Isnad",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Isnad", targets: ["Isnad"]),
        .executable(name: "audit", targets: ["audit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "Isnad",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Reporters/Templates")],
            // ICU's regular expressions with a time limit, from the toolchain's Foundation
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "audit",
            dependencies: [
                "Isnad",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer harness (see Sources/IsnadFuzz/Fuzz.swift); a replayer in ordinary builds
        .executableTarget(
            name: "IsnadFuzz",
            dependencies: ["Isnad"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .testTarget(
            name: "IsnadTests",
            dependencies: [
                "Isnad",
                .product(name: "Yams", package: "Yams"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
