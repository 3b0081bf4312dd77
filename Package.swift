// swift-tools-version: 6.1
import PackageDescription

// The hot path crosses targets (text -> engine -> report): release builds optimise across
// them as if they were one module, so the split costs no speed.
//
// Debug builds optimise the project's own targets too (`-O`; the test targets, the fuzz harness
// and the dependencies stay at -Onone, DEBUG stays defined and `@testable import` still works).
// `swift test` starts the debug `audit` several hundred times and the end-to-end tests audit
// megabyte inputs with it; CI's referee runs it over the gold. At -Onone building the matcher,
// reading the compiled pack and auditing take 3-10x longer: the suite took about 165 s of CPU,
// and 75 s with -O (issue #24: `swift test` within 60 s on 2 cores). The price: an edited target
// takes longer to rebuild, and the debugger cannot show every variable. To step through the
// code at -Onone, build with `ISNAD_ONONE=1 swift build` (the flag changes the manifest, so the
// targets rebuild).
let debugOptimized = Context.environment["ISNAD_ONONE"].map { $0.isEmpty || $0 == "0" } ?? true
let optimize: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
    + (debugOptimized ? [.unsafeFlags(["-O"], .when(configuration: .debug))] : [])

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
        // The pipeline, bottom up; a target depends only on targets above it in this list.
        // model: labels, spans, audit values, errors (no dependencies)
        .target(name: "IsnadModel", swiftSettings: optimize),
        // text: files, decoding, normalising, tokenising, the one-pass reader
        .target(name: "IsnadText", dependencies: ["IsnadModel"], swiftSettings: optimize),
        // rules: the pattern language, loading and checking rule packs
        .target(
            name: "IsnadRules",
            dependencies: ["IsnadModel", "IsnadText", .product(name: "Yams", package: "Yams")],
            swiftSettings: optimize,
            // ICU's regular expressions with a time limit, from the toolchain's Foundation
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        // engine: matcher, segmenting, source resolution, labelling, scoring, explanation, rule tests
        .target(name: "IsnadEngine", dependencies: ["IsnadModel", "IsnadText", "IsnadRules"], swiftSettings: optimize),
        // report: the reporters and their templates
        .target(
            name: "IsnadReport",
            dependencies: ["IsnadModel", "IsnadText", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")],
            swiftSettings: optimize
        ),
        // the library's face: re-exports the targets above, project settings, baseline
        .target(
            name: "Isnad",
            dependencies: ["IsnadModel", "IsnadText", "IsnadRules", "IsnadEngine", "IsnadReport", .product(name: "Yams", package: "Yams")],
            swiftSettings: optimize
        ),
        .executableTarget(
            name: "audit",
            dependencies: [
                "Isnad",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: optimize
        ),
        // libFuzzer harness (see Sources/IsnadFuzz/Fuzz.swift); a replayer in ordinary builds
        .executableTarget(
            name: "IsnadFuzz",
            dependencies: ["Isnad"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        // what both test targets share: paths, temporary directories, gold articles, inline packs
        .target(name: "IsnadTestSupport", dependencies: ["Isnad"], path: "Tests/IsnadTestSupport"),
        // unit tests: the library on small rule packs written in the tests, never the shipped Rules/
        .testTarget(
            name: "IsnadTests",
            dependencies: [
                "Isnad", "IsnadModel", "IsnadText", "IsnadRules", "IsnadEngine", "IsnadReport", "IsnadTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // end-to-end tests: the built `audit` binary, the shipped Rules/, the gold articles and Reports/
        .testTarget(
            name: "IsnadEndToEndTests",
            dependencies: [
                "Isnad", "IsnadModel", "IsnadText", "IsnadRules", "IsnadEngine", "IsnadReport", "IsnadTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
