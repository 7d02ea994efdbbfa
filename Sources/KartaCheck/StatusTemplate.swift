import Foundation
import KartaLanguage
import KartaPlan
import KartaSchedule
import KartaWords

/// The blank status file a party fills in (`karta template`): one line for each obligation it
/// owes, in plan order, as JSON, as CSV for Excel, or as an Excel form
/// (`StatusTemplate+Workbook.swift`). The status reader reads each of them back.
public struct StatusTemplate: Sendable {
  /// The header rows: which plan, who reports, for what, as of when.
  public struct Header: Sendable {
    /// The plan's id.
    public var plan: String
    /// The reporting party.
    public var party: String
    /// The subject reported for, when the party reports for one.
    public var subject: String?
    /// The report the file answers, when the party owes exactly one.
    public var report: String?
    /// The date of the information (and of submission, until the party changes it).
    public var asOf: CivilDate

    /// Creates the header.
    public init(plan: String, party: String, subject: String? = nil, report: String? = nil, asOf: CivilDate) {
      self.plan = plan
      self.party = party
      self.subject = subject
      self.report = report
      self.asOf = asOf
    }
  }

  /// One obligation of the form.
  public struct Line: Sendable {
    /// The item's id.
    public var item: String
    /// The subject, when the item fans out.
    public var subject: String?
    /// The occurrence, when the item has several.
    public var occurrence: Int?
    /// The item's text.
    public var title: String
    /// The deadline as written, with the effective due date.
    public var due: String
    /// The indicators the item has targets for: `name — target as written`.
    public var targets: [String] = []
  }

  /// The CSV form's columns: the status reader's (`CSVStatus.columns`) but `requested`, which an
  /// executor adds only for an item done on request, with the date of the request.
  static let csvColumns = CSVStatus.columns.filter { $0 != "requested" }

  /// The header.
  public var header: Header
  /// The obligations, in plan order.
  public var lines: [Line]

  /// Creates a template.
  public init(header: Header, lines: [Line]) {
    self.header = header
    self.lines = lines
  }

  /// The template of the obligations `party` owes (for `subject`, when given) in `table`.
  public init(header: Header, table: ObligationTable) {
    self.header = header
    self.lines = Self.obligations(of: header.party, subject: header.subject, table: table)
  }

  /// The obligations party owes, for `subject` when given, in plan order.
  public static func obligations(of party: String, subject: String?, table: ObligationTable) -> [Line] {
    var lines: [Line] = []
    let subjectIndex = subject.flatMap { table.subjectIndex[$0] }
    for group in table.groups {
      guard case .item(let number) = group.source else { continue }
      let item = table.plan.items[number]
      guard item.owners.contains(party) else { continue }
      for position in 0..<table.subjectCount(group) {
        let owed = table.subject(of: group, at: position)
        if let subjectIndex, let owed, owed != subjectIndex { continue }
        let subjectID = owed.map { table.subjects[Int($0)].id }
        let schedule = group.schedule(at: position)
        let phrase =
          subjectID.flatMap { id in item.subjectDues.first { $0.subject == id }?.due.text } ?? item.due?.text ?? ""
        let count = group.count(at: position)
        for occurrence in 1...count {
          var due = phrase.replacingOccurrences(of: "\n", with: " ")
          if occurrence <= schedule.windows.count {
            let window = schedule.windows[occurrence - 1]
            due += " (до \(window.effectiveDue.russian)\(window.label.map { ", \($0)" } ?? ""))"
          }
          lines.append(
            Line(
              item: item.id, subject: subjectID, occurrence: count > 1 ? occurrence : nil, title: item.title, due: due,
              targets: item.targets.map { "\($0.indicator) — \($0.text)" }))
        }
      }
    }
    return lines
  }

  /// The JSON form (`karta-status/1`): one record a line, status and dates blank, the title and
  /// the deadline as reference fields the reader ignores.
  public func json() -> String {
    var out = "{\n  \"format\": \"karta-status/1\",\n  \"plan\": \(Self.quote(header.plan)),\n"
    let subject = header.subject.map { ", \"subject\": \(Self.quote($0))" } ?? ""
    out += "  \"reporter\": {\"party\": \(Self.quote(header.party))\(subject)},\n"
    if let report = header.report { out += "  \"report\": \(Self.quote(report)),\n" }
    out += "  \"as_of\": \"\(header.asOf.iso)\",\n  \"submitted\": \"\(header.asOf.iso)\",\n  \"records\": ["
    out += lines.isEmpty ? "]\n}\n" : "\n"
    for (index, line) in lines.enumerated() {
      out += "    {\"item\": \(Self.quote(line.item))"
      if let subject = line.subject { out += ", \"subject\": \(Self.quote(subject))" }
      if let occurrence = line.occurrence { out += ", \"occurrence\": \(occurrence)" }
      out += ", \"status\": null, \"completed\": null, \"evidence\": [], \"comment\": \"\",\n"
      out += "     \"title\": \(Self.quote(Self.short(line.title))), \"due\": \(Self.quote(line.due))}"
      out += index == lines.count - 1 ? "\n  ]\n}\n" : ",\n"
    }
    return out
  }

  /// The CSV form, with its metadata rows and column headings in `language` (English: the ids).
  /// Item ids Excel would turn into dates (`1.1`) are written as `="1.1"`, which Excel shows as
  /// `1.1` and saves back as it shows; the status reader reads both.
  public func csv(language: Language = .english) -> String {
    func heading(_ name: String) -> String { Self.cell(language.word("status-column." + name)) }
    var out = "\u{FEFF}\(heading("format"));karta-status/1\n\(heading("plan"));\(Self.cell(header.plan))\n"
    out += "\(heading("reporter"));\(Self.cell(header.party))\n"
    if let subject = header.subject { out += "\(heading("subject"));\(Self.cell(subject))\n" }
    if let report = header.report { out += "\(heading("report"));\(Self.cell(report))\n" }
    out += "\(heading("as_of"));\(header.asOf.russian)\n\(heading("submitted"));\(header.asOf.russian)\n"
    out += Self.csvColumns.map(heading).joined(separator: ";") + "\n"
    for line in lines {
      let item = Self.cell(ExcelText.keptAsText(line.item))
      out += "\(item);\(Self.cell(line.subject ?? ""));\(line.occurrence.map(String.init) ?? "");;;;;;;;;;;"
      out += "\(Self.cell(Self.short(line.title)));\(Self.cell(line.due))\n"
    }
    return out
  }

  private static func quote(_ text: String) -> String { JSONText.quoted(text) }

  private static func cell(_ text: String) -> String {
    guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "," }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The first line of an item's text, for a template's reference column.
  static func short(_ text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count <= 160 ? line : String(line.prefix(159)) + "…"
  }
}
