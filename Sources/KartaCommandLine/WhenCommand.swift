import Foundation
import KartaLanguage
import KartaPlan
import KartaReports
import KartaSchedule

/// `karta when PHRASE [--period P] [--approved D] [--timezone Z] [--format text|json]`: what Karta
/// understands a deadline phrase to mean.
enum WhenCommand: Command {
  static let name = "when"
  static let options = [
    OptionSpec(name: .period, takesValue: true), OptionSpec(name: .approved, takesValue: true, reading: .date),
    OptionSpec(name: .timezone, takesValue: true),
    OptionSpec(name: .format, takesValue: true, allowed: ["text", "json"]),
    OptionSpec(name: .daysOff, takesValue: true, allowed: DaysOffRule.allCases.map(\.rawValue) + ["move"]),
    OptionSpec(name: .keepDaysOff, takesValue: false), OptionSpec(name: .calendar, takesValue: true),
    OptionSpec(name: .anchor, takesValue: true, reading: .dateRange),
  ]
  static let help = """
    usage: karta when PHRASE [--period 2024 | 2023/2024 | D..D] [--approved D] [--timezone ZONE]
                  [--days-off earlier|later|keep] [--calendar FILE] [--anchor D] [--format text|json]

    Reads a deadline phrase as a plan would and prints its schedule: the kind (window, recurring,
    continuous, event, on-request, unknown) and each window's start, due date and effective due
    date (a due date on a day off moves to the preceding working day unless --days-off says
    otherwise). Days off are those of the Labour Code (art. 112) in every year plus the
    Government's transfers for the years Karta ships (2023–2026) and those a calendar file adds.

    options:
      --period P        the plan's period; a missing year is taken from it (default: the approval year, or this year)
      --approved D      the approval date; windows of "до D" start there
      --timezone ZONE   the plan's time zone (default Europe/Moscow)
      --days-off R      where a due date on a day off moves: earlier (the preceding working day,
                        records-management rule; default), later (the next working day, Civil
                        Code art. 193; 'move' is the same), keep (not at all)
      --keep-days-off   the same as --days-off keep
      --calendar FILE   a plan file whose 'calendar' declarations add or replace decree years
      --anchor D        the date a relative deadline counts from («за 3 дня до проведения»: the
                        day of the event), or D..D for an event of several days («после окончания»
                        counts from its end, «до начала» from its start); without it a relative
                        deadline has no windows
      --format F        text (default) or json

    exit codes: 0 the phrase was read, 1 it was not (unknown), 2 bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard !arguments.positional.isEmpty else {
      console.writeError("karta when: no phrase given\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    let phrase = arguments.positional.joined(separator: " ")
    let approved = arguments.date(.approved)
    let period: PlanPeriod
    if let text = arguments[.period] {
      guard let parsed = PlanPeriod(parsing: text) else {
        console.writeError(
          "karta when: '--period \(text)' is not a year, an academic year (2023/2024) or D..D"
            + " (within 1900–2999, at most \(PlanPeriod.maximumYears) years)\n")
        return Karta.ExitCode.badInput
      }
      period = parsed
    } else {
      period = .calendarYear(approved?.year ?? Calendar(identifier: .gregorian).component(.year, from: Date()))
    }
    let zone = arguments.value(.timezone, default: "Europe/Moscow")
    guard TimeZone(identifier: zone) != nil else {
      console.writeError("karta when: unknown time zone '\(zone)'\n")
      return Karta.ExitCode.badInput
    }
    var calendar = ProductionCalendar.russia
    var calendarNotes: [String] = []
    if let path = arguments[.calendar] {
      guard let decrees = calendarDecrees(path, console: console) else { return Karta.ExitCode.badInput }
      calendar = calendar.adding(decrees)
      calendarNotes = decrees.map { "the days off of \($0.year) follow calendar '\($0.id)' of \(path)" }
    }
    let rule: DaysOffRule =
      arguments.flag(.keepDaysOff)
      ? .keep : arguments[.daysOff].map { DaysOffRule(rawValue: $0) ?? .later } ?? .earlier
    let context = DeadlineContext(period: period, approved: approved, timeZone: zone, calendar: calendar, daysOff: rule)
    var schedule = DeadlineReader.read(phrase, in: context)
    schedule.notes += calendarNotes
    if let anchor = arguments.dateRange(.anchor) {
      if schedule.kind == .relative {
        schedule = DeadlineReader.anchored(
          schedule, to: [Window(start: anchor.lowerBound, due: anchor.upperBound)], in: context)
      } else {
        schedule.notes.append("--anchor is for relative deadlines; this one is \(schedule.kind.rawValue)")
      }
    }
    if arguments.value(.format, default: "text") == "json" {
      console.write(ScheduleJSON(schedule, daysOff: rule).text)
    } else {
      console.write(schedule.readingText(period: period, daysOff: rule))
    }
    return schedule.kind == .unknown ? Karta.ExitCode.findings : Karta.ExitCode.success
  }

  /// The decrees of the `calendar` declarations in the plan file at `path`; `nil` (with the errors
  /// printed) when the file has errors or declares no calendar.
  private static func calendarDecrees(_ path: String, console: Console) -> [CalendarDecree]? {
    let loaded = PlanLoader.load(path: path)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else {
      console.writeError(DiagnosticRenderer(sources: loaded.sources, colored: console.colored).render(errors))
      console.writeError("karta when: the calendar file has \(errors.count) error(s); run 'karta lint \(path)'\n")
      return nil
    }
    guard !loaded.plan.calendars.isEmpty else {
      console.writeError("karta when: '\(path)' declares no 'calendar' (docs/deadlines.md shows one)\n")
      return nil
    }
    return loaded.plan.calendars.map(\.decree)
  }

}

/// The JSON contract of `karta when` (DESIGN.md): phrase, kind, windows; more fields may follow.
struct ScheduleJSON: Encodable {
  var phrase: String
  var kind: String
  var windows: [WindowJSON]
  var recurrence: String?
  var reference: String?
  var explanation: String
  var notes: [String]
  var problem: String?
  /// The days-off rule the effective due dates follow: earlier, later or keep.
  var daysOff: String
  /// For a relative deadline: how it is counted from its anchor.
  var relative: Relative?

  struct Relative: Encodable {
    var amount: Int
    var unit: String
    var direction: String
    var anchorEnd: String
    var anchor: String

    enum CodingKeys: String, CodingKey {
      case amount, unit, direction, anchor
      case anchorEnd = "anchor_end"
    }
  }

  enum CodingKeys: String, CodingKey {
    case phrase, kind, windows, recurrence, reference, explanation, notes, problem, relative
    case daysOff = "days_off"
  }

  init(_ schedule: Schedule, daysOff: DaysOffRule) {
    self.daysOff = daysOff.rawValue
    relative = schedule.relative.map {
      Relative(
        amount: $0.amount, unit: $0.unit.rawValue, direction: $0.direction.rawValue, anchorEnd: $0.anchorEnd.rawValue,
        anchor: $0.anchor)
    }
    phrase = schedule.phrase
    kind = schedule.kind.rawValue
    windows = schedule.windows.map(WindowJSON.init)
    recurrence = schedule.recurrence
    reference = schedule.reference
    explanation = schedule.explanation
    notes = schedule.notes
    problem = schedule.problem
  }

  var text: String {
    JSONText.document(self, pretty: false)
  }
}
