import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// Obligations' deadlines as an iCalendar file (RFC 5545) for Yandex Calendar, Outlook,
/// Thunderbird and the like to import: one component per obligation window, all-day dates,
/// CRLF line ends, lines folded at 75 octets, text escaped.
///
/// Each component's UID is made of the plan id, the item (or `report:` and the report) id, the
/// subject and the occurrence (`irkutsk-2024/A1.8/angarsk/1@karta`), so importing a newer export
/// updates the entries instead of duplicating them. Identifiers never contain `/`, so two
/// obligations never share a UID. `DTSTAMP` is fixed by the plan — its approval date, or the
/// date of its latest amendment when later — so the same plan gives the same file, byte for byte.
public struct CalendarExport: Sendable {
  /// How an obligation is written: as an all-day event on its due date, or as a to-do.
  public enum Component: String, Sendable {
    /// `VEVENT` on the effective due date (`DTSTART`, `DTEND` the day after): what every
    /// calendar shows; Outlook ignores to-dos in an imported file.
    case event = "VEVENT"
    /// `VTODO` with `DUE` the effective due date and `DTSTART` the window's first day: the
    /// window as it is, for task lists (Thunderbird, Apple Reminders, Nextcloud Tasks).
    case todo = "VTODO"
  }

  /// The states of obligations that need nothing more: reported done, waived, cancelled.
  public static let finishedStates: Set<ObligationState> = [.done, .late, .targetMissed, .waived, .cancelled]

  /// The plan the obligations belong to.
  public let plan: Plan
  /// How obligations are written.
  public let component: Component
  /// The calendar's name (`X-WR-CALNAME`).
  public let name: String
  /// The language of summaries, descriptions and reminders.
  public let language: Language
  /// `DTSTAMP` of every component (`stamp(for:)`).
  private let stamp: String
  /// How many days before the due date the reminder (`VALARM`) goes off.
  public static let reminderDays = 3

  /// Creates an export for the obligations of `plan`; the name defaults to the plan's id.
  public init(plan: Plan, component: Component = .event, name: String? = nil, language: Language = .english) {
    self.plan = plan
    self.component = component
    self.name = name ?? plan.header.map { "\($0.id) — \(ReportWording.short($0.title, 60))" } ?? "karta"
    self.language = language
    self.stamp = Self.stamp(for: plan)
  }

  /// The obligations of `report` that have a date and still need doing, in plan order: those
  /// with a window (moved ones at their new date), not continuous, not in a finished state,
  /// whose effective due falls between `from` and `through` (both included) when given.
  public static func obligations(
    of report: ComplianceReport, from: CivilDate? = nil, through: CivilDate? = nil
  ) -> [ObligationRow] {
    var rows: [ObligationRow] = []
    forEachObligation(of: report, from: from, through: through) { rows.append($0) }
    return rows
  }

  /// Calls `body` with each of the obligations `obligations(of:from:through:)` lists, one at a
  /// time, in plan order, without keeping them.
  public static func forEachObligation(
    of report: ComplianceReport, from: CivilDate? = nil, through: CivilDate? = nil,
    _ body: (ObligationRow) -> Void
  ) {
    let table = report.table
    let evaluator = Evaluator(table: table, status: report.status, asOf: report.asOf, horizon: report.horizon)
    for group in table.groups {
      for position in 0..<table.subjectCount(group) {
        let kind = group.schedule(at: position).kind
        guard kind != .continuous, kind != .onRequest else { continue }
        for occurrence in 1...group.count(at: position) {
          let index = group.index(position: position, occurrence: occurrence)
          guard let state = report.state(of: index), !finishedStates.contains(state) else { continue }
          let outcome = evaluator.outcome(group: group, position: position, occurrence: occurrence, index: index)
          guard let due = outcome.window?.effectiveDue else { continue }
          if let from, due < from { continue }
          if let through, due > through { continue }
          body(report.row(index))
        }
      }
    }
  }

  /// The calendar: one component for each row that has a window, in the order given.
  public func render(_ rows: [ObligationRow]) -> String {
    let sink = OutputSink()
    writeHeader(to: sink)
    for row in rows { write(row, to: sink) }
    writeFooter(to: sink)
    return sink.text
  }

  /// Writes the calendar of `report`'s obligations (those `forEachObligation` gives) to `sink`,
  /// one component at a time; returns how many components it wrote.
  @discardableResult
  public func write(
    _ report: ComplianceReport, from: CivilDate? = nil, through: CivilDate? = nil, to sink: OutputSink
  ) -> Int {
    writeHeader(to: sink)
    var written = 0
    Self.forEachObligation(of: report, from: from, through: through) { row in
      if write(row, to: sink) { written += 1 }
    }
    writeFooter(to: sink)
    return written
  }

  private func writeHeader(to sink: OutputSink) {
    func line(_ text: String) { sink.write(Self.fold(text)) }
    line("BEGIN:VCALENDAR")
    line("VERSION:2.0")
    line("PRODID:-//Karta//karta agenda//EN")
    line("CALSCALE:GREGORIAN")
    line("METHOD:PUBLISH")
    line("X-WR-CALNAME:" + Self.escape(name))
    if let zone = plan.header?.timeZone { line("X-WR-TIMEZONE:" + Self.escape(zone)) }
  }

  private func writeFooter(to sink: OutputSink) { sink.write(Self.fold("END:VCALENDAR")) }

