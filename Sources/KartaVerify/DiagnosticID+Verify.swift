import KartaLanguage

extension DiagnosticID {
  /// A line of a `.verify` file without the colon that ends its keyword part.
  public static let verifyMissingColon: DiagnosticID = "verify.missing-colon"
  /// A keyword a `.verify` file does not have.
  public static let verifyUnknownKeyword: DiagnosticID = "verify.unknown-keyword"
  /// A test property outside a `test` block, or a `test`/`plan` line that is indented.
  public static let verifyMisplaced: DiagnosticID = "verify.misplaced"
  /// A property given twice where only one is allowed, or two tests of one name.
  public static let verifyDuplicate: DiagnosticID = "verify.duplicate"
  /// A required line left out: `plan:`, a test's `as-of:`, a test name.
  public static let verifyMissing: DiagnosticID = "verify.missing"
  /// A value of the wrong shape: a date, a number, a percentage, a window, a kind, a reference.
  public static let verifyInvalidValue: DiagnosticID = "verify.invalid-value"
  /// A state name that is not one of the evaluation's states.
  public static let verifyUnknownState: DiagnosticID = "verify.unknown-state"
  /// A summary figure `count` does not know.
  public static let verifyUnknownFigure: DiagnosticID = "verify.unknown-figure"
  /// An item or report the plan does not have.
  public static let verifyUnknownItem: DiagnosticID = "verify.unknown-item"
  /// A subject the item does not fan out to, or a subject given (or left out) where it must not be.
  public static let verifyUnknownSubject: DiagnosticID = "verify.unknown-subject"
  /// An occurrence the obligation does not have, or one left out where there are several.
  public static let verifyUnknownOccurrence: DiagnosticID = "verify.unknown-occurrence"
  /// A plan or status fixture that cannot be read or has errors.
  public static let verifyBadFixture: DiagnosticID = "verify.bad-fixture"

  /// An obligation in another state than expected.
  public static let verifyState: DiagnosticID = "verify.state"
  /// An obligation whose window differs from the expected one.
  public static let verifyWindow: DiagnosticID = "verify.window"
  /// An obligation whose due date (nominal or effective) differs from the expected one.
  public static let verifyDue: DiagnosticID = "verify.due"
  /// A window whose label differs from the expected one.
  public static let verifyLabel: DiagnosticID = "verify.label"
  /// A reporting checkpoint whose "as of" date differs from the expected one.
  public static let verifyCheckpoint: DiagnosticID = "verify.checkpoint"
  /// An item or report with another number of occurrences than expected.
  public static let verifyOccurrences: DiagnosticID = "verify.occurrences"
  /// A deadline read as another kind than expected.
  public static let verifyKind: DiagnosticID = "verify.kind"
  /// A summary count that differs from the expected one.
  public static let verifyCount: DiagnosticID = "verify.count"
  /// A compliance figure that differs from the expected one.
  public static let verifyCompliance: DiagnosticID = "verify.compliance"
}
