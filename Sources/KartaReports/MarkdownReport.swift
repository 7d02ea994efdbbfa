import KartaCheck
import KartaPlan

/// The report as Markdown, for a wiki page or a letter: a summary table, the gaps by party,
/// progress by section, and the reports not submitted.
public struct MarkdownReport: ReportRenderer {
  public static let identifier = "md"

  /// Creates the renderer.
  public init() {}

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    var out = "# Исполнение: \(Self.escape(plan.header?.title ?? plan.header?.id ?? "plan"))\n\n"
    out += "As of **\(report.asOf.russian)**"
    if let party = report.filter.party { out += " · party `\(party)`" }
    if let subject = report.filter.subject { out += " · subject `\(subject)`" }
    out += ". Compliance **\(ReportWording.percent(report.compliance))**: \(report.doneOnTime) of \(report.dueByDate)"
    out += " obligations due by the date were done on time.\n\n"
    out += Self.escape(ReportWording.daysOff(report)) + ".\n\n"
    out += "| state | obligations |\n| --- | ---: |\n"
    for (state, label) in ReportWording.summaryStates { out += "| \(label) | \(report.totals[state]) |\n" }
    out += "| **all** | **\(report.totals.total)** |\n\n"
    out += "## Gaps by responsible party\n\n"
    var anyGap = false
    for party in ReportWording.partyOrder(report) {
      let (indices, total) = report.indices(ownedBy: party.code, in: ReportWording.gapOrder, limit: 200)
      let mine = indices.map(report.row)
      guard !mine.isEmpty else { continue }
      anyGap = true
      out += "### \(Self.escape(party.code)) — \(Self.escape(party.name))\n\n"
      out += "| state | № | subject | activity | due as written | effective due | reported |\n"
      out += "| --- | --- | --- | --- | --- | --- | --- |\n"
      for row in mine.prefix(200) {
        out +=
          "| \(row.state.rawValue) | \(Self.escape(ReportWording.label(row))) | \(Self.escape(row.subject?.id ?? "")) | "
        out += "\(Self.escape(ReportWording.short(row.title, 120))) | \(Self.escape(row.duePhrase)) | "
        out += "\(row.window?.effectiveDue.russian ?? "—") | \(Self.escape(row.reported ?? "nothing"))"
        out += row.notes.isEmpty ? "" : "<br>" + row.notes.map(Self.escape).joined(separator: "<br>")
        out += " |\n"
      }
      if total > mine.count { out += "\n… and \(total - mine.count) more.\n" }
      out += "\n"
    }
    if !anyGap { out += "No gaps.\n\n" }
    out += "## Progress by section\n\n| section | done | late | overdue | unreported | pending | other |\n"
    out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    for id in ReportWording.sectionOrder(report) {
      guard let counts = report.bySection[id] else { continue }
      let pending = counts[.pending] + counts[.dueSoon]
      let other = counts.total - counts[.done] - counts[.late] - counts[.overdue] - counts[.unreported] - pending
      out += "| \(Self.escape(ReportWording.short(ReportWording.sectionTitle(id, in: plan), 80))) | \(counts[.done]) | "
      out += "\(counts[.late]) | \(counts[.overdue]) | \(counts[.unreported]) | \(pending) | \(other) |\n"
    }
    let (missingIndices, missingTotal) = report.indices(in: [.unreported], source: .reports, limit: 200)
    out += "\n## Reports due and not submitted\n\n"
    if missingTotal == 0 { out += "None.\n" }
    for row in missingIndices.map(report.row) {
      let who = ([row.owners.first] + [row.subject?.id]).compactMap { $0 }.joined(separator: " / ")
      out += "- \(Self.escape(row.id)) — \(Self.escape(who)): due \(row.window?.effectiveDue.russian ?? "—")\n"
    }
    if missingTotal > missingIndices.count { out += "- … and \(missingTotal - missingIndices.count) more\n" }
    out += "\n## Inputs\n\n"
    for input in report.inputs { out += "- `\(input.path)` sha256 `\(input.sha256)`\n" }
    return out
  }

  /// Escapes what Markdown tables and emphasis would otherwise read.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "|": result += "\\|"
      case "\n": result += " "
      case "*", "_", "`", "<", ">", "[", "]": result += "\\\(character)"
      default: result.append(character)
      }
    }
    return result
  }
}
