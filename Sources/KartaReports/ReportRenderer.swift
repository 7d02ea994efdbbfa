import KartaCheck
import KartaPlan
import KartaSchedule

/// A format a compliance report is written in. One file a format.
public protocol ReportRenderer {
  /// The name `--format` takes.
  static var identifier: String { get }
  /// The report as text in this format.
  func render(_ report: ComplianceReport) -> String
}

/// The renderers `karta check` offers, by identifier.
public enum ReportRenderers {
  /// Renders `report` in format `identifier`; `nil` for an unknown format.
  public static func render(_ report: ComplianceReport, as identifier: String, colored: Bool = false) -> String? {
    switch identifier {
    case TextReport.identifier: TextReport(colored: colored).render(report)
    case JSONReport.identifier: JSONReport().render(report)
    case MarkdownReport.identifier: MarkdownReport().render(report)
    case HTMLReport.identifier: HTMLReport().render(report)
    case CSVReport.identifier: CSVReport().render(report)
    case SARIFReport.identifier: SARIFReport().render(report)
    case JUnitReport.identifier: JUnitReport().render(report)
    case GitHubReport.identifier: GitHubReport().render(report)
    default: nil
    }
  }

  /// The formats offered.
  public static let identifiers = [
    TextReport.identifier, JSONReport.identifier, MarkdownReport.identifier, HTMLReport.identifier,
    CSVReport.identifier,
    SARIFReport.identifier, JUnitReport.identifier, GitHubReport.identifier,
  ]
}

/// Words and groupings every renderer shares.
enum ReportWording {
  /// The days-off rule the report's effective due dates follow, as one sentence.
  static func daysOff(_ report: ComplianceReport) -> String {
    let rule = report.table.plan.header?.daysOff ?? .earlier
    return "Days off: " + rule.explanation
  }

  /// The states in the order a summary lists them, with their labels.
  static let summaryStates: [(ObligationState, String)] = [
    (.overdue, "overdue"), (.unreported, "unreported"), (.targetMissed, "target missed"), (.late, "late"),
    (.dueSoon, "due soon"), (.pending, "pending"), (.done, "done"), (.ongoing, "ongoing"),
    (.unscheduled, "unscheduled"), (.onRequest, "on request"), (.waived, "waived"), (.cancelled, "cancelled"),
  ]

  /// The gap states, most serious first.
  static let gapStates: Set<ObligationState> = [.overdue, .unreported, .targetMissed, .late, .dueSoon]

  /// The gap states in the order reports list them.
  static let gapOrder: [ObligationState] = [.overdue, .unreported, .targetMissed, .late, .dueSoon]

  /// "62 %", or "—" when nothing was due.
  static func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    return "\(Int((value * 100).rounded())) %"
  }

  /// The section title by id.
  static func sectionTitle(_ id: String, in plan: Plan) -> String {
    if id == "reports" { return "Reporting obligations" }
    if id.isEmpty { return "Outside sections" }
    guard let section = plan.sections.first(where: { $0.id == id }) else { return id }
    if let number = section.number, !section.title.hasPrefix(number) { return number + " " + section.title }
    return section.title
  }

  /// Sections in plan order, then the reporting obligations.
  static func sectionOrder(_ report: ComplianceReport) -> [String] {
    let ids = report.table.plan.sections.map(\.id) + ["", "reports"]
    return ids.filter { report.bySection[$0]?.total ?? 0 > 0 }
  }

  /// Parties in plan order that have obligations in the report.
  static func partyOrder(_ report: ComplianceReport) -> [Party] {
    report.table.plan.parties.filter { report.byParty[$0.code]?.total ?? 0 > 0 }
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
}
