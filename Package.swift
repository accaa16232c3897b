// swift-tools-version:6.0
//
// Wirefleet: a Swift worker fleet on Kafka that turns news articles into records.
//
// Layers, bottom to top (data flows one way: article in, records out):
//   CRDKafka             C module: librdkafka through pkg-config (`rdkafka`)
//   WirefleetKafka       Swift Kafka layer: internal RDKafka bridge, public Kafka* types
//   Extraction/*         pure-Swift extraction library, no Kafka in it
//                        (WirefleetText → WirefleetEntities → WirefleetQuotes,
//                         WirefleetText → WirefleetNumbers, WirefleetExtraction on top)
//   WirefleetFleet       the fleet runtime: workers, assembler, producer, metrics
//   wirefleet            the thin command line
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "wirefleet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wirefleet", targets: ["wirefleet"]),
        .library(name: "WirefleetKafka", targets: ["WirefleetKafka"]),
        .library(name: "WirefleetExtraction", targets: ["WirefleetExtraction"]),
        .library(name: "WirefleetFleet", targets: ["WirefleetFleet"]),
    ],
    // Exact versions, so every build (the Docker image's included) resolves the same
    // code. Package.resolved is not committed: a local package mirror's commit ids differ
    // from upstream's. swift-async-algorithms and swift-collections come in through
    // swift-service-lifecycle, swift-asn1 through swift-crypto, swift-atomics through
    // swift-prometheus and swift-nio, swift-system through swift-nio; they are pinned here
    // for the same reason.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms", exact: "1.1.4"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/apple/swift-asn1", exact: "1.7.4"),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        .package(url: "https://github.com/apple/swift-atomics", exact: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-system", exact: "1.8.1"),
    ],
    targets: [
        // MARK: - C module
        .systemLibrary(
            name: "CRDKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),

        // MARK: - Kafka layer
        .target(
            name: "WirefleetKafka",
            dependencies: [
                "CRDKafka",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // MARK: - Extraction library (pure Swift)
        .target(name: "WirefleetText", path: "Sources/Extraction/Text", swiftSettings: strict),
        .target(name: "WirefleetEntities", dependencies: ["WirefleetText"],
                path: "Sources/Extraction/Entities", resources: [.copy("Resources")], swiftSettings: strict),
        .target(name: "WirefleetQuotes", dependencies: ["WirefleetText", "WirefleetEntities"],
                path: "Sources/Extraction/Quotes", swiftSettings: strict),
        .target(name: "WirefleetNumbers", dependencies: ["WirefleetText"],
                path: "Sources/Extraction/Numbers", swiftSettings: strict),
        .target(name: "WirefleetExtraction",
                dependencies: ["WirefleetText", "WirefleetEntities", "WirefleetQuotes", "WirefleetNumbers"],
                path: "Sources/Extraction/Extraction", swiftSettings: strict),

        // MARK: - Fleet runtime
        .target(
            name: "WirefleetFleet",
            dependencies: [
                "WirefleetKafka",
                "WirefleetExtraction",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),

        // MARK: - Benchmarks (their own target; the CLI only parses their options)
        .target(
            name: "WirefleetBenchmarks",
            dependencies: [
                "WirefleetFleet",
                "WirefleetKafka",
                "WirefleetExtraction",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Benchmarks",
            swiftSettings: strict
        ),

        // MARK: - Command line
        .executableTarget(
            name: "wirefleet",
            dependencies: [
                "WirefleetBenchmarks",
                "WirefleetFleet",
                "WirefleetKafka",
                "WirefleetExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),

        // MARK: - Tests
        .target(
            name: "WirefleetTestSupport",
            dependencies: ["WirefleetKafka", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(name: "WirefleetKafkaTests", dependencies: ["WirefleetKafka", "CRDKafka", "WirefleetTestSupport"], swiftSettings: strict),
        .testTarget(name: "TextTests", dependencies: ["WirefleetText"], swiftSettings: strict),
        .testTarget(name: "EntitiesTests", dependencies: ["WirefleetEntities", "WirefleetExtraction"], swiftSettings: strict),
        .testTarget(name: "QuotesTests", dependencies: ["WirefleetQuotes", "WirefleetExtraction"], swiftSettings: strict),
        .testTarget(name: "NumbersTests", dependencies: ["WirefleetNumbers", "WirefleetExtraction"], swiftSettings: strict),
        .testTarget(name: "WirefleetFleetTests", dependencies: ["WirefleetFleet", "WirefleetKafka", "WirefleetExtraction", "WirefleetTestSupport",
                                                        .product(name: "Prometheus", package: "swift-prometheus"),
                                                        .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle")],
                    swiftSettings: strict),
    ]
)
