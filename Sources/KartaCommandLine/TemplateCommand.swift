import Foundation
import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule

/// `karta template PLAN --party P [--subject S] [--format json|csv]`: the blank status file an
/// executor fills in, listing exactly the obligations that party (and subject) owes.
enum TemplateCommand: Command {
  static let name = "template"
  static let options = [
    OptionSpec(name: .party, takesValue: true), OptionSpec(name: .subject, takesValue: true),
    OptionSpec(name: .format, takesValue: true, allowed: ["json", "csv", "xlsx"]),
    OptionSpec(name: .asOf, takesValue: true, reading: .date), OptionSpec(name: .output, takesValue: true),
    OptionSpec(name: .lang, takesValue: true, allowed: ["en", "ru"]),
  ]
  static let help = """
    usage: karta template PLAN --party P [--subject S] [--format json|csv|xlsx] [--as-of D] [-o FILE]

    Writes the blank status file that party P (for subject S, when P stands for a list of
    subjects) fills in: one record for each obligation it owes, with the item's text and its
    deadline for reference and an empty status. `karta check` accepts it back unchanged: a blank
    record means nothing was reported yet.

    options:
      --party P     the reporting party (required)
      --subject S   the subject it reports for (required when P stands for each member of a list)
      --format F    json (default), csv (`;`-separated, with a byte-order mark, for Excel) or xlsx
                    (an Excel form: locked reference columns, a status drop-down list, date cells,
                    a sheet on how to fill it in; needs -o)
      -o, --output FILE  write the form to FILE instead of standard output
      --lang L      the xlsx form's labels and status names in Russian (ru, default) or English (en)
      --as-of D     the as-of date to fill in (default: today in the plan's time zone)

    exit codes: 0 written, 2 bad input or usage

    """

  struct Line {
    var item: String
    var subject: String?
    var occurrence: Int?
    var title: String
    var due: String
    /// The indicators the item has targets for: `name — target as written`.
    var targets: [String] = []
  }

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard let path = arguments.positional.first, arguments.positional.count == 1 else {
      console.writeError("karta template: \(console.language.word("cli.one-plan"))\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    guard let party = arguments[.party] else {
      console.writeError(
        "karta template: \(console.language.word("cli.party-required"))\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    guard let loaded = PlanInput.load(path, console: console, command: name) else { return Karta.ExitCode.badInput }
    let plan = loaded.plan
    let subject = arguments[.subject]
    guard PlanInput.checkFilter(party: party, subject: subject, plan: plan, console: console, command: name) else {
      return Karta.ExitCode.badInput
    }
    if let list = plan.party(party)?.each, subject == nil {
      console.writeError("karta template: \(console.language.say("cli.subject-required", "\(party)", "\(list)"))\n")
      return Karta.ExitCode.badInput
    }
    let asOf = arguments.date(.asOf) ?? PlanInput.today(in: plan)
    let table = ObligationTable(plan: plan.inForce(on: asOf))
    let lines = obligations(of: party, subject: subject, table: table)
    let reports = plan.reports.filter { $0.from == party }.map(\.id)
    let header = Header(
      plan: plan.header?.id ?? "", party: party, subject: subject, report: reports.count == 1 ? reports[0] : nil,
      asOf: asOf)
    let output = arguments[.output]
    switch arguments.value(.format, default: "json") {
    case "xlsx":
      guard let output, output != "-" else {
        console.writeError("karta template: an .xlsx form is a file; give '-o FORM.xlsx'\n")
        return Karta.ExitCode.badInput
      }
      let bytes = workbook(header, lines, title: plan.header?.title ?? "", english: arguments[.lang] == "en")
      do {
        try OutputFile.write(bytes: bytes, to: output)
      } catch {
        console.writeError("karta template: \(error.message)\n")
        return Karta.ExitCode.badInput
      }
    case "csv":
      let form = csv(header, lines, language: console.language)
      if let failure = OutputFile.deliver(form, to: output, console: console, command: name) {
        return failure
      }
    default:
      if let failure = OutputFile.deliver(json(header, lines), to: output, console: console, command: name) {
        return failure
      }
    }
    return Karta.ExitCode.success
  }

  struct Header {
    var plan: String
    var party: String
    var subject: String?
    var report: String?
    var asOf: CivilDate
  }

  /// The obligations party owes, for `subject` when given, in plan order.
  static func obligations(of party: String, subject: String?, table: ObligationTable) -> [Line] {
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

  static func json(_ header: Header, _ lines: [Line]) -> String {
    var out = "{\n  \"format\": \"karta-status/1\",\n  \"plan\": \(quote(header.plan)),\n"
    out +=
      "  \"reporter\": {\"party\": \(quote(header.party))\(header.subject.map { ", \"subject\": \(quote($0))" } ?? "")},\n"
    if let report = header.report { out += "  \"report\": \(quote(report)),\n" }
    out += "  \"as_of\": \"\(header.asOf.iso)\",\n  \"submitted\": \"\(header.asOf.iso)\",\n  \"records\": ["
    out += lines.isEmpty ? "]\n}\n" : "\n"
    for (index, line) in lines.enumerated() {
      out += "    {\"item\": \(quote(line.item))"
      if let subject = line.subject { out += ", \"subject\": \(quote(subject))" }
      if let occurrence = line.occurrence { out += ", \"occurrence\": \(occurrence)" }
      out += ", \"status\": null, \"completed\": null, \"evidence\": [], \"comment\": \"\",\n"
      out += "     \"title\": \(quote(TextReportShort.short(line.title))), \"due\": \(quote(line.due))}"
      out += index == lines.count - 1 ? "\n  ]\n}\n" : ",\n"
    }
    return out
  }

  /// The CSV form, with its metadata rows and column headings in `language` (English: the ids).
  /// Item ids Excel would turn into dates (`1.1`) are written as `="1.1"`, which Excel shows as
  /// `1.1` and saves back as it shows; the status reader reads both.
  static func csv(_ header: Header, _ lines: [Line], language: Language = .english) -> String {
    func heading(_ name: String) -> String { cell(language.word("status-column." + name)) }
    var out = "\u{FEFF}\(heading("format"));karta-status/1\n\(heading("plan"));\(cell(header.plan))\n"
    out += "\(heading("reporter"));\(cell(header.party))\n"
    if let subject = header.subject { out += "\(heading("subject"));\(cell(subject))\n" }
    if let report = header.report { out += "\(heading("report"));\(cell(report))\n" }
    out += "\(heading("as_of"));\(header.asOf.russian)\n\(heading("submitted"));\(header.asOf.russian)\n"
    let columns = [
      "item", "subject", "occurrence", "status", "completed", "new_due", "basis", "waiver_reason", "waiver_approver",
      "waiver_expires", "values", "evidence", "comment", "title", "due",
    ]
    out += columns.map(heading).joined(separator: ";") + "\n"
    for line in lines {
      let item = cell(ExcelText.keptAsText(line.item))
      out += "\(item);\(cell(line.subject ?? ""));\(line.occurrence.map(String.init) ?? "");;;;;;;;;;;"
      out += "\(cell(TextReportShort.short(line.title)));\(cell(line.due))\n"
    }
    return out
  }

  private static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private static func cell(_ text: String) -> String {
    guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "," }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// The first line of an item's text, for a template's reference column.
enum TextReportShort {
  static func short(_ text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count <= 160 ? line : String(line.prefix(159)) + "…"
  }
}