  /// One component; `false` (and nothing written) for a row without a window.
  @discardableResult
  private func write(_ row: ObligationRow, to sink: OutputSink) -> Bool {
    guard let window = row.window else { return false }
    func line(_ text: String) { sink.write(Self.fold(text)) }
    line("BEGIN:" + component.rawValue)
    line("UID:" + Self.escape(uid(row)))
    line("DTSTAMP:" + stamp)
    switch component {
    case .event:
      line("DTSTART;VALUE=DATE:" + Self.basic(window.effectiveDue))
      line("DTEND;VALUE=DATE:" + Self.basic(window.effectiveDue.adding(days: 1)))
      line("TRANSP:TRANSPARENT")
    case .todo:
      // DUE must be later than DTSTART (RFC 5545, 3.8.2.3): a one-day window has no DTSTART.
      if window.start < window.effectiveDue { line("DTSTART;VALUE=DATE:" + Self.basic(window.start)) }
      line("DUE;VALUE=DATE:" + Self.basic(window.effectiveDue))
      line("STATUS:NEEDS-ACTION")
    }
    let summary = summary(row)
    line("SUMMARY:" + Self.escape(summary))
    line("DESCRIPTION:" + Self.escape(description(row, window: window)))
    if !row.owners.isEmpty { line("CATEGORIES:" + row.owners.map(Self.escape).joined(separator: ",")) }
    line("BEGIN:VALARM")
    line("ACTION:DISPLAY")
    line("DESCRIPTION:" + Self.escape(language.say("ics.reminder", "\(summary)")))
    line((component == .todo ? "TRIGGER;RELATED=END:" : "TRIGGER:") + "-P\(Self.reminderDays)D")
    line("END:VALARM")
    line("END:" + component.rawValue)
    return true
  }

  /// The stable id of an obligation: plan, item (or `report:` and the report id), subject when
  /// there is one, occurrence.
  public func uid(_ row: ObligationRow) -> String {
    var parts = [plan.header?.id ?? "plan", row.kind == .report ? "report:" + row.id : row.id]
    if let subject = row.subject { parts.append(subject.id) }
    parts.append(String(row.occurrence))
    return parts.joined(separator: "/") + "@karta"
  }

  /// `A1.6 #2 (angarsk): Проведение …` — the id, the subject, the first line of the title.
  func summary(_ row: ObligationRow) -> String {
    var text = ReportWording.label(row)
    if let subject = row.subject { text += " (\(subject.id))" }
    if row.kind == .report { text += " " + language.word("ics.report") }
    return text + ": " + ReportWording.short(row.title, 80)
  }

  /// The full title, the deadline as written, the window, who is responsible, for whom.
  func description(_ row: ObligationRow, window: Window) -> String {
    var lines = [row.title, "", language.say("ics.due-phrase", "\(row.duePhrase)")]
    var dates = language.say("ics.window", "\(window.start.russian)", "\(window.due.russian)")
    if window.effectiveDue != window.due {
      dates += language.say("ics.effective-due", "\(window.effectiveDue.russian)")
    }
    if let label = window.label { dates += " (\(label))" }
    lines.append(dates)
    if !row.owners.isEmpty {
      let owners = row.owners.map { code in plan.party(code).map { "\(code) — \($0.name)" } ?? code }
      lines.append(language.say("ics.owners", "\(owners.joined(separator: "; "))"))
    }
    if let subject = row.subject { lines.append(language.say("ics.subject", "\(subject.id)", "\(subject.name)")) }
    if let number = row.number { lines.append(language.say("ics.number", "\(number)")) }
    lines += row.notes.map { $0.text(in: language) }
    if let header = plan.header {
      let plan = header.document.map { language.say("ics.plan-document", "\(header.id)", "\($0)") }
      lines.append(plan ?? language.say("ics.plan", "\(header.id)"))
    }
    return lines.joined(separator: "\n")
  }

  /// `DTSTAMP`: midnight UTC of the plan's approval date, or of its latest amendment when later,
  /// or of the period's first day; the same plan always gives the same stamp.
  static func stamp(for plan: Plan) -> String {
    let dates = [plan.header?.approved].compactMap { $0 } + plan.amendments.compactMap(\.dated)
    let date = dates.max() ?? plan.header?.period?.start ?? CivilDate(dayNumber: 0)
    return basic(date) + "T000000Z"
  }

  /// A date as iCalendar writes it: `20240315`.
  static func basic(_ date: CivilDate) -> String {
    date.iso.filter { $0 != "-" }
  }

  /// Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks; other
  /// control characters, which TEXT may not hold, are dropped. Works on the UTF-8 bytes: every
  /// byte it changes is ASCII, and the bytes of other characters pass as they are.
  static func escape(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    var previousWasCR = false
    for byte in text.utf8 {
      defer { previousWasCR = byte == 0x0D }
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
      case 0x0D, 0x0A:
        if byte == 0x0A, previousWasCR { continue }
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "n"))
      case 0x09: out.append(byte)
      case ..<0x20, 0x7F: continue
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A content line folded so that no line exceeds 75 octets (RFC 5545, 3.1), never inside a
  /// UTF-8 sequence nor between a backslash and the character it escapes; each continuation
  /// begins with a space. Ends with CRLF.
  static func fold(_ line: String) -> String {
    let bytes = Array(line.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 24 + 2)
    var octets = 0
    var index = 0
    while index < bytes.count {
      // A character, or a backslash with the character it escapes: never split.
      var end = index + sequenceLength(bytes[index])
      if bytes[index] == UInt8(ascii: "\\"), end < bytes.count { end += sequenceLength(bytes[end]) }
      end = min(end, bytes.count)
      if octets + (end - index) > 75 {
        out.append(0x0D)
        out.append(0x0A)
        out.append(0x20)
        octets = 1
      }
      for byte in index..<end { out.append(bytes[byte]) }
      octets += end - index
      index = end
    }
    out.append(0x0D)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  /// The length of the UTF-8 sequence `lead` begins.
  private static func sequenceLength(_ lead: UInt8) -> Int {
    lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }
}
