// swift-tools-version:6.0
// A libFuzzer target for the extraction library (not part of the main package or CI):
// `ops/fuzz/run.sh` builds it with -sanitize=fuzzer and runs it over the seeds and the
// evaluation texts. Every crash, hang (-timeout) or offset outside the body is a finding.
import PackageDescription

let package = Package(
    name: "wirefleet-fuzz",
    dependencies: [.package(name: "wirefleet", path: "../..")],
    targets: [
        .executableTarget(name: "FuzzExtract", dependencies: [.product(name: "WirefleetExtraction", package: "wirefleet")]),
    ]
)
