import KartaLanguage

extension DiagnosticID {
  /// An include whose file lies outside the root plan's directory tree.
  public static let includeOutsideTree: DiagnosticID = "include.outside-tree"
  /// An include that leads back to a file that is being included.
  public static let includeCycle: DiagnosticID = "include.cycle"
  /// Includes nested deeper than `PlanLoader.maximumIncludeDepth`.
  public static let includeTooDeep: DiagnosticID = "include.too-deep"
  /// An include whose file cannot be read.
  public static let includeUnreadable: DiagnosticID = "include.unreadable"
  /// A `plan` header in an included file.
  public static let includedPlanHeader: DiagnosticID = "include.plan-header"

  /// Two declarations of one kind with the same identifier.
  public static let duplicateIdentifier: DiagnosticID = "plan.duplicate-id"
  /// A second `plan` header.
  public static let duplicateHeader: DiagnosticID = "plan.duplicate-header"
  /// Items declared without a `plan` header.
  public static let missingHeader: DiagnosticID = "plan.missing-header"
  /// A party code that no `party` declares.
  public static let unknownParty: DiagnosticID = "plan.unknown-party"
  /// A subject id that no subject list declares.
  public static let unknownSubject: DiagnosticID = "plan.unknown-subject"
  /// A subject list id that no `subjects` declares.
  public static let unknownSubjectList: DiagnosticID = "plan.unknown-subject-list"
  /// An event id that no `event` declares.
  public static let unknownEvent: DiagnosticID = "plan.unknown-event"
  /// An item id that no `item` declares.
  public static let unknownItem: DiagnosticID = "plan.unknown-item"
  /// A section id that no `section` declares.
  public static let unknownSection: DiagnosticID = "plan.unknown-section"
  /// An item without an owner.
  public static let missingOwner: DiagnosticID = "plan.missing-owner"
  /// An item without a deadline.
  public static let missingDue: DiagnosticID = "plan.missing-due"
  /// A block without a property it cannot do without (a report's `from`, an amendment's `changes`).
  public static let missingProperty: DiagnosticID = "plan.missing-property"
  /// A date that is not `dd.mm.yyyy` or ISO, or no such day.
  public static let invalidDate: DiagnosticID = "plan.invalid-date"
  /// A period that is neither a year, an academic year nor a range.
  public static let invalidPeriod: DiagnosticID = "plan.invalid-period"
  /// A time zone that is not an IANA identifier.
  public static let unknownTimeZone: DiagnosticID = "plan.unknown-timezone"
  /// A target that does not read as a comparison with a number.
  public static let invalidTarget: DiagnosticID = "plan.invalid-target"
  /// A plan setting (`days-off`, `until`) with a value it does not have.
  public static let invalidSetting: DiagnosticID = "plan.invalid-setting"
  /// A name listed twice where each counts once: a subject in `for:`, an owner, an `after:` item.
  public static let repeatedName: DiagnosticID = "plan.repeated-name"
  /// A per-subject deadline for a subject the item's `for:` leaves out.
  public static let subjectOutsideFor: DiagnosticID = "plan.subject-outside-for"

  /// A `calendar` declaration whose year or dates cannot be read, or a date outside its year.
  public static let invalidCalendar: DiagnosticID = "plan.invalid-calendar"
  /// A `calendar` line that a decree would not write: a transfer from a working weekday or to a
  /// day already off, a `work:` day that is a weekday.
  public static let oddCalendar: DiagnosticID = "plan.odd-calendar"

  /// A deadline phrase Karta cannot read.
  public static let unreadableDeadline: DiagnosticID = "deadline.unreadable"
  /// A deadline on several lines that its line breaks would read differently.
  public static let deadlineLineBreak: DiagnosticID = "deadline.line-break"
  /// A `reading:` line under a deadline Karta reads by itself.
  public static let needlessReading: DiagnosticID = "deadline.needless-reading"
  /// A due date in a year whose decree on transferred days off Karta does not have.
  public static let noDecree: DiagnosticID = "deadline.no-decree"
  /// A deadline that falls before the plan's approval date.
  public static let deadlineBeforeApproval: DiagnosticID = "deadline.before-approval"
  /// A deadline outside the plan's period.
  public static let deadlineOutsidePeriod: DiagnosticID = "deadline.outside-period"
  /// A deadline that depends on an external schedule but is bound to no event.
  public static let unboundEvent: DiagnosticID = "deadline.unbound-event"
  /// A deadline with no date: done on request.
  public static let onRequestDeadline: DiagnosticID = "deadline.on-request"
  /// A plan with deadlines but no period to read them in.
  public static let missingPeriod: DiagnosticID = "deadline.missing-period"
  /// An event date that is not `dd.mm.yyyy` or `D..D`.
  public static let invalidEventDates: DiagnosticID = "deadline.invalid-event-dates"
  /// Sections whose `parent:` links lead back to themselves.
  public static let sectionCycle: DiagnosticID = "plan.section-cycle"
  /// Items whose `after:` dependencies lead back to themselves.
  public static let dependencyCycle: DiagnosticID = "plan.dependency-cycle"
}
