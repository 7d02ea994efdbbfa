// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Karta",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "karta", targets: ["karta"]),
    .library(name: "KartaLanguage", targets: ["KartaLanguage"]),
    .library(name: "KartaSchedule", targets: ["KartaSchedule"]),
    .library(name: "KartaPlan", targets: ["KartaPlan"]),
    .library(name: "KartaLint", targets: ["KartaLint"]),
    .library(name: "KartaCommandLine", targets: ["KartaCommandLine"]),
  ],
  targets: [
    .target(name: "KartaLanguage"),
    .target(name: "KartaSchedule"),
    .target(name: "KartaPlan", dependencies: ["KartaLanguage", "KartaSchedule"]),
    .target(name: "KartaLint", dependencies: ["KartaLanguage", "KartaSchedule", "KartaPlan"]),
    .target(name: "KartaCommandLine", dependencies: ["KartaLanguage", "KartaSchedule", "KartaPlan", "KartaLint"]),
    .executableTarget(name: "karta", dependencies: ["KartaCommandLine"]),
    .executableTarget(name: "karta-benchmark", dependencies: ["KartaSchedule", "KartaPlan"]),
    .testTarget(name: "KartaLanguageTests", dependencies: ["KartaLanguage"]),
    .testTarget(name: "KartaScheduleTests", dependencies: ["KartaSchedule"]),
    .testTarget(
      name: "KartaPlanTests", dependencies: ["KartaPlan", "KartaLanguage"],
      exclude: ["Fixtures"]),
    .testTarget(name: "KartaLintTests", dependencies: ["KartaLint", "KartaPlan", "KartaLanguage", "KartaSchedule"]),
    .testTarget(name: "KartaCommandLineTests", dependencies: ["KartaCommandLine"]),
  ]
)
