import KartaCheck
import KartaPlan
import KartaWords

/// The report as Markdown, for a wiki page or a letter: a summary table, the gaps by party,
/// progress by section, and the reports not submitted.
public struct MarkdownReport: ReportRenderer {
  public static let identifier = "md"

  private let language: Language

  /// Creates the renderer, in `language`.
  public init(language: Language = .english) { self.language = language }

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    let title = Self.escape(plan.header?.title ?? plan.header?.id ?? language.word("report.plan"))
    var out = ""
    out += "# " + language.say("md.title", "\(title)", "\(report.asOf.russian)") + "\n\n"
    out += language.say("md.as-of", "\(report.asOf.russian)")
    if let party = report.filter.party { out += language.say("report.filter-party", "`\(party)`") }
    if let subject = report.filter.subject { out += language.say("report.filter-subject", "`\(subject)`") }
    out += ". "
    out += language.count(
      "count.md.compliance", report.dueByDate, "\(ReportWording.percent(report.compliance))", "\(report.doneOnTime)",
      "\(report.dueByDate)")
    out += "\n\n"
    out += Self.escape(ReportWording.daysOff(report, language: language)) + ".\n\n"
    out += "| \(language.word("md.column.state")) | \(language.word("md.column.obligations")) |\n| --- | ---: |\n"
    for state in ReportWording.summaryStates {
      out += "| \(language.word(state.labelKey)) | \(report.totals[state]) |\n"
    }
    out += "| **\(language.word("md.all"))** | **\(report.totals.total)** |\n\n"
    out += "## \(language.word("text.gaps-by-party"))\n\n"
    var anyGap = false
    for party in ReportWording.partyOrder(report) {
      let (indices, total) = report.indices(ownedBy: party.code, in: ReportWording.gapOrder, limit: 200)
      let mine = indices.map(report.row)
      guard !mine.isEmpty else { continue }
      anyGap = true
      out += "### \(Self.escape(party.code)) — \(Self.escape(party.name))\n\n"
      out += "| " + language.word("md.gap-columns") + " |\n"
      out += "| --- | --- | --- | --- | --- | --- | ---: | --- |\n"
      for row in mine.prefix(200) {
        out +=
          "| \(language.word(row.state.shortLabelKey)) | \(Self.escape(ReportWording.label(row))) | "
          + "\(Self.escape(row.subject?.id ?? "")) | "
        out += "\(Self.escape(ReportWording.short(row.title, 120))) | \(Self.escape(row.duePhrase)) | "
        let reported = row.reported?.text(in: language) ?? language.word("md.nothing")
        out += "\(row.window?.effectiveDue.russian ?? "—") | \(row.daysBehind.map(String.init) ?? "") | "
        out += Self.escape(reported)
        out +=
          row.notes.isEmpty
          ? "" : "<br>" + row.notes.map { Self.escape($0.text(in: language)) }.joined(separator: "<br>")
        out += " |\n"
      }
      if total > mine.count { out += "\n" + language.say("md.more", "\(total - mine.count)") + "\n" }
      out += "\n"
    }
    if !anyGap { out += language.word("md.no-gaps") + "\n\n" }
    out += "## \(language.word("text.sections"))\n\n| \(language.word("md.section-columns")) |\n"
    out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    for id in ReportWording.sectionOrder(report) {
      guard let counts = report.bySection[id] else { continue }
      let pending = counts[.pending] + counts[.dueSoon]
      let other = counts.total - counts[.done] - counts[.late] - counts[.overdue] - counts[.unreported] - pending
      out +=
        "| \(Self.escape(ReportWording.short(ReportWording.sectionTitle(id, in: plan, language: language), 80))) | "
        + "\(counts[.done]) | "
      out += "\(counts[.late]) | \(counts[.overdue]) | \(counts[.unreported]) | \(pending) | \(other) |\n"
    }
    let (missingIndices, missingTotal) = report.indices(in: [.unreported], source: .reports, limit: 200)
    out += "\n## \(language.word("text.missing-reports"))\n\n"
    if missingTotal == 0 { out += language.word("md.none") + "\n" }
    for row in missingIndices.map(report.row) {
      let who = ([row.owners.first] + [row.subject?.id]).compactMap { $0 }.joined(separator: " / ")
      let due = row.window?.effectiveDue.russian ?? "—"
      out += "- \(Self.escape(row.id)) — \(Self.escape(who)): \(language.say("text.report-due", "\(due)"))\n"
    }
    if missingTotal > missingIndices.count {
      out += "- " + language.say("text.more", "\(missingTotal - missingIndices.count)") + "\n"
    }
    out += "\n## \(language.word("report.silent"))\n\n"
    let silent = report.silentReporters()
    if silent.isEmpty { out += language.word("md.none") + "\n" }
    for entry in silent.prefix(200) {
      let who = entry.subject.map { "\(entry.party) / \($0.id) — \($0.name)" } ?? entry.party
      out += "- \(Self.escape(who)): "
      out +=
        language.say("report.state-tally", .word(ObligationState.unreported.labelKey), "\(entry.unreported)") + "\n"
    }
    out += "\n## \(language.word("text.inputs"))\n\n"
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
