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
    OptionSpec(name: "from", takesValue: true), OptionSpec(name: "days", takesValue: true),
    OptionSpec(name: "party", takesValue: true), OptionSpec(name: "subject", takesValue: true),
    OptionSpec(name: "ics", takesValue: false), OptionSpec(name: "todo", takesValue: false),
    OptionSpec(name: "output", takesValue: true),
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
    let ics = arguments.flag("ics")
    if arguments.flag("todo"), !ics {
      console.writeError("karta agenda: \(words.word("cli.todo-without-ics"))\n")
      return Karta.ExitCode.badInput
    }
    var days: Int?
    if let text = arguments.options["days"] {
      guard let number = Int(text), number >= 1, number <= 3660 else {
        console.writeError("karta agenda: \(words.say("cli.days", "\(text)"))\n")
        return Karta.ExitCode.badInput
      }
      days = number
    }
    var from: CivilDate?
    if let text = arguments.options["from"] {
      guard let date = CivilDate(parsing: text) else {
        console.writeError("karta agenda: " + words.say("cli.not-a-date", "--from", "\(text)") + "\n")
        return Karta.ExitCode.badInput
      }
      from = date
    }
    guard let loaded = PlanInput.load(path, console: console, command: name) else { return Karta.ExitCode.badInput }
    let plan = loaded.plan
    let party = arguments.options["party"]
    let subject = arguments.options["subject"]
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
      console.writeError(StatusDiagnostics.render(listed, console: console))
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
        plan: plan, component: arguments.flag("todo") ? .todo : .event,
        name: name + " — " + AgendaListing.short(plan.header?.title ?? "", 60), language: words)
      // Written one component at a time: the whole plan's calendar never lives in memory.
      var written = 0
      let failure = OutputFile.deliver(to: arguments.options["output"], console: console, command: name) { sink in
        written = export.write(report, from: first, through: last, to: sink)
      }
      if let failure { return failure }
      if written == 0 { console.writeError("karta agenda: \(words.word("agenda.empty-calendar"))\n") }
      return Karta.ExitCode.success
    }
    let rows = CalendarExport.obligations(of: report, from: first, through: last)
    let agenda = AgendaListing(
      report: report, rows: rows, range: start...(last ?? start), statusFiles: paths.count,
      colored: console.colored && arguments.options["output"] == nil, language: words)
    if let failure = OutputFile.deliver(agenda.render(), to: arguments.options["output"], console: console, command: name)
    {
      return failure
    }
    return Karta.ExitCode.success
  }
}

/// The agenda as the terminal shows it: parties in plan order, days in order within a party,
/// and one line per item and day, with the subjects it is due for.
struct AgendaListing {
  let report: ComplianceReport
  let rows: [ObligationRow]
  let range: ClosedRange<CivilDate>
  let statusFiles: Int
  let colored: Bool
  let language: Language
  /// The most subjects named on a line before "+N".
  static let subjectsPerLine = 5

  /// One line of the listing: an item (or report) due on a day, for some subjects.
  struct Entry {
    var row: ObligationRow
    var subjects: [String] = []
  }

  func render() -> String {
    let plan = report.table.plan
    let title = Self.short(plan.header.map { "\($0.id) — \($0.title)" } ?? language.word("report.plan"), 100)
    var out = bold(language.say("agenda.title", "\(title)"))
    let count = range.upperBound.dayNumber - range.lowerBound.dayNumber + 1
    out +=
      "\n"
      + language.count(
        "count.agenda.range", count, "\(range.lowerBound.russian)", "\(range.upperBound.russian)", "\(count)")
    if let party = report.filter.party { out += language.say("report.filter-party", "\(party)") }
    if let subject = report.filter.subject { out += language.say("report.filter-subject", "\(subject)") }
    if statusFiles > 0 { out += language.count("count.agenda.status-files", statusFiles, "\(statusFiles)") }
    out += "\n"
    var parties = plan.parties.map(\.code).filter { code in rows.contains { $0.owners.contains(code) } }
    if let party = report.filter.party { parties = [party] }
    for code in parties {
      let name = plan.party(code)?.name ?? ""
      out += "\n" + bold(code) + "  " + Self.short(name, 90) + "\n"
      out += days(rows.filter { $0.owners.contains(code) })
    }
    let unowned = rows.filter(\.owners.isEmpty)
    if report.filter.party == nil, !unowned.isEmpty {
      out += "\n" + bold(language.word("agenda.no-party")) + "\n" + days(unowned)
    }
    if rows.isEmpty { out += "\n" + language.word("agenda.nothing") + "\n" }
    out += "\n" + summary()
    return out
  }

