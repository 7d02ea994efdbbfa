// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Karta",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "karta", targets: ["karta"]),
    .library(name: "KartaWords", targets: ["KartaWords"]),
    .library(name: "KartaLanguage", targets: ["KartaLanguage"]),
    .library(name: "KartaSchedule", targets: ["KartaSchedule"]),
    .library(name: "KartaPlan", targets: ["KartaPlan"]),
    .library(name: "KartaLint", targets: ["KartaLint"]),
    .library(name: "KartaCheck", targets: ["KartaCheck"]),
    .library(name: "KartaVerify", targets: ["KartaVerify"]),
    .library(name: "KartaReports", targets: ["KartaReports"]),
    .library(name: "KartaOffice", targets: ["KartaOffice"]),
    .library(name: "KartaImport", targets: ["KartaImport"]),
    .library(name: "KartaCommandLine", targets: ["KartaCommandLine"]),
    .library(name: "KartaLSP", targets: ["KartaLSP"]),
  ],
  targets: [
    .target(name: "KartaWords"),
    .target(name: "KartaLanguage", dependencies: ["KartaWords"]),
    .target(name: "KartaSchedule", dependencies: ["KartaWords"]),
    .target(name: "KartaPlan", dependencies: ["KartaLanguage", "KartaSchedule"]),
    .target(name: "KartaLint", dependencies: ["KartaLanguage", "KartaSchedule", "KartaPlan"]),
    .target(name: "CKartaDigest"),
    .target(
      name: "KartaCheck",
      dependencies: ["KartaWords", "KartaLanguage", "KartaSchedule", "KartaPlan", "CKartaDigest", "KartaOffice"]),
    .target(
      name: "KartaVerify", dependencies: ["KartaWords", "KartaLanguage", "KartaSchedule", "KartaPlan", "KartaCheck"]),
    .target(
      name: "KartaReports",
      dependencies: ["KartaWords", "KartaLanguage", "KartaSchedule", "KartaPlan", "KartaCheck", "KartaOffice"]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "KartaOffice", dependencies: ["CZlib"]),
    .target(name: "KartaImport", dependencies: ["KartaLanguage", "KartaSchedule", "KartaOffice"]),
    .target(name: "KartaLSP", dependencies: ["KartaLanguage", "KartaSchedule", "KartaPlan", "KartaLint"]),
    .target(
      name: "KartaCommandLine",
      dependencies: [
        "KartaWords", "KartaLanguage", "KartaSchedule", "KartaPlan", "KartaLint", "KartaCheck", "KartaVerify",
        "KartaReports", "KartaOffice", "KartaImport", "KartaLSP",
      ]),
    .executableTarget(name: "karta", dependencies: ["KartaCommandLine"]),
    .executableTarget(
      name: "karta-benchmark", dependencies: ["KartaSchedule", "KartaPlan", "KartaCheck", "KartaCommandLine"]),
    .target(name: "KartaTestSupport", path: "Tests/KartaTestSupport"),
    .testTarget(name: "KartaWordsTests", dependencies: ["KartaWords"]),
    .testTarget(name: "KartaLanguageTests", dependencies: ["KartaLanguage"]),
    .testTarget(name: "KartaScheduleTests", dependencies: ["KartaSchedule"]),
    .testTarget(
      name: "KartaPlanTests", dependencies: ["KartaPlan", "KartaLanguage"],
      exclude: ["Fixtures"]),
    .testTarget(name: "KartaLintTests", dependencies: ["KartaLint", "KartaPlan", "KartaLanguage", "KartaSchedule"]),
    .testTarget(
      name: "KartaCheckTests",
      dependencies: ["KartaCheck", "KartaPlan", "KartaSchedule", "KartaLanguage", "KartaTestSupport"]),
    .testTarget(
      name: "KartaVerifyTests",
      dependencies: ["KartaVerify", "KartaCheck", "KartaPlan", "KartaSchedule", "KartaLanguage"]),
    .testTarget(
      name: "KartaReportsTests",
      dependencies: ["KartaReports", "KartaCheck", "KartaPlan", "KartaOffice", "KartaTestSupport"],
      exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "KartaCommandLineTests",
      dependencies: ["KartaCommandLine", "KartaOffice", "KartaWords", "KartaTestSupport"],
      exclude: ["Golden"]),
    .testTarget(name: "KartaOfficeTests", dependencies: ["KartaOffice"]),
    .testTarget(
      name: "KartaImportTests", dependencies: ["KartaImport", "KartaOffice", "KartaLanguage", "KartaPlan", "KartaLint"],
      exclude: ["Fixtures"]),
    .testTarget(name: "KartaLSPTests", dependencies: ["KartaLSP", "KartaLanguage"]),
  ]
)
