import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// The report as a spreadsheet: one row per obligation, in plan order, with every field a
/// controller filters on. Written for Russian Excel, which opens it with a double click: UTF-8
/// with a byte-order mark, `;` between cells, CRLF between rows, dates as `dd.mm.yyyy`.
///
/// Cells are quoted when they hold `;`, `"`, CR or LF (quotes doubled, RFC 4180). A cell that
/// begins with `=`, `+`, `-`, `@`, a tab or CR would be read by a spreadsheet as a formula, so
/// it gets a leading `'`: text from a plan or a status file is never executed. A cell longer than
/// Excel's limit is cut, with `…` at the end.
public struct CSVReport: ReportRenderer {
  public static let identifier = "csv"

  /// The header row's column names, in order: the keys of the column headings in the word
  /// catalogue (`csv.column.NAME`); in English the heading is the name itself.
  public static let columns = [
    "plan", "section", "section_title", "kind", "item", "number", "occurrence", "title", "subject", "subject_name",
    "owners", "due_phrase", "window_start", "due", "effective_due", "state", "reported_status", "reported_date",
    "comment", "evidence", "notes", "days_overdue", "days_late",
  ]

  /// The most characters a cell holds: Excel keeps at most 32,767 in a cell.
  public static let maximumCell = 32_000

  private let language: Language

  /// Creates the renderer, in `language` (headings, kinds, states and statuses).
  public init(language: Language = .english) { self.language = language }

  public func render(_ report: ComplianceReport) -> String {
    let sink = OutputSink()
    write(report, to: sink)
    return sink.text
  }

  /// Writes the spreadsheet to `sink` one row at a time.
  public func write(_ report: ComplianceReport, to sink: OutputSink) {
    sink.write("\u{FEFF}")
    writeRow(Self.columns.map { language.word("csv.column." + $0) }, to: sink)
    let plan = report.table.plan
    let planID = plan.header?.id ?? ""
    var sectionTitles: [String: String] = [:]
    for section in plan.sections {
      sectionTitles[section.id] = ReportWording.sectionTitle(.section(section.id), in: plan, language: language)
    }
    let reportsTitle = ReportWording.sectionTitle(.reports, in: plan, language: language)
    for index in 0..<report.table.count where report.state(of: index) != nil {
      let row = report.row(index)
      let (status, date) = reported(index, row: row, report: report)
      let section = row.section ?? ""
      let sectionTitle = row.kind == .report ? reportsTitle : sectionTitles[section]
      let comment = report.status.record(of: index).flatMap { report.status.details(of: $0) }?.comment
      // The row's notes end with the comment when there is one; it has a column of its own.
      let notes = comment == nil ? row.notes : Array(row.notes.dropLast())
      let cells: [String] = [
        planID, section, sectionTitle ?? "", language.word("kind." + row.kind.rawValue), ExcelText.keptAsText(row.id),
        ExcelText.keptAsText(row.number ?? ""), String(row.occurrence), row.title,
        row.subject?.id ?? "", row.subject?.name ?? "", row.owners.joined(separator: ", "), row.duePhrase,
        row.window?.start.russian ?? "", row.window?.due.russian ?? "", row.window?.effectiveDue.russian ?? "",
        language.word(row.state.labelKey), status, date, comment ?? "", row.evidence.joined(separator: "; "),
        notes.map { $0.text(in: language) }.joined(separator: "; "), row.daysOverdue.map(String.init) ?? "",
        row.daysLate.map(String.init) ?? "",
      ]
      writeRow(cells, to: sink)
    }
  }

  /// One row: cells separated by `;`, ended by CRLF.
  private func writeRow(_ cells: [String], to sink: OutputSink) {
    // One write a row: the sink is a class, and each call costs an exclusivity check.
    var line = ""
    for (number, cell) in cells.enumerated() {
      if number > 0 { line += ";" }
      line += Self.cell(cell)
    }
    sink.write(line + "\r\n")
  }

  /// What was reported and its date: the status as the file gives it (`done`, `in_progress`) with
  /// the completion date, or `submitted` with the file's date for a report that was sent.
  private func reported(_ index: Int, row: ObligationRow, report: ComplianceReport) -> (String, String) {
    guard let record = report.status.record(of: index) else { return ("", "") }
    if record.origin == .reportSubmission, let file = report.status.files[Int(record.file)] {
      return (language.word("status-value.submitted"), file.submitted.russian)
    }
    return (
      record.status.map { language.word("status-value." + $0.rawValue) } ?? "", record.completedDate?.russian ?? ""
    )
  }

  /// First bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
  private static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

  /// One cell: cut to the spreadsheet's limit, neutralised against formulas, quoted when needed.
  static func cell(_ text: String) -> String {
    var value = text
    if value.utf8.count > maximumCell, value.count > maximumCell {
      value = String(value.prefix(maximumCell - 1)) + "…"
    }
    // Bytes, not scalars: every character looked for is ASCII (a CSV of millions of rows).
    let first = value.utf8.first
    let ownFormula = first == UInt8(ascii: "=") && ExcelText.unwrapped(value) != nil
    if !ownFormula, let first, Self.formulaStarts.contains(first) { value = "'" + value }
    let needsQuotes = value.utf8.contains { $0 == 0x3B || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }  // ; " CR LF
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