  /// The rows of one party, by day, items merged across subjects.
  private func days(_ rows: [ObligationRow]) -> String {
    var byDay: [CivilDate: [Entry]] = [:]
    // Where each (day, item, occurrence label) already has its entry, so that thousands of
    // subjects merge into one line in linear time, updating the arrays in place.
    var slots: [String: Int] = [:]
    for row in rows {
      guard let due = row.window?.effectiveDue else { continue }
      let key = "\(due.dayNumber)|\(row.kind)|\(row.id)|\(Self.label(row))"
      if let at = slots[key] {
        if let subject = row.subject { byDay[due, default: []][at].subjects.append(subject.id) }
      } else {
        slots[key] = byDay[due, default: []].count
        byDay[due, default: []].append(Entry(row: row, subjects: row.subject.map { [$0.id] } ?? []))
      }
    }
    var out = ""
    for day in byDay.keys.sorted() {
      out += "  \(language.word("weekday.\(day.weekday)")) \(day.russian)\n"
      for entry in byDay[day] ?? [] { out += line(entry) }
    }
    return out
  }

  private func line(_ entry: Entry) -> String {
    let row = entry.row
    var text = "    " + (row.kind == "report" ? language.word("kind.report") + " " : "") + Self.label(row).padding(9)
    if !entry.subjects.isEmpty {
      let named = entry.subjects.prefix(Self.subjectsPerLine).joined(separator: ", ")
      let more = entry.subjects.count > Self.subjectsPerLine ? " +\(entry.subjects.count - Self.subjectsPerLine)" : ""
      text += " [\(named)\(more)]"
    }
    text += " " + Self.short(row.title, 60)
    text += " — «" + Self.short(row.duePhrase, 50) + "»"
    if let window = row.window, window.due != window.effectiveDue {
      text += language.say("agenda.written-due", "\(window.due.russian)")
    }
    return text + "\n"
  }

  /// How many were listed, and what a list of due dates cannot show.
  private func summary() -> String {
    var undated = 0
    var continuous = 0
    for group in report.table.groups {
      for position in 0..<report.table.subjectCount(group) {
        let kind = group.schedule(at: position).kind
        for occurrence in 1...group.count(at: position) {
          let index = group.index(position: position, occurrence: occurrence)
          guard let state = report.state(of: index), !CalendarExport.finishedStates.contains(state) else { continue }
          if kind == .continuous {
            continuous += 1
          } else if state == .onRequest || state == .unscheduled {
            undated += 1
          }
        }
      }
    }
    var out = language.count("count.agenda.due", rows.count, "\(rows.count)")
    var unlisted: [Phrase.Argument] = []
    if continuous > 0 { unlisted.append(.phrase(Phrase("agenda.continuous", "\(continuous)"))) }
    if undated > 0 { unlisted.append(.phrase(Phrase("agenda.undated", "\(undated)"))) }
    if !unlisted.isEmpty { out += language.say("agenda.not-listed", .list(unlisted)) }
    return out + ".\n"
  }

  /// The first line of a text, cut to `width` characters.
  static func short(_ text: String, _ width: Int) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }

  /// The id a status file uses, with the occurrence when there are several: "A1.6 #2".
  static func label(_ row: ObligationRow) -> String {
    row.occurrences > 1 ? "\(row.id) #\(row.occurrence)" : row.id
  }

  private func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}

extension String {
  /// The string padded with spaces to `width` characters; a longer one is kept whole.
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
