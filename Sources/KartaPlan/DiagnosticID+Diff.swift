import KartaLanguage

extension DiagnosticID {
  /// A file given to `karta diff` that has no `plan` header: shared declarations cannot be compared as a plan.
  public static let diffNotAPlan: DiagnosticID = "diff.not-a-plan"
}
