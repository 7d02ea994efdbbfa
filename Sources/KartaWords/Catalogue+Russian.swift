extension Catalogue {
  /// Russian: every key of the catalogue, from its parts by concern.
  static let russian: [String: String] = russianReports.merging(russianDiagnostics) { first, _ in first }
    .merging(russianCommandLine) { first, _ in first }

  /// The parts of the Russian catalogue, for the test that no key is in two of them.
  static let russianParts = [russianReports, russianDiagnostics, russianCommandLine]
}
