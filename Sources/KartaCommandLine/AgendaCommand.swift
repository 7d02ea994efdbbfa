import KartaCheck
import KartaPlan
import KartaReports
import KartaSchedule
import KartaWords

/// `karta agenda PLAN [STATUS…]`: what is due in the coming days, per party; with `--ics`, the
/// deadlines as a calendar file.
enum AgendaCommand: Command {
  static let name = "agenda"
  /// How many days the list covers when `--days` is not given.
  static let defaultDays = 14
  static let options = [
    OptionSpec(name: .from, takesValue: true, reading: .date), OptionSpec(name: .days, takesValue: true),
    OptionSpec(name: .party, takesValue: true), OptionSpec(name: .subject, takesValue: true),
    OptionSpec(name: .ics, takesValue: false), OptionSpec(name: .todo, takesValue: false),
    OptionSpec(name: .output, takesValue: true),
  ]
  static let help = """
    usage: karta agenda PLAN [STATUS…] [--from D] [--days N] [--party P] [--subject S]
                        [--ics [--todo]] [-o FILE]

    Lists what falls due in the coming days, party by party and day by day: each obligation's
    item, subject, title, deadline as written and effective due date. Given status files (or
    folders of them), obligations already reported done, waived or cancelled are left out.
    Continuous obligations and those without a date are counted, not listed.

    With --ics, writes an iCalendar file (RFC 5545) of every dated obligation of the plan
    instead — or of the days asked for, when --from or --days is given — that calendars import:
    one all-day event on each effective due date, with a stable UID, so importing a newer
    file updates the entries. --todo writes to-dos (DTSTART the window's first day, DUE the
    effective due) for task lists; Outlook imports only events.

    options:
      --from D           the first day (default: today in the plan's time zone)
      --days N           how many days, the first included (default 14)
      --party P          only the obligations party P owes
      --subject S        only the obligations for subject S
      --ics              write an iCalendar file instead of the list (see docs/reports.md)
      --todo             with --ics: to-dos instead of events
      -o, --output FILE  write to FILE (atomically) instead of standard output

    exit codes: 0 written, 2 bad input or usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    let words = console.language
    guard let path = arguments.positional.first else {
      console.writeError(
        "karta agenda: \(words.word("cli.no-plan"))\n" + words.say("cli.see-help", "karta help agenda") + "\n")
      return Karta.ExitCode.badInput
    }
    let ics = arguments.flag(.ics)
    if arguments.flag(.todo), !ics {
      console.writeError("karta agenda: \(words.word("cli.todo-without-ics"))\n")
      return Karta.ExitCode.badInput
    }
    var days: Int?
    if let text = arguments[.days] {
      guard let number = Int(text), number >= 1, number <= 3660 else {
        console.writeError("karta agenda: \(words.say("cli.days", "\(text)"))\n")
        return Karta.ExitCode.badInput
      }
      days = number
    }
    let from = arguments.date(.from)
    guard let loaded = PlanInput.load(path, console: console, command: name) else { return Karta.ExitCode.badInput }
    let plan = loaded.plan
    let party = arguments[.party]
    let subject = arguments[.subject]
    guard PlanInput.checkFilter(party: party, subject: subject, plan: plan, console: console, command: name) else {
      return Karta.ExitCode.badInput
    }
    // The list always covers a range of days; the calendar only the ends that are asked for.
    let start = from ?? PlanInput.today(in: plan)
    let first = ics && from == nil && days == nil ? nil : start
    let last = ics && days == nil ? nil : start.adding(days: (days ?? Self.defaultDays) - 1)

    let table = ObligationTable(plan: plan.inForce(on: start))
    let paths = StatusPaths.expand(Array(arguments.positional.dropFirst()), console: console, command: name)
    let status = StatusSet.load(paths: paths, table: table)
    let total = status.errorCount
    if total > 0 {
      let listed = status.diagnostics.filter { $0.severity != .warning }
      console.writeError(StatusDiagnostics.render(listed, of: status, console: console))
      console.writeError("karta agenda: " + words.count("count.cli.status-errors", total, "\(total)") + "\n")
      return Karta.ExitCode.badInput
    }
    let report = ComplianceReport(
      table: table, status: status, asOf: start, filter: ObligationFilter(party: party, subject: subject))
    if ics {
      var name = plan.header?.id ?? "karta"
      if let party { name += " · \(party)" }
      if let subject { name += " · \(subject)" }
      let export = CalendarExport(
        plan: plan, component: arguments.flag(.todo) ? .todo : .event,
        name: name + " — " + AgendaListing.short(plan.header?.title ?? "", 60), language: words)
      // Written one component at a time: the whole plan's calendar never lives in memory.
      var written = 0
      let failure = OutputFile.deliver(to: arguments[.output], console: console, command: name) { sink in
        written = export.write(report, from: first, through: last, to: sink)
      }
      if let failure { return failure }
      if written == 0 { console.writeError("karta agenda: \(words.word("agenda.empty-calendar"))\n") }
      return Karta.ExitCode.success
    }
    let agenda = AgendaListing(
      range: start...(last ?? start), statusFiles: paths.count,
      colored: console.colored && arguments[.output] == nil, language: words)
    let failure = OutputFile.deliver(to: arguments[.output], console: console, command: name) { sink in
      agenda.write(report, to: sink)
    }
    if let failure { return failure }
    return Karta.ExitCode.success
  }
}
