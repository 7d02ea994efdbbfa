extension DiagnosticID {
  /// The formatter's output would not read back as the same plan: a bug in `karta fmt`, so the
  /// file is left as it is.
  public static let formatUnstable: DiagnosticID = "fmt.unstable"
}
