import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// A format a compliance report is written in. One file a format.
public protocol ReportRenderer {
  /// The name `--format` takes.
  static var identifier: String { get }
  /// The report as text in this format.
  func render(_ report: ComplianceReport) -> String
  /// Writes the report to `sink`, the same bytes as `render`; a format whose size grows with the
  /// obligations writes them one at a time, so that memory stays bounded.
  func write(_ report: ComplianceReport, to sink: OutputSink)
}

extension ReportRenderer {
  /// Writes `render(report)`: for formats whose size is bounded (summaries, lists cut at a limit).
  public func write(_ report: ComplianceReport, to sink: OutputSink) { sink.write(render(report)) }
}

/// The renderers `karta check` offers, by identifier.
public enum ReportRenderers {
  /// The renderer of format `identifier`; `nil` for an unknown format.
  public static func renderer(
    for identifier: String, colored: Bool = false, language: Language = .english, listingAll: Bool = false
  ) -> (any ReportRenderer)? {
    switch identifier {
    case TextReport.identifier: TextReport(colored: colored, language: language, listingAll: listingAll)
    case JSONReport.identifier: JSONReport(language: language)
    case MarkdownReport.identifier: MarkdownReport(language: language)
    case HTMLReport.identifier: HTMLReport(language: language)
    case CSVReport.identifier: CSVReport(language: language)
    case SARIFReport.identifier: SARIFReport(language: language)
    case JUnitReport.identifier: JUnitReport(language: language)
    case GitHubReport.identifier: GitHubReport(language: language)
    default: nil
    }
  }

  /// Renders `report` in format `identifier`; `nil` for an unknown format.
  public static func render(
    _ report: ComplianceReport, as identifier: String, colored: Bool = false, language: Language = .english,
    listingAll: Bool = false
  ) -> String? {
    renderer(for: identifier, colored: colored, language: language, listingAll: listingAll)?.render(report)
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
  /// The days-off rule the report's effective due dates follow, as one sentence in `language`.
  static func daysOff(_ report: ComplianceReport, language: Language = .english) -> String {
    let rule = report.table.plan.header?.daysOff ?? .earlier
    return language.say("report.days-off", .word("days-off.\(rule)"))
  }

  /// The states in the order a summary lists them (their labels: `ObligationState.labelKey`).
  static let summaryStates: [ObligationState] = [
    .overdue, .unreported, .targetMissed, .late, .dueSoon, .pending, .done, .ongoing, .unscheduled, .onRequest,
    .waived, .cancelled,
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

  /// The title of a report's section row.
  static func sectionTitle(_ key: SectionKey, in plan: Plan, language: Language = .english) -> String {
    let id: String
    switch key {
    case .reports: return language.word("report.section-reports")
    case .outsideSections: return language.word("report.section-none")
    case .section(let named): id = named
    }
    guard let section = plan.sections.first(where: { $0.id == id }) else { return id }
    if let number = section.number, !section.title.hasPrefix(number) { return number + " " + section.title }
    return section.title
  }

  /// Sections in plan order, then the reporting obligations.
  static func sectionOrder(_ report: ComplianceReport) -> [SectionKey] {
    let keys = report.table.plan.sections.map { SectionKey.section($0.id) } + [.outsideSections, .reports]
    return keys.filter { report.bySection[$0]?.total ?? 0 > 0 }
  }

  /// Parties in plan order that have obligations in the report.
  static func partyOrder(_ report: ComplianceReport) -> [Party] {
    report.table.plan.parties.filter { report.byParty[$0.code]?.total ?? 0 > 0 }
  }

  /// The first line of a text, cut to `width` characters.
  static func short(_ text: String, _ width: Int) -> String {
    // One line no longer in bytes than `width` is no longer in characters either.
    if !text.utf8.contains(0x0A) {
      if text.utf8.count <= width { return text }
      return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }

  /// The id a status file uses, with the occurrence when there are several: "A1.6 #2".
  static func label(_ row: ObligationRow) -> String {
    row.occurrences > 1 ? "\(row.id) #\(row.occurrence)" : row.id
  }
}

extension ObligationState {
  /// The catalogue key of the state's label in summaries and tables: "overdue", «просрочено».
  var labelKey: String { "state." + rawValue }
  /// The catalogue key of the state's short label in the text report's state column.
  var shortLabelKey: String { "state-short." + rawValue }
  /// The catalogue key of the state's label where room is narrow (the timeline's gap counts).
  var narrowLabelKey: String { "state-narrow." + rawValue }
}
