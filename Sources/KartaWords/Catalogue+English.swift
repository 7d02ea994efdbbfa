extension Catalogue {
  /// English: every key of the catalogue, from its parts by concern.
  static let english: [String: String] = englishReports.merging(englishDiagnostics) { first, _ in first }
    .merging(englishCommandLine) { first, _ in first }

  /// The parts of the English catalogue, for the test that no key is in two of them.
  static let englishParts = [englishReports, englishDiagnostics, englishCommandLine]
}
