import KartaLanguage

extension DiagnosticID {
  /// A status file that is not valid JSON.
  public static let invalidJSON: DiagnosticID = "status.invalid-json"
  /// A status file that is not valid CSV, or lacks its header row.
  public static let invalidCSV: DiagnosticID = "status.invalid-csv"
  /// A field of the wrong JSON type.
  public static let wrongType: DiagnosticID = "status.wrong-type"
  /// A required field left out.
  public static let missingField: DiagnosticID = "status.missing-field"
  /// A field the format does not have.
  public static let unknownField: DiagnosticID = "status.unknown-field"
  /// A `format` other than `karta-status/1`.
  public static let wrongFormat: DiagnosticID = "status.wrong-format"
  /// A status file for another plan.
  public static let wrongPlan: DiagnosticID = "status.wrong-plan"
  /// A reporter party the plan does not have.
  public static let unknownReporter: DiagnosticID = "status.unknown-party"
  /// A record for an item the plan does not have.
  public static let unknownStatusItem: DiagnosticID = "status.unknown-item"
  /// A subject the plan or the item does not have.
  public static let unknownStatusSubject: DiagnosticID = "status.unknown-subject"
  /// An occurrence the item does not have.
  public static let unknownOccurrence: DiagnosticID = "status.unknown-occurrence"
  /// A date that is not a date.
  public static let invalidStatusDate: DiagnosticID = "status.invalid-date"
  /// A status outside the list.
  public static let unknownStatus: DiagnosticID = "status.unknown-status"
  /// A waiver without reason, approver or expiry.
  public static let incompleteWaiver: DiagnosticID = "status.incomplete-waiver"
  /// A rescheduling without the new date or its basis.
  public static let incompleteReschedule: DiagnosticID = "status.incomplete-reschedule"
  /// A record by a party that the plan does not name among the item's owners (a warning).
  public static let reporterNotOwner: DiagnosticID = "status.not-owner"
  /// A value for an indicator the item has no target for (a warning): often a misspelt name.
  public static let unknownIndicator: DiagnosticID = "status.unknown-indicator"
  /// Two records that disagree about one obligation.
  public static let conflictingRecord: DiagnosticID = "status.conflicting-record"
  /// More problems in one file than are listed.
  public static let tooManyProblems: DiagnosticID = "status.too-many-problems"
  /// Nesting deeper than the reader accepts.
  public static let tooDeep: DiagnosticID = "status.too-deep"
  /// A status file larger than Karta reads.
  public static let statusTooLarge: DiagnosticID = "status.too-large"
  /// A completion date that is not plausible (a warning): after the file's `as_of`, before the
  /// plan was approved, or before the obligation's window opened.
  public static let implausibleCompletion: DiagnosticID = "status.implausible-completion"
}
