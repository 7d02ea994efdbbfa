import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// The agenda as the terminal shows it (`karta agenda`): parties in plan order, days in order
/// within a party, and one line per item and day, with the subjects it is due for; the
/// obligations are those `CalendarExport.obligations` gives for the days of `range`.
public struct AgendaListing: ReportRenderer {
  public static let identifier = "agenda"

  /// The days listed, both ends included.
  public let range: ClosedRange<CivilDate>
  /// How many status files were read (said in the heading when there are any).
  public let statusFiles: Int
  /// Whether headings are bold for a terminal.
  public let colored: Bool
  /// The language of the listing.
  public let language: Language
  /// The most subjects named on a line before "+N".
  static let subjectsPerLine = 5

  /// Creates the listing of the days in `range`.
  public init(range: ClosedRange<CivilDate>, statusFiles: Int = 0, colored: Bool = false, language: Language = .english)
  {
    self.range = range
    self.statusFiles = statusFiles
    self.colored = colored
    self.language = language
  }

  /// One line of the listing: an item (or report) due on a day, for some subjects.
  struct Entry {
    var row: ObligationRow
    var subjects: [String] = []
  }

  public func render(_ report: ComplianceReport) -> String {
    let rows = CalendarExport.obligations(of: report, from: range.lowerBound, through: range.upperBound)
    let plan = report.table.plan
    let heading = plan.header.map { "\($0.id) — \($0.title)" } ?? language.word("report.plan")
    let title = ReportWording.short(heading, 100)
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
      out += "\n" + bold(code) + "  " + ReportWording.short(name, 90) + "\n"
      out += days(rows.filter { $0.owners.contains(code) })
    }
    let unowned = rows.filter(\.owners.isEmpty)
    if report.filter.party == nil, !unowned.isEmpty {
      out += "\n" + bold(language.word("agenda.no-party")) + "\n" + days(unowned)
    }
    if rows.isEmpty { out += "\n" + language.word("agenda.nothing") + "\n" }
    out += "\n" + summary(report, listed: rows.count)
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
      let key = "\(due.dayNumber)|\(row.kind.rawValue)|\(row.id)|\(ReportWording.label(row))"
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
    let kind = row.kind == .report ? language.word("kind.report") + " " : ""
    var text = "    " + kind + ReportWording.label(row).padding(9)
    if !entry.subjects.isEmpty {
      let named = entry.subjects.prefix(Self.subjectsPerLine).joined(separator: ", ")
      let more = entry.subjects.count > Self.subjectsPerLine ? " +\(entry.subjects.count - Self.subjectsPerLine)" : ""
      text += " [\(named)\(more)]"
    }
    text += " " + ReportWording.short(row.title, 60)
    text += " — «" + ReportWording.short(row.duePhrase, 50) + "»"
    if let window = row.window, window.due != window.effectiveDue {
      text += language.say("agenda.written-due", "\(window.due.russian)")
    }
    return text + "\n"
  }

  /// How many were listed, and what a list of due dates cannot show.
  private func summary(_ report: ComplianceReport, listed: Int) -> String {
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
    var out = language.count("count.agenda.due", listed, "\(listed)")
    var unlisted: [Phrase.Argument] = []
    if continuous > 0 { unlisted.append(.phrase(Phrase("agenda.continuous", "\(continuous)"))) }
    if undated > 0 { unlisted.append(.phrase(Phrase("agenda.undated", "\(undated)"))) }
    if !unlisted.isEmpty { out += language.say("agenda.not-listed", .list(unlisted)) }
    return out + ".\n"
  }

  /// The first line of a text, cut to `width` characters (`…` where it is cut).
  public static func short(_ text: String, _ width: Int) -> String { ReportWording.short(text, width) }

  private func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}

extension String {
  /// The string padded with spaces to `width` characters; a longer one is kept whole.
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
