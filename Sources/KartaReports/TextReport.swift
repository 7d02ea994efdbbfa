import KartaCheck
import KartaLanguage
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
  /// The most status files listed one by one among the inputs.
  public static let statusFileLines = 20

  private let colored: Bool
  /// Stands in for the report's own `ESC [` while the text is made safe: text from plans and
  /// status files is shown with its control characters escaped, and a fresh random stand-in per
  /// renderer means no such text can pass for one.
  private let escape = "\u{E000}\(UInt64.random(in: 1...UInt64.max))\u{E001}"

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
    out += "\n" + ReportWording.daysOff(report) + "\n\n" + inputs(report)
    out += "\n" + bold("Compliance \(ReportWording.percent(report.compliance))")
    out += "  (\(report.doneOnTime) of \(report.dueByDate) obligations due by \(report.asOf.russian) done on time)\n"
    let counts = ReportWording.summaryStates.map { state, label in
      let text = "\(label) \(report.totals[state])"
      return state.isGap && report.totals[state] > 0 ? paint(text, state) : text
    }
    out += "  " + counts.joined(separator: " · ") + "  — \(report.totals.total) obligations\n"
    out += gapsByParty(report)
    out += gapsBySubject(report)
    out += changes(report)
    out += sections(report)
    out += missingReports(report)
    // Text from plans and status files may hold escape sequences; only the report's own colours
    // (written with a stand-in for ESC) reach the terminal.
    return colored
      ? DiagnosticRenderer.visible(out, keepingLineBreaks: true).replacingOccurrences(of: escape, with: "\u{1B}[")
      : DiagnosticRenderer.visible(out, keepingLineBreaks: true)
  }

  private func gapsByParty(_ report: ComplianceReport) -> String {
    var out = "\nGaps by responsible party\n"
    var any = false
    for party in ReportWording.partyOrder(report) {
      let (indices, total) = report.indices(
        ownedBy: party.code, in: ReportWording.gapOrder, limit: Self.gapLinesPerParty)
      guard total > 0 else { continue }
      any = true
      let counts = report.byParty[party.code] ?? StateCounts()
      let summary = ReportWording.summaryStates.filter { $0.0.isGap && counts[$0.0] > 0 }.map {
        "\(counts[$0.0]) \($0.1)"
      }
      out +=
        "  " + bold("\(party.code)")
        + "  \(ReportWording.short(party.name, 70))  (\(summary.joined(separator: ", ")))\n"
      for index in indices { out += line(report.row(index)) }
      if total > indices.count { out += "      … and \(total - indices.count) more\n" }
    }
    return any ? out : out + "  none\n"
  }

  private func line(_ row: ObligationRow) -> String {
    let state = paint(row.state.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0), row.state)
    var text = "    \(state) \(ReportWording.label(row).padding(toLength: 9, withPad: " ", startingAt: 0))"
    if let subject = row.subject { text += " [\(subject.id)]" }
    text += " \(ReportWording.short(row.title, 60))"
    if row.scheduleKind == .continuous {
      text += " — continuous"
    } else if let window = row.window {
      text += " — due \(window.effectiveDue.russian)"
    }
    text += row.reported.map { "; reported: \($0)" } ?? "; nothing reported"
    text += "\n"
    for note in row.notes { text += "        \(note)\n" }
    return text
  }

  /// The inputs with their digests; a long list of status files is summarised by one digest.
  private func inputs(_ report: ComplianceReport) -> String {
    let statusPaths = Set(report.status.files.compactMap { $0?.path })
    let planInputs = report.inputs.filter { !statusPaths.contains($0.path) }
    var out = "Inputs\n"
    for input in planInputs { out += "  \(input.path)  sha256:\(input.sha256.prefix(16))\n" }
    let files = report.status.files.compactMap { $0 }
    let later = Set(report.status.laterThanCheck.compactMap { report.status.files[$0]?.path })
    for info in files.prefix(Self.statusFileLines) {
      let reporter = [info.party, info.subject].compactMap { $0 }.joined(separator: "/")
      out += "  \(info.path)  sha256:\(info.digest.prefix(16))  \(reporter), as of \(info.asOf.russian)"
      out += ", submitted \(info.submitted.russian), \(info.recordCount) record\(info.recordCount == 1 ? "" : "s")"
      out += later.contains(info.path) ? " — not used: as of a date after the check\n" : "\n"
    }
    if files.count > Self.statusFileLines {
      let combined = InputDigest.sha256(of: Array(files.map(\.digest).joined().utf8))
      out += "  … and \(files.count - Self.statusFileLines) more status files"
      out += " (\(files.count) in all, combined sha256:\(combined.prefix(16)))\n"
    }
    return out
  }

  /// Obligations whose deadline an amendment or a status record moved, or that were waived or
  /// cancelled.
  private func changes(_ report: ComplianceReport) -> String {
    var indices: [Int] = []
    var total = 0
    let amendedGroups = Set(
      report.table.groups.indices.filter { number in
        guard case .item(let item) = report.table.groups[number].source else { return false }
        return report.table.plan.items[item].amendment != nil
      })
    for index in 0..<report.table.count where report.state(of: index) != nil {
      let record = report.status.record(of: index)
      let changed =
        record.map { $0.newDue != StatusRecord.noDate || $0.status == .waived || $0.status == .cancelled } ?? false
      guard changed || amendedGroups.contains(report.table.groupIndex(of: index)) else { continue }
      total += 1
      if indices.count < Self.gapLinesPerParty { indices.append(index) }
    }
    guard total > 0 else { return "" }
    var out = "\nAmended, moved, waived and cancelled\n"
    for index in indices { out += line(report.row(index)) }
    if total > indices.count { out += "      … and \(total - indices.count) more\n" }
    return out
  }

  private func gapsBySubject(_ report: ComplianceReport) -> String {
    let subjects = report.bySubject.filter { $0.value.gaps > 0 }.sorted { $0.key < $1.key }
    guard !subjects.isEmpty else { return "" }
    var out = "\nGaps by subject\n"
    for (index, counts) in subjects.prefix(Self.subjectLines) {
      let subject = report.table.subjects[Int(index)]
      let parts = ReportWording.summaryStates.filter { $0.0.isGap && counts[$0.0] > 0 }.map {
        "\(counts[$0.0]) \($0.1)"
      }
      out +=
        "  \(subject.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ReportWording.short(subject.name, 40)): \(parts.joined(separator: ", "))\n"
    }
    if subjects.count > Self.subjectLines {
      out += "  … and \(subjects.count - Self.subjectLines) more subjects with gaps\n"
    }
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
      out +=
        "  (done \(counts[.done]), late \(counts[.late]), overdue \(counts[.overdue]), unreported \(counts[.unreported]), pending \(counts[.pending] + counts[.dueSoon]))\n"
    }
    return out
  }

  private func missingReports(_ report: ComplianceReport) -> String {
    let (indices, total) = report.indices(in: [.unreported], source: .reports, limit: 50)
    var out = "\nReports due and not submitted\n"
    if total == 0 { return out + "  none\n" }
    for row in indices.map(report.row) {
      let who = ([row.owners.first] + [row.subject?.id]).compactMap { $0 }.joined(separator: "/")
      let asOf = row.window?.asOf.map { "as of \($0.russian), " } ?? ""
      out += "  \(row.id) \(who): \(asOf)due \(row.window?.effectiveDue.russian ?? "—")\n"
    }
    if total > indices.count { out += "  … and \(total - indices.count) more\n" }
    return out
  }

  private func progressBar(_ share: Double?) -> String {
    guard let share else { return "[··········]" }
    let filled = Int((share * 10).rounded())
    return "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: 10 - filled) + "]"
  }

  private func bold(_ text: String) -> String { colored ? "\(escape)1m\(text)\(escape)0m" : text }

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
    return "\(escape)\(code)m\(text)\(escape)0m"
  }
}
