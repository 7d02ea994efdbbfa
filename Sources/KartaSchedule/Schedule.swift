/// What a deadline phrase means, as one of the kinds DESIGN.md names.
public enum ScheduleKind: String, Sendable, Hashable, Codable {
  /// One or more windows with dates.
  case window
  /// Windows generated over the period by a rule ("ежемесячно").
  case recurring
  /// The whole period; never "done", confirmed at each report ("постоянно").
  case continuous
  /// Bound to an external calendar event ("по графику Рособрнадзора"); unscheduled until bound.
  case event
  /// No date; done when reported done ("по согласованию").
  case onRequest = "on-request"
  /// Counted from an event or another item's completion («за 3 дня до проведения»): no windows until
  /// the plan or a status record gives the anchor's date.
  case relative
  /// Not understood: a lint error, never a guess.
  case unknown
}

/// A span of time in which something must be done.
public struct Window: Hashable, Sendable {
  /// The first day of the window.
  public var start: CivilDate
  /// The due date as the document writes it.
  public var due: CivilDate
  /// The due date moved off a day off by the plan's days-off rule (`DaysOffRule`).
  public var effectiveDue: CivilDate
  /// A label from the phrase: «ГИА-11», «11 класс», «за март 2024».
  public var label: String?
  /// The "as of" date of a reporting checkpoint («по состоянию на 30 июня 2024 года»).
  public var asOf: CivilDate?
  /// The time of day the window closes, `hh:mm` as the phrase writes it, when it gives one.
  public var dueTime: String?
  /// The IANA zone `dueTime` is written in: Europe/Moscow for «мск», else the plan's zone.
  public var dueZone: String?
  /// `dueTime` in the plan's zone when the phrase wrote it in another one, `hh:mm`, followed by
  /// ` (dd.mm.yyyy)` when the conversion crosses midnight.
  public var localDueTime: String?

  /// Creates a window; the effective due starts equal to the nominal one.
  public init(start: CivilDate, due: CivilDate, label: String? = nil, asOf: CivilDate? = nil) {
    self.start = start
    self.due = due
    self.effectiveDue = due
    self.label = label
    self.asOf = asOf
  }
}

/// A deadline phrase read into dates: the contract `karta when` prints and the check uses.
public struct Schedule: Hashable, Sendable {
  /// The phrase, verbatim.
  public var phrase: String
  /// What kind of deadline it is.
  public var kind: ScheduleKind
  /// The windows, in order (expanded for `recurring`, the period for `continuous`).
  public var windows: [Window]
  /// For `recurring`, the rule in words ("monthly, by the 25th of the following month").
  public var recurrence: String?
  /// For `event`, the schedule the phrase refers to («графику Рособрнадзора»).
  public var reference: String?
  /// Remarks on the reading: a moved due date, a year taken from the period, an ignored part.
  public var notes: [String]
  /// For `unknown`, why the phrase was not understood.
  public var problem: String?
  /// For `relative`, how the deadline is counted from its anchor.
  public var relative: RelativeRule?
  /// Whether the phrase, written on several lines, would read differently line by line than as
  /// the one line it is read as (lint warns: `deadline.line-break`).
  public var lineBreakChangesReading = false

  /// Creates a schedule.
  public init(
    phrase: String, kind: ScheduleKind, windows: [Window] = [], recurrence: String? = nil, reference: String? = nil,
    notes: [String] = [], problem: String? = nil
  ) {
    self.phrase = phrase
    self.kind = kind
    self.windows = windows
    self.recurrence = recurrence
    self.reference = reference
    self.notes = notes
    self.problem = problem
  }
}

/// What a phrase is read against: the plan's period, approval date, zone and rules.
public struct DeadlineContext: Sendable {
  /// The period missing years are taken from and recurrences expand over.
  public var period: PlanPeriod
  /// The approval date: windows of "до D" start here.
  public var approved: CivilDate?
  /// The plan's IANA time zone.
  public var timeZone: String
  /// The working-day calendar.
  public var calendar: ProductionCalendar
  /// Where a due date that falls on a day off moves.
  public var daysOff: DaysOffRule
  /// Whether "до D" means "before D" (due D − 1) rather than "by the end of D".
  public var untilIsExclusive: Bool

  /// Creates a context.
  public init(
    period: PlanPeriod, approved: CivilDate? = nil, timeZone: String = "Europe/Moscow",
    calendar: ProductionCalendar = .russia, daysOff: DaysOffRule = .earlier, untilIsExclusive: Bool = false
  ) {
    self.period = period
    self.approved = approved
    self.timeZone = timeZone
    self.calendar = calendar
    self.daysOff = daysOff
    self.untilIsExclusive = untilIsExclusive
  }

  /// Where a window that the phrase gives only an end for begins: the approval date when it is
  /// inside the period, else the period's start.
  var openStart: CivilDate {
    if let approved, period.contains(approved) { return approved }
    return period.start
  }
}

/// Where a due date that falls on a non-working day moves: the plan setting `days-off`.
public enum DaysOffRule: String, Sendable, Hashable, CaseIterable, Codable {
  /// To the preceding working day: the records-management rule that state bodies apply when they
  /// control the execution of their own documents («подлежит исполнению в предшествующий ему
  /// рабочий день»). The default. When no working day precedes the due date inside its window
  /// (a window of holidays only), the next working day.
  case earlier
  /// To the next working day: Civil Code art. 193, for civil-law obligations.
  case later
  /// Not at all: the date as written.
  case keep

  /// The rule in words, for notes and reports.
  public var explanation: String {
    switch self {
    case .earlier: "a due date on a day off moves to the preceding working day (records-management rule)"
    case .later: "a due date on a day off moves to the next working day (Civil Code art. 193)"
    case .keep: "a due date on a day off stays as written"
    }
  }

  /// The rule's short source, as a note on a moved date cites it.
  var citation: String {
    switch self {
    case .earlier: "the preceding working day, records-management rule"
    case .later: "the next working day, Civil Code art. 193"
    case .keep: "kept as written"
    }
  }
}
