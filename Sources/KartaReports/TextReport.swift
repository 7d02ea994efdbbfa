import KartaCheck
import KartaPlan

/// The terminal report: the date and inputs, the compliance figure, counts by state, the gaps by
/// party and by subject, progress by section, and the reports not submitted. Reads at a glance;
/// colour only when asked.
public struct TextReport: ReportRenderer {
  public static let identifier = "text"
  /// The most gap lines listed per party before "… and N more".
  public static let gapLinesPerParty = 25
  /// The most subjects listed.
  public static let subjectLines = 30

  private let colored: Bool

  /// Creates the renderer.
  public init(colored: Bool = false) { self.colored = colored }

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    var out = ""
    let title = plan.header.map { "\($0.id) — \($0.title)" } ?? "plan"
    out += bold("Karta check: \(ReportWording.short(title, 110))") + "\n"
    out += "As of \(report.asOf.russian) · due soon = within \(report.horizon) days"
    if let party = report.filter.party { out += " · party \(party)" }
    if let subject = report.filter.subject { out += " · subject \(subject)" }
    out += "\n\nInputs\n"
    for input in report.inputs { out += "  \(input.path)  sha256:\(input.sha256.prefix(16))\n" }
    for info in report.status.files.compactMap({ $0 }) {
      let reporter = [info.party, info.subject].compactMap { $0 }.joined(separator: "/")
      out += "    \(info.path): \(reporter), as of \(info.asOf.russian), submitted \(info.submitted.russian), \(info.recordCount) records\n"
    }
    out += "\n" + bold("Compliance \(ReportWording.percent(report.compliance))")
    out += "  (\(report.doneOnTime) of \(report.dueByDate) obligations due by \(report.asOf.russian) done on time)\n"
    let counts = ReportWording.summaryStates.map { state, label in
      let text = "\(label) \(report.totals[state])"
      return state.isGap && report.totals[state] > 0 ? paint(text, state) : text
    }
    out += "  " + counts.joined(separator: " · ") + "  — \(report.totals.total) obligations\n"
    out += gapsByParty(report)
    out += gapsBySubject(report)
    out += sections(report)
    out += missingReports(report)
    return out
  }

  private func gapsByParty(_ report: ComplianceReport) -> String {
    var out = "\nGaps by responsible party\n"
    var any = false
    let gaps = report.rows(in: ReportWording.gapStates)
    for party in ReportWording.partyOrder(report) {
      let mine = gaps.filter { $0.owners.contains(party.code) }.sorted { $0.state < $1.state }
      guard !mine.isEmpty else { continue }
      any = true
      let counts = report.byParty[party.code] ?? StateCounts()
      let summary = ReportWording.summaryStates.filter { $0.0.isGap && counts[$0.0] > 0 }.map { "\(counts[$0.0]) \($0.1)" }
      out += "  " + bold("\(party.code)") + "  \(ReportWording.short(party.name, 70))  (\(summary.joined(separator: ", ")))\n"
      for row in mine.prefix(Self.gapLinesPerParty) { out += line(row) }
      if mine.count > Self.gapLinesPerParty { out += "      … and \(mine.count - Self.gapLinesPerParty) more\n" }
    }
    return any ? out : out + "  none\n"
  }

  private func line(_ row: ObligationRow) -> String {
    let state = paint(row.state.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0), row.state)
    var text = "    \(state) \(ReportWording.label(row).padding(toLength: 9, withPad: " ", startingAt: 0))"
    if let subject = row.subject { text += " [\(subject.id)]" }
    text += " \(ReportWording.short(row.title, 60))"
    if let window = row.window { text += " — due \(window.effectiveDue.russian)" }
    text += row.reported.map { "; reported: \($0)" } ?? "; nothing reported"
    text += "\n"
    for note in row.notes { text += "        \(note)\n" }
    return text
  }

  private func gapsBySubject(_ report: ComplianceReport) -> String {
    let subjects = report.bySubject.filter { $0.value.gaps > 0 }.sorted { $0.key < $1.key }
    guard !subjects.isEmpty else { return "" }
    var out = "\nGaps by subject\n"
    for (index, counts) in subjects.prefix(Self.subjectLines) {
      let subject = report.table.subjects[Int(index)]
      let parts = ReportWording.summaryStates.filter { $0.0.isGap && counts[$0.0] > 0 }.map { "\(counts[$0.0]) \($0.1)" }
      out += "  \(subject.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ReportWording.short(subject.name, 40)): \(parts.joined(separator: ", "))\n"
    }
    if subjects.count > Self.subjectLines { out += "  … and \(subjects.count - Self.subjectLines) more subjects with gaps\n" }
    return out
  }

  private func sections(_ report: ComplianceReport) -> String {
    var out = "\nProgress by section\n"
    for id in ReportWording.sectionOrder(report) {
      guard let counts = report.bySection[id] else { continue }
      let finished = counts[.done] + counts[.late] + counts[.targetMissed]
      let due = finished + counts[.overdue] + counts[.unreported]
      let share = due == 0 ? nil : Double(counts[.done]) / Double(due)
      let bar = progressBar(share)
      let title = ReportWording.short(ReportWording.sectionTitle(id, in: report.table.plan), 58)
      out += "  \(bar) \(ReportWording.percent(share).padding(toLength: 5, withPad: " ", startingAt: 0)) \(title)"
      out += "  (done \(counts[.done]), late \(counts[.late]), overdue \(counts[.overdue]), unreported \(counts[.unreported]), pending \(counts[.pending] + counts[.dueSoon]))\n"
    }
    return out
  }

  private func missingReports(_ report: ComplianceReport) -> String {
    let missing = report.rows(in: [.unreported]).filter { $0.kind == "report" }
    var out = "\nReports due and not submitted\n"
    if missing.isEmpty { return out + "  none\n" }
    for row in missing.prefix(50) {
      let who = ([row.owners.first] + [row.subject?.id]).compactMap { $0 }.joined(separator: "/")
      let asOf = row.window?.asOf.map { "as of \($0.russian), " } ?? ""
      out += "  \(row.id) \(who): \(asOf)due \(row.window?.effectiveDue.russian ?? "—")\n"
    }
    if missing.count > 50 { out += "  … and \(missing.count - 50) more\n" }
    return out
  }

  private func progressBar(_ share: Double?) -> String {
    guard let share else { return "[··········]" }
    let filled = Int((share * 10).rounded())
    return "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: 10 - filled) + "]"
  }

  private func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

  private func paint(_ text: String, _ state: ObligationState) -> String {
    guard colored else { return text }
    let code: String
    switch state {
    case .overdue, .unreported: code = "31"
    case .targetMissed, .late: code = "33"
    case .dueSoon: code = "36"
    case .done: code = "32"
    default: return text
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
