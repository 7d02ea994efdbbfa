// swift-tools-version: 6.0
// libFuzzer targets for Karta (Fuzz/README.md). A package of its own so that the main package's
// `swift build` and `swift test` never see the fuzzer flags. Build with Fuzz/run.sh, which passes
// `-sanitize=fuzzer,address -parse-as-library`.
import PackageDescription

/// One libFuzzer executable per input format; each has a single file with `LLVMFuzzerTestOneInput`.
let fuzzers: [(name: String, dependencies: [Target.Dependency])] = [
  (
    "fuzz-plan",
    ["FuzzSupport", .product(name: "KartaLint", package: "Karta"), .product(name: "KartaPlan", package: "Karta")]
  ),
  ("fuzz-fmt", ["FuzzSupport", .product(name: "KartaLanguage", package: "Karta")]),
  ("fuzz-deadline", ["FuzzSupport", .product(name: "KartaSchedule", package: "Karta")]),
  ("fuzz-status-json", ["FuzzSupport"]),
  ("fuzz-status-csv", ["FuzzSupport"]),
  ("fuzz-status-xlsx", ["FuzzSupport"]),
  ("fuzz-zip", ["FuzzSupport", .product(name: "KartaOffice", package: "Karta")]),
  ("fuzz-verify", ["FuzzSupport", .product(name: "KartaVerify", package: "Karta")]),
  ("fuzz-lsp-framing", ["FuzzSupport", .product(name: "KartaLSP", package: "Karta")]),
]

let package = Package(
  name: "KartaFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Karta", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "KartaCheck", package: "Karta"), .product(name: "KartaPlan", package: "Karta"),
        .product(name: "KartaSchedule", package: "Karta"),
      ])
  ]
    + fuzzers.map { .executableTarget(name: $0.name, dependencies: $0.dependencies, path: "Sources/\($0.name)") }
)
